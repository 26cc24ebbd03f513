// Relations around actors, events and sources: checks the arguments, then asks for every parent of the request at
// once (one statement per relation and argument set), and makes the rows read along known to the other batches.
import type { Citation, Claim } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { isoDate } from '../../shared/dates';
import { groupedBy } from '../../shared/grouping';
import type { LoadingState } from '../../shared/loading';
import { parseInput } from '../../shared/validation';
import type { ActorWithAliases } from '../actors/actors.columns';
import type { ActorService } from '../actors/actors.service';
import type { ClaimService } from '../claims/claims.service';
import type { SourceRow } from '../sources/sources.columns';
import type { SourceService } from '../sources/sources.service';
import type { ActorEventFilter, ActorEventRow, ActorSourceRow, ClaimWithCitations, CounterpartRow, ParentLink, RelationRepository } from './relations.repository';
import { ActorEventsArgs, OptionalRelationLimit } from './relations.validation';

/** The fields of each row a selection reads (null: all; see shared/selection). */
type Fields = readonly string[] | null;

const parentOf = (row: { parentId: number }) => row.parentId;

export class RelationService {
  constructor(
    private readonly relations: RelationRepository,
    private readonly actors: ActorService,
    private readonly claims: ClaimService,
    private readonly sources: SourceService,
    private readonly loading: LoadingState,
  ) {}

  /** An actor's events, newest first, filtered by CAMEO prefix, dates and role (Actor.events' arguments). */
  eventsOfActor(batches: RequestBatches, actorId: number, rawArgs: unknown, fields: Fields): Promise<ActorEventRow[]> {
    const { filter, limit } = this.eventArguments(rawArgs);
    return batches.rows(['eventsOfActors', filter, limit, fields], actorId, (ids) => this.relations.eventsOfActors(ids, filter, limit, fields), parentOf);
  }

  /** Actor.events' arguments, checked: the filter and how many per actor. */
  eventArguments(rawArgs: unknown): { filter: ActorEventFilter; limit: number } {
    const args = parseInput(ActorEventsArgs, rawArgs, '');
    return { filter: { cameoPrefix: args.cameoPrefix ?? null, from: day(args.from), to: day(args.to), role: args.role ?? null }, limit: args.first ?? 100 };
  }

  /** How many of a list of claims or sources per parent (`first`, checked). */
  claimLimit(first: number | null | undefined): number {
    return relationLimit(first, 100);
  }

  /** How many counterparts per actor (`first`, checked), once the register they count deals in is loaded. */
  counterpartLimit(first: number | null | undefined): number {
    this.loading.assertLoaded();
    return relationLimit(first, 10);
  }

  /** Claims about an actor, newest first, with their citations. */
  claimsAboutActor(batches: RequestBatches, actorId: number, first: number | null | undefined, fields: Fields): Promise<ClaimWithCitations[]> {
    const limit = this.claimLimit(first);
    return this.claimsOf(batches, ['claimsAboutActors', limit, fields], actorId, (ids) => this.relations.claimsAboutActors(ids, limit, fields));
  }

  /** Claims an actor asserts, newest first, with their citations. */
  claimsByActor(batches: RequestBatches, actorId: number, first: number | null | undefined, fields: Fields): Promise<ClaimWithCitations[]> {
    const limit = this.claimLimit(first);
    return this.claimsOf(batches, ['claimsByActors', limit, fields], actorId, (ids) => this.relations.claimsByActors(ids, limit, fields));
  }

  /** Sources cited about an actor and the datasets of its arms transfers, most cited first. */
  sourcesOfActor(batches: RequestBatches, actorId: number, first: number | null | undefined): Promise<ActorSourceRow[]> {
    const limit = relationLimit(first, 100);
    return batches.rows(['sourcesOfActors', limit], actorId, (ids) => this.relations.sourcesOfActors(ids, limit), parentOf);
  }

  /** Actors sharing events, claims or arms deals with an actor; not while the register is still loading. */
  counterpartsOfActor(batches: RequestBatches, actorId: number, first: number | null | undefined, actorFields: Fields): Promise<CounterpartRow[]> {
    const limit = this.counterpartLimit(first);
    return batches.rows(['counterpartsOfActors', limit, actorFields], actorId, async (ids) => {
      const rows = await this.relations.counterpartsOfActors(ids, limit, actorFields);
      // Only whole rows may stand in for the actor batch's.
      if (actorFields === null) for (const row of rows) this.actors.remember(batches, row.actor as ActorWithAliases);
      return rows;
    }, parentOf);
  }

  /** Claims about an event, newest first. */
  claimsOfEvent(batches: RequestBatches, eventId: number): Promise<Claim[]> {
    return batches.rows('claimsOfEvents', eventId, (ids) => this.relations.claimsOfEvents(ids), (claim) => claim.eventId!);
  }

  /** Sources cited by the claims about an event. */
  async sourcesOfEvent(batches: RequestBatches, eventId: number): Promise<SourceRow[]> {
    const ids = await this.linked(batches, 'sourcesOfEvents', eventId, (eventIds) => this.relations.sourcesOfEvents(eventIds));
    return present(ids.map((id) => this.sources.byId(batches, id)));
  }

  /** Claims citing a source, newest first. */
  async claimsOfSource(batches: RequestBatches, sourceId: number): Promise<Claim[]> {
    const ids = await this.linked(batches, 'claimsOfSources', sourceId, (sourceIds) => this.relations.claimsOfSources(sourceIds));
    return present(ids.map((id) => this.claims.byId(batches, id)));
  }

  /** Actors of the claims citing a source, by name. */
  async actorsOfSource(batches: RequestBatches, sourceId: number): Promise<ActorWithAliases[]> {
    const ids = await this.linked(batches, 'actorsOfSources', sourceId, (sourceIds) => this.relations.actorsOfSources(sourceIds));
    return present(ids.map((id) => this.actors.byId(batches, id)));
  }

  /** A source's citations in text order (unlocated quotes last). */
  citationsOfSource(batches: RequestBatches, sourceId: number): Promise<Citation[]> {
    return batches.rows('citationsOfSources', sourceId, (ids) => this.relations.citationsOfSources(ids), (citation) => citation.sourceId);
  }

  /** Claims brought their citations along: Claim.citations needs no statement of its own. */
  private claimsOf(
    batches: RequestBatches,
    question: readonly [string, ...unknown[]],
    actorId: number,
    fetch: (ids: readonly number[]) => Promise<{ parentId: number; claim: ClaimWithCitations }[]>,
  ): Promise<ClaimWithCitations[]> {
    return batches.lists(question, actorId, async (ids) => {
      const rows = await fetch(ids);
      this.claims.rememberCitations(batches, rows.map((row) => row.claim));
      return groupedBy(rows, parentOf, ids).map((group) => group.map((row) => row.claim));
    });
  }

  private async linked(batches: RequestBatches, question: string, parentId: number, fetch: (ids: readonly number[]) => Promise<ParentLink[]>): Promise<number[]> {
    return (await batches.rows(question, parentId, fetch, parentOf)).map((link) => link.id);
  }
}

function relationLimit(first: number | null | undefined, fallback: number): number {
  return parseInput(OptionalRelationLimit, first, 'first') ?? fallback;
}

const day = (date: Date | null | undefined) => (date ? isoDate(date) : null);

/** Rows read by id, leaving out any deleted meanwhile. */
async function present<T>(rows: Promise<T | null>[]): Promise<T[]> {
  return (await Promise.all(rows)).filter((row): row is Awaited<T> => row !== null) as T[];
}
