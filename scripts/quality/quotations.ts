// `npm run quality`: the quotations Dossier proposes for the labelled news texts (samples/labelled/quotations.json),
// scored against the labels on a fresh embedded database: quote spans' precision, recall and F1, speakers right
// among the quotes a stored actor said, titles and terms proposed; the figures go to docs/QUALITY.md.
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { projectPath } from '../../src/shared/paths';
import { createServices } from '../../src/services';
import { Figures } from '../bench/harness';
import { meetsQuotationTargets, QUOTATION_TARGETS, readLabelledQuotations, scoreQuotations } from './quotation-quality';

async function main(): Promise<void> {
  const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  const services = createServices(db, { defaultPageSize: 100, maxPageSize: 500 });
  const figures = new Figures('quality', projectPath('docs', 'QUALITY.md'));
  try {
    await migrate(db);
    const labelled = readLabelledQuotations();
    for (const actor of labelled.actors) await services.actors.create({ ...actor }, 'quality');
    const names = new Map<number, string>();
    const score = await scoreQuotations(labelled, async (text) => {
      const analysis = await services.mentions.analyze({ text }, { name: 'quality', role: 'EDITOR' });
      const quotations = await services.quotations.ofAnalysis(analysis);
      for (const id of quotations.map((quotation) => quotation.speaker?.actorId).filter((id): id is number => id != null)) {
        if (!names.has(id)) names.set(id, (await services.actors.getById(String(id)))?.name ?? `actor ${id}`);
      }
      return {
        text: analysis.text,
        quotations: quotations.map((q) => ({ quote: q.quote, startOffset: q.startOffset, rule: q.rule, speakerActor: q.speaker?.actorId != null ? (names.get(q.speaker.actorId) ?? null) : null })),
      };
    });
    const share = (value: number) => value.toFixed(3);
    figures.add(`Quotations: ${score.labelled} labelled in ${score.documents} news-style texts, ${score.proposed} proposed`);
    figures.add(`  quote spans: precision ${share(score.precision)}, recall ${share(score.recall)}, F1 ${share(score.spanF1)} (target ${QUOTATION_TARGETS.spanF1})`);
    figures.add(`  speakers right among the ${score.withStoredSpeaker} quotes a stored actor said: ${score.speakersRight} = ${share(score.speakerAccuracy)} (target ${QUOTATION_TARGETS.speakerAccuracy})`);
    figures.add(`  attribution rules as labelled: ${score.rulesRight} of ${score.spansRight} spans right`);
    figures.add(`  titles and scare-quoted terms proposed: ${score.titlesProposed} (target ${QUOTATION_TARGETS.titlesProposed})`);
    for (const miss of score.misses) figures.add(`  - ${miss}`);
    figures.add(meetsQuotationTargets(score) ? 'Targets: met' : 'Targets: NOT met');
    figures.save();
    if (!meetsQuotationTargets(score)) process.exitCode = 1;
  } finally {
    await services.changes.stop();
    await db.close();
  }
}

void main();
