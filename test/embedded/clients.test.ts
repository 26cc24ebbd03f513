// The common clients with their default settings (urql sends queries as plain GETs, graphql-request and Apollo
// Client POST JSON) and graphql-http's audits of the GraphQL-over-HTTP specification, against the real endpoint;
// and the rule that lets them in without opening a forgery hole: queries by GET, anything else only as JSON.
import { execFile } from 'node:child_process';
import { projectPath } from '../../src/shared/paths';
import { loadSample } from '../../src/sample/sample';
import { createTestServer, type TestServer } from '../helpers/test-server';

let t: TestServer;
let url: string;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  url = `${await t.server.listen(0, '127.0.0.1')}/graphql`;
}, 60_000);
afterAll(() => t.close());

function runClients(): Promise<Record<string, { data?: any; error?: string }>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [projectPath('test/clients/common-clients.mjs'), url], { cwd: projectPath(), timeout: 60_000 }, (error, stdout, stderr) => {
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) reject(new Error(`no answer from the clients: ${String(error)} ${stderr}`));
      else resolve(JSON.parse(line));
    });
  });
}

describe('the common clients with their defaults', () => {
  let results: Awaited<ReturnType<typeof runClients>>;
  beforeAll(async () => {
    results = await runClients();
  }, 90_000);

  it('answers urql, graphql-request and Apollo Client, whose normalised cache keeps the actor under its id', () => {
    const russia = { id: expect.any(String), name: 'Russia', isoCode: 'RUS' };
    expect(results.urql).toEqual({ data: { actor: { ...russia, __typename: 'Actor' } } });
    expect(results.graphqlRequest).toEqual({ data: { actor: russia } });
    expect(results.apolloClient).toEqual({ data: { actor: { ...russia, __typename: 'Actor' }, cached: [`Actor:${results.graphqlRequest!.data.actor.id}`] } });
  });

  it('passes every one of graphql-http\'s audits of the GraphQL-over-HTTP specification', () => {
    const { counts, problems } = results.audits!.data;
    expect(problems).toEqual([]);
    expect(counts).toEqual({ ok: 61, notice: 0, warn: 0, error: 0 });
  });
});

describe('the status of a request error, by the type the client prefers', () => {
  const post = async (body: unknown, accept?: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body: JSON.stringify(body) });
    const answer = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string; reason?: string } }[] };
    return { status: response.status, type: response.headers.get('content-type'), reasons: answer.errors?.map((error) => error.extensions.reason ?? error.extensions.code) };
  };
  const requestErrors = [
    [{ query: '{' }, 'GRAPHQL_PARSE_FAILED'],
    [{ query: '{ noSuchField }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [{ query: 'query($id: ID!) { actor(id: $id) { name } }', variables: { id: null } }, 'BAD_USER_INPUT'],
    [{ query: 'query A { __typename }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
    [{ query: 'query A { __typename } query B { __typename }' }, 'OPERATION_RESOLUTION_FAILURE'],
  ] as const;

  it('is 200 as application/json, which the client prefers: a well-formed request, its errors in the answer', async () => {
    for (const [body, reason] of requestErrors) {
      expect(await post(body, 'application/json')).toEqual({ status: 200, type: expect.stringMatching(/^application\/json/), reasons: [reason] });
    }
  });

  it('is 400 as application/graphql-response+json, and when the client names no type (absent or */*)', async () => {
    for (const accept of ['application/graphql-response+json, application/json;q=0.9', undefined, '*/*']) {
      for (const [body, reason] of requestErrors) expect(await post(body, accept)).toMatchObject({ status: 400, reasons: [reason] });
    }
  });

  it('is 400 whatever the client accepts for a request that is not GraphQL over HTTP (no query)', async () => {
    expect(await post({ variables: {} }, 'application/json')).toMatchObject({ status: 400, reasons: ['BAD_REQUEST'] });
  });
});

describe('the rule against forged requests', () => {
  const query = encodeURIComponent('{ cameoCode(code: "043") { label } }');

  it('answers a plain GET query, with no content type or preflight header, as a browser or urql sends it', async () => {
    const response = await fetch(`${url}?query=${query}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { cameoCode: { label: 'Host a visit' } } });
  });

  it('runs a mutation only as a JSON POST: refused by GET, and as a form or text/plain body', async () => {
    const mutation = 'mutation { deleteActor(id: "1") { id } }';
    const get = await fetch(`${url}?query=${encodeURIComponent(mutation)}`);
    expect(get.status).toBe(405);
    for (const [type, body] of [['text/plain', JSON.stringify({ query: mutation })], ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`], ['multipart/form-data; boundary=x', '--x--']]) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': type! }, body });
      expect(response.status).toBe(415);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await t.db.prisma.actor.count({ where: { id: 1 } })).toBe(1);
  });
});
