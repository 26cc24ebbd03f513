// A merge running while an import writes references to the duplicate loses none of them (PostgreSQL, where the
// two transactions really interleave): the import's chunks that commit first are moved by the merge; a chunk that
// meets the merged duplicate fails on its foreign key, and the import is checked again, resolving the duplicate's
// name (now an alias) to the canonical actor.
import { randomBytes } from 'node:crypto';
import { createServices, type Services } from '../../src/services';
import { RequestBatches } from '../../src/shared/batches';
import { TEST_AUTHOR, buildActor, buildSource } from '../builders';
import { createPostgresDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
let services: Services;
beforeAll(async () => {
  db = await createPostgresDatabase({ poolSize: 4 });
  services = createServices(db, { defaultPageSize: 100, maxPageSize: 500 });
}, 120_000);
afterAll(() => db?.destroy());

it.each([1, 2, 3])('keeps every reference an import writes while a merge runs (round %i)', async (round) => {
  const tag = randomBytes(3).toString('hex');
  const [canonical, duplicate, recipient] = [
    await buildActor(services, { name: `Canonia ${tag}` }),
    await buildActor(services, { name: `Duplicania ${tag}` }),
    await buildActor(services, { name: `Recipia ${tag}` }),
  ];
  const url = `https://example.org/register-${tag}`;
  await buildSource(services, { kind: 'DATASET', text: null, url });
  const rows = 1500;
  const bundle = {
    armsTransfers: Array.from({ length: rows }, (_unused, i) => ({
      supplier: duplicate.name, recipient: recipient.name, source: { url }, dealId: `${tag}-${i}`, designation: 'Frigate',
      category: 'Ships', deliveryYear: 2000 + (i % 20), tivDelivered: 1 + (i % 7),
    })),
  };
  const importing = services.imports.importBundle(bundle, { author: TEST_AUTHOR, chunkSize: 100 });
  // Merge once the import has committed some chunks (and not all), at a different point each round.
  for (let tries = 0; tries < 400; tries++) {
    const written = await db.prisma.armsTransfer.count({ where: { dealId: { startsWith: `${tag}-` } } });
    if (written >= 100 * round) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const merging = services.merges.merge(new RequestBatches(),
    { canonical: String(canonical.id), duplicates: [String(duplicate.id)] }, TEST_AUTHOR);
  const [result] = await Promise.all([importing, merging]);
  expect(result.errors).toEqual([]);
  const stored = await db.prisma.armsTransfer.groupBy({ by: ['supplierId'], where: { dealId: { startsWith: `${tag}-` } }, _count: true });
  expect(stored).toEqual([{ supplierId: canonical.id, _count: rows }]);
}, 120_000);
