import type { Resolvers } from '../../generated/graphql';
import { required } from '../../shared/resolver-helpers';

/** A day of a year as the Date scalar writes it (YYYY-MM-DD). */
const day = (year: number | null, monthAndDay: string) => (year === null ? null : `${year}-${monthAndDay}`);

export const figureResolvers: Resolvers = {
  SourceAnalysis: {
    figureCount: (analysis, _args, { services }) => services.figures.ofAnalysis(analysis).length,
    figures: (analysis, args, { services }) => services.figures.analysisPage(analysis, args),
  },
  FigureCandidate: {
    subject: (figure, _args, { services, batches }) => required(services.actors.byId(batches, figure.subjectId), 'Figure subject'),
    object: (figure, _args, { services, batches }) => required(services.actors.byId(batches, figure.objectId), 'Figure object'),
    validFrom: (figure) => day(figure.fromYear, '01-01'),
    validTo: (figure) => day(figure.toYear, '12-31'),
    check: (figure, _args, { services, batches }) => services.figures.check(batches, figure),
  },
};
