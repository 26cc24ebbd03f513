import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf } from '../../shared/resolver-helpers';
import { codePointLength } from '../../shared/text';

export const sourceResolvers: Resolvers = {
  Query: {
    source: (_parent, { id }, { services }) => services.sources.getById(id),
    sources: (_parent, { filter, first, after }, { services }) => services.sources.list(filter, { first, after }),
  },
  Mutation: {
    createSource: (_parent, { input }, context) => context.services.sources.create(input, authorOf(context)),
    updateSource: (_parent, { id, input }, context) => context.services.sources.update(id, input, authorOf(context)),
    deleteSource: (_parent, { id }, context) => context.services.sources.delete(id, authorOf(context)),
  },
  Source: {
    id: (source) => String(source.id),
    text: (source, { offset, length }, { services, batches }) => services.sources.text(batches, source, offset, length),
    textLength: (source) => (source.text === null ? null : (source.textLength ?? codePointLength(source.text))),
    pageStarts: (source) => (source.pageStarts?.length ? source.pageStarts : null),
  },
  SourceConnection: connectionResolvers,
};
