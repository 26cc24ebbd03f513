// Each test file runs against PostgreSQL and against PGlite (projects `postgres` and `pglite`), with a
// database of its own; `static` holds tests that need no database of their own (contract, files, browser).
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
};
const base = { transform, testEnvironment: 'node', rootDir: __dirname };
const databaseTests = ['<rootDir>/test/modules/**/*.test.ts', '<rootDir>/test/db/**/*.test.ts'];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  // Two workers on the two cores: most files wait on databases and child processes, not on the CPU (one worker,
  // Jest's default for two cores, ran the files one after another in about ten minutes).
  maxWorkers: 2,
  projects: [
    {
      ...base,
      displayName: 'postgres',
      testMatch: databaseTests,
      globalSetup: '<rootDir>/test/setup/postgres-template.ts',
      setupFiles: ['<rootDir>/test/setup/use-postgres.ts'],
    },
    { ...base, displayName: 'pglite', testMatch: databaseTests, setupFiles: ['<rootDir>/test/setup/use-pglite.ts'] },
    {
      ...base,
      displayName: 'static',
      testMatch: ['<rootDir>/test/static/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/unpack-chromium.ts',
      setupFiles: ['<rootDir>/test/setup/use-pglite.ts'],
    },
  ],
};
