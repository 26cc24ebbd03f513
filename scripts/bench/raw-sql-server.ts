// The baseline: node's http and pg, one hand-written SQL statement per request, the JSON built by PostgreSQL.
//   POST /<n> answers {"data": ...} for BENCH_QUERIES[n]; it prints its URL on stdout when it listens.
import http from 'node:http';
import pg from 'pg';
import { BENCH_QUERIES } from './queries';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

const server = http.createServer((request, response) => {
  const query = BENCH_QUERIES[Number(request.url?.slice(1))];
  request.resume();
  request.on('end', () => {
    if (!query) {
      response.writeHead(404).end();
      return;
    }
    pool.query<{ data: unknown }>(query.sql).then(
      ({ rows }) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows[0]!.data }));
      },
      (error: Error) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message })),
    );
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`raw SQL server at http://127.0.0.1:${address.port}`);
});
