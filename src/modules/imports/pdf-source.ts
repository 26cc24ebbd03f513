// A PDF report in, as a source: its text layer read page by page with Mozilla's pdf.js (the reader Firefox shows
// PDFs with), lines joined into paragraphs where the page leaves no gap between them, and each page's start kept
// as an offset of the stored text (Source.pageStarts), so that a quote can be found on its page; the title, author
// and date from the document's information dictionary. A PDF without a text layer (a scan) is the file's error:
// Dossier reads no images.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TextItem as PdfTextItem } from 'pdfjs-dist/types/src/display/api';
import { storedPages } from '../../shared/text-forms';
import type { ImportOptions, ImportResult } from './bundle';
import { FileFormatError } from './file-format-error';
import type { ImportService } from './imports.service';
import type { SourceFile } from './import-file';

/** A text item of pdf.js's text layer (the fields read here). */
type TextItem = Pick<PdfTextItem, 'str' | 'hasEOL' | 'transform' | 'height'>;

/** pdf.js's legacy build (the one for Node), loaded when a PDF is read: an ES module of its own. */
async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Where pdf.js finds the metrics of the 14 standard fonts, which PDFs use without embedding them. */
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(__filename).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** A PDF date (D:YYYYMMDDHHmmSS...) as a day, or null. */
function dayOf(value: unknown): string | null {
  const match = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  if (!match) return null;
  const day = `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
  return Number.isNaN(Date.parse(day)) ? null : day;
}

/**
 * A page's text: its lines (pdf.js ends a line with hasEOL, or the next item is lower on the page), joined into
 * paragraphs unless a blank line's height separates them.
 */
function pageText(items: TextItem[]): string {
  const lines: { text: string; y: number; height: number }[] = [];
  let current: { text: string; y: number; height: number } | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current && Math.abs(current.y - y) > Math.max(1, item.height / 2)) {
      lines.push(current);
      current = null;
    }
    current ??= { text: '', y, height: item.height };
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  const paragraphs: string[] = [];
  let previous: { y: number; height: number } | null = null;
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    const gap = previous ? previous.y - line.y : 0;
    const joined = previous !== null && text !== '' && paragraphs.length > 0 && gap > 0 && gap < 1.6 * Math.max(line.height, previous.height);
    if (!text) {
      previous = null;
      continue;
    }
    if (joined) paragraphs[paragraphs.length - 1] += paragraphs[paragraphs.length - 1]!.endsWith('-') ? text : ` ${text}`;
    else paragraphs.push(text);
    previous = line;
  }
  return paragraphs.join('\n');
}

/** The source a PDF file is. */
export async function sourceOfPdf(bytes: Uint8Array, fileName: string): Promise<SourceFile> {
  const { getDocument } = await pdfjs();
  let document;
  try {
    document = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
  } catch (error) {
    throw new FileFormatError('pdf', `the file is no PDF pdf.js can read (${(error as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(pageText((await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []))));
      page.cleanup();
    }
    const { text, pageStarts } = storedPages(pages);
    if (!text) throw new FileFormatError('pdf', `none of its ${document.numPages} page(s) has a text layer (a scanned document?): run OCR on it first, or import its text`);
    const info = ((await document.getMetadata()).info ?? {}) as Record<string, unknown>;
    const field = (name: string) => (typeof info[name] === 'string' && (info[name] as string).trim() ? (info[name] as string).trim() : null);
    const published = dayOf(info.CreationDate) ?? dayOf(info.ModDate);
    return {
      kind: 'REPORT',
      title: (field('Title') ?? text.split('\n')[0]!.slice(0, 200) ?? path.basename(fileName)).slice(0, 1000),
      ...(field('Author') ? { author: field('Author')!.slice(0, 500) } : {}),
      ...(published ? { publishedAt: published } : {}),
      text,
      pageStarts,
    };
  } finally {
    await document.destroy();
  }
}

/** Imports a PDF as a source (see above); a copy of a stored text is reported, not stored twice. */
export async function importPdf(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const bytes = new Uint8Array(await readFile(file));
  if (bytes.length === 0) throw new FileFormatError('pdf', 'the file is empty');
  const source = await sourceOfPdf(bytes, file);
  const copy = await imports.storedSourceWithText(source.text);
  if (copy) {
    return imports.importBundle({}, { ...options, priorErrors: [{ entity: 'sources', index: 0, field: 'text', code: 'CONFLICT', message: `the document's text is stored already, as source ${copy.id} "${copy.title}": not stored again` }] });
  }
  return imports.importBundle({ sources: [source] }, options);
}
