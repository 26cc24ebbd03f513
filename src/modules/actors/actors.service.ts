// Rules for actors: unique names and aliases, references that block deletion, lookups by any name.
import type { JsonRowSource } from '../../shared/json-reads';
import { ConflictError, NotFoundError, UserInputError } from '../../errors';
import type { Actor, ActorAlias, Affiliation } from '../../generated/prisma/client';
import { pageWindow, type Page, type PageLimits, type PageRequest } from '../../shared/pagination';
import { Id, parseInput, RankArgs, type Input } from '../../shared/validation';
import type { SqlSession } from '../../db/database';
import type { RequestBatches } from '../../shared/batches';
import { byKey, groupedBy } from '../../shared/grouping';
import type { MentionLinker } from '../mentions/mention-linker';
import type { ActorWithAliases } from './actors.columns';
import { ACTOR_ORDER, type ActorReferences, type ActorRepository, type AffiliationWithActors, type AliasKind, lookupKey } from './actors.repository';
import {
  ActorFilter,
  CreateActorInput,
  CreateAffiliationInput,
  UpdateActorInput,
  UpdateAffiliationInput,
} from './actors.validation';
import type { ActorWithAliasesWriteRow, SameAsTarget, AffiliationWriteRow } from './actors.writes';

/** How each kind of record that refers to an actor is named, one and many. */
const REFERENCE_NAMES: Record<keyof ActorReferences, [string, string]> = {
  affiliations: ['affiliation', 'affiliations'],
  events: ['event', 'events'],
  claims: ['claim', 'claims'],
  armsTransfers: ['arms transfer', 'arms transfers'],
};

export class ActorService {
  constructor(
    private readonly actors: ActorRepository,
    private readonly limits: PageLimits,
    /** Stored sources are relinked when an actor's forms (name, aliases, demonyms, ISO code) change. */
    private readonly linker: MentionLinker,
  ) {}

  async getById(id: string): Promise<Actor | null> {
    return this.actors.findById(parseInput(Id, id, 'id'));
  }

  /** The actor with this id and its aliases, read with every other actor the request asks for in one statement. */
  byId(batches: RequestBatches, id: number): Promise<ActorWithAliases | null> {
    return this.actorBatch(batches).load(id);
  }

  /** Many actors by id (null for an id that names none), in one statement with the request's other actors. */
  async byIds(batches: RequestBatches, ids: readonly number[]): Promise<(ActorWithAliases | null)[]> {
    return (await this.actorBatch(batches).loadMany(ids)).map((actor) => {
      if (actor instanceof Error) throw actor;
      return actor;
    });
  }

  /** The affiliation with this id, read with every other the request asks for in one statement. */
  affiliationById(batches: RequestBatches, id: number): Promise<Affiliation | null> {
    return batches.row('affiliationsByIds', id, (ids) => this.actors.affiliationsByIds(ids), (row) => row.id);
  }

  /** An actor's aliases, in the order they were added (one statement per request). */
  aliasesOf(batches: RequestBatches, actorId: number): Promise<string[]> {
    return this.formBatch(batches, 'ALIAS').load(actorId);
  }

  /** An actor's demonyms, in the order they were added (one statement per request). */
  demonymsOf(batches: RequestBatches, actorId: number): Promise<string[]> {
    return this.formBatch(batches, 'DEMONYM').load(actorId);
  }

  /** Makes an actor read elsewhere (with its aliases) known to the request: its fields need no statement. */
  remember(batches: RequestBatches, actor: ActorWithAliases): void {
    this.actorBatch(batches).prime(actor.id, actor);
    this.formBatch(batches, 'ALIAS').prime(actor.id, actor.aliases);
  }

  /** An actor's affiliations, as member or as organisation, in force on `at` (null: all); one statement per side and date. */
  affiliationsOf(batches: RequestBatches, side: 'memberId' | 'organisationId', actorId: number, at: Date | null, includeDeprecated = false): Promise<AffiliationWithActors[]> {
    return batches.rows(['affiliationsOf', side, at, includeDeprecated], actorId, async (ids) => {
      const rows = await this.actors.affiliationsOf(side, ids, at, includeDeprecated);
      // Both actors of each affiliation came along: Affiliation.member and .organisation need no statement.
      for (const row of rows) for (const party of [row.member, row.organisation]) this.remember(batches, party);
      return rows;
    }, (row) => row[side]);
  }

  // Actors come with their aliases, which prime the alias batch: a list of actors with aliases is one statement.
  private actorBatch(batches: RequestBatches) {
    return batches.loader<number, ActorWithAliases | null>('actorsByIds', async (ids) => {
      const rows = await this.actors.findManyByIds(ids);
      for (const row of rows) this.formBatch(batches, 'ALIAS').prime(row.id, row.aliases);
      return byKey(rows, (actor) => actor.id, ids);
    });
  }

