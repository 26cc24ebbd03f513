// Relations around actors, events and sources: checks the arguments, then asks for all parents at once.
import type { LoadingState } from '../../shared/loading';
import type { Citation, Claim } from '../../generated/prisma/client';
import { groupedBy } from '../../shared/grouping';
import { parseInput } from '../../shared/validation';
import type {
  ClaimWithCitations,
  ActorEventFilter,
  ActorEventRow,
  ActorSourceRow,
  CounterpartRow,
  ParentClaim,
  ParentLink,
  RelationRepository,
} from './relations.repository';
import { ActorEventsArgs, OptionalRelationLimit } from './relations.validation';

export interface ActorEventsQuery {
  filter: ActorEventFilter;
  limit: number;
  /** The event fields read (null: all; see shared/selection). */
  fields: readonly string[] | null;
}

const parentOf = (row: { parent_id: number }) => row.parent_id;

export class RelationService {
  constructor(
    private readonly relations: RelationRepository,
    private readonly loading: LoadingState,
  ) {}

  actorEventsQuery(rawArgs: unknown, fields: readonly string[] | null = null): ActorEventsQuery {
    const args = parseInput(ActorEventsArgs, rawArgs, '');
    const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
    return {
      filter: { cameoPrefix: args.cameoPrefix ?? null, from: day(args.from), to: day(args.to), role: args.role ?? null },
      limit: args.first ?? 100,
      fields,
    };
  }

  limit(first: number | null | undefined, fallback: number): number {
    return parseInput(OptionalRelationLimit, first, 'first') ?? fallback;
  }

  async eventsOfActors(actorIds: readonly number[], query: ActorEventsQuery): Promise<ActorEventRow[][]> {
    return groupedBy(await this.relations.eventsOfActors(actorIds, query.filter, query.limit, query.fields), parentOf, actorIds);
  }

  async claimsAboutActors(actorIds: readonly number[], limit: number, fields: readonly string[] | null = null): Promise<ClaimWithCitations[][]> {
    return claimsByParent(await this.relations.claimsAboutActors(actorIds, limit, fields), actorIds);
  }

  async claimsByActors(actorIds: readonly number[], limit: number, fields: readonly string[] | null = null): Promise<ClaimWithCitations[][]> {
    return claimsByParent(await this.relations.claimsByActors(actorIds, limit, fields), actorIds);
  }

  async sourcesOfActors(actorIds: readonly number[], limit: number): Promise<ActorSourceRow[][]> {
    return groupedBy(await this.relations.sourcesOfActors(actorIds, limit), parentOf, actorIds);
  }

  /** Counterparts count shared arms deals: not while the register is still loading. */
  async counterpartsOfActors(actorIds: readonly number[], limit: number, actorFields: readonly string[] | null = null): Promise<CounterpartRow[][]> {
    this.loading.assertLoaded();
    return groupedBy(await this.relations.counterpartsOfActors(actorIds, limit, actorFields), parentOf, actorIds);
  }

  async claimsOfEvents(eventIds: readonly number[]): Promise<Claim[][]> {
    return groupedBy(await this.relations.claimsOfEvents(eventIds), (claim) => claim.eventId!, eventIds);
  }

  async sourcesOfEvents(eventIds: readonly number[]): Promise<number[][]> {
    return idsByParent(await this.relations.sourcesOfEvents(eventIds), eventIds);
  }

  async claimsOfSources(sourceIds: readonly number[]): Promise<number[][]> {
    return idsByParent(await this.relations.claimsOfSources(sourceIds), sourceIds);
  }

  async actorsOfSources(sourceIds: readonly number[]): Promise<number[][]> {
    return idsByParent(await this.relations.actorsOfSources(sourceIds), sourceIds);
  }

  async citationsOfSources(sourceIds: readonly number[]): Promise<Citation[][]> {
    return groupedBy(await this.relations.citationsOfSources(sourceIds), (citation) => citation.sourceId, sourceIds);
  }
}

function claimsByParent(rows: ParentClaim[], parentIds: readonly number[]): ClaimWithCitations[][] {
  return groupedBy(rows, parentOf, parentIds).map((group) => group.map((row) => row.claim));
}

function idsByParent(rows: ParentLink[], parentIds: readonly number[]): number[][] {
  return groupedBy(rows, parentOf, parentIds).map((group) => group.map((row) => row.id));
}
