// Rules for claims: every reference exists, every quote stands in its source at its offsets.
import { NotFoundError, UserInputError } from '../../errors';
import type { Citation, Claim, ClaimActor, FactCheck } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { groupedBy } from '../../shared/grouping';
import { pageWindow, type Page, type PageLimits, type PageRequest } from '../../shared/pagination';
import { sha256Hex, sliceCodePoints } from '../../shared/text';
import { closestPassage, findQuote, sameFolded } from '../../shared/text-forms';
import { definedOnly, Id, parseInput, RankArgs, type Input } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { EventService } from '../events/events.service';
import type { SourceService } from '../sources/sources.service';
import type { ClaimCheckService } from '../claim-checks/claim-checks.service';
import type { PredicateService } from '../predicates/predicates.service';
import type { ClaimImportRow } from './claims.writes';
import { CLAIM_ORDER, type ClaimRepository, type CitationRow, type ClaimActorRow } from './claims.repository';
import { API_CLAIM_FIELDS, CheckClaimInput, ClaimFilter, claimRuleProblems, CreateClaimInput, DeprecateArgs, UpdateClaimInput, type CitationInput } from './claims.validation';
import type { SqlSession } from '../../db/database';

/**
 * A claim's natural key: who asserts it and what it says. The same statement by two asserters is two claims;
 * the same statement by the same asserter is one. The migration that added the column uses the same formula.
 */
export function claimNaturalKey(statement: string, asserterId: number | null | undefined, asserterSourceId: number | null | undefined): string {
  return sha256Hex(`${asserterId ?? ''}\n${asserterSourceId ?? ''}\n${statement}`);
}

type ClaimRefs = Pick<CreateClaimInput, 'asserterId' | 'asserterSourceId' | 'eventId' | 'subjectId' | 'objectActorId'> & {
  about?: { actorId: number }[];
};

/**
 * What follows the writing of claims' citations, in the same transaction: a quotation or a figure whose exact span
 * a claim cites is that claim's (accepted), however the claim was written (acceptQuotation, createClaim, a bundle).
 */
export interface CitationFollower {
  cited(session: SqlSession, claimIds: readonly number[]): Promise<void>;
}

export class ClaimService {
  private readonly citationFollowers: CitationFollower[] = [];

  constructor(
    private readonly claims: ClaimRepository,
    private readonly actors: ActorService,
    private readonly events: EventService,
    private readonly sources: SourceService,
    private readonly limits: PageLimits,
    private readonly predicates: PredicateService,
    private readonly checks: ClaimCheckService,
  ) {}

  /** Adds what follows every write of citations (services.ts wires the quotations and the figures). */
  followCitations(follower: CitationFollower): void {
    this.citationFollowers.push(follower);
  }

  /** Tells the citation followers that these claims' citations were written, in `session`'s transaction. */
  private async cited(session: SqlSession, claimIds: readonly number[]): Promise<void> {
    for (const follower of this.citationFollowers) await follower.cited(session, claimIds);
  }

  async getById(rawId: string): Promise<Claim | null> {
    return this.claims.findById(parseInput(Id, rawId, 'id'));
  }

  findManyByIds(ids: readonly number[]): Promise<Claim[]> {
    return this.claims.findManyByIds(ids);
  }

  /** Whether a claim with this natural key (see claimNaturalKey) is stored. */
  existsWithKey(naturalKey: string): Promise<boolean> {
    return this.claims.existsWithKey(naturalKey);
  }

