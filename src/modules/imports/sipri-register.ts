// Reads a SIPRI trade-register CSV export (as downloaded from SIPRI), line by line: notes above the header
// skipped, party marks turned into actor kinds, every malformed line reported with its number. One line is one
// record in SIPRI's exports (no field holds a line break), so a line is read on its own: an unbalanced quote spoils
// that line only, and a file of any length is read with memory for one line (readRegisterFile).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Bundle, RecordError } from './bundle';
import { countryFormsOf } from './country-forms';
import { FileFormatError } from './file-format-error';
import { mustGet } from '../../shared/must-get';

export const SIPRI_SOURCE = {
  kind: 'DATASET',
  title: 'SIPRI Arms Transfers Database: trade register',
  publisher: 'Stockholm International Peace Research Institute (SIPRI)',
  url: 'https://www.sipri.org/databases/armstransfers',
  reliability: 'A',
} as const;

const COLUMNS = [
  'SIPRI AT Database ID', 'Supplier', 'Recipient', 'Designation', 'Description', 'Armament category', 'Order date',
  'Order date is estimate', 'Numbers delivered', 'Numbers delivered is estimate', 'Delivery year', 'Delivery year is estimate',
  'Status', 'SIPRI estimate', 'TIV deal unit', 'TIV delivery values', 'Local production',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADER_START = 'SIPRI AT Database ID,';
/** SIPRI's words for a transfer's status, and the status each stands for. */
export const SIPRI_STATUS: Record<string, string> = { New: 'NEW', 'Second hand': 'SECOND_HAND', 'Second hand but modernized': 'SECOND_HAND_MODERNISED' };
// SIPRI writes plain decimals; Number() would also read "0x10", "1e3" or " 7 ".
const DECIMAL = /^\d+(\.\d+)?$/;

/** A file that is not SIPRI's register at all (no header, not UTF-8, empty). */
export class RegisterFormatError extends FileFormatError {
  constructor(message: string, line?: number) {
    super('sipri', message, line);
    this.name = 'RegisterFormatError';
  }
}

/**
 * A party as SIPRI writes it: `Name*` is a non-state armed group, `Name**` an international organisation; a state
 * comes with its ISO code, other names, capital and demonyms (country-forms.ts).
 */
export function partyToActor(party: string): { name: string; kind: string; isoCode?: string | null; aliases?: string[]; demonyms?: string[] } {
  const name = party.replace(/\*+$/, '').trim();
  const marks = party.length - party.replace(/\*+$/, '').length;
  if (marks >= 2) return { name, kind: 'INTERNATIONAL_ORGANISATION' };
  if (marks === 1) return { name, kind: 'NON_STATE_ARMED_GROUP' };
  if (/^unknown (supplier|recipient)\(s\)$/i.test(name)) return { name, kind: 'OTHER' };
  const forms = countryFormsOf(name);
  return forms ? { name, kind: 'STATE', ...forms } : { name, kind: 'STATE' };
}

export type RegisterActor = ReturnType<typeof partyToActor>;

/** One line of the register: a transfer record with its two parties, or what is wrong with it. */
export type RegisterEntry =
  | { line: number; transfer: Record<string, unknown>; supplier: RegisterActor; recipient: RegisterActor }
  | { line: number; errors: RecordError[] };

const yesNo = (value: string) => value.trim().toLowerCase() === 'yes';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The edition a register's notes state ("Data generated: 3 Jan 2025 9:16:02 PM" is 2025-01-03), or null. */
export function registerEdition(note: string): string | null {
  const match = /^Data generated:\s*(\d{1,2}) (\w{3})\w* (\d{4})/i.exec(note.trim());
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
  if (!match || month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** The dataset source of a register of this edition. */
export function registerSource(edition: string | null) {
  return { ...SIPRI_SOURCE, edition };
}

/** Reads the lines of a register in order: the notes and the header first, then one record a line. */
export class RegisterReader {
  private header: Map<Column, number> | null = null;
  private width = 0;
  /** The edition the notes state, once read. */
  edition: string | null = null;

  /** The entry of one line; null for a note above the header, the header itself or an empty line. */
  read(text: string, line: number): RegisterEntry | null {
    if (!this.header) {
      if (text.startsWith(HEADER_START)) this.takeHeader(text, line);
      else this.edition ??= registerEdition(text);
      return null;
    }
    const header = this.header;
    if (text.trim() === '') return null;
    const fail = (field: string, message: string): RegisterEntry => ({ line, errors: [{ entity: 'file', index: -1, line, field, message }] });
    // An even number of quotes: SIPRI doubles a quote inside a quoted field.
    if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return fail('(line)', 'a quote is opened and never closed on this line');
    let fields: string[];
    try {
      // Most lines quote nothing (SIPRI's own export quotes no field): those are split as they stand.
      fields = text.includes('"') ? ((parse(text, { relax_column_count: true }) as string[][])[0] ?? []) : text.split(',');
    } catch (error) {
      return fail('(line)', (error as Error).message.replace(/^Invalid \w+:?\s*/, ''));
    }
    if (fields.length < this.width) return fail('(line)', `expected ${this.width} fields; the line is truncated or malformed`);
    const value = (column: Column) => fields[mustGet(header, column, 'the position of column')] ?? '';

    const errors: RecordError[] = [];
    const number = (column: Column, { integer = false, optional = false } = {}) => {
      const raw = value(column).trim();
      if (raw === '' && optional) return null;
      if (!DECIMAL.test(raw) || (integer && !Number.isInteger(Number(raw)))) {
        errors.push({ entity: 'file', index: -1, line, field: column, message: `"${raw}" is not ${integer ? 'a whole number' : 'a number'}` });
        return null;
      }
      return Number(raw);
    };
    const status = SIPRI_STATUS[value('Status').trim()];
    if (!status) errors.push({ entity: 'file', index: -1, line, field: 'Status', message: `unknown status "${value('Status')}"` });
    const orderYear = number('Order date', { integer: true, optional: true });
    const numberDelivered = number('Numbers delivered', { integer: true, optional: true });
    const deliveryYear = number('Delivery year', { integer: true });
    const tivPerUnit = number('TIV deal unit', { optional: true });
    const tivDelivered = number('TIV delivery values');
    if (errors.length > 0) return { line, errors };
    const supplier = partyToActor(value('Supplier'));
    const recipient = partyToActor(value('Recipient'));
    return {
      line,
      supplier,
      recipient,
      transfer: {
        supplier: supplier.name,
        recipient: recipient.name,
        source: { url: SIPRI_SOURCE.url },
        dealId: value('SIPRI AT Database ID').trim(),
        designation: value('Designation').trim(),
        description: value('Description').trim() || null,
        category: value('Armament category').trim(),
        orderYear,
        orderYearEstimated: yesNo(value('Order date is estimate')),
        deliveryYear,
        deliveryYearEstimated: yesNo(value('Delivery year is estimate')),
        numberDelivered,
        numberDeliveredEstimated: yesNo(value('Numbers delivered is estimate')),
        tivPerUnit,
        tivDelivered,
        status,
        localProduction: yesNo(value('Local production')),
      },
    };
  }

  /** Throws unless the header was found: call at the end of the file. */
  finish(): void {
    if (!this.header) {
      throw new RegisterFormatError(`unknown column layout: no header line starting with "SIPRI AT Database ID"; expected the columns ${COLUMNS.join(', ')}`);
    }
  }

  private takeHeader(text: string, line: number): void {
    const names = text.split(',').map((name) => name.trim());
    const missing = COLUMNS.filter((name) => !names.includes(name));
    if (missing.length > 0) throw new RegisterFormatError(`unknown column layout: missing ${missing.join(', ')}`, line);
    this.header = new Map(COLUMNS.map((name) => [name, names.indexOf(name)]));
    this.width = names.length;
  }
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A line's bytes as text; a byte sequence that is not UTF-8 is a format error naming the line. */
function decodeLine(bytes: Uint8Array, line: number): string {
  try {
    return fatalUtf8.decode(bytes).replace(/\r$/, '');
  } catch {
    throw new RegisterFormatError('the file is not UTF-8 text; export it from SIPRI again or convert it to UTF-8', line);
  }
}

/** Whole lines of bytes as text lines; a byte sequence that is not UTF-8 is a format error naming its line. */
function decodeLines(bytes: Uint8Array, firstLine: number): string[] {
  try {
    return fatalUtf8.decode(bytes).split('\n');
  } catch {
    // A newline byte never occurs inside a UTF-8 sequence: each line can be checked on its own.
    let line = firstLine;
    for (let start = 0; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      decodeLine(bytes.subarray(start, end < 0 ? bytes.length : end), line);
      if (end < 0) break;
      start = end + 1;
    }
    throw new RegisterFormatError('the file is not UTF-8 text', firstLine);
  }
}

/** The lines of a file, read in chunks of whole lines; carriage returns and a byte-order mark dropped. */
export async function* fileLines(file: string): AsyncGenerator<{ text: string; line: number }> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  let any = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    let buffer: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    if (!any) {
      any = buffer.length > 0;
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) buffer = buffer.subarray(3);
    }
    const last = buffer.lastIndexOf(0x0a);
    if (last < 0) {
      pending = buffer;
      continue;
    }
    const texts = decodeLines(buffer.subarray(0, last), line + 1);
    pending = Buffer.from(buffer.subarray(last + 1));
    for (const text of texts) yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, line: ++line };
  }
  if (!any) throw new RegisterFormatError('the file is empty');
  if (pending.length > 0) yield { text: decodeLine(pending, ++line), line };
}

