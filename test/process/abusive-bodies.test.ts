// Request bodies that once took the whole process down (its heap, its stack), sent to the service as `npm start`
// runs it, with its 192 MB heap: each is refused with its own error, and the next ordinary query is answered.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../src/config';
import { SERVICE_ADMIN_KEY, START_HEAP, startService, type ServiceProcess } from '../helpers/service-process';

const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-bodies-'));
let service: ServiceProcess;

beforeAll(async () => {
  service = await startService({ DOSSIER_DATA_DIR: dataDir, DOSSIER_LOAD_SAMPLE: 'false', DOSSIER_LOG_LEVEL: 'silent' }, 90_000, [START_HEAP]);
}, 120_000);
afterAll(async () => {
  await service?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const ADMIN = { authorization: `Bearer ${SERVICE_ADMIN_KEY}` };

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

/** An ordinary query still answered: the process survived. */
async function expectServing(): Promise<void> {
  expect(await post(TYPENAME)).toEqual({ status: 200, json: { data: { __typename: 'Query' } } });
}

/** `{ __typename }` with an unused variable holding `json`. */
const withVariable = (json: string) => `{"query":"query($x: String) { __typename }","variables":{"x":${json}}}`;
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const flat = (bytes: number) => `[${'[],'.repeat(Math.floor(bytes / 3))}[]]`;

describe('bodies that exhausted the heap or the stack', () => {
  it('refuses 4 million nested arrays (8 MB): 413 without a key, 400 naming the depth limit with an editor key', async () => {
    const body = withVariable(nested(4_000_000));
    const anonymous = await post(body);
    expect(anonymous.status).toBe(413);
    expect(anonymous.json.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' });
    await expectServing();
    const editor = await post(body, ADMIN);
    expect(editor.status).toBe(400);
    expect(editor.json.errors![0]).toMatchObject({ message: expect.stringMatching(/more than 32 levels deep/), extensions: { code: 'BAD_USER_INPUT', reason: 'json.too.deep' } });
    await expectServing();
  });

  it('refuses a body nested 100,000 deep within the size limit as bad input, not an internal error', async () => {
    const refused = await post(withVariable(nested(100_000)));
    expect(refused.status).toBe(400);
    expect(refused.json.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'json.too.deep' });
    await expectServing();
  });

  it('refuses a flat 45 MB array with 413, with or without a key, and keeps serving', async () => {
    const body = withVariable(flat(45_000_000));
    for (const headers of [{}, ADMIN]) {
      const refused = await post(body, headers);
      expect(refused.status).toBe(413);
      expect(refused.json.errors![0]!.message).toContain(`the limit is ${DEFAULT_LIMITS.bodyLimitBytes} bytes`);
      await expectServing();
    }
  });

  it('refuses a body with too many values within the size limit', async () => {
    const refused = await post(withVariable(flat(900_000)));
    expect(refused.status).toBe(400);
    expect(refused.json.errors![0]).toMatchObject({ message: expect.stringMatching(/more than 100000 JSON values/), extensions: { reason: 'json.too.many.values' } });
    const importSized = await post(`{"query":"mutation($input: ImportBundleInput!) { importBundle(input: $input) { errors { message } } }","variables":{"input":{"actors":${flat(15_000_000)}}}}`, ADMIN);
    expect(importSized.status).toBe(400);
    expect(importSized.json.errors![0]!.message).toMatch(/more than 1000000 JSON values/);
    await expectServing();
  });

  it('counts the bytes received: a chunked body over the limit, with no Content-Length, is refused with 413', async () => {
    const { hostname, port } = new URL(service.url);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request({ hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.write(`{"query":"{ __typename }","variables":{"x":"`);
      for (let i = 0; i < 20; i++) request.write('x'.repeat(100_000));
      request.end('"}}');
    });
    expect(status).toBe(413);
    await expectServing();
  });

  it('refuses three anonymous 45 MB importBundle bodies at once without reading them whole, and serves others meanwhile', async () => {
    const bundle = `{"query":"mutation($input: ImportBundleInput!) { importBundle(input: $input) { errors { message } } }","variables":{"input":{"actors":${flat(45_000_000)}}}}`;
    const [refused, served] = await Promise.all([Promise.all([post(bundle), post(bundle), post(bundle)]), Promise.all([post(TYPENAME), post(TYPENAME)])]);
    for (const answer of refused) expect(answer.status).toBe(413);
    for (const answer of served) expect(answer.status).toBe(200);
    await expectServing();
    expect(service.child.exitCode).toBeNull();
  });
});

describe('answers that once exhausted the heap', () => {
  it('refuses six parallel anonymous lists of 100 texts after four 4.9 MB sources came in, and serves what fits the cost limit', async () => {
    const words = Array.from({ length: 850_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const source = (n: number) => ({ kind: 'REPORT', title: `Large report ${n}`, text: `${n} ${words}`.slice(0, 4_900_000) });
    for (const pair of [[1, 2], [3, 4]]) {
      const body = JSON.stringify({
        query: 'mutation($input: ImportBundleInput!) { importBundle(input: $input) { sources { created } errors { message } } }',
        variables: { input: { sources: pair.map(source) } },
      });
      expect((await post(body, ADMIN)).json.data).toEqual({ importBundle: { sources: { created: 2 }, errors: [] } });
    }
    const everything = JSON.stringify({ query: '{ sources(first: 100) { nodes { text } } }' });
    const refused = await Promise.all(Array.from({ length: 6 }, () => post(everything)));
    for (const answer of refused) {
      expect(answer.status).toBe(400);
      expect(answer.json.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COST_LIMIT' });
    }
    const fitting = JSON.stringify({ query: '{ sources(first: 40) { nodes { textLength text } } search(query: "w1a2b") { kind } }' });
    const served = await Promise.all(Array.from({ length: 6 }, () => post(fitting)));
    for (const answer of served) {
      expect(answer.status).toBe(200);
      expect(answer.json.data.sources.nodes).toHaveLength(4);
      expect(answer.json.data.sources.nodes[0]).toEqual({ textLength: 4_900_000, text: expect.any(String) });
      expect(answer.json.data.sources.nodes[0].text).toHaveLength(100_000);
    }
    await expectServing();
    expect(service.child.exitCode).toBeNull();
  }, 120_000);
});
