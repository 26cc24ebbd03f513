// The entities a bundle holds, one entry each, in the order they are written (each refers only to those before
// it): how a record is parsed and de-duplicated, what it refers to, how it is checked, and how its rows are built
// and written. Adding an entity to bundles is one entry here and its schema in imports.validation.ts; its rows and
// statements are its own module's (<module>.writes.ts, reached through BundleStores).
import type { SqlSession } from '../../db/database';
import { isoDate } from '../../shared/dates';
import { lookupKey } from '../../shared/lookup-key';
import { claimNaturalKey, locateCitation, withStructuredActors } from '../claims/claims.service';
import { objectProblem, vocabularyCode } from '../predicates/predicates.service';
import { contentHashOf } from '../sources/sources.service';
import { storedTextColumns } from '../sources/sources.validation';
import type { EntityName, ErrorReport, Indexed } from './bundle';
import { actorNamesOf, eventRefKey, sourceRefKey, type BundleReferences, type Ids, type Referenced } from './bundle-references';
import type { WriteCounts } from '../../db/set-writes';
import { affiliationKey, type ActorWithAliasesWriteRow, type AffiliationWriteRow, type SameAsTarget } from '../actors/actors.writes';
import type { ClaimImportRow } from '../claims/claims.writes';
import { eventKey, type EventImportRow } from '../events/events.writes';
import type { ValueSourceWriteRow } from '../provenance/provenance.writes';
import type { SourceWriteRow } from '../sources/sources.writes';
import type { TransferWriteRow } from '../arms-transfers/arms-transfers.writes';
import type { BundleStores } from './bundle-stores';
import { BundleActor, BundleAffiliation, BundleArmsTransfer, BundleClaim, BundleEvent, BundleMention, BundleSource, type BundleValueSource, type SourceRef } from './imports.validation';
import type { MentionWriteRow } from '../mentions/mentions.writes';
import { mustGet } from '../../shared/must-get';