  private formBatch(batches: RequestBatches, kind: AliasKind) {
    return batches.loader<number, string[]>(['formsOf', kind], async (ids) =>
      groupedBy(await this.actors.formsOf(ids, kind), (row) => row.actorId, ids).map((rows) => rows.map((row) => row.alias)),
    );
  }

  /** The actor named by canonical name, alias or ISO code; null when none. */
  findByName(name: string): Promise<ActorWithAliases | null> {
    return this.actors.findByIdentifier(name);
  }

  /** The actor a name names, for a statement that builds its JSON (server/compiled-reads.ts). */
  namedRowSource(name: string): JsonRowSource {
    return this.actors.namedRowSource(name);
  }

  /** Like findByName, but a missing actor is a NOT_FOUND naming the argument it came from. */
  async resolveName(name: string, field: string): Promise<Actor> {
    const actor = await this.actors.findByIdentifier(name);
    if (!actor) throw actorNotFound(name, field);
    return actor;
  }

  /** Checks that ids given in an input name stored actors; the error names the field. */
  async requireIds(refs: { id: number; field: string }[]): Promise<void> {
    if (refs.length === 0) return;
    const found = new Set((await this.actors.findManyByIds([...new Set(refs.map((ref) => ref.id))])).map((actor) => actor.id));
    const missing = refs.find((ref) => !found.has(ref.id));
    if (!missing) return;
    // An id merged into another names that one now; a write says so rather than storing a redirect.
    const canonical = (await this.actors.mergedInto([missing.id])).get(missing.id);
    if (canonical !== undefined) {
      throw new UserInputError(`${missing.field}: actor ${missing.id} was merged into actor ${canonical}; use id ${canonical}`, missing.field, { extensions: { mergedInto: String(canonical) } });
    }
    throw new UserInputError(`${missing.field}: no actor has id ${missing.id}`, missing.field);
  }

  list(filter: Input<typeof ActorFilter>, page: PageRequest): Promise<Page<Actor>> {
    return this.actors.list(parseInput(ActorFilter, filter, 'filter'), pageWindow(page, this.limits, ACTOR_ORDER));
  }

  /** Creates an actor; `check` runs once the input is valid and its names free (the likely-duplicate check). */
  async create(rawInput: Input<typeof CreateActorInput>, author: string, check?: (input: CreateActorInput) => Promise<void>): Promise<Actor> {
    const input = parseInput(CreateActorInput, rawInput);
    await this.assertNamesFree(input.name, [...input.aliases, ...input.demonyms]);
    await check?.(input);
    return this.withMentionsFollowing((alongside) => this.actors.create(input, author, alongside));
  }

  async update(rawId: string, rawInput: Input<typeof UpdateActorInput>, author: string): Promise<Actor> {
    const id = parseInput(Id, rawId, 'id');
    const input = parseInput(UpdateActorInput, rawInput);
    const current = await this.requireActor(id);
    await this.assertNamesFree(input.name ?? current.name, [...(input.aliases ?? []), ...(input.demonyms ?? [])], id);
    const formsChange = input.name !== undefined || input.aliases !== undefined || input.demonyms !== undefined || input.isoCode !== undefined;
    return formsChange ? this.withMentionsFollowing((alongside) => this.actors.update(id, input, author, alongside)) : this.actors.update(id, input, author);
  }

  async delete(rawId: string, author: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    const actor = await this.requireActor(id);
    const references = await this.actors.references(id);
    const listed = (Object.keys(REFERENCE_NAMES) as (keyof ActorReferences)[])
      .filter((kind) => references[kind] > 0)
      .map((kind) => `${references[kind]} ${REFERENCE_NAMES[kind][references[kind] === 1 ? 0 : 1]}`);
    if (listed.length > 0) {
      throw new ConflictError(`Actor "${actor.name}" is still referenced by ${listed.join(', ')}; remove those first`, 'id', { references });
    }
    await this.actors.delete(id, author);
    return { id: String(id) };
  }

  async getAffiliation(rawId: string): Promise<Affiliation | null> {
    return this.actors.findAffiliation(parseInput(Id, rawId, 'id'));
  }

  async createAffiliation(rawInput: Input<typeof CreateAffiliationInput>, author: string): Promise<Affiliation> {
    const input = parseInput(CreateAffiliationInput, rawInput);
    await this.requireIds([
      { id: input.memberId, field: 'input.memberId' },
      { id: input.organisationId, field: 'input.organisationId' },
    ]);
    return this.actors.createAffiliation(input, author);
  }

  async updateAffiliation(rawId: string, rawInput: Input<typeof UpdateAffiliationInput>, author: string): Promise<Affiliation> {
    const id = parseInput(Id, rawId, 'id');
    const input = parseInput(UpdateAffiliationInput, rawInput);
    const current = await this.actors.findAffiliation(id);
    if (!current) throw new NotFoundError(`No affiliation has id ${id}`, 'id');
    const start = input.startDate === undefined ? current.startDate : input.startDate;
    const end = input.endDate === undefined ? current.endDate : input.endDate;
    if (start && end && end < start) throw new UserInputError('input.endDate must not be before startDate', 'input.endDate');
    return this.actors.updateAffiliation(id, input, author);
  }

