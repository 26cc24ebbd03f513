// A PostgreSQL server of the test's own, made with initdb on a free port, so that a test can stop and restart
// it without disturbing the shared server the other tests use.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../scripts/shared/ports';
import { postgresTools } from '../../scripts/shared/postgres-tools';

export interface PrivatePostgres {
  url: string;
  port: number;
  start(): void;
  /** `fast` closes the sessions and shuts down cleanly; `immediate` is a crash that recovers from the WAL. */
  stop(mode?: 'fast' | 'immediate'): void;
  destroy(): void;
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const { dir, run, start, stop } = postgresTools('dossier-pg-');
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const instance: PrivatePostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => start(data, path.join(dir, 'server.log'), options),
    stop: (mode = 'fast') => stop(data, mode),
    destroy() {
      try {
        instance.stop('immediate');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  instance.start();
  return instance;
}
