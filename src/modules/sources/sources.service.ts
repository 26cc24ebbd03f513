// Rules for sources: one stored copy per document (content hash, URL), citations that keep matching the text.
import { ConflictError, NotFoundError, UserInputError } from '../../errors';
import type { SqlSession } from '../../db/database';
import type { Source } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { pageWindow, type Page, type PageLimits, type PageRequest } from '../../shared/pagination';
import { sha256Hex, sliceCodePoints } from '../../shared/text';
import { definedOnly, Id, parseInput, type Input } from '../../shared/validation';
import { SOURCE_ORDER, TEXT_PREFIX, type SourceRepository, type SourceRow } from './sources.repository';
import type { ActorService } from '../actors/actors.service';
import type { MentionLinker } from '../mentions/mention-linker';
import { distinctiveWords, NEAR_DUPLICATE_THRESHOLD, shingleSimilarity, shinglesOf } from './near-duplicates';
import { CreateSourceInput, SourceFilter, storedTextColumns, UpdateSourceInput } from './sources.validation';
import type { SourceWriteRow } from './sources.writes';

export interface TextWindow {
  id: number;
  offset: number;
  length: number;
}

/**
 * The part of a source's text that Source.text(offset, length) asks for, checked (BAD_USER_INPUT naming the
 * argument): from the row when its prefix holds it, else null, meaning "read it from the database".
 */
export function textWindowOf(source: SourceRow, offset: number, length: number): { text: string | null } | null {
  if (!Number.isInteger(offset) || offset < 0) throw new UserInputError('offset must be 0 or more', 'offset');
  if (!Number.isInteger(length) || length < 0 || length > MAX_TEXT_WINDOW) {
    throw new UserInputError(`length must be between 0 and ${MAX_TEXT_WINDOW}`, 'length');
  }
  if (source.text === null) return { text: null };
  // A row read whole (a mutation's answer) has no textLength: all of it is there.
  const whole = source.textLength === undefined || source.textLength === null || source.textLength <= TEXT_PREFIX;
  if (whole || offset + length <= TEXT_PREFIX) return { text: sliceCodePoints(source.text, offset, offset + length) };
  return null;
}

/** Stored sources compared with a text for copies: those the full-text index ranks first. */
const COPY_CANDIDATES = 20;

/** The most of a text one Source.text field returns. */
export const MAX_TEXT_WINDOW = 1_000_000;

/** The hash that identifies a document: of its text when held, else of its URL. */
export function contentHashOf(text: string | null | undefined, url: string | null | undefined): string {
  return sha256Hex(text ? text : `url:${url ?? ''}`);
}

export class SourceService {
  constructor(
    private readonly sources: SourceRepository,
    private readonly limits: PageLimits,
    private readonly linker: MentionLinker,
    private readonly actors: ActorService,
  ) {}

  async getById(rawId: string): Promise<SourceRow | null> {
    const [source] = await this.sources.findManyByIds([parseInput(Id, rawId, 'id')]);
    return source ?? null;
  }

  /** The id of the source a reference names (its id or its URL); NOT_FOUND naming `field` when none. */
  async resolveReference(reference: string, field: string): Promise<number> {
    const id = await this.sources.idOf(reference);
    if (id === null) throw new NotFoundError(`${field}: no source has the id or URL "${reference}"`, field);
    return id;
  }

  findManyByIds(ids: readonly number[]): Promise<SourceRow[]> {
    return this.sources.findManyByIds(ids);
  }

  /** The source with this id (its text's first TEXT_PREFIX characters), read with every other the request asks for. */
  byId(batches: RequestBatches, id: number): Promise<SourceRow | null> {
    return batches.row('sourcesByIds', id, (ids) => this.sources.findManyByIds(ids), (source) => source.id);
  }

  /**
   * Source.text(offset, length), checked (BAD_USER_INPUT naming the argument): from the row when its prefix
   * holds the window, else read with every other window the request asks for in one statement.
   */
  async text(batches: RequestBatches, source: SourceRow, offset: number, length: number): Promise<string | null> {
    const window = textWindowOf(source, offset, length);
    if (window) return window.text;
    return batches.loader<TextWindow, string | null, string>('textWindows', (windows) => this.sources.textWindows(windows), (key) => `${key.id}:${key.offset}:${key.length}`).load({ id: source.id, offset, length });
  }

  /**
   * Stored sources that repeat `text` (its stored form): the same content hash (exact, similarity 1), or at least
   * NEAR_DUPLICATE_THRESHOLD of the shorter text's word shingles in common (see near-duplicates.ts), best first.
   */
  async copiesOf(text: string, contentHash: string): Promise<{ source: SourceRow; similarity: number; exact: boolean }[]> {
    // The candidates come with their texts' first TEXT_PREFIX code points: the text is compared by as much (and
    // a long text's words and shingles are never all folded at once).
    const prefix = sliceCodePoints(text, 0, TEXT_PREFIX);
    const candidates = await this.sources.copyCandidates(contentHash, distinctiveWords(prefix), COPY_CANDIDATES);
    if (candidates.length === 0) return [];
    const shingles = shinglesOf(prefix);
    return candidates
      .map((source) => {
        const exact = source.contentHash === contentHash;
        return { source, exact, similarity: exact ? 1 : Math.round(shingleSimilarity(shingles, shinglesOf(source.text ?? '')) * 1000) / 1000 };
      })
      .filter((copy) => copy.exact || copy.similarity >= NEAR_DUPLICATE_THRESHOLD)
      .sort((a, b) => b.similarity - a.similarity || a.source.id - b.source.id);
  }

