// One search box over sources and claims.
import { parseInput } from '../../shared/validation';
import type { SearchHitRow, SearchRepository } from './search.repository';
import { SearchArgs } from './search.validation';

/** The marks around each match in a hit's passage, which the resolvers turn into <mark> and snippet parts. */
export { MATCH_END, MATCH_START } from './search.repository';

export class SearchService {
  constructor(private readonly search: SearchRepository) {}

  /** Hits ranked by relevance; the query takes web-search syntax: words, "a phrase", or, -not. */
  find(rawArgs: unknown): Promise<SearchHitRow[]> {
    const args = parseInput(SearchArgs, rawArgs, '');
    return this.search.search(args.query, args.kinds ?? ['SOURCE', 'CLAIM'], args.first ?? 20);
  }
}
