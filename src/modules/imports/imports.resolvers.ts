import type { Resolvers } from '../../generated/graphql';

export const importResolvers: Resolvers = {
  Mutation: {
    importBundle: (_parent, { input, mode, dryRun }, { services }) =>
      services.imports.importBundle(input, { mode: mode ?? 'ATOMIC', dryRun: dryRun ?? false }),
  },
};
