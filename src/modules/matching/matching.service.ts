// Which stored actors an example (a name, a kind, an identifier) may mean: candidates from one statement per batch,
// scored in node from their evidence (see match-evidence.ts). Used by matchActors, by the import's and
// createActor's duplicate warnings, and by the reconciliation endpoint.
import { ConflictError } from '../../errors';
import type { Actor } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { groupedBy } from '../../shared/grouping';
import { parseInput, type Input } from '../../shared/validation';
import type { CreateActorInput } from '../actors/actors.validation';
import type { ActorWithAliases } from '../actors/actors.columns';
import type { ActorService } from '../actors/actors.service';
import { evidenceFor, type MatchFeature } from './match-evidence';
import type { MatchingRepository } from './matching.repository';
import { ActorMatchArgs, type ActorMatchQuery, MAX_MATCH_QUERIES } from './matching.validation';

/** The score from which a candidate counts as a match, unless a caller says otherwise. */
export const DEFAULT_MATCH_THRESHOLD = 0.7;

export interface ActorCandidate {
  actor: ActorWithAliases;
  score: number;
  match: boolean;
  features: MatchFeature[];
}

/** An actor about to be written, as duplicate checks see it. */
export interface NewActor {
  name: string;
  aliases?: readonly string[] | null;
  kind?: ActorMatchQuery['kind'];
  isoCode?: string | null;
  wikidataId?: string | null;
}

export interface ActorMatchResult {
  query: string;
  candidates: ActorCandidate[];
}

// Forms read per example: an actor has several (name, aliases), and the best `first` actors need room.
const formsPerQuery = (first: number) => first * 4 + 10;

export class MatchingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly actors: ActorService,
  ) {}

  /** matchActors: arguments validated at the boundary (field names as in the query). */
  matchArguments(batches: RequestBatches, args: unknown): Promise<ActorMatchResult[]> {
    const { queries, threshold, first } = parseInput(ActorMatchArgs, args, '');
    return this.match(batches, queries, { threshold, first });
  }

  /** Candidates for each example, best first; two statements whatever the number of examples (forms, then actors). */
  async match(batches: RequestBatches, queries: readonly ActorMatchQuery[], options: { threshold: number; first: number }): Promise<ActorMatchResult[]> {
    if (queries.length === 0) return [];
    const rows = await this.repository.candidates(queries, formsPerQuery(options.first));
    const actors = new Map<number, ActorWithAliases>();
    for (const actor of await this.actors.byIds(batches, [...new Set(rows.map((row) => row.actorId))])) if (actor) actors.set(actor.id, actor);
    return groupedBy(rows, (row) => row.query, queries.map((_query, index) => index)).map((queryRows, index) => {
      const query = queries[index]!;
      const byActor = groupedBy(queryRows, (row) => row.actorId, [...new Set(queryRows.map((row) => row.actorId))]);
      const candidates = byActor
        .map((actorRows) => {
          const actor = actors.get(actorRows[0]!.actorId);
          if (!actor) return null;
          const evidence = evidenceFor(query, actor, actorRows);
          return { actor, score: evidence.score, match: evidence.score >= options.threshold, features: evidence.features };
        })
        .filter((candidate): candidate is ActorCandidate => candidate !== null && candidate.score > 0)
        .sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name))
        .slice(0, options.first);
      return { query: query.name, candidates };
    });
  }

  /** Actors whose name or alias starts with the prefix (case aside), shortest names first (entity suggest). */
  byPrefix(prefix: string, limit: number, offset: number): Promise<ActorWithAliases[]> {
    return this.repository.byPrefix(prefix, limit, offset);
  }

  /**
   * createActor: a likely duplicate of a stored actor (a candidate at or above the default threshold for its name
   * or one of its aliases) is refused with CONFLICT naming the candidates, unless the input allows duplicates.
   */
  async createActor(batches: RequestBatches, rawInput: Input<typeof CreateActorInput>, author: string): Promise<Actor> {
    return this.actors.create(rawInput, author, async (input) => {
      if (input.allowDuplicate) return;
      const candidates = await this.likelyDuplicates(batches, input);
      if (candidates.length === 0) return;
      const [best] = candidates;
      throw new ConflictError(
        `input.name: "${input.name}" is likely a duplicate of "${best!.actor.name}" (id ${best!.actor.id}, score ${best!.score}); ` +
          'merge into it with mergeActors, add the name as an alias, or create it anyway with allowDuplicate: true',
        'input.name',
        { candidates: candidates.map((candidate) => ({ id: String(candidate.actor.id), name: candidate.actor.name, score: candidate.score, features: candidate.features })) },
      );
    });
  }

  /** Stored actors that a new actor likely duplicates, best first (see likelyDuplicatesOfMany). */
  async likelyDuplicates(batches: RequestBatches, actor: NewActor): Promise<ActorCandidate[]> {
    return (await this.likelyDuplicatesOfMany(batches, [actor]))[0]!;
  }

  /**
   * For each new actor (its name and aliases, kind and identifiers), the stored actors it likely duplicates, best
   * first: each actor's best candidate for any of its names at or above the default threshold. One statement per
   * 100 names.
   */
  async likelyDuplicatesOfMany(batches: RequestBatches, actors: readonly NewActor[]): Promise<ActorCandidate[][]> {
    const queries = actors.flatMap((actor, owner) =>
      [actor.name, ...(actor.aliases ?? [])].map((name) => ({ owner, query: { name, kind: actor.kind ?? null, isoCode: actor.isoCode ?? null, wikidataId: actor.wikidataId ?? null } })),
    );
    const found: ActorCandidate[][] = actors.map(() => []);
    for (let start = 0; start < queries.length; start += MAX_MATCH_QUERIES) {
      const slice = queries.slice(start, start + MAX_MATCH_QUERIES);
      const results = await this.match(batches, slice.map((entry) => entry.query), { threshold: DEFAULT_MATCH_THRESHOLD, first: 3 });
      results.forEach((result, i) => found[slice[i]!.owner]!.push(...result.candidates.filter((candidate) => candidate.match)));
    }
    return found.map(bestPerActor);
  }
}

/** One candidate per actor (its best), best first. */
function bestPerActor(candidates: readonly ActorCandidate[]): ActorCandidate[] {
  const best = new Map<number, ActorCandidate>();
  for (const candidate of candidates) {
    const seen = best.get(candidate.actor.id);
    if (!seen || candidate.score > seen.score) best.set(candidate.actor.id, candidate);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.actor.id - b.actor.id);
}
