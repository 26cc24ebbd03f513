import { openDatabase } from '../src/db/database';
import { createServices } from '../src/services';
import { createServer } from '../src/server/server';
import { createContext } from '../src/context';
import { BENCH_QUERIES } from './bench/queries';
import { ArmsTrendRepository } from '../src/modules/arms-trends/arms-trends.repository';
(async () => {
  const db = await openDatabase({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:5432/dossier_bench', poolSize: 10 });
  const services = createServices(db, { defaultPageSize: 100, maxPageSize: 500 });
  const server = await createServer({ db, services, playground: false });
  const time = async (label: string, fn: () => Promise<unknown>, n = 300) => {
    for (let i = 0; i < 30; i++) await fn();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn();
    console.log(label.padEnd(40), ((performance.now() - t0) / n).toFixed(2), 'ms');
  };
  for (const q of BENCH_QUERIES) {
    await time('graphql ' + q.name.slice(0, 30), async () => server.apollo.executeOperation({ query: q.graphql }, { contextValue: createContext(services) }));
    await time('raw ' + q.name.slice(0, 30), () => db.query(q.sql));
  }
  const repo = new ArmsTrendRepository(db);
  const r = (await services.actors.findByName('Russia'))!; const i = (await services.actors.findByName('India'))!;
  await time('trend sql only', () => repo.trend({ supplierId: r.id, recipientId: i.id, fromYear: 2000, toYear: 2023, periodYears: 5, category: null }));
  await time('actor lookup', () => services.actors.findByName('Russia'));
  await time('select 1', () => db.query('SELECT 1'));
  await server.stop(); await db.close();
})();