  async list(rawFilter: Input<typeof ClaimFilter>, page: PageRequest): Promise<Page<Claim>> {
    const filter = parseInput(ClaimFilter, rawFilter, 'filter');
    const window = pageWindow(page, this.limits, CLAIM_ORDER);
    const actor = filter?.actor ? await this.actors.resolveName(filter.actor, 'filter.actor') : null;
    const includeDeprecated = filter?.includeDeprecated ?? filter?.rank === 'DEPRECATED';
    // A verdict is computed, never stored (it follows the data): the checkable claims are checked, in bounded batches.
    const ids = filter?.verdict ? await this.checks.idsWithVerdict(filter.verdict, includeDeprecated) : null;
    return this.claims.list(
      {
        actorId: actor?.id, eventId: filter?.eventId, sourceId: filter?.sourceId, stance: filter?.stance,
        predicate: await this.predicates.normalise(filter?.predicate), ids, rank: filter?.rank, includeDeprecated,
      },
      window,
    );
  }

  /** The claim with this id, read with every other claim the request asks for in one statement. */
  byId(batches: RequestBatches, id: number): Promise<Claim | null> {
    return batches.row('claimsByIds', id, (ids) => this.claims.findManyByIds(ids), (claim) => claim.id);
  }

  /** The actors a claim is about, by role (one statement per request). */
  actorsOf(batches: RequestBatches, claimId: number): Promise<ClaimActor[]> {
    return batches.rows('claimActorsOf', claimId, (ids) => this.claims.actorsOf(ids), (row) => row.claimId);
  }

  /** A claim's citations (one statement per request). */
  citationsOf(batches: RequestBatches, claimId: number): Promise<Citation[]> {
    return this.citationBatch(batches).load(claimId);
  }

  /** A claim's fact checks, read with every other claim's the request asks for in one statement. */
  factChecksOf(batches: RequestBatches, claimId: number): Promise<FactCheck[]> {
    return batches.loader<number, FactCheck[]>('factChecksOf', async (ids) => groupedBy(await this.claims.factChecksOf(ids), (row) => row.claimId, ids)).load(claimId);
  }

  /** Makes the citations of claims read with them known to the request: Claim.citations needs no statement. */
  rememberCitations(batches: RequestBatches, claims: readonly { id: number; citations: Citation[] }[]): void {
    for (const claim of claims) this.citationBatch(batches).prime(claim.id, claim.citations);
  }

  private citationBatch(batches: RequestBatches) {
    return batches.loader<number, Citation[]>('citationsOf', async (ids) => groupedBy(await this.claims.citationsOf(ids), (row) => row.claimId, ids));
  }

  /** Stores a claim; `alongside` runs in its transaction once it is written (what else the write means: a quotation accepted). */
  async create(rawInput: Input<typeof CreateClaimInput>, author: string, alongside?: (session: SqlSession, claim: Claim) => Promise<void>): Promise<Claim> {
    const input = parseInput(CreateClaimInput, rawInput);
    input.predicate = await this.predicates.normalise(input.predicate);
    await this.predicates.checkObject({ ...input, subject: input.subjectId, objectActor: input.objectActorId }, 'input');
    await this.checkReferences(input);
    const citations = await this.locateCitations(input.citations);
    const { about, citations: _citations, ...fields } = input;
    return this.claims.create(
      {
        ...fields,
        naturalKey: claimNaturalKey(fields.statement, fields.asserterId, fields.asserterSourceId),
        asserterId: fields.asserterId ?? null,
        asserterSourceId: fields.asserterSourceId ?? null,
        eventId: fields.eventId ?? null,
        subjectId: fields.subjectId ?? null,
        objectActorId: fields.objectActorId ?? null,
      },
      withStructuredActors(about, fields.subjectId, fields.objectActorId),
      citations, author,
      async (session, claim) => {
        await alongside?.(session, claim);
        await this.cited(session, [claim.id]);
      },
    );
  }

