// Reads a SIPRI trade-register CSV export (as downloaded from SIPRI) into an import bundle: notes above the
// header skipped, party marks turned into actor kinds, every malformed line reported with its number.
import { parse } from 'csv-parse/sync';
import type { Bundle, RecordError } from './imports.service';

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

const STATUS: Record<string, string> = { New: 'NEW', 'Second hand': 'SECOND_HAND', 'Second hand but modernized': 'SECOND_HAND_MODERNISED' };

export class RegisterFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
    this.name = 'RegisterFormatError';
  }
}

export interface ParsedRegister {
  bundle: Bundle;
  /** File line of each transfer record, by its index in bundle.armsTransfers. */
  transferLines: number[];
  /** Lines that could not be read as a record. */
  errors: RecordError[];
}

/** A party as SIPRI writes it: `Name*` is a non-state armed group, `Name**` an international organisation. */
export function partyToActor(party: string): { name: string; kind: string } {
  const name = party.replace(/\*+$/, '').trim();
  const marks = party.length - party.replace(/\*+$/, '').length;
  if (marks >= 2) return { name, kind: 'INTERNATIONAL_ORGANISATION' };
  if (marks === 1) return { name, kind: 'NON_STATE_ARMED_GROUP' };
  if (/^unknown (supplier|recipient)\(s\)$/i.test(name)) return { name, kind: 'OTHER' };
  return { name, kind: 'STATE' };
}

function decodeUtf8(buffer: Buffer): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    // A newline byte never occurs inside a UTF-8 sequence, so each line can be checked on its own.
    let line = 1;
    for (let from = 0; from <= buffer.length; line++) {
      const to = buffer.indexOf(0x0a, from);
      const end = to < 0 ? buffer.length : to;
      try {
        decoder.decode(buffer.subarray(from, end));
      } catch {
        break;
      }
      from = end + 1;
    }
    throw new RegisterFormatError('the file is not UTF-8 text; export it from SIPRI again or convert it to UTF-8', line);
  }
}

const yesNo = (value: string) => value.trim().toLowerCase() === 'yes';

export function parseRegister(buffer: Buffer): ParsedRegister {
  if (buffer.length === 0 || buffer.toString('utf8').trim() === '') throw new RegisterFormatError('the file is empty');
  const text = decodeUtf8(buffer);
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.startsWith('SIPRI AT Database ID,'));
  if (headerIndex < 0) {
    throw new RegisterFormatError(`unknown column layout: no header line starting with "SIPRI AT Database ID"; expected the columns ${COLUMNS.join(', ')}`);
  }
  const header = lines[headerIndex]!.split(',').map((name) => name.trim());
  const missing = COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new RegisterFormatError(`unknown column layout: missing ${missing.join(', ')}`, headerIndex + 1);

  const errors: RecordError[] = [];
  const records = parse(text, {
    from_line: headerIndex + 1,
    columns: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) errors.push({ entity: 'file', index: -1, line: (error as { lines?: number }).lines, field: '(line)', message: error.message });
    },
  }) as { record: Record<string, string>; info: { lines: number } }[];

  const actors = new Map<string, { name: string; kind: string }>();
  const armsTransfers: unknown[] = [];
  const transferLines: number[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const fieldCount = Object.keys(record).length;
    if (fieldCount < header.length || Object.values(record).some((v) => v === undefined)) {
      errors.push({ entity: 'file', index: -1, line, field: '(line)', message: `expected ${header.length} fields; the line is truncated or malformed` });
      continue;
    }
    const number = (column: (typeof COLUMNS)[number], { integer = false, optional = false } = {}) => {
      const raw = (record[column] ?? '').trim();
      if (raw === '' && optional) return null;
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
        errors.push({ entity: 'file', index: -1, line, field: column, message: `"${raw}" is not ${integer ? 'a whole number' : 'a number'}` });
        return undefined;
      }
      return value;
    };
    const status = STATUS[(record.Status ?? '').trim()];
    if (!status) {
      errors.push({ entity: 'file', index: -1, line, field: 'Status', message: `unknown status "${record.Status}"` });
      continue;
    }
    const values = {
      orderYear: number('Order date', { integer: true, optional: true }),
      numberDelivered: number('Numbers delivered', { integer: true, optional: true }),
      deliveryYear: number('Delivery year', { integer: true }),
      tivPerUnit: number('TIV deal unit', { optional: true }),
      tivDelivered: number('TIV delivery values'),
    };
    if (Object.values(values).some((value) => value === undefined)) continue;
    const supplier = partyToActor(record.Supplier!);
    const recipient = partyToActor(record.Recipient!);
    actors.set(supplier.name.toLowerCase(), supplier);
    actors.set(recipient.name.toLowerCase(), recipient);
    armsTransfers.push({
      supplier: supplier.name,
      recipient: recipient.name,
      source: { url: SIPRI_SOURCE.url },
      dealId: record['SIPRI AT Database ID']!.trim(),
      designation: record.Designation!.trim(),
      description: record.Description!.trim() || null,
      category: record['Armament category']!.trim(),
      orderYear: values.orderYear,
      orderYearEstimated: yesNo(record['Order date is estimate']!),
      deliveryYear: values.deliveryYear,
      deliveryYearEstimated: yesNo(record['Delivery year is estimate']!),
      numberDelivered: values.numberDelivered,
      numberDeliveredEstimated: yesNo(record['Numbers delivered is estimate']!),
      tivPerUnit: values.tivPerUnit,
      tivDelivered: values.tivDelivered,
      status,
      localProduction: yesNo(record['Local production']!),
    });
    transferLines.push(line);
  }
  return {
    bundle: { actors: [...actors.values()], sources: [SIPRI_SOURCE], armsTransfers },
    transferLines,
    errors,
  };
}
