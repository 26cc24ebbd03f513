// Who may write: API keys with roles, stored hashed; every mutation needs a key, deletes need an admin's.
import { sha256Hex } from '../../src/shared/text';
import { unique } from '../builders';
import { createTestServer, errorOf, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let url: string;
beforeAll(async () => {
  t = await createTestServer();
  url = `${await t.server.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(() => t.close());

async function post(query: string, variables: Record<string, unknown>, key?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: any[] } };
}

const CREATE = `mutation($name: String!) { createActor(input: { kind: STATE, name: $name }) { id } }`;
const DELETE = `mutation($id: ID!) { deleteActor(id: $id) { id } }`;

describe('API keys', () => {
  it('stores only the hash of a key, shows the secret once, and lists keys by name and role', async () => {
    const name = unique('hashed').replace(' ', '-');
    const { key } = await t.services.apiKeys.create(name, 'EDITOR');
    expect(key).toMatch(/^dsk_[\w-]{40,}$/);
    const stored = await t.db.prisma.apiKey.findUniqueOrThrow({ where: { name } });
    expect(stored.keyHash).toBe(sha256Hex(key));
    expect(JSON.stringify(stored)).not.toContain(key);
    expect((await t.services.apiKeys.list()).map((k) => k.name)).toContain(name);
  });

  it('refuses a mutation without a key (UNAUTHENTICATED, 401) and writes nothing; reads stay open', async () => {
    const before = await t.db.prisma.actor.count();
    const { status, json } = await post(CREATE, { name: unique('Anonymous') });
    expect(status).toBe(401);
    expect(json.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.db.prisma.actor.count()).toBe(before);
    expect((await post('{ actors(first: 1) { totalCount } }', {})).status).toBe(200);
  });

  it('lets an editor write but not delete (FORBIDDEN), and an admin delete', async () => {
    const editor = (await t.services.apiKeys.create(unique('editor').replace(' ', '-'), 'EDITOR')).key;
    const admin = (await t.services.apiKeys.create(unique('admin').replace(' ', '-'), 'ADMIN')).key;
    const reader = (await t.services.apiKeys.create(unique('reader').replace(' ', '-'), 'READER')).key;

    expect((await post(CREATE, { name: unique('By reader') }, reader)).json.errors![0].extensions.code).toBe('FORBIDDEN');
    const created = await post(CREATE, { name: unique('By editor') }, editor);
    expect(created.status).toBe(200);
    const id = created.json.data.createActor.id;

    const refused = await post(DELETE, { id }, editor);
    expect(refused.json.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('ADMIN') });
    expect(await t.db.prisma.actor.count({ where: { id: Number(id) } })).toBe(1);
    expect((await post(DELETE, { id }, admin)).json.data.deleteActor.id).toBe(id);
  });

  it('refuses a wrong, malformed or revoked key with UNAUTHENTICATED, even for reads', async () => {
    const name = unique('revoked').replace(' ', '-');
    const { key } = await t.services.apiKeys.create(name, 'ADMIN');
    expect((await post('{ actors(first: 1) { totalCount } }', {}, key)).status).toBe(200);
    await t.services.apiKeys.revoke(name);
    for (const bad of [key, `${key}x`, 'dsk_nonsense']) {
      const { status, json } = await post('{ actors(first: 1) { totalCount } }', {}, bad);
      expect(status).toBe(401);
      expect(json.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic abc' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(401);
  });

  it('refuses a duplicate name, an unknown role and revoking a key that is not there, naming the field', async () => {
    const name = unique('twice').replace(' ', '-');
    await t.services.apiKeys.create(name, 'READER');
    await expect(t.services.apiKeys.create(name, 'READER')).rejects.toMatchObject({ extensions: { code: 'CONFLICT', field: 'name' } });
    await expect(t.services.apiKeys.create('bad name!', 'READER')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
    await expect(t.services.apiKeys.create(unique('x').replace(' ', '-'), 'OWNER' as never)).rejects.toMatchObject({ extensions: { field: 'role' } });
    await expect(t.services.apiKeys.revoke('no-such-key')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('rotates the configured admin key: a new DOSSIER_ADMIN_KEY revokes the previous one, also after it was revoked by hand', async () => {
    const first = `dsk_${unique('first-configured').replace(/\W/g, '')}_0123456789abcdef`;
    const second = `dsk_${unique('second-configured').replace(/\W/g, '')}_0123456789abcdef`;
    const third = `dsk_${unique('third-configured').replace(/\W/g, '')}_0123456789abcdef`;
    expect(await t.services.apiKeys.ensureAdminKey(first)).toMatch(/stored|rotated/);
    expect(await t.services.apiKeys.ensureAdminKey(first)).toBe('unchanged');
    expect(await t.services.apiKeys.authenticate(`Bearer ${first}`)).toEqual({ name: 'configured-admin', role: 'ADMIN' });

    expect(await t.services.apiKeys.ensureAdminKey(second)).toBe('rotated');
    await expect(t.services.apiKeys.authenticate(`Bearer ${first}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await t.services.apiKeys.authenticate(`Bearer ${second}`)).toEqual({ name: 'configured-admin', role: 'ADMIN' });

    // Revoked by hand, then a new value: it is stored (once it was silently not, leaving no admin key).
    await t.services.apiKeys.revoke('configured-admin');
    expect(await t.services.apiKeys.ensureAdminKey(third)).toBe('rotated');
    expect(await t.services.apiKeys.authenticate(`Bearer ${third}`)).toEqual({ name: 'configured-admin', role: 'ADMIN' });
    const configured = (await t.services.apiKeys.list()).filter((key) => key.name.startsWith('configured-admin'));
    expect(configured.filter((key) => !key.revokedAt).map((key) => key.name)).toEqual(['configured-admin']);
  });

  it('refuses to configure a revoked key or another key as the admin key, saying why', async () => {
    const name = unique('once-editor').replace(' ', '-');
    const { key } = await t.services.apiKeys.create(name, 'EDITOR');
    await expect(t.services.apiKeys.ensureAdminKey(key)).rejects.toMatchObject({ message: expect.stringContaining(`stored already as "${name}"`), extensions: { code: 'CONFLICT' } });
    await t.services.apiKeys.revoke(name);
    await expect(t.services.apiKeys.ensureAdminKey(key)).rejects.toMatchObject({ message: expect.stringContaining('was revoked'), extensions: { code: 'CONFLICT' } });
  });

  it('shows who wrote a record (key names) to callers with a key only; anonymous readers get null', async () => {
    const name = unique('Authored');
    dataOf(await t.execute(CREATE, { name }));
    const query = `query($name: String!) { actor(name: $name) { name createdBy updatedBy } }`;
    const claim = await t.services.claims.create({ statement: unique('Authored claim') }, 'a-named-editor');
    const history = `query($id: ID!) { claim(id: $id) { createdBy history { changedBy } } }`;
    expect(dataOf(await t.executeAs(null, query, { name })).actor).toEqual({ name, createdBy: null, updatedBy: null });
    expect(dataOf(await t.executeAs({ name: 'a-reader', role: 'READER' }, query, { name })).actor).toEqual({ name, createdBy: 'test-admin', updatedBy: 'test-admin' });
    expect(dataOf(await t.executeAs(null, history, { id: String(claim.id) })).claim).toEqual({ createdBy: null, history: [{ changedBy: null }] });
    expect(dataOf(await t.executeAs({ name: 'a-reader', role: 'READER' }, history, { id: String(claim.id) })).claim).toEqual({ createdBy: 'a-named-editor', history: [{ changedBy: 'a-named-editor' }] });
  });

  it('can require a key for reads too, introspection and __typename included', async () => {
    const closed = await createTestServer({ requireKeyForReads: true });
    try {
      expect(errorOf(await closed.executeAs(null, '{ __schema { queryType { name } } }'))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(errorOf(await closed.executeAs(null, '{ __typename }'))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(dataOf(await closed.executeAs({ name: 'a-reader', role: 'READER' }, '{ __schema { queryType { name } } }')).__schema.queryType.name).toBe('Query');
      expect(errorOf(await closed.executeAs(null, '{ actors(first: 1) { totalCount } }'))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(dataOf(await closed.executeAs({ name: 'a-reader', role: 'READER' }, '{ actors(first: 1) { totalCount } }')).actors.totalCount).toBeGreaterThanOrEqual(0);
    } finally {
      await closed.close();
    }
  });
});
