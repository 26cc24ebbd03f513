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

/** A figure candidate in words: "arms supply falling: Russia to India, 2010–2019, 69% to 46%". */
export function figureSummary(figure: { predicate: string; subject: { name: string }; object: { name: string }; validFrom?: string | null; validTo?: string | null; objectValue?: string | null }): string {
  const { validFrom: from, validTo: to } = figure;
  const period = from && to ? `${from.slice(0, 4)}–${to.slice(0, 4)}` : from ? `since ${from.slice(0, 4)}` : 'no period named';
  return `${figure.predicate.toLowerCase().replace(/_/g, ' ')}: ${figure.subject.name} to ${figure.object.name}, ${period}${figure.objectValue ? `, ${figure.objectValue}` : ''}`;
}
