// Reading a text as Dossier would store it, without writing: its stored form and hash, the actors it mentions
// (one matcher for all actors' forms, rebuilt when a form changes), the capitalised names no actor carries, and
// the stored sources it repeats.
import { parseInput } from '../../shared/validation';
import type { SourceRow } from '../sources/sources.repository';
import { contentHashOf, type SourceService } from '../sources/sources.service';
import { MentionMatcher, type FoundMention } from './mention-matcher';
import type { MentionRepository } from './mentions.repository';
import { AnalyzeSourceArgs } from './mentions.validation';
import { unknownNames, type TextSpan } from './unknown-names';

export interface SourceAnalysis {
  text: string;
  contentHash: string;
  repeatedParagraphs: number;
  mentions: FoundMention[];
  unknownNames: TextSpan[];
  duplicates: { source: SourceRow; similarity: number; exact: boolean }[];
}

export class MentionService {
  private matcher: { version: string; built: Promise<MentionMatcher> } | null = null;

  constructor(
    private readonly mentions: MentionRepository,
    private readonly sources: SourceService,
  ) {}

  async analyze(rawArgs: unknown): Promise<SourceAnalysis> {
    const args = parseInput(AnalyzeSourceArgs, rawArgs, '');
    const { text, repeatedParagraphs } = args.text;
    const contentHash = contentHashOf(text, args.url);
    const [matcher, duplicates] = [await this.currentMatcher(), await this.sources.copiesOf(text, contentHash)];
    const mentions = matcher.find(text);
    return { text, contentHash, repeatedParagraphs, mentions, unknownNames: unknownNames(text, utf16Spans(text, mentions)), duplicates };
  }

  /** The matcher for the actors' forms as stored now: one cheap statement tells whether the last one still is. */
  private async currentMatcher(): Promise<MentionMatcher> {
    const version = await this.mentions.formsVersion();
    if (this.matcher?.version !== version) {
      const built = this.mentions.forms().then((forms) => new MentionMatcher(forms));
      this.matcher = { version, built };
      built.catch(() => {
        if (this.matcher?.built === built) this.matcher = null;
      });
    }
    return this.matcher.built;
  }
}

/** The UTF-16 spans of mentions given in code points (unknownNames works on the string). */
function utf16Spans(text: string, mentions: FoundMention[]): { start: number; end: number }[] {
  if (!/[\uD800-\uDFFF]/.test(text)) return mentions.map((m) => ({ start: m.startOffset, end: m.endOffset }));
  const unitAt: number[] = [];
  let unit = 0;
  for (const char of text) {
    unitAt.push(unit);
    unit += char.length;
  }
  unitAt.push(unit);
  return mentions.map((m) => ({ start: unitAt[m.startOffset]!, end: unitAt[m.endOffset]! }));
}
