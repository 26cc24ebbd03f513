// Numbers as analysts read them, and the CSV download.
export const SIPRI_CREDIT = 'Source: SIPRI Arms Transfers Database (c) SIPRI. Figures are SIPRI trend-indicator values (TIV), in millions.';

// TIV in whole millions, as SIPRI's own tables print them: one way for every figure on a page.
const tivFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export const formatTiv = (value: number) => tivFormat.format(value);
export const formatShare = (value: number) => percentFormat.format(value);

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file's text: the header, the rows, then the credit line. */
export function toCsv(header: string[], rows: (string | number)[][], credit: string): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + `\n\n${csvCell(credit)}\n`;
}

/** Splits a text into Unicode code points: the unit of the service's citation offsets. */
export const codePoints = (text: string) => Array.from(text);
