// Rules for claims: every reference exists, every quote stands in its source at its offsets.
import { NotFoundError, UserInputError } from '../../errors';
import type { Citation, Claim, ClaimActor } from '../../generated/prisma/client';
import { pageWindow, type Page, type PageLimits, type PageRequest } from '../../shared/pagination';
import { locateQuote, sliceCodePoints } from '../../shared/text';
import { definedOnly, Id, parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { EventService } from '../events/events.service';
import type { SourceService } from '../sources/sources.service';
import { type ClaimRepository, type CitationRow, type ClaimActorRow } from './claims.repository';
import { ClaimFilter, CreateClaimInput, UpdateClaimInput, type CitationInput } from './claims.validation';

type ClaimRefs = Pick<CreateClaimInput, 'asserterId' | 'asserterSourceId' | 'eventId' | 'subjectId' | 'objectActorId'> & {
  about?: { actorId: number }[];
};

export class ClaimService {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly actors: ActorService,
    private readonly events: EventService,
    private readonly sources: SourceService,
    private readonly limits: PageLimits,
  ) {}

  async getById(rawId: string): Promise<Claim | null> {
    return this.claims.findById(parseInput(Id, rawId, 'id'));
  }

  findManyByIds(ids: readonly number[]): Promise<Claim[]> {
    return this.claims.findManyByIds(ids);
  }

  async list(rawFilter: unknown, page: PageRequest): Promise<Page<Claim>> {
    const filter = parseInput(ClaimFilter, rawFilter, 'filter');
    const window = pageWindow(page, this.limits);
    const actor = filter?.actor ? await this.actors.resolveName(filter.actor, 'filter.actor') : null;
    return this.claims.list({ actorId: actor?.id, eventId: filter?.eventId, sourceId: filter?.sourceId, stance: filter?.stance }, window);
  }

  actorsOf(claimIds: readonly number[]): Promise<ClaimActor[]> {
    return this.claims.actorsOf(claimIds);
  }

  citationsOf(claimIds: readonly number[]): Promise<Citation[]> {
    return this.claims.citationsOf(claimIds);
  }

  async create(rawInput: unknown): Promise<Claim> {
    const input = parseInput(CreateClaimInput, rawInput);
    await this.checkReferences(input);
    const citations = await this.locateCitations(input.citations);
    const { about, citations: _citations, ...fields } = input;
    return this.claims.create(
      {
        ...fields,
        asserterId: fields.asserterId ?? null,
        asserterSourceId: fields.asserterSourceId ?? null,
        eventId: fields.eventId ?? null,
        subjectId: fields.subjectId ?? null,
        objectActorId: fields.objectActorId ?? null,
      },
      withStructuredActors(about, fields.subjectId, fields.objectActorId),
      citations,
    );
  }

  async update(rawId: string, rawInput: unknown): Promise<Claim> {
    const id = parseInput(Id, rawId, 'id');
    const input = parseInput(UpdateClaimInput, rawInput);
    const current = await this.claims.findById(id);
    if (!current) throw new NotFoundError(`No claim has id ${id}`, 'id');
    const merged = { ...current, ...definedOnly(input) };
    if (merged.asserterId && merged.asserterSourceId) {
      throw new UserInputError('input.asserterSourceId: give asserterId or asserterSourceId, not both', 'input.asserterSourceId');
    }
    if (merged.objectActorId && merged.objectValue) {
      throw new UserInputError('input.objectValue: give objectActorId or objectValue, not both', 'input.objectValue');
    }
    if (merged.validFrom && merged.validTo && merged.validTo < merged.validFrom) {
      throw new UserInputError('input.validTo must not be before validFrom', 'input.validTo');
    }
    await this.checkReferences(input);
    const citations = input.citations ? await this.locateCitations(input.citations) : undefined;
    const { about, citations: _citations, ...fields } = input;
    const actors = about ? withStructuredActors(about, merged.subjectId, merged.objectActorId) : undefined;
    return this.claims.update(id, definedOnly(fields), actors, citations);
  }

  async delete(rawId: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    if (!(await this.claims.findById(id))) throw new NotFoundError(`No claim has id ${id}`, 'id');
    await this.claims.delete(id);
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
  private async locateCitations(citations: CitationInput[]): Promise<CitationRow[]> {
    const sources = new Map((await this.sources.findManyByIds([...new Set(citations.map((c) => c.sourceId))])).map((s) => [s.id, s]));
    return citations.map((citation, i) => {
      const field = `input.citations.${i}`;
      const source = sources.get(citation.sourceId);
      if (!source) throw new UserInputError(`${field}.sourceId: no source has id ${citation.sourceId}`, `${field}.sourceId`);
      let { startOffset, endOffset } = citation;
      if (source.text) {
        if (startOffset == null || endOffset == null) {
          const located = locateQuote(source.text, citation.quote);
          if (!located) throw new UserInputError(`${field}.quote: the quote does not occur in source ${source.id}'s text`, `${field}.quote`);
          ({ startOffset, endOffset } = located);
        } else if (sliceCodePoints(source.text, startOffset, endOffset) !== citation.quote) {
          throw new UserInputError(
            `${field}.startOffset: the source text at ${startOffset}..${endOffset} is not the quote`,
            `${field}.startOffset`,
          );
        }
      }
      return { sourceId: citation.sourceId, quote: citation.quote, startOffset: startOffset ?? null, endOffset: endOffset ?? null, stance: citation.stance };
    });
  }
}

/** The structured subject and object are among the actors a claim is about. */
function withStructuredActors(about: ClaimActorRow[], subjectId?: number | null, objectActorId?: number | null): ClaimActorRow[] {
  const rows = [...about];
  if (subjectId && !rows.some((row) => row.actorId === subjectId)) rows.push({ actorId: subjectId, role: 'SUBJECT' });
  if (objectActorId && !rows.some((row) => row.actorId === objectActorId)) rows.push({ actorId: objectActorId, role: 'OBJECT' });
  return rows;
}
