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

  it('passes graphql-http\'s audits with no error and no notice (three SHOULDs on status 200 for application/json left as warnings)', () => {
    const { counts, problems } = results.audits!.data;
    expect(counts.error).toBe(0);
    expect(counts.notice).toBe(0);
    expect(counts.ok).toBeGreaterThanOrEqual(58);
    expect(problems).toHaveLength(counts.warn);
    for (const problem of problems) expect(problem).toMatch(/SHOULD use (a )?(status code of )?200/);
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
