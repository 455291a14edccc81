// Jest runs in CommonJS mode; NestJS 12 ships ESM, so SWC compiles those packages too (cached after the first run).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      // Resolving aliases at compile time lets globalSetup (outside Jest's module registry) use them too.
      baseUrl: __dirname,
      paths: require('./tsconfig.json').compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  },
];
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  'load-esm',
  '@borewit',
  // ml-kmeans and its helpers (consensus finder).
  'ml-[a-z-]+',
  'is-any-array',
];
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@xs/(.*)$': '<rootDir>/libs/$1/src',
    '^@test/(.*)$': '<rootDir>/test/support/$1',
  },
};

module.exports = {
  // Global (Jest ignores it per project): e2e tests boot a real app on a real database.
  testTimeout: 60000,
  // Each e2e file boots a Nest app; run in band, what a file leaves behind adds up over ~95 files past
  // Node's heap limit. A worker (one at a time on 2 cores, as in band) is replaced once it holds 2 GB.
  workerIdleMemoryLimit: '2GB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/server/**/*.spec.ts',
        '<rootDir>/test/bench/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 60000,
    },
    {
      // Needs a Redis server (REDIS_URL, default redis://127.0.0.1:6379): replicas sharing state.
      ...common,
      displayName: 'redis',
      testMatch: ['<rootDir>/test/redis/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 120000,
    },
    {
      // pg_dump/pg_restore of DATABASE_URL's server (Debian 12 has only client 15, so CI runs it on
      // PostgreSQL 15), and the embedded PostgreSQL 18's file-level backup on a server of its own.
      ...common,
      displayName: 'backup',
      testMatch: ['<rootDir>/test/backup/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 120000,
    },
    {
      // nginx in front of two built replicas on PostgreSQL (DATABASE_URL) and Redis (REDIS_URL).
      ...common,
      displayName: 'deploy',
      testMatch: ['<rootDir>/test/deploy/**/*.deploy-spec.ts'],
      testTimeout: 300000,
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      testTimeout: 120000,
    },
  ],
};
