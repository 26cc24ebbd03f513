// The subscribers of bench:changes (2), in a process of their own so that the service's memory and event loop are
// measured alone: BENCH_SUBSCRIBERS graphql-ws clients on the URL given, each checking that its changes come in
// cursor order, once each. Tells the parent (IPC) when all are subscribed, then what each received.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, subscribers, expected] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];

/** A cursor "xid-seq" as a pair of numbers (the bench's transaction ids stay far below 2^53). */
const parse = (cursor: string): [number, number] => cursor.split('-').map(Number) as [number, number];

const received = new Array<number>(subscribers).fill(0);
const last = Array.from({ length: subscribers }, (): [number, number] => [0, 0]);
let misordered = 0;
let errors = 0;
const clients = Array.from({ length: subscribers }, () => createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 }));
clients.forEach((client, index) => client.subscribe<{ changes: { cursor: string } }>({ query: 'subscription { changes(entities: [ACTOR]) { cursor } }' }, {
  next: (result) => {
    if (!result.data) return void errors++;
    const [xid, seq] = parse(result.data.changes.cursor);
    const [lastXid, lastSeq] = last[index]!;
    // In cursor order, each once: anything else is a duplicate or a change out of order.
    if (xid < lastXid || (xid === lastXid && seq <= lastSeq)) misordered++;
    last[index] = [xid, seq];
    received[index]!++;
  },
  error: () => void errors++,
  complete: () => {},
}));

setTimeout(() => process.send!({ ready: true }), 3000);
const started = Date.now();
const check = setInterval(() => {
  const delivered = received.reduce((sum, count) => sum + count, 0);
  if (delivered - misordered >= subscribers * expected || Date.now() - started > 900_000) {
    clearInterval(check);
    const lost = received.reduce((sum, count) => sum + Math.max(0, expected - count), 0);
    process.send!({ done: true, delivered, lost, misordered, errors }, () => {
      void Promise.all(clients.map((client) => client.dispose())).then(() => process.exit(0));
    });
  }
}, 50);
