// Ports for servers that the scripts and tests start themselves (a PostgreSQL, Redis, HAProxy, service instances),
// picked before the server binds them and kept when it restarts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The kernel's range for the local ports of outgoing connections (Linux's default when it cannot be read). */
export function ephemeralPortRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return [low!, high!];
  } catch {
    // not Linux: the default below
  }
  return [32768, 60999];
}

const LOWEST = 20_000;
const handedOut = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * A port free now and below the ephemeral range. A port from `listen(0)` lies inside that range, and any client
 * connection opened before the server binds it (or while it is down for a restart) may take it as its local
 * port, which makes the server's bind fail with EADDRINUSE (seen in CI: a replica that "could not start").
 */
export async function freePort(): Promise<number> {
  const [ephemeralLow] = ephemeralPortRange();
  const span = ephemeralLow - LOWEST;
  for (let attempt = 0; span > 0 && attempt < 200; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * span);
    if (handedOut.has(port)) continue;
    handedOut.add(port); // before the probe, so that concurrent calls cannot both take it
    if (await canListen(port)) return port;
    handedOut.delete(port);
  }
  throw new Error(`no free port between ${LOWEST} and ${ephemeralLow - 1} (below the ephemeral range)`);
}