  findByContentHash(contentHash: string): Promise<Source | null> {
    return this.sources.findDuplicate(contentHash, null);
  }

  async list(rawFilter: Input<typeof SourceFilter>, page: PageRequest): Promise<Page<SourceRow>> {
    const filter = parseInput(SourceFilter, rawFilter, 'filter');
    // The mentioned actor by any of its names (a merged actor's old name gives the survivor).
    const mentioningId = filter?.mentioning ? (await this.actors.resolveName(filter.mentioning, 'filter.mentioning')).id : null;
    return this.sources.list(filter, mentioningId, pageWindow(page, this.limits, SOURCE_ORDER));
  }

  async create(rawInput: Input<typeof CreateSourceInput>, author: string): Promise<Source> {
    const input = parseInput(CreateSourceInput, rawInput);
    const stored = storedTextColumns(input.text);
    const contentHash = contentHashOf(stored.text, input.url);
    await this.assertNotStored(contentHash, input.url);
    // The actors its text mentions are stored with it, in its transaction.
    return this.sources.create(
      {
        kind: input.kind,
        title: input.title,
        publisher: input.publisher ?? null,
        author: input.author ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? null,
        ...stored,
        pageStarts: input.pageStarts ?? [],
        reliability: input.reliability ?? null,
        edition: input.edition ?? null,
        contentHash,
      },
      author,
      async (session, source) => {
        await this.linker.link(session, [source]);
      },
    );
  }

  async update(rawId: string, rawInput: Input<typeof UpdateSourceInput>, author: string): Promise<Source> {
    const id = parseInput(Id, rawId, 'id');
    const { text: form, pageStarts, ...input } = parseInput(UpdateSourceInput, rawInput);
    const current = await this.sources.findById(id);
    if (!current) throw new NotFoundError(`No source has id ${id}`, 'id');
    const stored = form === undefined ? null : storedTextColumns(form);
    const text = stored ? stored.text : current.text;
    const url = input.url === undefined ? current.url : input.url;
    if (!text && !url) throw new UserInputError('input.text: a source needs a text or a URL', 'input.text');
    const contentHash = contentHashOf(text, url);
    await this.assertNotStored(contentHash, url, id);
    if (stored && text !== current.text) await this.assertCitationsStillMatch(id, text);
    const relink = stored && text !== current.text ? async (session: SqlSession, source: Source) => void (await this.linker.link(session, [source])) : undefined;
    // A new text has the pages given with it, or none.
    const pages = stored ? { pageStarts: pageStarts ?? [] } : {};
    return this.sources.update(id, { ...definedOnly(input), ...(stored ?? {}), ...pages, contentHash }, author, relink);
  }

  async delete(rawId: string, author: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    const source = await this.sources.findById(id);
    if (!source) throw new NotFoundError(`No source has id ${id}`, 'id');
    const references = await this.sources.references(id);
    if (references.citations + references.claims + references.armsTransfers + references.valueSources > 0) {
      throw new ConflictError(
        `Source "${source.title}" is still referenced (${references.citations} citations, ${references.claims} claims, ${references.armsTransfers} arms transfers, ${references.valueSources} value sources); remove those first`,
        'id',
        { references },
      );
    }
    await this.sources.delete(id, author);
    return { id: String(id) };
  }

  private async assertNotStored(contentHash: string, url: string | null | undefined, exceptId?: number): Promise<void> {
    const duplicate = await this.sources.findDuplicate(contentHash, url, exceptId);
    if (!duplicate) return;
    const field = duplicate.contentHash === contentHash ? 'input.text' : 'input.url';
    throw new ConflictError(`${field}: this document is already stored as source ${duplicate.id} ("${duplicate.title}")`, field, {
      existingId: String(duplicate.id),
    });
  }

  private async assertCitationsStillMatch(id: number, text: string | null): Promise<void> {
    const broken = (await this.sources.citationsOf(id)).filter(
      (citation) =>
        citation.startOffset !== null &&
        citation.endOffset !== null &&
        (!text || sliceCodePoints(text, citation.startOffset, citation.endOffset) !== citation.quote),
    );
    if (broken.length > 0) {
      throw new UserInputError(
        `input.text: ${broken.length} citations would no longer match the text at their offsets (citation ${broken[0]!.id} first)`,
        'input.text',
      );
    }
  }

  // What bundles read and write of sources, in the import's transaction (see imports/bundle-stores.ts).

  /** Source ids by URL and by content hash. */
  idsOf(session: SqlSession, urls: readonly string[], hashes: readonly string[]) {
    return this.sources.idsOf(session, urls, hashes);
  }

  /** The stored texts of sources (to locate quoted passages). */
  storedTexts(session: SqlSession, ids: readonly number[]): Promise<Map<number, string | null>> {
    return this.sources.storedTexts(session, ids);
  }

  /** Writes a chunk of a bundle's sources set-based. */
  importSources(session: SqlSession, rows: readonly SourceWriteRow[]) {
    return this.sources.importSources(session, rows);
  }
}
