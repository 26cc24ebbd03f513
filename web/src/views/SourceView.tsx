// The source reader: the text with every cited quote highlighted at its stored offsets (Unicode code points) and
// the weapon systems it names underlined; choosing a highlight shows its claim, stance and actors. A paragraph that
// repeats an earlier one is shown once.
import { ClaimCheck, ClaimSpan } from '../components/ClaimCheck';
import { useMemo, useState } from 'preact/hooks';
import { request } from '../api';
import { RecordHistory } from '../components/RecordHistory';
import { SourceCandidates } from '../components/SourceCandidates';
import { Empty, Status } from '../components/Status';
import { codePoints } from '../format';
import { SourceReaderDocument, type SourceReaderQuery } from '../generated/graphql';
import { useLoad } from '../load';
import { hrefOf } from '../route';

type Source = NonNullable<SourceReaderQuery['source']>;
type Citation = Source['citations'][number];

export function SourceView({ params }: { params: URLSearchParams }) {
  const id = params.get('id') ?? '';
  const [result, retry] = useLoad(id ? id : null, () => request(SourceReaderDocument, { id }).then((data) => data.source));
  return (
    <section aria-labelledby="source-title">
      {!id && (
        <>
          <h1 id="source-title">Source reader</h1>
          <Empty>Open a source from search, a claim or an actor's page.</Empty>
        </>
      )}
      <Status result={result} retry={retry} what="the source">
        {(source) =>
          source ? (
            <Reader source={source} initial={params.get('citation')} />
          ) : (
            <>
              <h1 id="source-title">Unknown source</h1>
              <Empty>No source has id {id}.</Empty>
            </>
          )
        }
      </Status>
    </section>
  );
}

interface Highlight {
  start: number;
  end: number;
  citations: Citation[];
}

/** Non-overlapping highlights in text order; citations that overlap share one highlight. */
function highlightsOf(citations: Citation[]): Highlight[] {
  const placed = citations.filter((c) => c.startOffset != null && c.endOffset != null).sort((a, b) => a.startOffset! - b.startOffset! || a.endOffset! - b.endOffset!);
  const highlights: Highlight[] = [];
  for (const citation of placed) {
    const last = highlights.at(-1);
    if (last && citation.startOffset! < last.end) {
      last.end = Math.max(last.end, citation.endOffset!);
      last.citations.push(citation);
    } else {
      highlights.push({ start: citation.startOffset!, end: citation.endOffset!, citations: [citation] });
    }
  }
  return highlights;
}

interface Paragraph {
  start: number;
  end: number;
}

/** Paragraphs (split at line breaks) with their code-point ranges, a repeat of an uncited earlier one left out. */
function paragraphsOf(points: string[], highlights: Highlight[]): Paragraph[] {
  const text = points.join('');
  const paragraphs: Paragraph[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const part of text.split(/(\n+)/)) {
    const length = codePoints(part).length;
    const range = { start: offset, end: offset + length };
    offset += length;
    if (part.trim() === '') continue;
    const cited = highlights.some((h) => h.start < range.end && h.end > range.start);
    const key = part.trim();
    if (seen.has(key) && !cited) continue;
    seen.add(key);
    paragraphs.push(range);
  }
  return paragraphs;
}

function Reader({ source, initial }: { source: Source; initial: string | null }) {
  const points = useMemo(() => codePoints(source.text ?? ''), [source.text]);
  const highlights = useMemo(() => highlightsOf(source.citations), [source.citations]);
  const paragraphs = useMemo(() => paragraphsOf(points, highlights), [points, highlights]);
  const [selected, setSelected] = useState<Highlight | null>(() => highlights.find((h) => h.citations.some((c) => c.id === initial)) ?? null);

  /** The text from `from` to `to`, each weapon system wholly inside it underlined as one (not a citation's highlight). */
  const plain = (from: number, to: number) => {
    const parts = [];
    let at = from;
    for (const weapon of source.weapons.filter((w) => w.startOffset >= from && w.endOffset <= to)) {
      if (weapon.startOffset < at) continue;
      if (weapon.startOffset > at) parts.push(points.slice(at, weapon.startOffset).join(''));
      parts.push(
        <span key={`w${weapon.startOffset}`} class="weapon" data-testid="weapon" title={`Weapon system: ${weapon.family}`}>
          {points.slice(weapon.startOffset, weapon.endOffset).join('')}
        </span>,
      );
      at = weapon.endOffset;
    }
    if (at < to) parts.push(points.slice(at, to).join(''));
    return parts;
  };

  const renderParagraph = (paragraph: Paragraph) => {
    const parts = [];
    let at = paragraph.start;
    for (const highlight of highlights.filter((h) => h.start < paragraph.end && h.end > paragraph.start)) {
      const start = Math.max(highlight.start, paragraph.start);
      const end = Math.min(highlight.end, paragraph.end);
      if (start > at) parts.push(...plain(at, start));
      parts.push(
        <mark
          key={highlight.start}
          tabIndex={0}
          role="button"
          aria-pressed={selected === highlight}
          data-start={highlight.start}
          data-end={highlight.end}
          data-citations={highlight.citations.map((c) => c.id).join(' ')}
          class={`stance-${highlight.citations[0]!.stance.toLowerCase()}${selected === highlight ? ' selected' : ''}`}
          onClick={() => setSelected(highlight)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              setSelected(highlight);
            }
          }}
        >
          {points.slice(start, end).join('')}
        </mark>,
      );
      at = end;
    }
    if (at < paragraph.end) parts.push(...plain(at, paragraph.end));
    return <p key={paragraph.start}>{parts}</p>;
  };

  return (
    <article data-testid="source-reader">
      <h1 id="source-title">{source.title}</h1>
      <p class="summary">
        {[source.publisher, source.author, source.publishedAt].filter(Boolean).join(' · ')}
        {source.url && (
          <>
            {' · '}
            <a href={source.url} rel="noreferrer noopener">
              original
            </a>
          </>
        )}
      </p>
      <p class="muted">
        {highlights.length} cited passage{highlights.length === 1 ? '' : 's'} highlighted; select one to see its claim.
      </p>
      <div class="reader">
        <div class="text" data-testid="source-text">
          {source.text ? paragraphs.map(renderParagraph) : <Empty>This source has no stored text (a dataset known by its URL).</Empty>}
        </div>
        <aside aria-live="polite" aria-label="Selected citation" data-testid="citation-panel">
          {selected ? (
            selected.citations.map((citation) => (
              <div key={citation.id} class="claim-card">
                <p>
                  <strong>{citation.stance.toLowerCase()}</strong>: “{citation.claim.statement}”
                  <ClaimSpan claim={citation.claim} />
                </p>
                <p class="muted">
                  {citation.claim.asserter ? `Asserted by ${citation.claim.asserter.name}. ` : ''}
                  {citation.claim.confidence != null ? `Confidence ${citation.claim.confidence}.` : ''}
                </p>
                <ClaimCheck claim={citation.claim} />
                {citation.claim.about.length > 0 && (
                  <p>
                    About:{' '}
                    {citation.claim.about.map((link, index) => (
                      <span key={link.actor.id}>
                        {index > 0 ? ', ' : ''}
                        <a href={hrefOf('actor', { name: link.actor.name })}>{link.actor.name}</a> ({link.role.toLowerCase()})
                      </span>
                    ))}
                  </p>
                )}
              </div>
            ))
          ) : (
            <p class="muted">No citation selected.</p>
          )}
        </aside>
      </div>
      <SourceCandidates sourceId={source.id} />
      <RecordHistory entity="SOURCE" id={source.id} />
    </article>
  );
}
