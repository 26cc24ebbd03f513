// The database's catalog (pg_constraint, pg_trigger, the columns) is the truth about tables, references and
// triggers; every list in the code that mirrors it is held to it here, and a failure says what to add where.
import type { ModelColumns } from '../../src/db/columns';
import { ACTOR_COLUMNS, AFFILIATION_COLUMNS } from '../../src/modules/actors/actors.columns';
import { ACTOR_REFERRERS } from '../../src/modules/actors/actors.repository';
import { ARMS_TRANSFER_COLUMNS } from '../../src/modules/arms-transfers/arms-transfers.columns';
import { CITATION_COLUMNS, CLAIM_COLUMNS } from '../../src/modules/claims/claims.columns';
import { EVENT_COLUMNS } from '../../src/modules/events/events.columns';
import { SOURCE_COLUMNS } from '../../src/modules/sources/sources.columns';
import { REFERENCES } from '../../src/modules/merges/merges.repository';
import { FIRST_VERSION_IS_THE_ROW } from '../../src/modules/history/history.repository';
import { buildActor, buildArmsTransfer, buildClaim, buildEvent, buildSource, TEST_AUTHOR } from '../builders';
import { createTestServer, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(() => t.close());

/**
 * Every foreign key to actor(id): its table, column and whether deleting the actor lets its rows go on without
 * refusing: it cascades to them, or sets the column null (a quotation's speaker: the quotation stays, unattributed).
 */
async function foreignKeysToActor(): Promise<{ table: string; column: string; cascades: boolean }[]> {
  return t.db.query(`/* catalogActorForeignKeys */
    SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.confdeltype IN ('c', 'n') AS cascades
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
    WHERE c.contype = 'f' AND c.confrelid = 'actor'::regclass ORDER BY 1, 2`);
}

/** The column maps the raw reads select (derived from the Prisma models), by table. */
const READ_COLUMNS: Record<string, ModelColumns<unknown>> = {
  actor: ACTOR_COLUMNS, affiliation: AFFILIATION_COLUMNS, arms_transfer: ARMS_TRANSFER_COLUMNS,
  claim: CLAIM_COLUMNS, citation: CITATION_COLUMNS, event: EVENT_COLUMNS, source: SOURCE_COLUMNS,
} as Record<string, ModelColumns<unknown>>;

/** Columns the database maintains for its own look-ups (triggers and generated columns), which no model reads. */
const KEPT_BY_THE_DATABASE: Record<string, string[]> = {
  actor: ['match_key', 'sound_key'],
  claim: ['search_vector'],
  source: ['search_vector'],
};

const key = ({ table, column }: { table: string; column: string }) => `${table}.${column}`;

describe('the catalog', () => {
  it('has every foreign key to actor(id) moved by a merge (add it to REFERENCES in merges.repository.ts)', async () => {
    const inDatabase = (await foreignKeysToActor()).map(key).sort();
    expect(REFERENCES.map(key).sort()).toEqual(inDatabase);
  });

  it('counts every foreign key to actor(id) that does not cascade when refusing to delete an actor (add it to ACTOR_REFERRERS in actors.repository.ts)', async () => {
    const refusing = (await foreignKeysToActor()).filter((fk) => !fk.cascades).map(key).sort();
    const counted = ACTOR_REFERRERS.flatMap(({ table, columns, through }) => [
      ...columns.map((column) => `${table}.${column}`),
      ...(through ? [`${through.table}.${through.column}`] : []),
    ]).sort();
    expect(counted).toEqual(refusing);
  });

  it('stamps who wrote every row of every table that records it (a table with created_by/updated_by needs the dossier_stamp_author trigger)', async () => {
    const rows = await t.db.query<{ table: string; stamped: boolean }>(`/* catalogAuthorTriggers */
      SELECT c.relname AS table, EXISTS (
        SELECT 1 FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid WHERE tg.tgrelid = c.oid AND p.proname = 'dossier_stamp_author'
      ) AS stamped
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_name = c.relname AND k.column_name = 'updated_by')
      ORDER BY 1`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => !row.stamped).map((row) => row.table)).toEqual([]);
  });

  it('keeps every column of a versioned record in its history (or lists it in dossier_unversioned_columns, with why)', async () => {
    const actor = await buildActor(t.services);
    const source = await buildSource(t.services);
    const claim = await buildClaim(t.services, { asserterId: String(actor.id), citations: [{ sourceId: String(source.id), quote: 'Russia supplies fighter jets to India.', stance: 'SUPPORTS' }] });
    const event = await buildEvent(t.services, { participants: [{ actorId: String(actor.id), role: 'HOST' }] });
    const organisation = await buildActor(t.services, { kind: 'ORGANISATION' });
    const affiliation = await t.services.actors.createAffiliation({ memberId: String(actor.id), organisationId: String(organisation.id), role: 'member' }, TEST_AUTHOR);
    const transfer = await buildArmsTransfer(t.services, { supplierId: String(actor.id), recipientId: String(organisation.id) });
    const versioned = [['claim', claim.id], ['event', event.id], ['actor', actor.id], ['affiliation', affiliation.id], ['source', source.id], ['arms_transfer', transfer.id]] as const;
    for (const [table, id] of versioned) {
      const [{ columns, excluded }] = await t.db.query<{ columns: string[]; excluded: string[]; snapshot: Record<string, unknown> }>(`/* catalogVersionedColumns */
        SELECT (SELECT array_agg(dossier_camel_case(column_name::text) ORDER BY column_name) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1) AS columns,
          (SELECT array_agg(dossier_camel_case(c)) FROM unnest(dossier_unversioned_columns()) AS c) AS excluded,
          NULL AS snapshot`,
        [table]) as [{ columns: string[]; excluded: string[]; snapshot: Record<string, unknown> }];
      // The last version as the history reads it (a row that has not changed is its own first version).
      const snapshot = (await t.services.history.recordHistory(table, String(id))).at(-1)!.data;
      const missing = columns.filter((column) => !excluded.includes(column) && !(column in snapshot));
      expect({ table, missing }).toEqual({ table, missing: [] });
    }
  });

  it('gives the change feed one index led by xid, (xid, seq): another would tempt a generic plan to sort a bulk transaction per page', async () => {
    const rows = await t.db.query<{ index: string }>(`/* catalogChangeLogIndexes */
      SELECT i.relname::text AS index FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = x.indkey[0]
      WHERE c.relname = 'change_log' AND a.attname = 'xid' ORDER BY 1`);
    expect(rows.map((row) => row.index)).toEqual(['change_log_xid_seq_idx']);
  });

  it('lists in FIRST_VERSION_IS_THE_ROW exactly the tables whose versions are written per statement', async () => {
    const rows = await t.db.query<{ table: string }>(`/* catalogRowsVersioned */
      SELECT DISTINCT c.relname::text AS table FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid JOIN pg_class c ON c.oid = tg.tgrelid
      WHERE p.proname = 'dossier_rows_versioned' ORDER BY 1`);
    expect(rows.map((row) => row.table)).toEqual([...FIRST_VERSION_IS_THE_ROW].sort());
  });

  it.each(Object.keys(READ_COLUMNS))('reads every column of %s by its name (a column the model does not map is kept by the database, or missing from prisma/schema.prisma)', async (table) => {
    const rows = await t.db.query<{ column: string }>(`/* catalogTableColumns */
      SELECT column_name::text AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [table]);
    const inDatabase = rows.map((row) => row.column).filter((column) => !(KEPT_BY_THE_DATABASE[table] ?? []).includes(column)).sort();
    expect({ table, columns: Object.values(READ_COLUMNS[table]!.columnOf).sort() }).toEqual({ table, columns: inDatabase });
  });
});
