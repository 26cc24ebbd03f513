// The pieces of `npm run cluster`, which the tests start too: free ports, a Redis of its own, service instances
// and an HAProxy in front of them, each a child process stopped with the cluster.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { projectPath } from '../../src/shared/paths';
import { freePort } from '../shared/ports';

export { buildService } from '../bench/harness';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Redis server of its own (Debian's redis-server) on a free port, keeping nothing on disk. */
export async function startRedis(): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  // Bounded as in docker-compose.yml: every key Dossier writes expires, the least recently used go first past the limit.
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', '256mb', '--maxmemory-policy', 'volatile-lru'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const probe = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
    probe.on('error', () => {}); // connect() reports it
    const up = await probe.connect().then(() => true, () => false);
    probe.disconnect();
    if (up) return { process: child, url };
    await pause(100);
  }
  child.kill();
  throw new Error('redis-server did not start');
}

export interface Instance {
  process: ChildProcess;
  url: string;
  port: number;
}

/**
 * One service instance as `npm start` runs it (built JavaScript; the tests run the TypeScript through tsx),
 * resolving once its /ready answers 200.
 */
export async function startInstance(env: Record<string, string>, options: { fromSource?: boolean; timeoutMs?: number; port?: number } = {}): Promise<Instance> {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 180_000;
  const entry = options.fromSource ? ['--import', 'tsx', projectPath('src', 'main.ts')] : [projectPath('dist', 'src', 'main.js')];
  const child = spawn(process.execPath, ['--max-old-space-size=192', ...entry], {
    cwd: projectPath(), env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await pause(200)) {
    if (child.exitCode !== null) throw new Error(`an instance exited with ${child.exitCode}:\n${errors}`);
    if ((await fetch(`${url}/ready`).catch(() => null))?.status === 200) return { process: child, url, port };
  }
  child.kill();
  throw new Error(`an instance was not ready within ${timeoutMs} ms:\n${errors}`);
}

/** HAProxy in front of the instances: health checks on /ready every `checkMs`, X-Forwarded-For added, X-Dossier-Instance answered. */
export async function startBalancer(dir: string, instances: { port: number }[], options: { checkMs?: number; name?: string } = {}): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  const check = options.checkMs ?? 1000;
  const config = path.join(dir, `${options.name ?? 'haproxy'}.cfg`);
  writeFileSync(config, [
    'global', '  maxconn 2000', 'defaults', '  mode http', '  timeout connect 2s', '  timeout client 30s', '  timeout server 30s',
    // A request whose connection to an instance failed is sent to another; never one that reached an instance (a
    // mutation may have run there).
    '  retries 2', '  option redispatch', '  retry-on conn-failure',
    `frontend dossier`, `  bind 127.0.0.1:${port}`, '  option forwardfor', '  default_backend instances',
    // A check may wait 3 s for an instance busy with a load (two cores): marking the last one down refuses all.
    'backend instances', '  balance roundrobin', '  timeout check 3s', '  option httpchk GET /ready', '  http-check expect status 200',
    // Which instance answered (instance1, ...): how a client, a test or a benchmark tells where its request went.
    '  http-response set-header X-Dossier-Instance %[srv_name]',
    ...instances.map((instance, index) => `  server instance${index + 1} 127.0.0.1:${instance.port} check inter ${check} fall 2 rise 1`),
    '',
  ].join('\n'));
  const child = spawn('haproxy', ['-f', config, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited:\n${errors}`);
    if ((await fetch(`${url}/health`).catch(() => null))?.ok) return { process: child, url };
    await pause(100);
  }
  child.kill();
  throw new Error(`haproxy did not start:\n${errors}`);
}

/** Stops a child process and waits for it. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
