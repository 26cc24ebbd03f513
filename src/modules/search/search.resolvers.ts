import type { Resolvers, SnippetPart } from '../../generated/graphql';
import { MATCH_END, MATCH_START } from './search.service';

/** A matched run with its marks, kept by split() as its own piece. */
const MATCHED_RUN = new RegExp(`(${MATCH_START}[^${MATCH_END}]*${MATCH_END})`);

export const searchResolvers: Resolvers = {
  Query: {
    search: (_parent, args, { services }) => services.search.find(args),
  },
  SearchHit: {
    snippet: (hit) => hit.passage.replaceAll(MATCH_START, '<mark>').replaceAll(MATCH_END, '</mark>'),
    snippetParts: (hit) => snippetParts(hit.passage),
    source: (hit, _args, { services, batches }) => (hit.kind === 'SOURCE' ? services.sources.byId(batches, hit.id) : null),
    claim: (hit, _args, { services, batches }) => (hit.kind === 'CLAIM' ? services.claims.byId(batches, hit.id) : null),
  },
};

/** The passage cut at its match marks into runs of plain text, matched or not. */
function snippetParts(passage: string): SnippetPart[] {
  return passage
    .split(MATCHED_RUN)
    .filter((run) => run !== '')
    .map((run) => (run.startsWith(MATCH_START) ? { text: run.slice(1, -1), matched: true } : { text: run, matched: false }));
}
