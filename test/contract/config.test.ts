import { ConfigError, DEFAULT_LIMITS, DEFAULT_LIVE_LIMITS, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('uses embedded PGlite in ./data/pglite on port 4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/data\/pglite$/), statementTimeoutMs: 5000 });
    expect(config.port).toBe(4000);
    expect(config).toMatchObject({ production: false, playground: true, corsOrigins: [], limits: DEFAULT_LIMITS });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/dossier' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db:5432/dossier',
      poolSize: 10,
      statementTimeoutMs: 5000,
    });
  });

  it('turns the playground off in production unless asked for, and reads limits and CORS origins', () => {
    expect(loadConfig({ DOSSIER_MODE: 'production' })).toMatchObject({ production: true, playground: false });
    expect(loadConfig({ DOSSIER_MODE: 'production', DOSSIER_PLAYGROUND: 'true' }).playground).toBe(true);
    const config = loadConfig({ DOSSIER_MAX_DEPTH: '5', DOSSIER_CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.limits.maxDepth).toBe(5);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('reads the limits of live connections, with defaults', () => {
    expect(loadConfig({}).live).toEqual(DEFAULT_LIVE_LIMITS);
    expect(loadConfig({ DOSSIER_LIVE_MAX_CONNECTIONS: '3', DOSSIER_LIVE_SLOW_CONSUMER_MS: '2500', DOSSIER_LIVE_KEEPALIVE_MS: '5000' }).live)
      .toEqual({ maxConnectionsPerClient: 3, slowConsumerMs: 2500, keepAliveMs: 5000 });
    expect(() => loadConfig({ DOSSIER_LIVE_SLOW_CONSUMER_MS: '10' })).toThrow(/DOSSIER_LIVE_SLOW_CONSUMER_MS/);
  });

  it('turns production mode on with NODE_ENV=production, as operators and the Docker image set it, unless DOSSIER_MODE says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: false, playground: false });
    expect(loadConfig({ NODE_ENV: 'production', DOSSIER_MODE: 'development' })).toMatchObject({ production: false, introspection: true });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ production: false });
    expect(loadConfig({ NODE_ENV: 'production', DOSSIER_INTROSPECTION: 'true' })).toMatchObject({ production: true, introspection: true });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', DOSSIER_LOAD_SAMPLE: 'maybe' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/DOSSIER_LOAD_SAMPLE/);
    }
  });
});
