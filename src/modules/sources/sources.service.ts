// Rules for sources: one stored copy per document (content hash, URL), citations that keep matching the text.
import { ConflictError, NotFoundError, UserInputError } from '../../errors';
import { translatePrismaError } from '../../db/prisma-errors';
import type { Source } from '../../generated/prisma/client';
import { pageWindow, type Page, type PageLimits, type PageRequest } from '../../shared/pagination';
import { sha256Hex, sliceCodePoints } from '../../shared/text';
import { definedOnly, Id, parseInput } from '../../shared/validation';
import { type SourceRepository } from './sources.repository';
import { CreateSourceInput, SourceFilter, UpdateSourceInput } from './sources.validation';

/** The hash that identifies a document: of its text when held, else of its URL. */
export function contentHashOf(text: string | null | undefined, url: string | null | undefined): string {
  return sha256Hex(text ? text : `url:${url ?? ''}`);
}

export class SourceService {
  constructor(
    private readonly sources: SourceRepository,
    private readonly limits: PageLimits,
  ) {}

  async getById(rawId: string): Promise<Source | null> {
    return this.sources.findById(parseInput(Id, rawId, 'id'));
  }

  findManyByIds(ids: readonly number[]): Promise<Source[]> {
    return this.sources.findManyByIds(ids);
  }

  findByContentHash(contentHash: string): Promise<Source | null> {
    return this.sources.findDuplicate(contentHash, null);
  }

  list(rawFilter: unknown, page: PageRequest): Promise<Page<Source>> {
    return this.sources.list(parseInput(SourceFilter, rawFilter, 'filter'), pageWindow(page, this.limits));
  }

  async create(rawInput: unknown, author: string): Promise<Source> {
    const input = parseInput(CreateSourceInput, rawInput);
    const contentHash = contentHashOf(input.text, input.url);
    await this.assertNotStored(contentHash, input.url);
    return this.sources
      .create({
        kind: input.kind,
        title: input.title,
        publisher: input.publisher ?? null,
        author: input.author ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? null,
        text: input.text ?? null,
        reliability: input.reliability ?? null,
        contentHash,
      }, author)
      .catch((error) => translatePrismaError(error, 'A source'));
  }

  async update(rawId: string, rawInput: unknown, author: string): Promise<Source> {
    const id = parseInput(Id, rawId, 'id');
    const input = parseInput(UpdateSourceInput, rawInput);
    const current = await this.sources.findById(id);
    if (!current) throw new NotFoundError(`No source has id ${id}`, 'id');
    const text = input.text === undefined ? current.text : input.text;
    const url = input.url === undefined ? current.url : input.url;
    if (!text && !url) throw new UserInputError('input.text: a source needs a text or a URL', 'input.text');
    const contentHash = contentHashOf(text, url);
    await this.assertNotStored(contentHash, url, id);
    if (input.text !== undefined && text !== current.text) await this.assertCitationsStillMatch(id, text);
    return this.sources
      .update(id, { ...definedOnly(input), contentHash }, author)
      .catch((error) => translatePrismaError(error, 'A source'));
  }

  async delete(rawId: string, author: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    const source = await this.sources.findById(id);
    if (!source) throw new NotFoundError(`No source has id ${id}`, 'id');
    const references = await this.sources.references(id);
    if (references.citations + references.claims + references.armsTransfers > 0) {
      throw new ConflictError(
        `Source "${source.title}" is still referenced (${references.citations} citations, ${references.claims} claims, ${references.armsTransfers} arms transfers); remove those first`,
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
}
