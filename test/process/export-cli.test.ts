// Outgrowing the embedded database, in the README's two commands: `npm run export` from PGlite, then
// `npm run import` into an empty PostgreSQL gives a database that exports the same lines. Run as an analyst runs
// them, one process each.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { projectPath } from '../../src/shared/paths';
import { databaseUrl, withAdmin } from '../helpers/postgres';
import { runScript } from '../helpers/run-script';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-move-'));
const embedded = { DATABASE_URL: '', DOSSIER_DATA_DIR: path.join(dir, 'pglite') };
const database = `dossier_move_${randomBytes(4).toString('hex')}`;
const postgres = { DATABASE_URL: databaseUrl(database) };

beforeAll(() => withAdmin((admin) => admin.query(`CREATE DATABASE ${database}`)));
afterAll(() => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)));

const sortedLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).sort();

describe('moving from the embedded database to PostgreSQL', () => {
  it('exports the embedded database and imports it into an empty PostgreSQL, which exports the same lines', () => {
    for (const sample of ['samples/bundle-example.json', 'samples/sipri-trade-register-2000-2023.csv']) {
      const loaded = runScript('src/cli/import.ts', [projectPath(sample)], embedded);
      expect([sample, loaded.status]).toEqual([sample, 0]);
    }
    const exported = path.join(dir, 'dossier.ndjson');
    const out = runScript('src/cli/export.ts', [exported], embedded);
    expect(out.status).toBe(0);
    const records = Number(/Exported (\d+) records/.exec(out.output)?.[1]);
    expect(records).toBeGreaterThan(20_000);
    expect(sortedLines(exported)).toHaveLength(records);

    const imported = runScript('src/cli/import.ts', [exported], postgres);
    expect(imported.output).toMatch(/Import \(atomic\): written/);
    expect(imported.status).toBe(0);

    const again = path.join(dir, 'again.ndjson');
    expect(runScript('src/cli/export.ts', [again], postgres).status).toBe(0);
    expect(sortedLines(again)).toEqual(sortedLines(exported));
  }, 300_000);

  it("exports a part with the filter's flags, and refuses an actor it does not hold with the flag's field", () => {
    const part = path.join(dir, 'india-2022.ndjson');
    const out = runScript('src/cli/export.ts', [part, '--actor', 'India', '--kind', 'state', '--from', '2022-01-01', '--to', '2022-12-31'], postgres);
    expect(out.status).toBe(0);
    const transfers = sortedLines(part).map((line) => JSON.parse(line).armsTransfer).filter(Boolean);
    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.every((transfer: { deliveryYear: number; supplier: string; recipient: string }) => transfer.deliveryYear === 2022 && [transfer.supplier, transfer.recipient].includes('India'))).toBe(true);
    const missing = runScript('src/cli/export.ts', [part, '--actor', 'Atlantis'], postgres);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('filter.actors.0: no actor is named "Atlantis"');
    expect(runScript('src/cli/export.ts', [part, '--colour', 'red'], postgres).status).toBe(2);
  }, 120_000);

  it('refuses a missing file argument with its usage, and leaves no partial file when the export fails', () => {
    const usage = runScript('src/cli/export.ts', [], embedded);
    expect(usage.status).toBe(2);
    expect(usage.output).toContain('usage: npm run export -- <file.ndjson>');
    const nowhere = path.join(dir, 'no-such-folder', 'x.ndjson');
    const failed = runScript('src/cli/export.ts', [nowhere], embedded);
    expect(failed.status).toBe(1);
    expect(failed.output).toContain(nowhere);
    expect(existsSync(`${nowhere}.partial`)).toBe(false);
  }, 120_000);
});
