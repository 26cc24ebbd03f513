// Who may do what, declared once for the whole schema rather than in each resolver: every mutation needs an
// EDITOR key, a delete*, unmerge* or restore* mutation an ADMIN key; reads are open unless configured to need a READER key.
import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import { requireRole, type Role } from '../modules/api-keys/api-keys.service';

export function roleForMutation(field: string): Role {
  return field.startsWith('delete') || field.startsWith('unmerge') || field.startsWith('restore') ? 'ADMIN' : 'EDITOR';
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

/**
 * Who wrote what (createdBy, updatedBy, changedBy, reviewedBy: API key names, which name people and systems of the team) is
 * shown to callers with a key of any role; an anonymous reader gets null. The records themselves stay open.
 */
export const AUTHOR_FIELDS = new Set(['createdBy', 'updatedBy', 'changedBy', 'reviewedBy', 'mergedBy', 'undoneBy']);

export function hideAuthorsFromAnonymous(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!AUTHOR_FIELDS.has(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: GraphQLContext, info) => (context.caller ? resolve(source, args, context, info) : null);
    }
  }
  return schema;
}

/** With reads closed, every operation needs a key, introspection and `{ __typename }` included. */
export function requireKeyForEveryOperation(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          requireRole(contextValue.caller, 'READER', 'Reading (DOSSIER_REQUIRE_KEY_FOR_READS is on)');
        },
      };
    },
  };
}
