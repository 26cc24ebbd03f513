// Who may do what, declared once for the whole schema rather than in each resolver: every mutation needs an
// EDITOR key, a delete* mutation an ADMIN key; reads are open unless configured to need a READER key.
import type { GraphQLFieldResolver } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import { requireRole, type Role } from '../modules/api-keys/api-keys.service';

export function roleForMutation(field: string): Role {
  return field.startsWith('delete') ? 'ADMIN' : 'EDITOR';
}

type AnyResolver = GraphQLFieldResolver<unknown, GraphQLContext>;

function guarded(fields: Record<string, unknown>, roleOf: (field: string) => Role, what: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, resolve]) => [
      field,
      ((parent, args, context, info) => {
        requireRole(context.caller, roleOf(field), `${what} ${field}`);
        return (resolve as AnyResolver)(parent, args, context, info);
      }) satisfies AnyResolver,
    ]),
  );
}

/** The resolvers with the role checks in front of every Mutation field (and of every Query field when reads need a key). */
export function withAuthorization(resolvers: Resolvers, options: { requireKeyForReads: boolean }): Resolvers {
  const all = resolvers as Record<string, Record<string, unknown>>;
  return {
    ...resolvers,
    Mutation: guarded(all.Mutation ?? {}, roleForMutation, 'Mutation'),
    ...(options.requireKeyForReads ? { Query: guarded(all.Query ?? {}, () => 'READER', 'Query') } : {}),
  } as Resolvers;
}
