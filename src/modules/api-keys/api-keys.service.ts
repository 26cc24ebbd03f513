// Who may write: API keys with a role. Keys are random 256-bit secrets, stored as sha256 hashes (a slow hash
// adds nothing for secrets of that entropy) and compared in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '../../errors';
import type { ApiKey, ApiKeyRole } from '../../generated/prisma/client';
import { sha256Hex } from '../../shared/text';
import type { ApiKeyRepository } from './api-keys.repository';

export type Role = ApiKeyRole;
export const ROLES: readonly Role[] = ['READER', 'EDITOR', 'ADMIN'];

/** Who sent a request: the key's name (recorded with what it writes) and its role. */
export interface Caller {
  name: string;
  role: Role;
}

const KEY_PREFIX = 'dsk_';
/** The name of the admin key a deployment configures (DOSSIER_ADMIN_KEY). */
export const CONFIGURED_ADMIN = 'configured-admin';

/**
 * The key an Authorization header carries: `Bearer <key>`, the scheme in any case and any run of spaces or tabs
 * before the key (RFC 9110). undefined without a header; null for a header of another shape.
 */
export function bearerKey(authorization: string | undefined): string | null | undefined {
  if (authorization === undefined || authorization === '') return undefined;
  return /^\s*Bearer[ \t]+(\S+)\s*$/i.exec(authorization)?.[1] ?? null;
}

export class ApiKeyService {
  constructor(private readonly keys: ApiKeyRepository) {}

  /** Creates a key; the secret is returned once and never stored. */
  async create(name: string, role: Role): Promise<{ key: string; apiKey: ApiKey }> {
    const trimmed = name.trim();
    if (!/^[\w.@-]{1,100}$/.test(trimmed)) throw new UserInputError('name: letters, digits, _ . @ - (1 to 100)', 'name');
    if (!ROLES.includes(role)) throw new UserInputError(`role: one of ${ROLES.join(', ')}`, 'role');
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    // Only a taken name is the caller's to fix (CONFLICT naming the field, from the repository); the rest stays a server fault.
    const apiKey = await this.keys.create(trimmed, role, sha256Hex(key));
    return { key, apiKey };
  }

  async revoke(name: string): Promise<void> {
    if (!(await this.keys.revoke(name))) throw new NotFoundError(`No live key is named "${name}"`, 'name');
  }

  list(): Promise<ApiKey[]> {
    return this.keys.list();
  }

  /** Whether any key was ever created: the embedded first start creates an admin key when none was. */
  async any(): Promise<boolean> {
    return (await this.keys.count()) > 0;
  }

  /**
   * Stores the key a deployment configures (DOSSIER_ADMIN_KEY) as the admin key "configured-admin". A new value
   * rotates it: the previous configured key is revoked in the same transaction. A value that was revoked, or that
   * is another key already, is refused (CONFLICT): the deployment must be given a fresh secret.
   */
  async ensureAdminKey(key: string): Promise<'unchanged' | 'stored' | 'rotated'> {
    const hash = sha256Hex(key);
    const stored = await this.keys.findByHash(hash);
    if (stored?.name === CONFIGURED_ADMIN && !stored.revokedAt) return 'unchanged';
    if (stored?.revokedAt) throw new ConflictError(`this key was revoked (as "${stored.name}"); configure a new secret`);
    if (stored) throw new ConflictError(`this key is stored already as "${stored.name}" (${stored.role}); configure a secret of its own`);
    return (await this.keys.replaceNamed(CONFIGURED_ADMIN, 'ADMIN', hash)) ? 'rotated' : 'stored';
  }

  /** The caller an Authorization header names; null without one; UNAUTHENTICATED for a bad or revoked key. */
  async authenticate(authorization: string | undefined): Promise<Caller | null> {
    const key = bearerKey(authorization);
    if (key === undefined) return null;
    if (key === null) throw new UnauthenticatedError('The Authorization header must be "Bearer <API key>"');
    const hash = sha256Hex(key);
    const stored = await this.keys.findLiveByHash(hash);
    // The lookup is by hash; the comparison of the stored hash is constant-time all the same.
    if (!stored || !timingSafeEqual(Buffer.from(stored.keyHash), Buffer.from(hash))) {
      throw new UnauthenticatedError('The API key is unknown or revoked');
    }
    return { name: stored.name, role: stored.role };
  }
}

/** Throws unless the caller's role is at least `needed`: UNAUTHENTICATED without a key, FORBIDDEN with too weak a one. */
export function requireRole(caller: Caller | null, needed: Role, what: string): Caller {
  if (!caller) throw new UnauthenticatedError(`${what} needs an API key with role ${needed} or above (Authorization: Bearer <key>)`);
  if (ROLES.indexOf(caller.role) < ROLES.indexOf(needed)) {
    throw new ForbiddenError(`${what} needs role ${needed} or above; key "${caller.name}" has ${caller.role}`);
  }
  return caller;
}