  /**
   * How the data bear on a typed claim before it is stored (the explorer's live check): its actors resolved by name
   * (NOT_FOUND naming `input.subject` or `input.object`), its predicate as createClaim reads it; null when no data
   * series applies to the predicate.
   */
  async checkDraft(batches: RequestBatches, rawInput: unknown) {
    const input = parseInput(CheckClaimInput, rawInput);
    const predicate = (await this.predicates.normalise(input.predicate)) ?? null;
    const [subject, object] = await Promise.all([this.actors.resolveName(input.subject, 'input.subject'), this.actors.resolveName(input.object, 'input.object')]);
    await this.predicates.checkObject({ predicate, objectValue: input.objectValue, subject: subject.id, objectActor: object.id }, 'input');
    return this.checks.checkDraft(batches, {
      predicate, subjectId: subject.id, objectActorId: object.id, objectValue: input.objectValue ?? null, validFrom: input.validFrom ?? null, validTo: input.validTo ?? null,
    });
  }

  async update(rawId: string, rawInput: Input<typeof UpdateClaimInput>, author: string): Promise<Claim> {
    const id = parseInput(Id, rawId, 'id');
    const input = parseInput(UpdateClaimInput, rawInput);
    if (input.predicate) input.predicate = await this.predicates.normalise(input.predicate);
    const current = await this.claims.findById(id);
    if (!current) throw new NotFoundError(`No claim has id ${id}`, 'id');
    const merged = { ...current, ...definedOnly(input) };
    await this.predicates.checkObject({ ...merged, subject: merged.subjectId, objectActor: merged.objectActorId }, 'input');
    const [problem] = claimRuleProblems({ ...merged, asserter: merged.asserterId, asserterSource: merged.asserterSourceId, objectActor: merged.objectActorId }, API_CLAIM_FIELDS);
    if (problem) throw new UserInputError(`input.${problem.field}: ${problem.message}`, `input.${problem.field}`);
    await this.checkReferences(input);
    const citations = input.citations ? await this.locateCitations(input.citations) : undefined;
    const { about, citations: _citations, ...fields } = input;
    const actors = about ? withStructuredActors(about, merged.subjectId, merged.objectActorId) : undefined;
    const naturalKey = claimNaturalKey(merged.statement, merged.asserterId, merged.asserterSourceId);
    return this.claims.update(id, { ...definedOnly(fields), naturalKey }, actors, citations, author, citations ? (session) => this.cited(session, [id]) : undefined);
  }

  /** Sets a claim's rank; DEPRECATED needs a reason. */
  async rank(rawArgs: unknown, author: string): Promise<Claim> {
    const args = parseInput(RankArgs, rawArgs, '');
    await this.requireClaim(args.id);
    return this.claims.rank(args.id, args.rank, args.reason ?? null, [], author);
  }

  /** Deprecates a claim with the reason and, when given, the refuting quote as a REFUTES citation, in one write. */
  async deprecate(rawArgs: unknown, author: string): Promise<Claim> {
    const args = parseInput(DeprecateArgs, rawArgs, '');
    await this.requireClaim(args.id);
    const refutation = args.refutation ? await this.locateCitations([args.refutation], 'refutation') : [];
    return this.claims.rank(args.id, 'DEPRECATED', args.reason, refutation, author);
  }

  private async requireClaim(id: number): Promise<Claim> {
    const claim = await this.claims.findById(id);
    if (!claim) throw new NotFoundError(`No claim has id ${id}`, 'id');
    return claim;
  }

  async delete(rawId: string, author: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    if (!(await this.claims.findById(id))) throw new NotFoundError(`No claim has id ${id}`, 'id');
    await this.claims.delete(id, author);
    return { id: String(id) };
  }

  private async checkReferences(input: ClaimRefs): Promise<void> {
    const actorRefs = [
      ...(input.asserterId ? [{ id: input.asserterId, field: 'input.asserterId' }] : []),
      ...(input.subjectId ? [{ id: input.subjectId, field: 'input.subjectId' }] : []),
      ...(input.objectActorId ? [{ id: input.objectActorId, field: 'input.objectActorId' }] : []),
      ...(input.about ?? []).map((a, i) => ({ id: a.actorId, field: `input.about.${i}.actorId` })),
    ];
    await this.actors.requireIds(actorRefs);
    if (input.eventId && (await this.events.findManyByIds([input.eventId])).length === 0) {
      throw new UserInputError(`input.eventId: no event has id ${input.eventId}`, 'input.eventId');
    }
    if (input.asserterSourceId && (await this.sources.findManyByIds([input.asserterSourceId])).length === 0) {
      throw new UserInputError(`input.asserterSourceId: no source has id ${input.asserterSourceId}`, 'input.asserterSourceId');
    }
  }

