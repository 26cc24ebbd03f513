// The lint rules hold the layers (docs/ARCHITECTURE.md): a wrong import fails `npm run lint`, and so CI.
import { ESLint } from 'eslint';
import { projectPath } from '../../src/shared/paths';

const eslint = new ESLint({ cwd: projectPath() });

/** The rules that `code` breaks, were it the file at `file`. */
async function brokenRules(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: projectPath(file) });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the lint rules of the architecture', () => {
  it.each([
    ['a resolver importing the database layer', 'src/modules/actors/actors.resolvers.ts', "export { openDatabase } from '../../db/database';"],
    ['a resolver importing a repository', 'src/modules/actors/actors.resolvers.ts', "export { ActorRepository } from './actors.repository';"],
    ['the database layer importing a module', 'src/db/columns.ts', "export { ACTOR_COLUMNS } from '../modules/actors/actors.columns';"],
    ['a module importing the server', 'src/modules/actors/actors.service.ts', "export { formatError } from '../../server/format-error';"],
    ['a shared helper importing a module', 'src/shared/grouping.ts', "export { lookupKey } from '../modules/actors/actors.repository';"],
    ['the explorer importing the service', 'web/src/main.tsx', "export { isoDate } from '../../src/shared/dates';"],
    ['a resolver importing a column map', 'src/modules/claims/claims.resolvers.ts', "export { CLAIM_COLUMNS } from './claims.columns';"],
    ['a module importing another module\'s repository', 'src/modules/claims/claims.service.ts', "export { ActorRepository } from '../actors/actors.repository';"],
    ['a module importing another module\'s repository for a type', 'src/modules/imports/bundle-entities.ts', "export type { ActorReferences } from '../actors/actors.repository';"],
  ])('refuse %s', async (_case, file, code) => {
    expect(await brokenRules(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('refuse a package that package.json does not declare (pg-pool comes with pg, undeclared)', async () => {
    expect(await brokenRules('src/db/database.ts', "export { default as Pool } from 'pg-pool';")).toContain('import-x/no-extraneous-dependencies');
  });

  it('accept the imports the layers allow', async () => {
    expect(await brokenRules('src/modules/actors/actors.resolvers.ts', "export { ActorService } from './actors.service';\nexport { rowReads } from '../../reads';")).toEqual([]);
    expect(await brokenRules('src/modules/imports/bundle-entities.ts', "export { ACTOR_WRITES } from '../actors/actors.writes';\nexport { ACTOR_COLUMNS } from '../actors/actors.columns';")).toEqual([]);
  });
});
