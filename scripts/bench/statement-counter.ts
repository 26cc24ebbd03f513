// Counts the statements a server sends to PostgreSQL: a TCP proxy in front of the database that reads the client's
// side of the wire protocol and counts Query ('Q', a simple query) and Execute ('E', an extended-protocol
// statement) messages. Used in a pass of its own, after the timed rounds: the proxy costs CPU of its own.
import net from 'node:net';

export interface StatementCounter {
  /** The database URL to give a server, through the proxy. */
  url: string;
  count: number;
  close(): Promise<void>;
}

export async function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  const counter = { count: 0 } as StatementCounter;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let startup = true;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        // The startup message (and an SSL request before it) has no type byte; every later message has one.
        const header = startup ? 4 : 5;
        if (pending.length < header) break;
        const length = startup ? pending.readInt32BE(0) : pending.readInt32BE(1) + 1;
        if (pending.length < length) break;
        if (startup) startup = pending.readInt32BE(4) === 80877103; // an SSL request: the real startup follows
        else if (pending[0] === 0x51 || pending[0] === 0x45) counter.count++;
        pending = pending.subarray(length);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as net.AddressInfo).port);
  counter.url = proxied.toString();
  counter.close = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return counter;
}
