// An import the service has acknowledged is kept when the service is killed right after: on PostgreSQL and
// on the embedded database, which runs with full durability (PGlite's relaxedDurability stays off).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/database';
import { databaseUrl, withAdmin } from '../helpers/postgres';
import { postGraphQL, SERVICE_ADMIN_KEY, startService } from '../helpers/service-process';

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

/** A batch of the write stream: an event, a claim about it and 20 deliveries; all of it or none must be stored. */
function streamBatch(batch: string) {
  const url = 'https://example.org/stream';
  return {
    actors: [{ kind: 'STATE', name: 'Stream supplier' }, { kind: 'STATE', name: 'Stream recipient' }],
    sources: [{ kind: 'DATASET', title: 'Write stream', url }],
    events: [{ cameoCode: '057', title: `Stream deal ${batch}`, startDate: '2021-03-04', participants: [{ actor: 'Stream supplier', role: 'INITIATOR' }, { actor: 'Stream recipient', role: 'TARGET' }] }],
    claims: [{ statement: `Stream batch ${batch} was signed.`, asserter: 'Stream supplier', event: { title: `Stream deal ${batch}`, startDate: '2021-03-04' } }],
    armsTransfers: Array.from({ length: 20 }, (_, i) => ({
      supplier: 'Stream supplier', recipient: 'Stream recipient', source: { url },
      dealId: `S${batch}-${i}`, designation: 'Crate', category: 'Other', deliveryYear: 2021, tivDelivered: 1,
    })),
  };
}

describe.each(targets)('the service on %s, killed with SIGKILL in the middle of a stream of writes', (_name, makeEnv) => {
  it('keeps every acknowledged batch after a restart, and no batch by halves', async () => {
    const env: Record<string, string> = { ...(await makeEnv()), DOSSIER_LOAD_SAMPLE: 'false' };
    let service = await startService(env);
    const acknowledged: string[] = [];
    const sent: string[] = [];
    let killed = false;
    const writer = async (worker: number) => {
      for (let i = 0; !killed; i++) {
        const batch = `${worker}.${i}`;
        sent.push(batch);
        const answer = await fetch(`${service.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVICE_ADMIN_KEY}` },
          body: JSON.stringify({ query: IMPORT, variables: { input: streamBatch(batch) } }),
        }).then((response) => response.json() as Promise<any>).catch(() => null);
        if (answer?.data?.importBundle?.written) acknowledged.push(batch);
      }
    };
    const writers = [1, 2, 3].map(writer);
    // Killed at a moment the test does not choose, with writes in flight.
    await new Promise((resolve) => setTimeout(resolve, 1500 + Math.random() * 1500));
    expect(await service.stop('SIGKILL')).toBeNull();
    killed = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(sent.length).toBeGreaterThan(acknowledged.length);

    // The service starts again on what the kill left, then stops cleanly so that the test can read the files.
    service = await startService(env);
    await service.stop();
    const db = await openDatabase(env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.DOSSIER_DATA_DIR! });
    try {
      const rows = await db.query<{ batch: string; transfers: number; events: number; claims: number }>(
        `SELECT b.batch,
                (SELECT count(*)::int FROM arms_transfer WHERE deal_id LIKE 'S' || b.batch || '-%') AS transfers,
                (SELECT count(*)::int FROM event WHERE title = 'Stream deal ' || b.batch) AS events,
                (SELECT count(*)::int FROM claim WHERE statement = 'Stream batch ' || b.batch || ' was signed.') AS claims
         FROM unnest($1::text[]) AS b(batch)`,
        [sent],
      );
      const stored = new Map(rows.map((row) => [row.batch, row]));
      for (const batch of acknowledged) expect(stored.get(batch)).toMatchObject({ transfers: 20, events: 1, claims: 1 });
      for (const row of rows) expect([{ transfers: 0, events: 0, claims: 0 }, { transfers: 20, events: 1, claims: 1 }]).toContainEqual({ transfers: row.transfers, events: row.events, claims: row.claims });
    } finally {
      await db.close();
    }
  }, 180_000);
});
