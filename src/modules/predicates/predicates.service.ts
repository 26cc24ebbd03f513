// The predicate vocabulary: what typed claims may say, and what each predicate's object must be.
import { UserInputError } from '../../errors';
import type { PredicateRepository, PredicateRow } from './predicates.repository';
import type { SqlSession } from '../../db/database';

/** Words that make a stated share approximate ("about 40%"): it is then read with a wider tolerance. */
const HEDGE = String.raw`(?:about|around|~|c\.|nearly|almost|some|roughly|approximately)`;
/** Shares are written as percentages ("36.5%", "about 40 %") or as fractions ("0.365"). */
const SHARE = new RegExp(String.raw`^\s*(${HEDGE})?\s*(\d{1,3}(?:\.\d+)?)\s*(%|percent)?\s*$`, 'i');

/** A share as a claim states it: from 0 to 1, and whether it is hedged ("about 40%"). */
export interface StatedShare {
  share: number;
  hedged: boolean;
}

/** A share written as objectValue, with its hedge; null when it is not one. */
export function parseStatedShare(value: string | null | undefined): StatedShare | null {
  const match = value ? SHARE.exec(value) : null;
  if (!match) return null;
  const number = Number(match[2]);
  const share = match[3] ? number / 100 : number;
  return share >= 0 && share <= 1 ? { share, hedged: Boolean(match[1]) } : null;
}

/** A share written as objectValue, from 0 to 1; null when it is not one. */
export function parseShare(value: string | null | undefined): number | null {
  return parseStatedShare(value)?.share ?? null;
}

/**
 * What a rising, falling or steady claim's objectValue states: the share at the end of its span ("46%"), at its
 * start and end ("69% to 46%"), or the change of the deliveries over it ("by 53%"); null when it states none of these.
 */
export type StatedMovement = { kind: 'shares'; from: StatedShare | null; to: StatedShare } | { kind: 'change'; by: StatedShare };

export function parseStatedMovement(value: string | null | undefined): StatedMovement | null {
  if (!value) return null;
  const change = /^\s*by\s+(.+)$/i.exec(value);
  if (change) {
    // A change may pass 100% ("by 150%"): read it as a share of up to 10.
    const match = SHARE.exec(change[1]!);
    if (!match || !match[3]) return null;
    return { kind: 'change', by: { share: Number(match[2]) / 100, hedged: Boolean(match[1]) } };
  }
  const [from, to, ...rest] = value.split(/\s+(?:to|→|->)\s+/i);
  if (rest.length > 0) return null;
  if (to === undefined) {
    const end = parseStatedShare(from);
    return end ? { kind: 'shares', from: null, to: end } : null;
  }
  const [start, end] = [parseStatedShare(from), parseStatedShare(to)];
  return start && end ? { kind: 'shares', from: start, to: end } : null;
}

/** A predicate as a code would be written: "arms supply falling" is ARMS_SUPPLY_FALLING. */
export function asPredicateCode(predicate: string): string {
  return predicate.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

/** The vocabulary code a predicate written in any case or with spaces stands for, or null. */
export function vocabularyCode(predicate: string, codes: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | null {
  const code = asPredicateCode(predicate);
  return codes.has(code) ? code : null;
}

/**
 * What is wrong with a typed claim's object (the field and why), or null: the vocabulary says what it must be.
 * `subject` and `objectActor` are whatever names them (an id in the API, a name in a bundle), `names` their fields.
 */
export function objectProblem(predicate: PredicateRow, fields: TypedClaimFields, names = { subject: 'subjectId', object: 'objectActorId' }): { field: string; message: string } | null {
  if (predicate.valueType !== 'TEXT' && !fields.subject) return { field: names.subject, message: `${predicate.code} needs a subject (${predicate.subjectRole})` };
  if (predicate.valueType !== 'TEXT' && !fields.objectActor) return { field: names.object, message: `${predicate.code} needs an object actor (${predicate.objectRole})` };
  if (predicate.valueType === 'ACTOR_AND_SHARE' && parseShare(fields.objectValue) === null) {
    return { field: 'objectValue', message: `${predicate.code} needs the share as a percentage, e.g. "36.5%"` };
  }
  if (predicate.valueType === 'TEXT' && !fields.objectValue) return { field: 'objectValue', message: `${predicate.code} needs objectValue (${predicate.objectRole})` };
  return null;
}

/** The structured part of a claim the vocabulary checks. */
export interface TypedClaimFields {
  predicate?: string | null;
  subject: unknown;
  objectActor: unknown;
  objectValue?: string | null;
}

export class PredicateService {
  // The vocabulary changes only with a migration, which restarts the service: it is read once.
  private vocabulary: Promise<Map<string, PredicateRow>> | null = null;

  constructor(private readonly predicates: PredicateRepository) {}

  async list(): Promise<PredicateRow[]> {
    return [...(await this.byCode()).values()];
  }

  byCode(): Promise<Map<string, PredicateRow>> {
    this.vocabulary ??= this.predicates.all().then((rows) => new Map(rows.map((row) => [row.code, row])));
    this.vocabulary.catch(() => (this.vocabulary = null));
    return this.vocabulary;
  }

  async find(code: string | null | undefined): Promise<PredicateRow | null> {
    return code ? ((await this.byCode()).get(code) ?? null) : null;
  }

  /**
   * The predicate as stored: a vocabulary code written in any case or with spaces ("arms supply falling") becomes
   * the code; anything else stays free text as given.
   */
  async normalise(predicate: string | null | undefined): Promise<string | null | undefined> {
    if (!predicate) return predicate;
    return vocabularyCode(predicate, await this.byCode()) ?? predicate;
  }

  /** A vocabulary predicate's object is what the vocabulary says (an actor, an actor and a share, or text). */
  async checkObject(fields: TypedClaimFields, prefix: string): Promise<void> {
    const predicate = await this.find(fields.predicate);
    const problem = predicate && objectProblem(predicate, fields);
    if (!problem) return;
    const field = prefix ? `${prefix}.${problem.field}` : problem.field;
    throw new UserInputError(`${field}: ${problem.message}`, field);
  }

  /** The vocabulary as a transaction sees it (a bundle's check reads it in its own). */
  vocabularyIn(session: SqlSession): Promise<PredicateRow[]> {
    return this.predicates.all(session);
  }
}
