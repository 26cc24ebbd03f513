import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, required } from '../../shared/resolver-helpers';

/** A speaker as the resolvers see it: found in an analysis or stored with a quotation. */
export interface SpeakerModel {
  text: string;
  startOffset: number;
  endOffset: number;
  actorId: number | null;
}

export const quotationResolvers: Resolvers = {
  Mutation: {
    acceptQuotation: (_parent, { input }, context) => context.services.quotations.accept(input, authorOf(context)),
    rejectQuotation: (_parent, args, context) => context.services.quotations.reject(args, authorOf(context)),
  },
  Source: {
    quotations: (source, args, { services, batches }) => services.quotations.ofSource(batches, source.id, args),
  },
  SourceAnalysis: {
    quotationCount: async (analysis, _args, { services }) => (await services.quotations.ofAnalysis(analysis)).length,
    quotations: (analysis, args, { services }) => services.quotations.analysisPage(analysis, args),
  },
  SourceQuotation: {
    id: (quotation) => String(quotation.id),
    source: (quotation, _args, { services, batches }) => required(services.sources.byId(batches, quotation.sourceId), 'Quoting source'),
    speaker: (quotation) =>
      quotation.speakerText === null
        ? null
        : { text: quotation.speakerText, startOffset: quotation.speakerStart ?? 0, endOffset: quotation.speakerEnd ?? 0, actorId: quotation.speakerActorId },
    claim: (quotation, _args, { services, batches }) => (quotation.claimId === null ? null : services.claims.byId(batches, quotation.claimId)),
  },
  QuotationSpeaker: {
    actor: (speaker, _args, { services, batches }) => (speaker.actorId === null ? null : services.actors.byId(batches, speaker.actorId)),
  },
  SourceQuotationConnection: connectionResolvers,
};
