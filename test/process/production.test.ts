// The service as an operator starts it, with NODE_ENV=production and nothing else: production mode, as the
// Docker image runs. Once, NODE_ENV alone kept introspection, field suggestions and stack traces with file paths.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postGraphQL, startService, type ServiceProcess } from '../helpers/service-process';

const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-production-'));
let service: ServiceProcess;
beforeAll(async () => {
  service = await startService({ NODE_ENV: 'production', DOSSIER_DATA_DIR: dataDir, DOSSIER_LOAD_SAMPLE: 'false' });
}, 120_000);
afterAll(async () => {
  await service?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('NODE_ENV=production', () => {
  it('closes introspection and the playground', async () => {
    const introspection = await postGraphQL(service.url, '{ __schema { types { name } } }', undefined, null);
    expect(introspection.errors[0].message).toMatch(/introspection/i);
    const page = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('Dossier playground');
  });

  it('answers errors without suggestions, stack traces or file paths', async () => {
    for (const query of ['{ actorz { totalCount } }', '{ actors(filter: { kind: [STAT] }) { totalCount } }', '{ armsSupplyTrend(supplier: "Nowhereland", recipient: "India") { share } }']) {
      const answer = await postGraphQL(service.url, query, undefined, null);
      const text = JSON.stringify(answer);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(answer.errors[0].extensions.code);
      expect(text).not.toMatch(/Did you mean|stacktrace|\/src\/|node_modules/);
    }
  });
});
