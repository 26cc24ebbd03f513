// Calendar dates as the API and the statements write them.

/** A Date at UTC midnight (as Prisma reads @db.Date) as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether YYYY-MM-DD `value` is a real calendar date from 0001-01-01 (PostgreSQL has no year 0, which Date accepts). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= '0001' && !Number.isNaN(date.getTime()) && isoDate(date) === value;
}

/**
 * The first day of an ISO date of any precision ("2017" → "2017-01-01", "2017-04" → "2017-04-01", a time cut off),
 * as bundles take dates; null for anything else.
 */
export function firstDayOf(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null;
  return match ? `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}` : null;
}
