// Exports of the knowledge base: Dossier's bundle as NDJSON lines (for the HTTP route) or into a file (for the
// CLI), with the edition it was read at.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Database } from '../../db/database';
import type { DataVersionService } from '../data-version/data-version.service';
import { EXPORT_FORMATS, exportLines, type ExportFormat, type ExportProgress } from './bundle-export';

export interface ExportEdition {
  /** The knowledge base's data version when the export started (null while a write was under way). */
  dataVersion: string | null;
  exportedAt: string;
}

export class ExportService {
  constructor(
    private readonly db: Database,
    private readonly dataVersion: DataVersionService,
  ) {}

  async edition(): Promise<ExportEdition> {
    return { dataVersion: await this.dataVersion.current(), exportedAt: new Date().toISOString() };
  }

  /** The whole knowledge base as lines of `format`, a page at a time (see bundle-export.ts). */
  lines(format: ExportFormat, onProgress?: (progress: ExportProgress) => void): AsyncGenerator<string> {
    return exportLines(this.db, EXPORT_FORMATS[format].readers, onProgress);
  }

  /** The whole knowledge base as Dossier's bundle. */
  bundleLines(onProgress?: (progress: ExportProgress) => void): AsyncGenerator<string> {
    return this.lines('bundle', onProgress);
  }

  /**
   * Writes an export (by default the bundle) to `file` with the stream's backpressure (memory of two pages whatever the size), through a
   * temporary file renamed at the end: a stopped or failed export leaves no partial file under the name.
   */
  async toFile(file: string, options: { format?: ExportFormat; onProgress?: (progress: ExportProgress) => void; shouldStop?: () => boolean } = {}): Promise<{ records: number; stopped: boolean }> {
    const partial = `${file}.partial`;
    const out = createWriteStream(partial);
    let records = 0;
    let stopped = false;
    try {
      for await (const page of this.lines(options.format ?? 'bundle', (progress) => {
        records = progress.done;
        options.onProgress?.(progress);
      })) {
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
