// API keys in the database: only the hash of each secret is stored.
import type { Database } from '../../db/database';
import type { ApiKey, ApiKeyRole } from '../../generated/prisma/client';

export class ApiKeyRepository {
  constructor(private readonly db: Database) {}

  /** The live (not revoked) key with this hash. Raw SQL: every authenticated request asks, Prisma's cost would show. */
  async findLiveByHash(keyHash: string): Promise<Pick<ApiKey, 'name' | 'role' | 'keyHash'> | null> {
    const [row] = await this.db.query<Pick<ApiKey, 'name' | 'role' | 'keyHash'>>(
      /* apiKeyByHash */ `SELECT name, role, key_hash AS "keyHash" FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`,
      [keyHash],
    );
    return row ?? null;
  }

  create(name: string, role: ApiKeyRole, keyHash: string): Promise<ApiKey> {
    return this.db.prisma.apiKey.create({ data: { name, role, keyHash } });
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
    const [row] = await this.db.query<{ count: number }>(/* countApiKeys */ `SELECT count(*)::int AS count FROM api_key`);
    return row!.count;
  }

  /** Stores a key given from outside (DOSSIER_ADMIN_KEY) unless its hash is stored already. */
  async ensure(name: string, role: ApiKeyRole, keyHash: string): Promise<void> {
    await this.db.query(
      /* ensureApiKey */ `INSERT INTO api_key (name, role, key_hash) VALUES ($1, $2::"ApiKeyRole", $3) ON CONFLICT DO NOTHING`,
      [name, role, keyHash],
    );
  }
}
