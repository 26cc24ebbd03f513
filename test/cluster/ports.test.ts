// The ports that the tests and scripts pick for servers they start later (a PostgreSQL and its replica, Redis,
// HAProxy, service instances) lie below the kernel's ephemeral range, so that no outgoing connection made between
// the pick and the bind, or while a server is down for a restart, can hold one.
import { rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import path from 'node:path';
import { ephemeralPortRange, freePort } from '../../scripts/shared/ports';
import { postgresTools } from '../../scripts/shared/postgres-tools';

describe('freePort', () => {
  it('picks free ports below the ephemeral range, none twice', async () => {
    const [ephemeralLow] = ephemeralPortRange();
    const ports = await Promise.all(Array.from({ length: 40 }, () => freePort()));
    expect(new Set(ports).size).toBe(ports.length);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(1024);
      expect(port).toBeLessThan(ephemeralLow);
    }
  });

  it('gives a port that a server can still bind while clients open connections meanwhile', async () => {
    const port = await freePort();
    // Many outgoing connections, as the other test files make while a cluster starts: none takes the port.
    const target: Server = createServer((socket) => socket.on('error', () => {}));
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const { port: targetPort } = target.address() as { port: number };
    const clients = await Promise.all(Array.from({ length: 200 }, () => new Promise<ReturnType<typeof createConnection>>((resolve, reject) => {
      const socket = createConnection(targetPort, '127.0.0.1', () => resolve(socket)).once('error', reject);
    })));
    expect(clients.map((socket) => socket.localPort)).not.toContain(port);
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise((resolve) => server.close(resolve));
    for (const socket of clients) socket.destroy();
    await new Promise((resolve) => target.close(resolve));
  });
});

describe('postgresTools', () => {
  it('reports the server log when a PostgreSQL cannot start', async () => {
    const tools = postgresTools('dossier-ports-test-');
    const data = path.join(tools.dir, 'data');
    try {
      tools.run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
      // A port another server holds: the postmaster exits, and the error says why.
      const holder = createServer();
      const port = await freePort();
      await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
      try {
        expect(() => tools.start(data, path.join(tools.dir, 'server.log'), `-p ${port} -k ${tools.dir} -c listen_addresses=127.0.0.1`))
          .toThrow(/could not start server[\s\S]*server\.log:[\s\S]*(Address already in use|could not bind)/);
      } finally {
        await new Promise((resolve) => holder.close(resolve));
      }
    } finally {
      rmSync(tools.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
