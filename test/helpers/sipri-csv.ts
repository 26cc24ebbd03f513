// SIPRI's register read straight from the CSV with csv-parse, so that tests compare the service's figures with
// the file itself rather than with the service's own import code.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SAMPLE_REGISTER_PATH } from '../../src/sample/sample';

export interface RegisterRow {
  supplier: string;
  recipient: string;
  category: string;
  deliveryYear: number;
  tiv: number;
  dealId: string;
}

let cached: RegisterRow[] | undefined;

/** Every delivery row of the sample register; party marks (`*`, `**`) stripped as the service does. */
export function registerRows(): RegisterRow[] {
  if (cached) return cached;
  const lines = readFileSync(SAMPLE_REGISTER_PATH, 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('SIPRI AT Database ID,'));
  const records = parse(lines.slice(header).join('\n'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  cached = records.map((record) => ({
    supplier: record.Supplier!.replace(/\*+$/, ''),
    recipient: record.Recipient!.replace(/\*+$/, ''),
    category: record['Armament category']!,
    deliveryYear: Number(record['Delivery year']),
    tiv: Number(record['TIV delivery values']),
    dealId: record['SIPRI AT Database ID']!,
  }));
  return cached;
}

/** Sum of TIV over the rows that pass `keep`. */
export function tivOf(keep: (row: RegisterRow) => boolean): number {
  return registerRows().reduce((sum, row) => (keep(row) ? sum + row.tiv : sum), 0);
}
