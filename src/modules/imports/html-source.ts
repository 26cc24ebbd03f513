// A saved web page in, as a source: its article's text without navigation and boilerplate (Mozilla's Readability,
// the reader view of Firefox, over linkedom's DOM), one paragraph a line; its title, author, site and publication
// date from the page's metadata (Readability's, with Open Graph and article: tags), and its canonical URL (the
// source's key: the same article saved twice is one source). Imported as a bundle of one source, so that its
// mentions are found as for any other. A page with no article (Readability's isProbablyReaderable) is the file's
// error; one whose text is stored already under another address is reported (CONFLICT), not stored twice.
import { readFile } from 'node:fs/promises';
import { firstDayOf } from '../../shared/dates';
import type { ImportOptions, ImportResult } from './bundle';
import { FileFormatError } from './file-format-error';
import type { ImportService } from './imports.service';
import type { SourceFile } from './import-file';

/** The elements whose text is a paragraph of the article. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd';

/** What a page says of itself: a <meta> by property or name, or a <link rel>'s href. */
function metaOf(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

const httpUrl = (value: string | null | undefined): string | null => {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

/** The parsers, loaded when a page is read rather than at every start (linkedom's CSS selectors are ES modules). */
async function parsers() {
  const [{ Readability, isProbablyReaderable }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  return { Readability, isProbablyReaderable, parseHTML };
}
type Parsers = Awaited<ReturnType<typeof parsers>>;

/** The article's paragraphs, each its text on one line, from the HTML Readability kept. */
function paragraphsOf({ parseHTML }: Parsers, html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // Innermost blocks only: a <li> holding a <p> gives its text once.
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
  const texts = (blocks.length > 0 ? blocks : [document.body]).map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim());
  return texts.filter(Boolean).join('\n\n');
}

/** The source a saved page is. */
export async function sourceOfHtml(html: string): Promise<SourceFile> {
  const loaded = await parsers();
  const { document } = loaded.parseHTML(html);
  const canonical = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(metaOf(document, 'og:url'));
  // Readability's own test (Firefox shows the reader view button by it): a page of links and a menu is no article.
  if (!loaded.isProbablyReaderable(document as unknown as Document)) throw new FileFormatError('html', 'the page holds no readable text');
  const article = new loaded.Readability(document as unknown as Document).parse();
  const text = article?.content ? paragraphsOf(loaded, article.content) : '';
  if (!text) throw new FileFormatError('html', 'the page holds no readable text');
  const published = firstDayOf(article?.publishedTime ?? metaOf(document, 'article:published_time', 'datePublished', 'date', 'dc.date'));
  const isArticle = metaOf(document, 'og:type') === 'article' || published !== null;
  return {
    kind: isArticle ? 'NEWS_ARTICLE' : 'OTHER',
    title: (article?.title?.trim() || metaOf(document, 'og:title') || canonical || 'Untitled page').slice(0, 1000),
    ...(article?.byline?.trim() || metaOf(document, 'author') ? { author: (article?.byline?.trim() || metaOf(document, 'author'))!.slice(0, 500) } : {}),
    ...(article?.siteName?.trim() || metaOf(document, 'og:site_name') ? { publisher: (article?.siteName?.trim() || metaOf(document, 'og:site_name'))!.slice(0, 500) } : {}),
    ...(canonical ? { url: canonical } : {}),
    ...(published ? { publishedAt: published } : {}),
    text,
  };
}

/** Imports a saved page as a source (see above). */
export async function importHtml(imports: ImportService, file: string, options: ImportOptions): Promise<ImportResult> {
  const html = await readFile(file, 'utf8');
  if (!html.trim()) throw new FileFormatError('html', 'the file is empty');
  const source = await sourceOfHtml(html);
  // The same article under another address (a print view, a syndicated copy) is reported, not stored twice.
  const copy = await imports.storedSourceWithText(source.text);
  if (copy && copy.url !== (source.url ?? null)) {
    const where = copy.url ? ` at ${copy.url}` : '';
    return imports.importBundle({}, { ...options, priorErrors: [{ entity: 'sources', index: 0, field: 'text', code: 'CONFLICT', message: `the page's text is stored already, as source ${copy.id} "${copy.title}"${where}: not stored again` }] });
  }
  return imports.importBundle({ sources: [source] }, options);
}