  /** Each quote must stand in its source's text: at the given offsets, or found there when none are given. */
  private async locateCitations(citations: CitationInput[], path = 'input.citations'): Promise<CitationRow[]> {
    const sources = new Map((await this.sources.findManyByIds([...new Set(citations.map((c) => c.sourceId))])).map((s) => [s.id, s]));
    return citations.map((citation, i) => {
      const field = path === 'input.citations' ? `${path}.${i}` : path;
      const source = sources.get(citation.sourceId);
      if (!source) throw new UserInputError(`${field}.sourceId: no source has id ${citation.sourceId}`, `${field}.sourceId`);
      const located = locateCitation(source.text, citation);
      if ('problem' in located) throw new UserInputError(`${field}.${located.field}: ${located.problem} (source ${source.id})`, `${field}.${located.field}`);
      return { sourceId: citation.sourceId, ...located, stance: citation.stance };
    });
  }

  /** Writes a chunk of a bundle's claims, with their actors and citations, set-based, in the import's transaction. */
  async importClaims(session: SqlSession, rows: readonly ClaimImportRow[]) {
    const written = await this.claims.importClaims(session, rows);
    await this.cited(session, written.ids);
    return written.counts;
  }
}

/** Where a quote stands, with the text's own words for it (the quote as stored), or the problem that it does not. */
export type LocatedQuote = { startOffset: number | null; endOffset: number | null; quote: string } | { field: 'quote' | 'startOffset'; problem: string };

/**
 * Where a cited quote stands in its source's text: checked at the given offsets, or found when none are given,
 * in either case whatever its typographic quotes, dashes, spacing and case (shared/text-forms); the citation keeps
 * the text's own words. A quote that is not there is refused with the closest passage, its offsets and its
 * similarity. A source without a text (a dataset known by URL) cannot be checked; its offsets are kept as given.
 */
export function locateCitation(text: string | null, citation: { quote: string; startOffset?: number | null; endOffset?: number | null }): LocatedQuote {
  const { startOffset, endOffset } = citation;
  if (!text) return { startOffset: startOffset ?? null, endOffset: endOffset ?? null, quote: citation.quote };
  if (startOffset == null || endOffset == null) {
    const found = findQuote(text, citation.quote);
    if (found) return found;
    const closest = closestPassage(text, citation.quote);
    const hint = closest
      ? `; the closest passage is "${closest.passage}" at ${closest.startOffset}..${closest.endOffset} (similarity ${closest.similarity})`
      : '';
    return { field: 'quote', problem: `the quote does not occur in the source's text${hint}` };
  }
  const own = sliceCodePoints(text, startOffset, endOffset);
  if (!sameFolded(own, citation.quote)) {
    return { field: 'startOffset', problem: `the source text at ${startOffset}..${endOffset} is not the quote` };
  }
  return { startOffset, endOffset, quote: own };
}

/** The structured subject and object are among the actors a claim is about. */
export function withStructuredActors(about: ClaimActorRow[], subjectId?: number | null, objectActorId?: number | null): ClaimActorRow[] {
  const rows = [...about];
  if (subjectId && !rows.some((row) => row.actorId === subjectId)) rows.push({ actorId: subjectId, role: 'SUBJECT' });
  if (objectActorId && !rows.some((row) => row.actorId === objectActorId)) rows.push({ actorId: objectActorId, role: 'OBJECT' });
  return rows;
}