/** The entries of a register file, one line at a time. */
export async function* readRegisterFile(file: string, reader = new RegisterReader()): AsyncGenerator<RegisterEntry> {
  let blank = true;
  for await (const { text, line } of fileLines(file)) {
    if (text.trim() !== '') blank = false;
    const entry = reader.read(text, line);
    if (entry) yield entry;
  }
  if (blank) throw new RegisterFormatError('the file is empty');
  reader.finish();
}

export interface ParsedRegister {
  bundle: Bundle;
  /** File line of each transfer record, by its index in bundle.armsTransfers. */
  transferLines: number[];
  /** Lines that could not be read as a record. */
  errors: RecordError[];
}

/** Collects the entries of a register into one bundle: the dataset source, the parties and the transfers. */
export class RegisterBundle {
  private readonly actors = new Map<string, RegisterActor>();
  readonly transfers: unknown[] = [];
  readonly transferLines: number[] = [];
  readonly errors: RecordError[] = [];

  /** @param edition the register's edition (from its notes), recorded on its dataset source */
  constructor(public edition: string | null = null) {}

  add(entry: RegisterEntry): void {
    if ('errors' in entry) {
      this.errors.push(...entry.errors);
      return;
    }
    this.addParties(entry);
    this.transfers.push(entry.transfer);
    this.transferLines.push(entry.line);
  }

