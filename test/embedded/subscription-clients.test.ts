// Subscriptions as users' clients make them, with their defaults: Apollo Client 4's GraphQLWsLink and urql's
// subscriptionExchange over graphql-ws, each resuming the change feed from a cursor and receiving the same changes.
import { execFile } from 'node:child_process';
import { projectPath } from '../../src/shared/paths';
import { buildActor } from '../builders';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let url: string;
beforeAll(async () => {
  t = await createTestServer();
  url = `${await t.server.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(() => t.close());

function runClients(after: string | null, count: number): Promise<Record<string, { data?: any; error?: string }>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [projectPath('test/clients/subscription-clients.mjs'), url, after ?? '', String(count)], { cwd: projectPath(), timeout: 60_000 }, (error, stdout, stderr) => {
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) reject(new Error(`no answer from the clients: ${String(error)} ${stderr}`));
      else resolve(JSON.parse(line));
    });
  });
}

it('delivers the same changes, in order, to Apollo Client and urql resuming from a cursor', async () => {
  const start = dataOf(await t.execute<{ changes: { cursor: string | null } }>('{ changes(first: 1000) { cursor } }')).changes.cursor;
  const actors = [await buildActor(t.services), await buildActor(t.services), await buildActor(t.services)];
  const results = await runClients(start, 3);
  const expected = actors.map((actor) => expect.objectContaining({ entity: 'ACTOR', recordId: String(actor.id), operation: 'CREATE', record: expect.objectContaining({ name: actor.name }) }));
  expect(results.apolloClient).toEqual({ data: expected });
  expect(results.urql).toEqual({ data: expected });
}, 90_000);
