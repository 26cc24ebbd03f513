// Composition root: config -> database -> migrate -> sample -> server -> listen.
import { mkdirSync } from 'node:fs';
import { serveCommands, commandSocketPath } from './cli/handoff';
import { ConfigError, loadConfig, type Config } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { ConflictError } from './errors';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { loadSample, loadSipriSample } from './sample/sample';
import { EXPLORER_PATH } from './server/explorer';
import { createServer, GRAPHQL_PATH } from './server/server';
import { createServices } from './services';
import pino from 'pino';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.database.kind === 'pglite') mkdirSync(config.database.dataDir, { recursive: true });
  const socket = config.database.kind === 'pglite' ? commandSocketPath(config.database.dataDir) : undefined;
  const db = await openDatabase(config.database, { owner: 'the Dossier service', socket });
  const where = config.database.kind === 'pglite' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Dossier: database is ${where}`);

  const applied = await migrate(db);
  console.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Migrations: up to date');

  const services = createServices(db, config.pagination);
  // The CLIs cannot open the embedded database while the service holds it: they hand their commands to it.
  const commands = socket ? await serveCommands(socket, () => ({ db, services, where: `the running service's embedded database at ${dataDirOf(config)}` })) : null;
  if (config.adminKey) {
    const outcome = await services.apiKeys.ensureAdminKey(config.adminKey).catch((error: unknown) => {
      throw error instanceof ConflictError ? new ConfigError([`DOSSIER_ADMIN_KEY: ${error.message}`]) : error;
    });
    if (outcome === 'rotated') console.log('DOSSIER_ADMIN_KEY changed: the previous configured admin key is revoked, the new one stored');
  }
  // The embedded default has nobody to hand out keys: its first start creates an admin key and shows it once.
  if (config.database.kind === 'pglite' && !(await services.apiKeys.any())) {
    const { key } = await services.apiKeys.create('first-admin', 'ADMIN');
    console.log(`Created the first admin API key "first-admin" (shown this once; mutations need a key):\n  Authorization: Bearer ${key}`);
  }
  if (config.loadSample) {
    if (await loadSample(services)) console.log('Loaded the sample: the India-Russia summit analysis with its actors, events and claims');
    const register = await loadSipriSample(services, ({ done, total }) => console.log(`Loading the SIPRI trade register: ${done}/${total} rows`));
    if (register) {
      console.log(`Loaded the SIPRI trade register: ${register.armsTransfers.created} transfers, ${register.actors.created} new actors (data (c) SIPRI)`);
    }
  }

  // Log lines are buffered up to 4 KB and written at least once a second: one write for many requests under
  // load (a write per line cost about a tenth of the service's CPU in npm run bench).
  const logDestination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => logDestination.flush(), 1000).unref();
  const logger = pino({ level: config.logLevel }, logDestination);
  const server = await createServer({
    db,
    services,
    playground: config.playground,
    production: config.production,
    introspection: config.introspection,
    limits: config.limits,
    corsOrigins: config.corsOrigins,
    requireKeyForReads: config.requireKeyForReads,
    logger,
    rateLimits: config.rateLimits,
    pagination: config.pagination,
  });
  const url = await server.listen(config.port, config.host);
  console.log(`Dossier GraphQL API at ${url}${GRAPHQL_PATH}${config.playground ? ' (open it in a browser for the playground)' : ''}`);
  console.log(`Dossier explorer at ${url}${EXPLORER_PATH}/`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await server.stop();
    await commands?.close();
    await db.close();
    logDestination.flushSync();
    console.log('Stopped: requests drained, database closed.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

const dataDirOf = (config: Config) => (config.database.kind === 'pglite' ? config.database.dataDir : '');

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error);
  process.exit(1);
});
