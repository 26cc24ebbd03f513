// A PostgreSQL primary with one streaming replica, of its own (npm run cluster, and the tests), on free ports beside the machine's cluster
// (which it leaves alone): initdb, wal_level=replica, pg_basebackup -R; run as the postgres user when started as root.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './parts';

export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  stopReplica(): void;
  startReplica(): void;
  stop(): void;
}

export async function startReplicaCluster(): Promise<ReplicaCluster> {
  const bin = path.join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql').sort().at(-1)!, 'bin');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-replica-'));
  if (asRoot) {
    const owner = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const group = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(owner), Number(group));
  }
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, program), asRoot ? ['-u', 'postgres', '--', path.join(bin, program), ...args] : args, { stdio: 'pipe' });
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = path.join(dir, 'primary');
  const replica = path.join(dir, 'replica');
  run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  // Settings for a throwaway cluster: no fsync (nothing here must survive a crash of the machine).
  appendFileSync(path.join(primary, 'postgresql.conf'), [
    `port = ${primaryPort}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${dir}'`, 'wal_level = replica',
    'max_wal_senders = 5', 'fsync = off', 'max_connections = 50', '',
  ].join('\n'));
  run('pg_ctl', ['-D', primary, '-w', '-l', path.join(dir, 'primary.log'), 'start']);
  run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '-C', '-S', 'replica1']);
  appendFileSync(path.join(replica, 'postgresql.auto.conf'), `port = ${replicaPort}\n`);
  const startReplica = () => run('pg_ctl', ['-D', replica, '-w', '-l', path.join(dir, 'replica.log'), 'start']);
  const stopReplica = () => run('pg_ctl', ['-D', replica, '-m', 'immediate', '-w', 'stop']);
  startReplica();
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/postgres`,
    stopReplica,
    startReplica,
    stop() {
      for (const data of [replica, primary]) {
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } catch {
          // already stopped
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
