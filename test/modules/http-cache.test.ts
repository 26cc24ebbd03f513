// HTTP caching of reads: Cache-Control from the schema's hints, an ETag that changes with every committed write,
// 304 on a matching If-None-Match, and an opt-in response cache; mutations and keyed reads never cached.
import { buildActor, unique } from '../builders';
import { recordStatements } from '../helpers/statements';
import { createTestServer, type TestServer } from '../helpers/test-server';

const ACTORS = '{ actors(first: 5) { totalCount nodes { name } } }';

let t: TestServer;
let base: string;
let editorKey: string;
beforeAll(async () => {
  t = await createTestServer();
  base = await t.server.listen(0, '127.0.0.1');
  editorKey = (await t.services.apiKeys.create(unique('cache-editor').replace(' ', '-'), 'EDITOR')).key;
});
afterAll(() => t.close());

async function get(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', ...headers } });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function post(query: string, key?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as { data?: any; errors?: any[] } };
}

describe('HTTP caching of GET queries', () => {
  it('answers with the hints\' Cache-Control and an ETag, and a matching If-None-Match with 304 after one statement', async () => {
    const first = await get(ACTORS);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get('vary')).toContain('Accept');
    // Made for an anonymous caller: a shared cache must not serve it to a keyed one (who sees authors and its own writes).
    expect(first.headers.get('vary')).toContain('Authorization');

    let repeat!: Awaited<ReturnType<typeof get>>;
    const statements = await recordStatements(t.db, async () => (repeat = await get(ACTORS, { 'if-none-match': etag })));
    expect(repeat.status).toBe(304);
    expect(repeat.body).toBe('');
    expect(repeat.headers.get('etag')).toBe(etag);
    expect(repeat.headers.get('cache-control')).toBe('max-age=60, public');
    expect(repeat.headers.get('vary')).toMatch(/Accept.*Authorization/);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('data-version');
    // A list of tags, weak or not, matches too; another query's tag does not.
    expect((await get(ACTORS, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    expect((await get('{ predicates { code } }', { 'if-none-match': etag })).status).toBe(200);
  });

  it('changes the ETag after a committed write, whoever made it, and not after a refused one', async () => {
    const before = (await get(ACTORS)).headers.get('etag')!;
    const refused = await post('mutation { createActor(input: { kind: STATE, name: "  " }) { id } }', editorKey);
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await get(ACTORS, { 'if-none-match': before })).status).toBe(304);

    const created = await post(`mutation { createActor(input: { kind: STATE, name: "${unique('Cached')}" }) { id } }`, editorKey);
    expect(created.json.errors).toBeUndefined();
    const afterMutation = await get(ACTORS, { 'if-none-match': before });
    expect(afterMutation.status).toBe(200);
    const changed = afterMutation.headers.get('etag')!;
    expect(changed).not.toBe(before);

    // A write that bypasses this server's HTTP path (the CLI, another instance) bumps the same version.
    await buildActor(t.services);
    expect((await get(ACTORS, { 'if-none-match': changed })).status).toBe(200);
  });

  it('never caches a keyed read: no-store, no ETag, and no 304 for an anonymous tag', async () => {
    const etag = (await get(ACTORS)).headers.get('etag')!;
    const keyed = await get(ACTORS, { authorization: `Bearer ${editorKey}`, 'if-none-match': etag });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('cache-control')).toBe('no-store');
    expect(keyed.headers.get('etag')).toBeNull();
  });

  it('never caches a mutation, an answer with errors or introspection', async () => {
    const mutation = await post(`mutation { createActor(input: { kind: STATE, name: "${unique('Uncached')}" }) { id } }`, editorKey);
    expect(mutation.headers.get('cache-control')).toBe('no-store');
    expect(mutation.headers.get('etag')).toBeNull();

    const failed = await get('{ armsSupplyTrend(supplier: "Nowhere at all", recipient: "India") { periods { tiv } } }');
    expect(failed.body).toContain('NOT_FOUND');
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(failed.headers.get('etag')).toBeNull();

    const introspection = await get('{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(200);
    expect(introspection.headers.get('cache-control')).toBe('no-store');
    expect(introspection.headers.get('etag')).toBeNull();
  });

  it('gives a POST query Cache-Control but no ETag (caches key on URLs)', async () => {
    const answer = await post(ACTORS);
    expect(answer.headers.get('cache-control')).toBe('max-age=60, public');
    expect(answer.headers.get('vary')).toContain('Authorization');
    expect(answer.headers.get('etag')).toBeNull();
  });
});

describe('the data version', () => {
  it('is advanced by a statement trigger on every table of the knowledge base', async () => {
    const rows = await t.db.query<{ table_name: string; triggered: boolean }>(`/* tables-and-version-triggers */
      SELECT c.relname AS table_name, EXISTS (
        SELECT 1 FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid WHERE tg.tgrelid = c.oid AND p.proname = 'dossier_bump_data_version'
      ) AS triggered
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`);
    // Not data: the keys (keyed requests are never cached), Prisma's record of the migrations, the relink's
    // bookkeeping (the mentions it writes advance the version themselves) and the change log (written only with
    // the data it logs, which advances the version; its pruning changes no answer but the feed's).
    expect(rows.filter((row) => !row.triggered).map((row) => row.table_name)).toEqual(['_prisma_migrations', 'api_key', 'change_log', 'change_log_pruned', 'mention_relink']);
  });

  it('stays the same over reads and changes with every committed write to any table', async () => {
    const version = () => t.services.dataVersion.current();
    const before = await version();
    await t.services.actors.list({}, { first: 5 });
    expect(await version()).toBe(before);
    await t.db.query(`/* test-touch-cameo */ UPDATE cameo_code SET label = label WHERE code = '043'`);
    const afterUpdate = await version();
    expect(afterUpdate).not.toBe(before);
    await buildActor(t.services);
    expect(await version()).not.toBe(afterUpdate);
  });
});

describe('the response cache (DOSSIER_RESPONSE_CACHE)', () => {
  let cached: TestServer;
  let cachedBase: string;
  beforeAll(async () => {
    cached = await createTestServer({ db: t.db, responseCache: true });
    cachedBase = await cached.server.listen(0, '127.0.0.1');
  });
  afterAll(() => cached.server.stop());

  const postTo = async (query: string, key?: string) =>
    (await fetch(`${cachedBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query }),
    })).json() as Promise<{ data?: any; errors?: any[] }>;

  it('serves a repeated anonymous query from memory until a write changes the data', async () => {
    const query = '{ actors(first: 500) { totalCount } }';
    const first = await postTo(query);
    const statements = await recordStatements(t.db, async () => expect(await postTo(query)).toEqual(first));
    expect(statements).toHaveLength(1); // the data version, nothing else

    await buildActor(t.services);
    const afterWrite = await postTo(query);
    expect(afterWrite.data.actors.totalCount).toBe(first.data!.actors.totalCount + 1);
  });

  it('never serves a keyed caller from it', async () => {
    const query = '{ actors(first: 3) { nodes { name createdBy } } }';
    await postTo(query);
    const statements = await recordStatements(t.db, () => postTo(query, editorKey));
    expect(statements.some((sql) => sql.includes('FROM "public"."actor"'))).toBe(true);
  });
});
