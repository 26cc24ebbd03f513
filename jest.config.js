// Each test file of test/modules and test/db runs against PostgreSQL and against PGlite (projects `postgres` and
// `pglite`), with a database of its own. The `system` project's folders are named by what their tests need: nothing
// but the code (contract), the service in process on PGlite (embedded), the shared PostgreSQL (postgres), the
// service or CLI as a child process (process), a browser (browser), servers of their own (cluster: PostgreSQL
// primaries and replicas, Redis, HAProxy).
// wikibase-sdk (the Wikidata import), and what linkedom's CommonJS build requires (the web-page import): its own
// node_modules (css-select, htmlparser2, ...), cssomnom and uhyphen; pdf.js's .mjs build (the PDF import).
const ES_MODULE_PACKAGES = ['wikibase-sdk', 'linkedom/node_modules', 'cssomnom', 'uhyphen', 'pdfjs-dist'].join('|');
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  // Packages that ship ES modules only, which Jest on Node 20 cannot require from the compiled code (Node itself can).
  [`/node_modules/(${ES_MODULE_PACKAGES})/.+\\.m?js$`]: ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
};
// Every file under node_modules is left as it is, but those compiled above.
const base = { transform, transformIgnorePatterns: [`^(?!.*/node_modules/(${ES_MODULE_PACKAGES})/).*/node_modules/`], testEnvironment: 'node', rootDir: __dirname };
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
    {
      ...base,
      displayName: 'pglite',
      testMatch: databaseTests,
      // Every file's in-memory database starts from one migrated dump (see the setup).
      globalSetup: '<rootDir>/test/setup/pglite-template.ts',
      globalTeardown: '<rootDir>/test/setup/pglite-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/use-pglite.ts'],
    },
    {
      ...base,
      displayName: 'system',
      testMatch: ['contract', 'embedded', 'postgres', 'process', 'browser', 'cluster'].map((folder) => `<rootDir>/test/${folder}/**/*.test.ts`),
      globalSetup: '<rootDir>/test/setup/system-setup.ts',
      globalTeardown: '<rootDir>/test/setup/pglite-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/use-pglite.ts'],
    },
  ],
};
