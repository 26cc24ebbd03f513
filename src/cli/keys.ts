// npm run keys -- create <name> [--role reader|editor|admin] | revoke <name> | list
// Manages API keys in the configured database (DATABASE_URL, else embedded PGlite). A new key's secret is
// printed once; only its hash is stored.
import { parseArgs } from 'node:util';
import { ApiKeyRepository } from '../modules/api-keys/api-keys.repository';
import { ApiKeyService, ROLES, type Role } from '../modules/api-keys/api-keys.service';
import { runCli, withDatabase } from './run';

const USAGE = 'usage: npm run keys -- create <name> [--role reader|editor|admin] | revoke <name> | list';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { role: { type: 'string', default: 'editor' } } });
  const [command, name] = positionals;
  const role = values.role.toUpperCase() as Role;
  if (!command || (command !== 'list' && !name) || !ROLES.includes(role)) {
    console.error(USAGE);
    return 2;
  }
  try {
    return await withDatabase(async (db) => {
      const keys = new ApiKeyService(new ApiKeyRepository(db));
      if (command === 'create') {
        const { key } = await keys.create(name!, role);
        console.log(`Created key "${name}" with role ${role}. Shown this once:\n${key}`);
      } else if (command === 'revoke') {
        await keys.revoke(name!);
        console.log(`Revoked key "${name}".`);
      } else if (command === 'list') {
        for (const key of await keys.list()) {
          console.log(`${key.name.padEnd(24)} ${key.role.padEnd(7)} created ${key.createdAt.toISOString()}${key.revokedAt ? ` revoked ${key.revokedAt.toISOString()}` : ''}`);
        }
      } else {
        console.error(USAGE);
        return 2;
      }
      return 0;
    });
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

runCli(main);
