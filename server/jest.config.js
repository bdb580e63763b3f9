/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testRegex: '\\.(spec|integration-spec)\\.ts$',
  // integration specs boot the app and hash passwords: generous on a busy 2-core machine
  testTimeout: 30_000,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!\\.pnpm/|@nestjs/|htmlparser2/|domhandler/|domutils/|dom-serializer/|entities/|domelementtype/|canonicalize/|ical.js/)'],
};
