import type { CodegenConfig } from '@graphql-codegen/cli';

// The server's generated schema is the contract; src/gql is generated from it and committed,
// so a reviewer sees type changes next to the component that caused them.
const clientPreset = {
  preset: 'client',
  presetConfig: {
    fragmentMasking: { unmaskFunctionName: 'useFragment' },
  },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string' },
  },
} as const;

// The client preset gathers every operation it finds into one module, which the app's entry
// imports. The admin area's operations get a module of their own (src/gql-admin), imported by
// its lazy pages only, so they never weigh on a learner's download.
const ADMIN_SOURCES = ['src/features/admin/**/*.{ts,tsx}', 'src/routes/admin-*.tsx'];

const config: CodegenConfig = {
  schema: '../server/schema.gql',
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      ...clientPreset,
      documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/gql-admin/**/*', ...ADMIN_SOURCES.map((glob) => `!${glob}`)],
    },
    './src/gql-admin/': {
      ...clientPreset,
      // Fragments of shared components that admin pages spread are read here too.
      documents: [...ADMIN_SOURCES, 'src/features/webinars/webinar-time.tsx'],
    },
  },
};

export default config;
