// A PostgreSQL primary with one streaming replica, of its own (npm run cluster, and the tests), on free ports beside the machine's cluster
// (which it leaves alone): initdb, wal_level=replica, pg_basebackup -R; run as the postgres user when started as root.
import { rmSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../shared/ports';
import { postgresTools } from '../shared/postgres-tools';

export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  stopReplica(): void;
  startReplica(): void;
  stop(): void;
}

export async function startReplicaCluster(): Promise<ReplicaCluster> {
  const { dir, run, start, stop } = postgresTools('dossier-replica-');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = path.join(dir, 'primary');
  const replica = path.join(dir, 'replica');
  run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  // Settings for a throwaway cluster: no fsync (nothing here must survive a crash of the machine).
  appendFileSync(path.join(primary, 'postgresql.conf'), [
    `port = ${primaryPort}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${dir}'`, 'wal_level = replica',
    'max_wal_senders = 5', 'fsync = off', 'max_connections = 50', '',
  ].join('\n'));
  start(primary, path.join(dir, 'primary.log'));
  run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '-C', '-S', 'replica1']);
  appendFileSync(path.join(replica, 'postgresql.auto.conf'), `port = ${replicaPort}\n`);
  const startReplica = () => start(replica, path.join(dir, 'replica.log'));
  const stopReplica = () => stop(replica, 'immediate');
  startReplica();
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/postgres`,
    stopReplica,
    startReplica,
    stop() {
      for (const data of [replica, primary]) {
        try {
          stop(data, 'immediate');
        } catch {
          // already stopped
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
