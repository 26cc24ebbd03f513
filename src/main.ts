// Composition root: config -> database -> migrate -> sample article -> server -> listen -> SIPRI's register in
// the background (a first start answers within seconds; /ready says what is still loading).
import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { commandSocketPath, serveCommands } from './cli/handoff';
import { ConfigError, loadConfig, type Config } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { ConflictError } from './errors';
import { loadSample, loadSipriSample, sampleRegisterRows, sipriSampleMissing } from './sample/sample';
import { EXPLORER_PATH } from './server/explorer';
import { createServer, GRAPHQL_PATH } from './server/server';
import { connectRedis, redisChangeWakeups } from './server/redis';
import { createServices, notifyWakeups, type Services } from './services';

const REGISTER = "SIPRI's trade register";

async function main(): Promise<void> {
  // A signal that comes while the service starts is kept, and acted on once there is something to stop (a client
  // can read the URL and send SIGTERM before the lines after it have run); a second one quits at once.
  let stopNow: ((signal: string) => void) | null = null;
  let stopAsked: string | null = null;
  const onSignal = (signal: string) => {
    if (stopNow) stopNow(signal);
    else if (stopAsked) process.exit(130);
    else stopAsked = signal;
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  const config = loadConfig();
  if (config.database.kind === 'pglite') mkdirSync(config.database.dataDir, { recursive: true });
  const socket = config.database.kind === 'pglite' ? commandSocketPath(config.database.dataDir) : undefined;
  const db = await openDatabase(config.database, { owner: 'the Dossier service', socket });
  const where = config.database.kind === 'pglite' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Dossier: database is ${where}`);

  const applied = await migrate(db);
  console.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Migrations: up to date');

  // The request log (JSON, one line a request) is quiet on a terminal unless asked for, so that the key and the
  // URLs stay in view; off a terminal (a container, a service manager) it logs every request. Its lines are
  // buffered up to 4 KB and written at least once a second: a write per line is costly under load.
  const logLevel = config.logLevel ?? (process.stdout.isTTY ? 'warn' : 'info');
  const logDestination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => logDestination.flush(), 1000).unref();
  const logger = pino({ level: logLevel }, logDestination);
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  // The change feed wakes at NOTIFY; with Redis, also at every instance's commits (NOTIFY does not pass PgBouncer).
  const redisWakeups = redis ? redisChangeWakeups(redis) : undefined;
  if (redisWakeups) db.onCommit(redisWakeups.published);
  const services = createServices(db, config.pagination, undefined, {
    relinkInlineBytes: config.relinkInlineBytes,
    changeRetentionDays: config.changeRetentionDays,
    ...(redisWakeups ? { changeWakeups: [notifyWakeups(db), redisWakeups.listen] } : {}),
  });
  // The CLIs cannot open the embedded database while the service holds it: they hand their commands to it.
  const commands = socket ? await serveCommands(socket, () => ({ db, services, where: `the running service's embedded database at ${dataDirOf(config)}` })) : null;
  if (config.adminKey) {
    const outcome = await services.apiKeys.ensureAdminKey(config.adminKey).catch((error: unknown) => {
      throw error instanceof ConflictError ? new ConfigError([`DOSSIER_ADMIN_KEY: ${error.message}`]) : error;
    });
    if (outcome === 'rotated') console.log('DOSSIER_ADMIN_KEY changed: the previous configured admin key is revoked, the new one stored');
  }
  let firstKey: string | null = null;
  // The embedded default has nobody to hand out keys: its first start creates an admin key and shows it once.
  if (config.database.kind === 'pglite' && !(await services.apiKeys.any())) firstKey = (await services.apiKeys.create('first-admin', 'ADMIN')).key;
  if (config.loadSample && (await loadSample(services))) console.log('Loaded the sample: the India-Russia summit analysis with its actors, events and claims');

  const server = await createServer({
    redis,
    trustedProxies: config.trustedProxies,
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
    httpCache: config.httpCache,
    responseCache: config.responseCache,
    live: config.live,
    compiledReads: config.compiledReads,
  });
  const url = await server.listen(config.port, config.host);
  if (firstKey) console.log(`Created the first admin API key "first-admin" (shown this once; mutations need a key):\n  Authorization: Bearer ${firstKey}`);
  console.log(`Dossier GraphQL API at ${url}${GRAPHQL_PATH}${config.playground ? ' (open it in a browser for the playground)' : ''}`);
  console.log(`Dossier explorer at ${url}${EXPLORER_PATH}/`);
  if (logLevel !== config.logLevel && logLevel === 'warn') console.log('Request log: errors only on a terminal (DOSSIER_LOG_LEVEL=info logs every request)');

  let stopping = false;
  // A relink owed by a change of forms that a stop or a crash interrupted is resumed now, and looked for from time to time.
  services.mentions.startRelinking();
  // The change log keeps DOSSIER_CHANGE_RETENTION_DAYS: pruned at start and hourly (an older cursor gets CURSOR_EXPIRED).
  const pruneChanges = () => void services.changes.prune().catch((error: unknown) => logger.warn({ err: error }, 'pruning the change log failed'));
  pruneChanges();
  const pruning = setInterval(pruneChanges, 3_600_000);
  pruning.unref();
  const registerLoaded = config.loadSample ? loadRegister(services, () => stopping) : Promise.resolve();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    clearInterval(pruning);
    await server.stop();
    await services.changes.stop();
    // A register being loaded stops after its current transaction; the next start completes it. So does a relink.
    await registerLoaded;
    await services.mentions.stopRelinking();
    await commands?.close();
    redis?.disconnect();
    await db.close();
    logDestination.flushSync();
    console.log('Stopped: requests drained, database closed.');
    process.exit(0);
  };
  stopNow = (signal) => void shutdown(signal);
  if (stopAsked) stopNow(stopAsked);
}

/** Loads SIPRI's register after the port opened, reporting its progress in rows, as its summary counts them. */
async function loadRegister(services: Services, shouldStop: () => boolean): Promise<void> {
  if (!(await sipriSampleMissing(services))) return;
  services.loading.begin(REGISTER, sampleRegisterRows());
  let reported = 0;
  try {
    const result = await loadSipriSample(services, {
      shouldStop,
      onProgress: ({ done, total }) => {
        services.loading.progress(done, total);
        // A line a quarter: progress without burying the URLs above.
        if (done === total || done - reported >= total / 4) {
          reported = done;
          console.log(`Loading ${REGISTER} in the background: ${done}/${total} rows`);
        }
      },
    });
    if (result?.stopped) console.log(`Stopped loading ${REGISTER}; the next start completes it`);
    else if (result) console.log(`Loaded ${REGISTER}: ${result.armsTransfers.created} transfers (${result.armsTransfers.unchanged} stored before), ${result.actors.created} new actors (data (c) SIPRI)`);
  } catch (error) {
    console.error(`Loading ${REGISTER} failed: ${(error as Error).message}`);
  } finally {
    services.loading.end();
  }
}

const dataDirOf = (config: Config) => (config.database.kind === 'pglite' ? config.database.dataDir : '');

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error);
  process.exit(1);
});
