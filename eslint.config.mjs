// Lint what the architecture needs: awaited promises, type-only imports, process.env read in one place, and the
// layers (docs/ARCHITECTURE.md): which folder may import which, and no package that package.json does not declare.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const MODULES = readdirSync(join(import.meta.dirname, 'src/modules'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** What must never import what (import-x/no-restricted-paths zones; paths from the repository's root). */
export const ARCHITECTURE_ZONES = [
  { target: './src/modules/*/*.resolvers.ts', from: './src/db', message: 'Resolvers call services; the database is behind the repositories.' },
  { target: './src/modules/*/*.resolvers.ts', from: './src/modules/*/*.repository.ts', message: 'Resolvers call services, never repositories.' },
  {
    target: './src/modules/*/*.resolvers.ts', from: './src/modules/*/*.columns.ts',
    message: 'Resolvers know no columns: the row fields a selection reads come from the field reads (src/reads.ts).',
  },
  // A module's tables are its repository's: another module asks its service (or uses its published .writes.ts and .columns.ts).
  ...MODULES.flatMap((module) => MODULES.filter((other) => other !== module).map((other) => ({
    target: `./src/modules/${module}`, from: `./src/modules/${other}/${other}.repository.ts`,
    message: `A module never uses another module's repository: ask the ${other} service.`,
  }))),
  { target: './src/db', from: './src/modules', message: 'The database layer knows no domain module.' },
  { target: './src/modules', from: './src/server', message: 'Modules know nothing of HTTP or Apollo (src/server).' },
  { target: './src/shared', from: ['./src/modules', './src/server'], message: 'Shared helpers know no module and no server.' },
  { target: './web', from: './src', message: 'The explorer uses the public GraphQL API only.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'web/src/generated/**', 'data/**', 'test-artifacts/**', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in src/config.ts only.' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json', '.d.ts'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: ARCHITECTURE_ZONES }],
      // Every package imported is declared (the service's own in dependencies; tests, scripts and tools may use dev ones).
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: ['test/**', 'scripts/**', 'web/**', '*.config.*', 'codegen.ts', 'prisma.config.ts'] }],
    },
  },
  {
    // A look-up that cannot miss says what it looked up when it does (src/shared/must-get.ts), not `!`.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "TSNonNullExpression > CallExpression[callee.property.name='get']", message: 'A map look-up that cannot miss: mustGet(map, key, what).' },
        { selector: 'TSNonNullExpression > AwaitExpression', message: 'A record that must exist: present(await ..., what), or oneRow(rows, statement).' },
      ],
    },
  },
  {
    files: ['src/config.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Plain Node scripts: the tests' (ESM-only clients run in a child process) and the build's.
    files: ['test/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    files: ['src/db/schema-engine.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
