// Where values come from: a source (and the quote in it) for an affiliation, an event, an actor's attribute or
// an alias, confirmed again by later imports and edits (firstSeen, lastSeen).
import { UserInputError } from '../../errors';
import type { ValueSource } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { parseInput } from '../../shared/validation';
import { locateCitation } from '../claims/claims.service';
import type { SourceService } from '../sources/sources.service';
import type { ProvenanceRepository, ValueTarget } from './provenance.repository';
import { CITABLE_FIELDS, CiteValueInput } from './provenance.validation';
import type { SqlSession } from '../../db/database';
import type { ValueSourceWriteRow } from './provenance.writes';

const TARGET_NAMES: Record<ValueTarget, string> = { affiliationId: 'affiliation', eventId: 'event', actorId: 'actor', aliasId: 'alias' };

export class ProvenanceService {
  constructor(
    private readonly provenance: ProvenanceRepository,
    private readonly sources: SourceService,
  ) {}

  /** The sources of one record's values (one statement per kind of record and request). */
  of(batches: RequestBatches, target: ValueTarget, id: number): Promise<ValueSource[]> {
    return batches.rows(['valueSourcesOf', target], id, (ids) => this.provenance.ofTargets(target, ids), (row) => row[target]!);
  }

  /** Cites a value to a source; the quote must stand in the source's text, as a citation's must. */
  async cite(rawInput: unknown, author: string): Promise<ValueSource> {
    const input = parseInput(CiteValueInput, rawInput);
    const target = (Object.keys(CITABLE_FIELDS) as ValueTarget[]).find((name) => input[name] != null)!;
    const targetId = input[target]!;
    if (!(await this.provenance.targetExists(target, targetId))) {
      throw new UserInputError(`input.${target}: no ${TARGET_NAMES[target]} has id ${targetId}`, `input.${target}`);
    }
    const [source] = await this.sources.findManyByIds([input.sourceId]);
    if (!source) throw new UserInputError(`input.sourceId: no source has id ${input.sourceId}`, 'input.sourceId');
    let quote = { quote: null as string | null, startOffset: null as number | null, endOffset: null as number | null };
    if (input.quote) {
      const located = locateCitation(source.text, { quote: input.quote, startOffset: input.startOffset, endOffset: input.endOffset });
      if ('problem' in located) throw new UserInputError(`input.${located.field}: ${located.problem} (source ${source.id})`, `input.${located.field}`);
      quote = located;
    }
    return this.provenance.cite({ target, targetId, sourceId: source.id, field: input.field ?? null, ...quote }, author);
  }

  /** Writes the value sources of a bundle's events set-based, in the import's transaction. */
  importValueSources(session: SqlSession, rows: readonly ValueSourceWriteRow[]): Promise<void> {
    return this.provenance.importValueSources(session, rows);
  }
}
