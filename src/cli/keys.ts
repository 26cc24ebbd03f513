// npm run keys -- create <name> [--role reader|editor|admin] | revoke <name> | list
// Manages API keys in the configured database (DATABASE_URL, else embedded PGlite, or through the running service
// when it holds the embedded database). A new key's secret is printed once; only its hash is stored.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../modules/api-keys/api-keys.service';
import { runCli, runCommandLine } from './run';

const USAGE = 'usage: npm run keys -- create <name> [--role reader|editor|admin] | revoke <name> | list';
const ACTIONS = ['create', 'revoke', 'list'] as const;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { role: { type: 'string', default: 'editor' } } });
  const [command, name] = positionals;
  const role = values.role.toUpperCase() as Role;
  const action = ACTIONS.find((known) => known === command);
  if (!action || (action !== 'list' && !name) || !ROLES.includes(role)) {
    console.error(USAGE);
    return 2;
  }
  return runCommandLine({ command: 'keys', action, name, role }, 'npm run keys');
}

runCli(main);
