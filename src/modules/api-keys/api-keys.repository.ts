// API keys in the database: only the hash of each secret is stored.
import type { Database } from '../../db/database';
import { translated } from '../../db/prisma-errors';
import type { ApiKey, ApiKeyRole } from '../../generated/prisma/client';
import { oneRow } from '../../shared/must-get';

export class ApiKeyRepository {
  constructor(private readonly db: Database) {}

  /** The live (not revoked) key with this hash. Raw SQL: every authenticated request asks, Prisma's cost would show. */
  async findLiveByHash(keyHash: string): Promise<Pick<ApiKey, 'name' | 'role' | 'keyHash'> | null> {
    const [row] = await this.db.query<Pick<ApiKey, 'name' | 'role' | 'keyHash'>>(
      `/* apiKeyByHash */ SELECT name, role, key_hash AS "keyHash" FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`,
      [keyHash],
    );
    return row ?? null;
  }

  create(name: string, role: ApiKeyRole, keyHash: string): Promise<ApiKey> {
    return this.db.prisma.apiKey.create({ data: { name, role, keyHash } }).catch(translated('An API key'));
  }

  /** Revokes the live key with this name; false when there is none. */
  async revoke(name: string): Promise<boolean> {
    const { count } = await this.db.prisma.apiKey.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } });
    return count > 0;
  }

  list(): Promise<ApiKey[]> {
    return this.db.prisma.apiKey.findMany({ orderBy: { id: 'asc' } });
  }

  /** Raw SQL: the embedded start asks this every time, and it need not wake Prisma's query compiler. */
  async count(): Promise<number> {
    const row = oneRow(await this.db.query<{ count: number }>(`/* countApiKeys */ SELECT count(*)::int AS count FROM api_key`), 'countApiKeys');
    return row.count;
  }

  /** The key with this hash, live or revoked. */
  async findByHash(keyHash: string): Promise<Pick<ApiKey, 'name' | 'role' | 'revokedAt'> | null> {
    const [row] = await this.db.query<Pick<ApiKey, 'name' | 'role' | 'revokedAt'>>(
      `/* apiKeyByAnyHash */ SELECT name, role, revoked_at AS "revokedAt" FROM api_key WHERE key_hash = $1`,
      [keyHash],
    );
    return row ?? null;
  }

  /**
   * Stores a key under `name`, in one transaction with the retirement of the key that had the name: that one is
   * revoked and renamed (names are unique), so its rows keep their author and its secret stops working.
   * Returns whether a previous key was replaced.
   */
  async replaceNamed(name: string, role: ApiKeyRole, keyHash: string): Promise<boolean> {
    return this.db.transaction(async (session) => {
      const retired = await session.query(
        `/* retireNamedApiKey */ UPDATE api_key SET revoked_at = coalesce(revoked_at, now()),
           name = name || '@replaced-' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
         WHERE name = $1 RETURNING id`,
        [name],
      );
      await session.query(`/* insertApiKey */ INSERT INTO api_key (name, role, key_hash) VALUES ($1, $2::"ApiKeyRole", $3)`, [name, role, keyHash]);
      return retired.length > 0;
    });
  }
}