interface RecordSchema<R> {
  safeParse(value: unknown): { success: true; data: R } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** What a check may use: the resolved names, the report, and the database for checks of its own (codes, texts). */
export interface CheckContext {
  session: SqlSession;
  stores: BundleStores;
  references: BundleReferences;
  report: ErrorReport;
}

/** What a writer sets off besides its rows, in the same transaction: linking the sources it wrote to their mentions. */
export interface WriteEffects {
  sourcesWritten(session: SqlSession, sources: { id: number; text: string | null; contentHash: string }[]): Promise<void>;
  /** Actors were created or changed: the stored sources' mentions follow their forms. */
  actorsWritten(session: SqlSession): Promise<void>;
}

/** Located cited quotes: what the claims check finds out and the claims' rows need. */
type Offsets = { startOffset: number | null; endOffset: number | null; quote: string | null }[];
/** What the claims check finds out: the located quotes, and the predicate as stored (a vocabulary code, or as given). */
type ClaimNote = { offsets: Offsets; predicate: string | null };

export interface BundleEntity<R = never, Row = never, Note = never> {
  entity: EntityName;
  schema: RecordSchema<R>;
  /** Two records of one bundle with the same key would be one row: the later ones are refused, naming `field`. */
  naturalKey?: { field: string; of(record: R): string };
  /** The actors, sources and events a record names, resolved for the whole bundle at once before the checks. */
  references?(record: R): Partial<Referenced>;
  /** Checks the records against the bundle and the database, reporting each problem; may note what it found. */
  check?(records: Indexed<R>[], context: CheckContext): Promise<Map<number, Note> | void> | void;
  /** The rows to write for the valid records, given the ids of everything written before them. */
  rows(records: Indexed<R>[], ids: Ids, notes: Map<number, Note>): Row[];
  /** Writes one chunk of rows and records the ids of what it wrote in `ids`, for the entities after it. */
  write(session: SqlSession, stores: BundleStores, chunk: Row[], ids: Ids, effects: WriteEffects): Promise<WriteCounts>;
}

/** An entry of the table, its types checked where it is written (see entity()). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyBundleEntity = BundleEntity<any, any, any>;

const entity = <R, Row, Note = never>(definition: BundleEntity<R, Row, Note>): AnyBundleEntity => definition;

/** The id of an actor a record names, by any of its names (all were resolved or written before). */
const actorIdIn = (ids: Ids) => (ref: string | null | undefined) => (ref ? mustGet(ids.actors, lookupKey(ref), 'the id of actor') : null);

const actors = entity<BundleActor, ActorBundleRow, SameAsTarget>({
  entity: 'actors',
  schema: BundleActor,
  naturalKey: { field: 'name', of: (actor) => lookupKey(actor.name) },
  check: async (records, { session, stores, references, report }) => {
    const targets = await stores.actors.sameAsTargets(session, [...new Set(records.flatMap(({ record }) => (record.sameAs ? [record.sameAs] : [])))]);
    const sameAs = new Map<number, SameAsTarget>();
    for (const { index, record } of records) {
      if (!record.sameAs) continue;
      const target = targets.get(record.sameAs);
      if (target) sameAs.set(index, target);
      else report.fail('actors', index, 'sameAs', `no stored actor has the id, name, alias or ISO code "${record.sameAs}"`);
    }
    const codes = await stores.actors.idsByCodes(
      session,
      records.flatMap(({ record }) => (record.isoCode && !record.sameAs ? [record.isoCode] : [])),
      records.flatMap(({ record }) => (record.wikidataId && !record.sameAs ? [record.wikidataId] : [])),
    );
    checkActorClashes(report.valid('actors', records), references.stored.actors, codes, sameAs, report);
    for (const { index, record } of records) {
      const names = new Set([...(record.aliases ?? []), ...(record.demonyms ?? [])].map(lookupKey));
      (record.aliasRanks ?? []).forEach((ranked, i) => {
        if (!names.has(lookupKey(ranked.alias))) report.fail('actors', index, `aliasRanks.${i}.alias`, `"${ranked.alias}" is none of the record's aliases or demonyms`);
      });
    }
    return sameAs;
  },
  rows: (records, _ids, sameAs) => records.map(({ index, record }) => actorRow(record, sameAs.get(index))),
  write: async (session, stores, chunk, ids, effects) => {
    const { counts, ids: written } = await stores.actors.importActors(session, chunk);
    for (const row of chunk) for (const key of row.names) ids.actors.set(key, mustGet(written, row.nameKey, 'the id of actor'));
    if (counts.created + counts.updated > 0) await effects.actorsWritten(session);
    return counts;
  },
});

/** A bundle actor's row, with every key other records of the bundle may name it by. */
type ActorBundleRow = ActorWithAliasesWriteRow & { names: string[] };

/**
 * The row of a bundle actor; for one the same as a stored actor, that actor as stored with the record's name and
 * aliases added to its aliases (its other fields are the stored actor's).
 */
function actorRow(record: BundleActor, sameAs: SameAsTarget | undefined): ActorBundleRow {
  const target = sameAs ?? null;
  const aliases = target ? [record.name, ...(record.aliases ?? [])] : (record.aliases ?? []);
  return {
    name: target?.name ?? record.name,
    nameKey: lookupKey(target?.name ?? record.name),
    kind: target?.kind ?? record.kind,
    isoCode: target ? target.isoCode : (record.isoCode ?? null),
    wikidataId: target ? target.wikidataId : (record.wikidataId ?? null),
    description: target ? target.description : (record.description ?? null),
    aliases: [
      ...new Map<string, { alias: string; kind: 'ALIAS' | 'DEMONYM' }>([
        ...aliases.map((alias) => [lookupKey(alias), { alias, kind: 'ALIAS' }] as const),
        ...(record.demonyms ?? []).map((alias) => [lookupKey(alias), { alias, kind: 'DEMONYM' }] as const),
      ]).entries(),
    ].map(([aliasKey, form]) => ({ aliasKey, ...form })),
    aliasRanks: (record.aliasRanks ?? []).map((ranked) => ({ aliasKey: lookupKey(ranked.alias), rank: ranked.rank ?? 'NORMAL', rankReason: ranked.rankReason ?? null })),
    names: [...actorNamesOf(record), ...(target ? [lookupKey(target.name)] : [])],
  };
}

const sources = entity<BundleSource, SourceWriteRow>({
  entity: 'sources',
  schema: BundleSource,
  naturalKey: { field: 'url', of: (source) => source.url ?? contentHashOf(source.text?.text, null) },
  rows: (records) =>
    records.map(({ record }) => ({
      kind: record.kind,
      title: record.title,
      publisher: record.publisher ?? null,
      author: record.author ?? null,
      url: record.url ?? null,
      publishedAt: record.publishedAt ? isoDate(record.publishedAt) : null,
      ...storedTextColumns(record.text),
      pageStarts: record.pageStarts ?? [],
      reliability: record.reliability ?? null,
      edition: record.edition ? isoDate(record.edition) : null,
      contentHash: contentHashOf(record.text?.text, record.url),
    })),
  write: async (session, stores, chunk, ids, effects) => {
    const counts = await stores.sources.importSources(session, chunk);
    const { byUrl, byHash } = await stores.sources.idsOf(session, chunk.flatMap((row) => (row.url ? [row.url] : [])), chunk.map((row) => row.contentHash));
    for (const row of chunk) {
      const id = mustGet(byHash, row.contentHash, 'the id of the source with hash');
      ids.sources.set(row.contentHash, id);
      // A bundle source whose text was stored already under another URL is that stored source: its URL names it too.
      if (row.url) ids.sources.set(row.url, byUrl.get(row.url) ?? id);
    }
    await effects.sourcesWritten(session, chunk.map((row) => ({ id: mustGet(ids.sources, row.contentHash, 'the id of the source with hash'), text: row.text, contentHash: row.contentHash })));
    return counts;
  },
});

/** A value source of a bundle record, its target's id to be filled in once the record is written. */
type CitedValue = Omit<ValueSourceWriteRow, 'eventId' | 'affiliationId'>;

/**
 * Checks the value sources of each record (`sources`): each names a source, and a quote stands in its source's text
 * as a citation's must. Answers the located quotes by record.
 */
async function checkValueSources<R extends { sources?: BundleValueSource[] | null }>(
  entity: EntityName,
  records: Indexed<R>[],
  { session, stores, references, report }: CheckContext,
): Promise<Map<number, Offsets>> {
  const texts = await quotedTexts(session, stores, references, records.flatMap(({ record }) => (record.sources ?? []).map((s) => s.source)));
  const offsets = new Map<number, Offsets>();
  for (const { index, record } of records) {
    offsets.set(index, (record.sources ?? []).map((cited, i) => {
      const none = { startOffset: null, endOffset: null, quote: null };
      if (!references.checkSource(entity, index, `sources.${i}.source`, cited.source) || !cited.quote) return none;
      const located = locateCitation(texts.get(sourceRefKey(cited.source)) ?? null, { quote: cited.quote, startOffset: cited.startOffset, endOffset: cited.endOffset });
      if (!('problem' in located)) return located;
      report.fail(entity, index, `sources.${i}.${located.field}`, located.problem);
      return none;
    }));
  }
  return offsets;
}

/** A record's value sources as rows, with the quotes the check located. */
function citedValues(record: { sources?: BundleValueSource[] | null }, ids: Ids, located: Offsets | undefined): CitedValue[] {
  return (record.sources ?? []).map((cited, i) => ({
    sourceId: mustGet(ids.sources, sourceRefKey(cited.source), 'the id of source'),
    field: cited.field ?? null,
    ...(located?.[i] ?? { startOffset: null, endOffset: null, quote: null }),
  }));
}

/** A bundle event's row, with the value sources it cites. */
type EventBundleRow = EventImportRow & { valueSources: CitedValue[] };

const events = entity<BundleEvent, EventBundleRow, Offsets>({
  entity: 'events',
  schema: BundleEvent,
  naturalKey: { field: 'title', of: (event: BundleEvent) => eventRefKey(event) },
  references: (event) => ({ actors: (event.participants ?? []).map((p) => p.actor), sources: (event.sources ?? []).map((s) => s.source) }),
  check: async (records, context) => {
    const { session, stores, references, report } = context;
    const cameoCodes = await stores.events.knownCameoCodes(session, [...new Set(records.map(({ record }) => record.cameoCode))]);
    for (const { index, record } of records) {
      if (!cameoCodes.has(record.cameoCode)) report.fail('events', index, 'cameoCode', `${record.cameoCode} is not a code of the CAMEO codebook`);
      (record.participants ?? []).forEach((p, i) => references.checkActor('events', index, `participants.${i}.actor`, p.actor));
    }
    return checkValueSources('events', records, context);
  },
  rows: (records, ids, offsets) => {
    const actorId = actorIdIn(ids);
    return records.map(({ index, record }) => ({
      cameoCode: record.cameoCode,
      title: record.title,
      startDate: isoDate(record.startDate),
      startPrecision: record.startPrecision ?? null,
      endDate: record.endDate ? isoDate(record.endDate) : null,
      endPrecision: record.endPrecision ?? null,
      location: record.location ?? null,
      description: record.description ?? null,
      participants: record.participants
        ? [...new Map(record.participants.map((p) => [`${actorId(p.actor)}|${p.role}`, { actorId: mustGet(ids.actors, lookupKey(p.actor), 'the id of actor'), role: p.role }])).values()]
        : null,
      valueSources: citedValues(record, ids, offsets.get(index)),
    }));
  },
  write: async (session, stores, chunk, ids) => {
    const { counts, ids: written } = await stores.events.importEvents(session, chunk);
    for (const [key, id] of written) ids.events.set(key, id);
    await stores.provenance.importValueSources(session, chunk.flatMap((row) => row.valueSources.map((cited) => ({ ...cited, eventId: mustGet(written, eventKey(row.title, row.startDate), 'the id of event'), affiliationId: null }))));
    return counts;
  },
});

/** A bundle affiliation's row, with the value sources it cites. */
type AffiliationBundleRow = AffiliationWriteRow & { valueSources: CitedValue[] };

const affiliations = entity<BundleAffiliation, AffiliationBundleRow, Offsets>({
  entity: 'affiliations',
  schema: BundleAffiliation,
  // Names are compared once resolved (an alias and a name may be the same actor): see the check.
  references: (affiliation) => ({ actors: [affiliation.member, affiliation.organisation], sources: (affiliation.sources ?? []).map((s) => s.source) }),
  check: async (records, context) => {
    const { references, report } = context;
    const actorId = (ref: string) => references.actorIdentity(ref) ?? lookupKey(ref);
    const keys = new Map<string, number>();
    for (const { index, record } of records) {
      references.checkActor('affiliations', index, 'member', record.member);
      references.checkActor('affiliations', index, 'organisation', record.organisation);
      if (actorId(record.member) === actorId(record.organisation)) report.fail('affiliations', index, 'organisation', 'must differ from member');
      // One term per member, organisation, role and start, however the actors are named.
      const key = `${actorId(record.member)}|${actorId(record.organisation)}|${record.role}|${record.startDate ? isoDate(record.startDate) : ''}`;
      const earlier = keys.get(key);
      if (earlier !== undefined) report.fail('affiliations', index, 'role', `repeats affiliations[${earlier}]`);
      else keys.set(key, index);
    }
    return checkValueSources('affiliations', records, context);
  },
  rows: (records, ids, offsets) =>
    records.map(({ index, record }) => ({
      memberId: mustGet(ids.actors, lookupKey(record.member), 'the id of actor'),
      organisationId: mustGet(ids.actors, lookupKey(record.organisation), 'the id of actor'),
      role: record.role,
      startDate: record.startDate ? isoDate(record.startDate) : null,
      endDate: record.endDate ? isoDate(record.endDate) : null,
      rank: record.rank ?? null,
      rankReason: record.rankReason ?? null,
      valueSources: citedValues(record, ids, offsets.get(index)),
    })),
  write: async (session, stores, chunk) => {
    const { counts, ids: written } = await stores.actors.importAffiliations(session, chunk);
    await stores.provenance.importValueSources(session, chunk.flatMap((row) => row.valueSources.map((cited) => ({ ...cited, eventId: null, affiliationId: mustGet(written, affiliationKey(row), 'the id of affiliation') }))));
    return counts;
  },
});

const claims = entity<BundleClaim, ClaimImportRow, ClaimNote>({
  entity: 'claims',
  schema: BundleClaim,
  // No natural key of the record's own: a claim is one per asserter and statement, however the asserter is
  // named, which the check compares once the names are resolved.
  references: (claim) => ({
    actors: [claim.asserter, claim.subject, claim.object, ...(claim.about ?? []).map((a) => a.actor)].filter((ref): ref is string => Boolean(ref)),
    sources: [...(claim.asserterSource ? [claim.asserterSource] : []), ...(claim.citations ?? []).map((c) => c.source)],
    events: claim.event ? [claim.event] : [],
  }),
  check: async (records, { session, stores, references, report }) => {
    const texts = await citedTexts(session, stores, references, records);
    const vocabulary = new Map((await stores.predicates.vocabularyIn(session)).map((predicate) => [predicate.code, predicate]));
    const notes = new Map<number, ClaimNote>();
    const identities = new Map<string, number>();
    for (const { index, record } of records) {
      for (const field of ['asserter', 'subject', 'object'] as const) references.checkActor('claims', index, field, record[field]);
      (record.about ?? []).forEach((a, i) => references.checkActor('claims', index, `about.${i}.actor`, a.actor));
      if (record.asserterSource) references.checkSource('claims', index, 'asserterSource', record.asserterSource);
      if (record.event) references.checkEvent('claims', index, 'event', record.event);
      // A vocabulary predicate is stored as its code, and its object must be what the vocabulary says.
      const code = record.predicate ? vocabularyCode(record.predicate, vocabulary) : null;
      const problem = code && objectProblem(mustGet(vocabulary, code, 'the predicate'), { subject: record.subject, objectActor: record.object, objectValue: record.objectValue }, { subject: 'subject', object: 'object' });
      if (problem) report.fail('claims', index, problem.field, problem.message);
      notes.set(index, {
        predicate: code ?? record.predicate ?? null,
        offsets: (record.citations ?? []).map((citation, i) => {
          if (!references.checkSource('claims', index, `citations.${i}.source`, citation.source)) return { startOffset: null, endOffset: null, quote: null };
          const located = locateCitation(texts.get(sourceRefKey(citation.source)) ?? null, citation);
          if (!('problem' in located)) return located;
          report.fail('claims', index, `citations.${i}.${located.field}`, located.problem);
          return { startOffset: null, endOffset: null, quote: null };
        }),
      });
      // Two records naming the same asserter differently are still one claim.
      const asserter = record.asserter ? references.actorIdentity(record.asserter) : record.asserterSource ? references.sourceIdentity(record.asserterSource) : '';
      const identity = `${record.asserter ? 'actor' : 'source'}|${asserter}|${record.statement}`;
      const first = identities.get(identity);
      if (first !== undefined) report.fail('claims', index, 'statement', `repeats record ${first} of the bundle (same asserter and statement)`);
      else identities.set(identity, index);
    }
    return notes;
  },
  rows: (records, ids, notes) => {
    const actorId = actorIdIn(ids);
    const sourceId = (ref: { url?: string | null; contentHash?: string | null }) => mustGet(ids.sources, sourceRefKey(ref), 'the id of source');
    return records.map(({ index, record }) => {
      const asserterId = actorId(record.asserter);
      const asserterSourceId = record.asserterSource ? sourceId(record.asserterSource) : null;
      const subjectId = actorId(record.subject);
      const objectActorId = actorId(record.object);
      const about = record.about ? [...new Map(record.about.map((a) => { const id = mustGet(ids.actors, lookupKey(a.actor), 'the id of actor'); return [id, { actorId: id, role: a.role ?? 'MENTIONED' }] as const; })).values()] : null;
      const located = notes.get(index)?.offsets ?? [];
      return {
        naturalKey: claimNaturalKey(record.statement, asserterId, asserterSourceId),
        statement: record.statement,
        asserterId,
        asserterSourceId,
        eventId: record.event ? mustGet(ids.events, eventRefKey(record.event), 'the id of event') : null,
        subjectId,
        predicate: notes.get(index)?.predicate ?? record.predicate ?? null,
        objectActorId,
        objectValue: record.objectValue ?? null,
        validFrom: record.validFrom ? isoDate(record.validFrom) : null,
        validTo: record.validTo ? isoDate(record.validTo) : null,
        confidence: record.confidence ?? null,
        rank: record.rank ?? null,
        rankReason: record.rankReason ?? null,
        actors: about || subjectId || objectActorId ? withStructuredActors(about ?? [], subjectId, objectActorId) : null,
        citations: record.citations
          ? record.citations.map((citation, i) => ({ sourceId: sourceId(citation.source), ...located[i]!, quote: located[i]?.quote ?? citation.quote, stance: citation.stance }))
          : null,
        factChecks: (record.factChecks ?? []).map((check) => ({
          reviewer: check.reviewer,
          reviewerUrl: check.reviewerUrl ?? null,
          url: check.url,
          publishedAt: check.publishedAt ? isoDate(check.publishedAt) : null,
          ratingValue: check.ratingValue ?? null,
          bestRating: check.bestRating ?? null,
          worstRating: check.worstRating ?? null,
          ratingName: check.ratingName ?? null,
          ratingExplanation: check.ratingExplanation ?? null,
        })),
      };
    });
  },
  write: (session, stores, chunk) => stores.claims.importClaims(session, chunk),
});

const armsTransfers = entity<BundleArmsTransfer, TransferWriteRow>({
  entity: 'armsTransfers',
  schema: BundleArmsTransfer,
  naturalKey: { field: 'dealId', of: (transfer) => `${sourceRefKey(transfer.source)}|${transfer.dealId}|${transfer.deliveryYear}` },
  references: (transfer) => ({ actors: [transfer.supplier, transfer.recipient], sources: [transfer.source] }),
  check: (records, { references }) => {
    for (const { index, record } of records) {
      references.checkActor('armsTransfers', index, 'supplier', record.supplier);
      references.checkActor('armsTransfers', index, 'recipient', record.recipient);
      references.checkSource('armsTransfers', index, 'source', record.source);
    }
  },
  rows: (records, ids) =>
    records.map(({ record }) => ({
      supplierId: mustGet(ids.actors, lookupKey(record.supplier), 'the id of actor'),
      recipientId: mustGet(ids.actors, lookupKey(record.recipient), 'the id of actor'),
      sourceId: mustGet(ids.sources, sourceRefKey(record.source), 'the id of source'),
      dealId: record.dealId,
      designation: record.designation,
      description: record.description ?? null,
      category: record.category,
      orderYear: record.orderYear ?? null,
      orderYearEstimated: record.orderYearEstimated ?? false,
      deliveryYear: record.deliveryYear,
      deliveryYearEstimated: record.deliveryYearEstimated ?? false,
      numberDelivered: record.numberDelivered ?? null,
      numberDeliveredEstimated: record.numberDeliveredEstimated ?? false,
      tivPerUnit: record.tivPerUnit ?? null,
      tivDelivered: record.tivDelivered,
      status: record.status ?? 'NEW',
      localProduction: record.localProduction ?? false,
      firstSeen: record.firstSeen ? isoDate(record.firstSeen) : null,
      lastSeen: record.lastSeen ? isoDate(record.lastSeen) : null,
    })),
  write: (session, stores, chunk) => stores.armsTransfers.importTransfers(session, chunk),
});

const mentions = entity<BundleMention, MentionWriteRow>({
  entity: 'mentions',
  schema: BundleMention,
  naturalKey: { field: 'startOffset', of: (mention) => `${sourceRefKey(mention.source)}|${lookupKey(mention.actor)}|${mention.startOffset}|${mention.endOffset}` },
  references: (mention) => ({ actors: [mention.actor], sources: [mention.source] }),
  check: async (records, { session, stores, references, report }) => {
    const texts = await quotedTexts(session, stores, references, records.map(({ record }) => record.source));
    for (const { index, record } of records) {
      references.checkActor('mentions', index, 'actor', record.actor);
      if (!references.checkSource('mentions', index, 'source', record.source)) continue;
      // Offsets count code points of the stored text, as citations' do.
      const text = texts.get(sourceRefKey(record.source));
      const words = text == null ? null : [...text].slice(record.startOffset, record.endOffset).join('');
      if (words !== record.text) report.fail('mentions', index, 'text', text == null ? 'the source has no text to mention anything in' : `the source's text between the offsets is ${JSON.stringify(words)}`);
    }
  },
  rows: (records, ids) =>
    records.map(({ record }) => ({
      sourceId: mustGet(ids.sources, sourceRefKey(record.source), 'the id of source'),
      actorId: mustGet(ids.actors, lookupKey(record.actor), 'the id of actor'),
      startOffset: record.startOffset,
      endOffset: record.endOffset,
      text: record.text,
      form: record.form,
      origin: record.origin ?? 'AUTOMATIC',
      status: record.status,
      reviewedBy: record.reviewedBy ?? null,
      reviewedAt: record.reviewedAt ?? null,
    })),
  write: (session, stores, chunk) => stores.mentions.importMentions(session, chunk),
});

/** Every entity of a bundle, in write order (ENTITIES in bundle.ts lists the same names). */
export const BUNDLE_ENTITIES: readonly AnyBundleEntity[] = [actors, sources, events, affiliations, claims, armsTransfers, mentions];

/**
 * Refuses bundle actors that would take a name, alias, ISO code or Wikidata id of another actor, stored or
 * earlier in the bundle (CONFLICT, as createActor answers): one statement cannot write both, and the second
 * would silently merge into the first or fail on a unique key.
 */
function checkActorClashes(
  records: Indexed<BundleActor>[],
  storedIds: Map<string, number>,
  codes: { iso: Map<string, number>; wikidata: Map<string, number> },
  sameAs: Map<number, SameAsTarget>,
  report: ErrorReport,
): void {
  /** Which earlier bundle record holds each name or alias key, ISO code and Wikidata id. */
  const heldBy = { name: new Map<string, number>(), iso: new Map<string, number>(), wikidata: new Map<string, number>() };
  for (const { index, record } of records) {
    const key = lookupKey(record.name);
    const aliases = [...(record.aliases ?? []), ...(record.demonyms ?? [])].map((alias) => ({ alias, key: lookupKey(alias) }));
    // A record the same as a stored actor owns what that actor owns.
    const own = sameAs.get(index)?.id ?? storedIds.get(key);
    const isoOwner = record.isoCode ? codes.iso.get(record.isoCode) : undefined;
    const wikidataOwner = record.wikidataId ? codes.wikidata.get(record.wikidataId) : undefined;
    const aliasClash = aliases.find((a) => storedIds.has(a.key) && storedIds.get(a.key) !== own);
    const ownName = aliases.find((a) => a.key === key);
    const keys = [key, ...aliases.map((a) => a.key)];
    const earlierName = keys.map((name) => [name, heldBy.name.get(name)] as const).find(([, held]) => held !== undefined);
    const earlierIso = record.isoCode ? heldBy.iso.get(record.isoCode) : undefined;
    const earlierWikidata = record.wikidataId ? heldBy.wikidata.get(record.wikidataId) : undefined;
    const problem: [string, string, 'BAD_USER_INPUT' | 'CONFLICT'] | null =
      ownName ? ['aliases', `"${ownName.alias}" repeats the actor's name`, 'BAD_USER_INPUT']
      : isoOwner !== undefined && isoOwner !== own ? ['isoCode', `${record.isoCode} belongs to another actor`, 'CONFLICT']
      : wikidataOwner !== undefined && wikidataOwner !== own ? ['wikidataId', `${record.wikidataId} belongs to another actor`, 'CONFLICT']
      : aliasClash ? ['aliases', `"${aliasClash.alias}" is the name or alias of another actor`, 'CONFLICT']
      : earlierName ? [earlierName[0] === key ? 'name' : 'aliases', `"${earlierName[0]}" is also the name or an alias of record ${earlierName[1]} of the bundle`, 'CONFLICT']
      : earlierIso !== undefined ? ['isoCode', `${record.isoCode} is also the ISO code of record ${earlierIso} of the bundle`, 'CONFLICT']
      : earlierWikidata !== undefined ? ['wikidataId', `${record.wikidataId} is also the Wikidata id of record ${earlierWikidata} of the bundle`, 'CONFLICT']
      : null;
    if (problem) {
      report.fail('actors', index, ...problem);
      continue;
    }
    for (const name of keys) heldBy.name.set(name, index);
    if (record.isoCode) heldBy.iso.set(record.isoCode, index);
    if (record.wikidataId) heldBy.wikidata.set(record.wikidataId, index);
  }
}

/** The text each cited source holds, by source ref key: the stored text, or the bundle's for a new source. */
async function citedTexts(session: SqlSession, stores: BundleStores, references: BundleReferences, records: Indexed<BundleClaim>[]): Promise<Map<string, string | null>> {
  return quotedTexts(session, stores, references, records.flatMap(({ record }) => (record.citations ?? []).map((c) => c.source)));
}

/** The texts of the sources quoted, stored or in the bundle, by source key. */
async function quotedTexts(session: SqlSession, stores: BundleStores, references: BundleReferences, sources: SourceRef[]): Promise<Map<string, string | null>> {
  const refs = [...new Map(sources.map((source) => [sourceRefKey(source), source] as const)).entries()];
  const storedIds = refs.flatMap(([key]) => references.stored.sources.get(key) ?? []);
  const storedTexts = await stores.sources.storedTexts(session, storedIds);
  return new Map(
    refs.map(([key, ref]) => [key, references.stored.sources.has(key) ? (storedTexts.get(mustGet(references.stored.sources, key, 'the id of source')) ?? null) : (references.bundleSource(ref)?.text?.text ?? null)]),
  );
}
