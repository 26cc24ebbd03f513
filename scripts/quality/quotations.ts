// `npm run quality`: what Dossier proposes from texts, scored against the labelled sets on fresh embedded
// databases: the quotations of the news texts (samples/labelled/quotations.json: quote spans' precision, recall and
// F1, speakers right among the quotes a stored actor said, titles and terms proposed) and the figures of the
// labelled sentences (samples/labelled/figures.json: predicate, actors, period and value right, wrong directions);
// the figures go to docs/QUALITY.md.
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { projectPath } from '../../src/shared/paths';
import { createServices } from '../../src/services';
import { Figures } from '../bench/harness';
import {
  FIGURE_TARGETS, meetsQuotationTargets, QUOTATION_TARGETS, readLabelledFigures, readLabelledQuotations, scoreFigures, scoreQuotations, type FigureScore,
} from './quotation-quality';

/** The figures proposed for each labelled sentence, on a database of their own (their actors are the set's). */
async function figureScore(): Promise<FigureScore> {
  const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  const services = createServices(db, { defaultPageSize: 100, maxPageSize: 500 });
  try {
    await migrate(db);
    const labelled = readLabelledFigures();
    const names = new Map<number, string>();
    for (const actor of labelled.actors) names.set((await services.actors.create({ ...actor }, 'quality')).id, actor.name);
    return await scoreFigures(labelled, async (text) => {
      const analysis = await services.mentions.analyze({ text }, { name: 'quality', role: 'EDITOR' });
      return (await services.figures.ofAnalysis(analysis)).map((figure) => ({
        predicate: figure.predicate, subject: names.get(figure.subjectId) ?? '?', object: names.get(figure.objectId) ?? '?',
        fromYear: figure.fromYear, toYear: figure.toYear, objectValue: figure.objectValue,
      }));
    });
  } finally {
    await services.changes.stop();
    await db.close();
  }
}

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
    const read = await figureScore();
    figures.add(`Figures: ${read.labelled} labelled sentences stating one, ${read.right} read right (predicate, actors, period, value) = ${share(read.share)} (target ${FIGURE_TARGETS.right})`);
    figures.add(`  wrong direction: ${read.wrongDirection} (target ${FIGURE_TARGETS.wrongDirection}); proposed for a sentence stating none: ${read.proposedWithout}`);
    for (const miss of read.misses) figures.add(`  - ${miss}`);
    const met = meetsQuotationTargets(score) && read.share >= FIGURE_TARGETS.right && read.wrongDirection <= FIGURE_TARGETS.wrongDirection;
    figures.add(met ? 'Targets: met' : 'Targets: NOT met');
    figures.save();
    if (!met) process.exitCode = 1;
  } finally {
    await services.changes.stop();
    await db.close();
  }
}

void main();
