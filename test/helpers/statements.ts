// Counting and snapshotting the SQL a GraphQL request sends: a new statement or a lost join shows up in review.
//   UPDATE_SNAPSHOTS=1 npm test   rewrites the snapshots in test/modules/__sql__/
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { projectPath } from '../../src/shared/paths';

const SNAPSHOT_DIR = projectPath('test', 'modules', '__sql__');

/** Runs fn and returns the SQL statements sent meanwhile, in order. */
export async function recordStatements(db: Database, fn: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const stop = db.onStatement((sql) => statements.push(sql));
  try {
    await fn();
  } finally {
    stop();
  }
  return statements;
}

/**
 * Every statement a request sends, in the order it sent them, as PostGraphile's .sql snapshots hold them: a new
 * statement, or one sent twice, shows up in review. The snapshot tests run on one connection (createTestDatabase's
 * poolSize 1), so that the answers, and so the statements that follow them, come in the same order on both
 * databases. Parameters are `$n`, an id list `IN ($1,$2,...)` one shape whatever its length; lines are trimmed.
 */
function render(statements: string[]): string {
  const shapes = statements.map((sql) =>
    sql
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
      .replace(/IN \(\$\d+(,\$\d+)*\)/g, 'IN ($ids)')
      .replace(/\$\d+/g, '$n'),
  );
  return `${shapes.join(';\n\n')};\n`;
}

/** Compares the statements with the committed snapshot `name`.sql (or writes it with UPDATE_SNAPSHOTS=1). */
export function expectSqlSnapshot(name: string, statements: string[]): void {
  const file = path.join(SNAPSHOT_DIR, `${name}.sql`);
  const text = render(statements);
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`no SQL snapshot ${file}: run UPDATE_SNAPSHOTS=1 npm test and commit it`);
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}
