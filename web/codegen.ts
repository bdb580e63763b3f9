import type { CodegenConfig } from '@graphql-codegen/cli';

// The server's generated schema is the contract; src/gql is generated from it and committed,
// so a reviewer sees type changes next to the component that caused them.
const config: CodegenConfig = {
  schema: '../server/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