  addParties(entry: { supplier: RegisterActor; recipient: RegisterActor }): void {
    this.actors.set(entry.supplier.name.toLowerCase(), entry.supplier);
    this.actors.set(entry.recipient.name.toLowerCase(), entry.recipient);
  }

  get parties(): RegisterActor[] {
    return [...this.actors.values()];
  }

  parsed(): ParsedRegister {
    return { bundle: { actors: this.parties, sources: [registerSource(this.edition)], armsTransfers: this.transfers }, transferLines: this.transferLines, errors: this.errors };
  }
}

/** Reads a whole register held in memory (a test's, a small upload) into one bundle. */
export function parseRegister(buffer: Buffer): ParsedRegister {
  if (buffer.length === 0 || buffer.toString('utf8').trim() === '') throw new RegisterFormatError('the file is empty');
  const text = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  const reader = new RegisterReader();
  const entries: RegisterEntry[] = [];
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf(0x0a, start);
    const entry = reader.read(decodeLine(text.subarray(start, end < 0 ? text.length : end), line), line);
    if (entry) entries.push(entry);
    if (end < 0) break;
    start = end + 1;
  }
  reader.finish();
  const collected = new RegisterBundle(reader.edition);
  for (const entry of entries) collected.add(entry);
  return collected.parsed();
}
