// An import the service has acknowledged is kept when the service is killed right after: on PostgreSQL and
// on the embedded database, which runs with full durability (PGlite's relaxedDurability stays off).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseUrl, withAdmin } from '../helpers/postgres';
import { postGraphQL, startService } from '../helpers/service-process';

const IMPORT = `mutation($input: ImportBundleInput!) { importBundle(input: $input) { written armsTransfers { created } claims { created } } }`;
const READ = `query($r: String) { armsTransfers(filter: { recipient: $r }) { totalCount } claims(filter: { actor: $r }) { totalCount } }`;

function bundle(batch: number) {
  const url = 'https://example.org/durability';
  return {
    actors: [{ kind: 'STATE', name: 'Durable supplier' }, { kind: 'STATE', name: 'Durable recipient' }],
    sources: [{ kind: 'DATASET', title: 'Durability check', url }],
    claims: [{ statement: `Batch ${batch} arrived.`, asserter: 'Durable supplier', about: [{ actor: 'Durable recipient' }] }],
    armsTransfers: Array.from({ length: 50 }, (_, i) => ({
      supplier: 'Durable supplier', recipient: 'Durable recipient', source: { url },
      dealId: `B${batch}-${i}`, designation: 'Crate', category: 'Other', deliveryYear: 2020, tivDelivered: 1,
    })),
  };
}

afterAll(() => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS dossier_durable_${process.pid}`)));

const targets: [string, () => Promise<Record<string, string>>][] = [
  ['the embedded database', async () => ({ DOSSIER_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dossier-durable-')) })],
  ['PostgreSQL', async () => {
    const name = `dossier_durable_${process.pid}`;
    await withAdmin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
    });
    return { DATABASE_URL: databaseUrl(name) };
  }],
];

describe.each(targets)('the service on %s, killed with SIGKILL right after acknowledging imports', (_name, makeEnv) => {
  it('still holds every acknowledged import after a restart', async () => {
    const env = { ...(await makeEnv()), DOSSIER_LOAD_SAMPLE: 'false' };
    let service = await startService(env);
    for (let batch = 1; batch <= 3; batch++) {
      const { data } = await postGraphQL(service.url, IMPORT, { input: bundle(batch) });
      expect(data.importBundle).toMatchObject({ written: true, armsTransfers: { created: 50 }, claims: { created: 1 } });
    }
    // No shutdown: the process dies the moment the last answer is in.
    expect(await service.stop('SIGKILL')).toBeNull();

    service = await startService(env);
    try {
      const { data } = await postGraphQL(service.url, READ, { r: 'Durable recipient' });
      expect(data).toEqual({ armsTransfers: { totalCount: 150 }, claims: { totalCount: 3 } });
    } finally {
      await service.stop();
    }
  }, 180_000);
});
