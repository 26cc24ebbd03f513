// npm run db:migrate: applies pending migrations to the configured database (DATABASE_URL or embedded PGlite;
// a running service that holds the embedded database has applied them at its start, and says so).
import { runCli, runCommandLine } from './run';

runCli(() => runCommandLine({ command: 'migrate' }, 'npm run db:migrate'));
