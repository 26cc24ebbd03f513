// Exports of the knowledge base: Dossier's bundle as NDJSON lines (for the HTTP route) or into a file (for the
// CLI), with the edition it was read at.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Database } from '../../db/database';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { DataVersionService } from '../data-version/data-version.service';
import type { SourceService } from '../sources/sources.service';
import { EXPORT_FORMATS, exportLines, type ExportFormat, type ExportOptions, type ExportProgress } from './bundle-export';
import { ExportFilter, type ResolvedExportFilter } from './export-selection';

export interface ExportEdition {
  /** The knowledge base's data version when the export started (null while a write was under way). */
  dataVersion: string | null;
  exportedAt: string;
}

export class ExportService {
  constructor(
    private readonly db: Database,
    private readonly dataVersion: DataVersionService,
    private readonly actors: ActorService,
    private readonly sources: SourceService,
  ) {}

  /**
   * A filter as a caller gives it, checked (BAD_USER_INPUT naming the field) and with its actors' names and its
   * source resolved (NOT_FOUND naming the field); null for an empty filter: the whole knowledge base.
   */
  async resolveFilter(raw: unknown): Promise<ResolvedExportFilter | null> {
    const filter = parseInput(ExportFilter, raw ?? {}, 'filter');
    if (Object.values(filter).every((value) => value === undefined)) return null;
    const ids = filter.actors ? await Promise.all(filter.actors.map(async (name, index) => (await this.actors.resolveName(name, `filter.actors.${index}`)).id)) : null;
    return {
      actors: filter.kinds || ids ? { kinds: filter.kinds ?? null, ids } : null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      sourceId: filter.source ? await this.sources.resolveReference(filter.source, 'filter.source') : null,
    };
  }

  async edition(): Promise<ExportEdition> {
    return { dataVersion: await this.dataVersion.current(), exportedAt: new Date().toISOString() };
  }

  /** The knowledge base (or the part a filter picks) as lines of `format`, a page at a time (see bundle-export.ts). */
  lines(format: ExportFormat, options: ExportOptions = {}): AsyncGenerator<string> {
    return exportLines(this.db, EXPORT_FORMATS[format].readers, options);
  }

  /** The knowledge base as Dossier's bundle. */
  bundleLines(options: ExportOptions = {}): AsyncGenerator<string> {
    return this.lines('bundle', options);
  }

  /**
   * Writes an export (by default the bundle) to `file` with the stream's backpressure (memory of two pages whatever the size), through a
   * temporary file renamed at the end: a stopped or failed export leaves no partial file under the name.
   */
  async toFile(
    file: string,
    options: { format?: ExportFormat; filter?: ResolvedExportFilter | null; onProgress?: (progress: ExportProgress) => void; shouldStop?: () => boolean } = {},
  ): Promise<{ records: number; stopped: boolean }> {
    const partial = `${file}.partial`;
    const out = createWriteStream(partial);
    let records = 0;
    let stopped = false;
    try {
      const onProgress = (progress: ExportProgress) => {
        records = progress.done;
        options.onProgress?.(progress);
      };
      for await (const page of this.lines(options.format ?? 'bundle', { filter: options.filter, onProgress })) {
        if (!out.write(page)) await once(out, 'drain');
        if (options.shouldStop?.()) {
          stopped = true;
          break;
        }
      }
      out.end();
      await once(out, 'finish');
      if (stopped) await rm(partial, { force: true });
      else await rename(partial, file);
      return { records, stopped };
    } catch (error) {
      out.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  }
}
