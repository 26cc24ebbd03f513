import type { Resolvers } from '../../generated/graphql';
import { authorOf } from '../../shared/resolver-helpers';

export const importResolvers: Resolvers = {
  Query: {
    readSourceFile: (_parent, { format, text }, { services }) => services.imports.readSourceFile(format, text),
  },
  Mutation: {
    importBundle: (_parent, { input, mode, dryRun }, context) =>
      context.services.imports.importBundle(input, { author: authorOf(context), mode: mode ?? 'ATOMIC', dryRun: dryRun ?? false }),
    importFile: (_parent, { format, text, mode, dryRun, languages }, context) =>
      context.services.imports.importText(format, text, { author: authorOf(context), mode: mode ?? 'ATOMIC', dryRun: dryRun ?? false, languages: languages ?? undefined }),
  },
  ImportRecordError: {
    code: (error) => error.code ?? 'BAD_USER_INPUT',
  },
};
