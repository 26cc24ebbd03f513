// Docker cannot run on the CI machines, so the compose file's structure is checked instead.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';
import { projectPath } from '../../src/shared/paths';

const compose = parse(readFileSync(projectPath('docker-compose.yml'), 'utf8'), { merge: true });

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 16 with a volume and a health check', () => {
    const db = compose.services.postgres;
    expect(db.image).toMatch(/^postgres:16/);
    const [volume] = db.volumes as string[];
    expect(volume).toMatch(/^(\w+):\/var\/lib\/postgresql\/data$/);
    expect(Object.keys(compose.volumes)).toContain(volume!.split(':')[0]);
    expect(db.healthcheck.test.join(' ')).toContain('pg_isready');
  });

  it('builds the service from the Dockerfile and starts it once the database is healthy', () => {
    const app = compose.services.dossier;
    expect(app.build).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
    expect(existsSync(projectPath('Dockerfile'))).toBe(true);
    expect(app.depends_on.postgres.condition).toBe('service_healthy');
    expect(app.environment.DATABASE_URL).toMatch(/^postgresql:\/\/\w+:\w+@postgres:5432\/\w+$/);
    expect(app.ports).toContain('4000:4000');
  });

  it('runs the image and the compose service in production mode (NODE_ENV=production), introspection closed', () => {
    const dockerfile = readFileSync(projectPath('Dockerfile'), 'utf8');
    const imageEnv = Object.fromEntries([...(/^ENV (.*)$/m.exec(dockerfile)?.[1] ?? '').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
    const env = { ...imageEnv, ...compose.services.dossier.environment };
    expect(loadConfig(env)).toMatchObject({ production: true, introspection: false, playground: false });
  });

  it('gives the Dockerfile a build and a start that match package.json', () => {
    const dockerfile = readFileSync(projectPath('Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/npm run build/);
    // The image starts the service exactly as `npm start` does, flags included.
    const start = (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd && (JSON.parse(cmd) as string[]).join(' ')).toBe(start);
  });

  describe('the cluster profile (docker compose --profile cluster up)', () => {
    const cluster = Object.fromEntries(Object.entries(compose.services as Record<string, any>).filter(([, service]) => service.profiles?.includes('cluster')));
    const instances = Object.entries(cluster).filter(([, service]) => service.build);

    it('runs a primary with WAL for replication and a replica made from it with pg_basebackup -R', () => {
      expect(cluster['postgres-primary'].command.join(' ')).toContain('wal_level=replica');
      expect(readFileSync(projectPath('deploy', 'postgres-replication.sh'), 'utf8')).toMatch(/host replication all all/);
      expect(cluster['postgres-replica'].entrypoint.join(' ')).toMatch(/pg_basebackup -h postgres-primary .*-R/);
      expect(cluster['postgres-replica'].depends_on['postgres-primary'].condition).toBe('service_healthy');
    });

    it('starts two instances that read from the replica, share Redis and trust only the balancer\'s address', () => {
      expect(instances.map(([name]) => name)).toEqual(['dossier-1', 'dossier-2']);
      const balancerAddress = cluster.haproxy.networks.cluster.ipv4_address;
      for (const [, instance] of instances) {
        const config = loadConfig(instance.environment);
        expect(config.database).toMatchObject({ kind: 'postgres', url: expect.stringContaining('@postgres-primary:'), replicas: { urls: [expect.stringContaining('@postgres-replica:')] } });
        expect(config.redisUrl).toBe('redis://redis:6379');
        expect(config.trustedProxies).toEqual([balancerAddress]);
      }
      // One instance loads the sample; two loading at once would race for it.
      expect(instances.filter(([, instance]) => instance.environment.DOSSIER_LOAD_SAMPLE !== 'false')).toHaveLength(1);
    });

    it('bounds Redis\'s memory, evicting only keys that expire (every key Dossier writes does)', () => {
      expect(cluster.redis.command.join(' ')).toMatch(/--maxmemory \d+mb --maxmemory-policy volatile-lru/);
    });

    it('puts HAProxy in front of every instance, checking each on /ready', () => {
      expect(cluster.haproxy.volumes).toContain('./deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro');
      const haproxy = readFileSync(projectPath('deploy', 'haproxy.cfg'), 'utf8');
      expect(haproxy).toMatch(/option httpchk GET \/ready/);
      expect(haproxy).toMatch(/option forwardfor/);
      const servers = [...haproxy.matchAll(/^\s*server (\S+) (\S+):4000 check/gm)].map((match) => match[2]);
      expect(servers).toEqual(instances.map(([name]) => name));
    });
  });
});
