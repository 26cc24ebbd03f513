import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('uses embedded PGlite in ./data/pglite on port 4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/data\/pglite$/) });
    expect(config.port).toBe(4000);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/dossier' }).database).toEqual({ kind: 'postgres', url: 'postgresql://u:p@db:5432/dossier', poolSize: 10 });
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
