import type { FigureCandidateResolvers, Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, required } from '../../shared/resolver-helpers';

/** A day of a year as the Date scalar writes it (YYYY-MM-DD). */
const day = (year: number | null, monthAndDay: string) => (year === null ? null : `${year}-${monthAndDay}`);

/** A figure's fields as read in an analysis and as stored alike. */
const figureFields: Pick<FigureCandidateResolvers, 'subject' | 'object' | 'validFrom' | 'validTo' | 'check'> = {
  subject: (figure, _args, { services, batches }) => required(services.actors.byId(batches, figure.subjectId), 'Figure subject'),
  object: (figure, _args, { services, batches }) => required(services.actors.byId(batches, figure.objectId), 'Figure object'),
  validFrom: (figure) => day(figure.fromYear, '01-01'),
  validTo: (figure) => day(figure.toYear, '12-31'),
  check: (figure, _args, { services, batches }) => services.figures.check(batches, figure),
};

export const figureResolvers: Resolvers = {
  Mutation: {
    acceptFigure: (_parent, { input }, context) => context.services.figures.accept(input, authorOf(context)),
    rejectFigure: (_parent, args, context) => context.services.figures.reject(args, authorOf(context)),
  },
  Source: {
    figures: (source, args, { services, batches }) => services.figures.ofSource(batches, source.id, args),
  },
  SourceAnalysis: {
    figureCount: async (analysis, _args, { services }) => (await services.figures.ofAnalysis(analysis)).length,
    figures: (analysis, args, { services }) => services.figures.analysisPage(analysis, args),
  },
  FigureCandidate: figureFields,
  SourceFigure: {
    ...(figureFields as Pick<Required<Resolvers>['SourceFigure'], keyof typeof figureFields>),
    id: (figure) => String(figure.id),
    source: (figure, _args, { services, batches }) => required(services.sources.byId(batches, figure.sourceId), 'Figure source'),
    claim: (figure, _args, { services, batches }) => (figure.claimId === null ? null : services.claims.byId(batches, figure.claimId)),
  },
  SourceFigureConnection: connectionResolvers,
};
