// The sample article as the tests read it: the file in samples/, and its stored form worked out independently of the
// service (each paragraph once), so that a test can hold the service's stored form to it.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/shared/paths';

export const SAMPLE_ARTICLE_PATH = projectPath('samples', 'india-russia-summit-article.txt');

/** The article as stored: its paragraphs, each once (the file repeats most of them). */
export function sampleArticleText(): string {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const line of readFileSync(SAMPLE_ARTICLE_PATH, 'utf8').replace(/\r\n?/g, '\n').split('\n')) {
    const paragraph = line.trim();
    if (paragraph && !seen.has(paragraph)) {
      seen.add(paragraph);
      paragraphs.push(paragraph);
    }
  }
  return paragraphs.join('\n');
}
