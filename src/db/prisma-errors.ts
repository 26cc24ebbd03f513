// Database constraint failures that reach a service become the API's error codes.
import { ConflictError, NotFoundError } from '../errors';
import { Prisma } from '../generated/prisma/client';

/** A catch handler for a repository's write: `.catch(translated('An actor'))`. */
export const translated = (what: string) => (error: unknown): never => translatePrismaError(error, what);

/** Rethrows a Prisma error as CONFLICT / NOT_FOUND when it is one a client can act on. */
export function translatePrismaError(error: unknown, what: string): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    switch (error.code) {
      case 'P2002': {
        const target = uniqueTarget(error);
        throw new ConflictError(`${what} with the same ${target ?? 'key'} already exists`, target);
      }
      case 'P2003':
        throw new ConflictError(`${what} is referenced by other records`);
      case 'P2025':
        throw new NotFoundError(`${what} not found`);
    }
  }
  throw error;
}

function uniqueTarget(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as
    | { target?: unknown; driverAdapterError?: { cause?: { table?: string; constraint?: { fields?: string[]; index?: string } } } }
    | undefined;
  const cause = meta?.driverAdapterError?.cause;
  const fields = cause?.constraint?.fields ?? meta?.target;
  if (Array.isArray(fields)) return fields.map(String).join(', ');
  if (typeof fields === 'string') return fields;
  // Some violations name only the index, in Prisma's naming: <table>_<column>_key.
  const index = cause?.constraint?.index;
  const table = cause?.table;
  if (index && table && index.startsWith(`${table}_`) && index.endsWith('_key')) {
    return index.slice(table.length + 1, -'_key'.length).replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  }
  return undefined;
}