  /** Sets an affiliation's rank; DEPRECATED needs a reason. */
  async rankAffiliation(rawArgs: unknown, author: string): Promise<Affiliation> {
    const args = parseInput(RankArgs, rawArgs, '');
    if (!(await this.actors.findAffiliation(args.id))) throw new NotFoundError(`No affiliation has id ${args.id}`, 'id');
    return this.actors.rankAffiliation(args.id, args.rank, args.reason ?? null, author);
  }

  /** Sets an alias's rank; a deprecated alias still finds its actor, but lists leave it out. */
  async rankAlias(rawArgs: unknown, author: string): Promise<ActorAlias> {
    const args = parseInput(RankArgs, rawArgs, '');
    if (!(await this.actors.findAlias(args.id))) throw new NotFoundError(`No alias has id ${args.id}`, 'id');
    return this.actors.rankAlias(args.id, args.rank, args.reason ?? null, author);
  }

  /** An actor's aliases and demonyms as records (one statement per request). */
  aliasRecordsOf(batches: RequestBatches, actorId: number, includeDeprecated: boolean): Promise<ActorAlias[]> {
    return batches.rows(['aliasRecordsOf', includeDeprecated], actorId, (ids) => this.actors.aliasRecordsOf(ids, includeDeprecated), (row) => row.actorId);
  }

  async deleteAffiliation(rawId: string, author: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    if (!(await this.actors.findAffiliation(id))) throw new NotFoundError(`No affiliation has id ${id}`, 'id');
    await this.actors.deleteAffiliation(id, author);
    return { id: String(id) };
  }

  /**
   * A write that changes actors' forms, with the stored sources relinked in its transaction (a small store), or
   * recorded there as owed and relinked by the worker once it has committed (a large one).
   */
  private async withMentionsFollowing(write: (alongside: (session: SqlSession) => Promise<void>) => Promise<Actor>): Promise<Actor> {
    let owed = false;
    const actor = await write(async (session) => {
      owed = await this.linker.afterFormsChanged(session);
    });
    if (owed) this.linker.kick();
    return actor;
  }

  private async requireActor(id: number): Promise<Actor> {
    const actor = await this.actors.findById(id);
    if (!actor) throw new NotFoundError(`No actor has id ${id}`, 'id');
    return actor;
  }

  /** A name or alias may belong to one actor only, whichever of the two it is there. */
  private async assertNamesFree(name: string, aliases: string[], exceptActorId?: number): Promise<void> {
    const nameKey = lookupKey(name);
    const aliasIndex = aliases.findIndex((alias) => lookupKey(alias) === nameKey);
    if (aliasIndex >= 0) throw new UserInputError(`input.aliases.${aliasIndex} repeats the actor's name`, `input.aliases.${aliasIndex}`);
    const taken = new Set(await this.actors.takenKeys([nameKey, ...aliases.map(lookupKey)], exceptActorId));
    if (taken.has(nameKey)) throw new ConflictError(`input.name: "${name}" is already the name or alias of another actor`, 'input.name');
    const clash = aliases.findIndex((alias) => taken.has(lookupKey(alias)));
    if (clash >= 0) {
      throw new ConflictError(`input.aliases.${clash}: "${aliases[clash]}" is already the name or alias of another actor`, `input.aliases.${clash}`);
    }
  }

  // What bundles read and write of actors, in the import's transaction (see imports/bundle-stores.ts).

  /** Actor ids by lookup key (a canonical name, alias or ISO code, lower-cased). */
  idsByKey(session: SqlSession, keys: readonly string[]): Promise<Map<string, number>> {
    return this.actors.idsByKey(session, keys);
  }

  /** Actor ids by the ISO codes and Wikidata ids they hold. */
  idsByCodes(session: SqlSession, isoCodes: readonly string[], wikidataIds: readonly string[]) {
    return this.actors.idsByCodes(session, isoCodes, wikidataIds);
  }

  /** The stored actors bundle records say they are, by the reference as given. */
  sameAsTargets(session: SqlSession, refs: readonly string[]): Promise<Map<string, SameAsTarget>> {
    return this.actors.sameAsTargets(session, refs);
  }

  /** Writes a chunk of a bundle's actors set-based; every actor's id by its name key. */
  importActors(session: SqlSession, rows: readonly ActorWithAliasesWriteRow[]) {
    return this.actors.importActors(session, rows);
  }

  /** Writes a chunk of a bundle's affiliations set-based; every affiliation's id by its natural key. */
  importAffiliations(session: SqlSession, rows: readonly AffiliationWriteRow[]) {
    return this.actors.importAffiliations(session, rows);
  }
}

/** The error for a name that names no actor, naming the argument it came from. */
export function actorNotFound(name: string, field: string): NotFoundError {
  return new NotFoundError(`${field}: no actor is named "${name}" (by name, alias or ISO code)`, field);
}
