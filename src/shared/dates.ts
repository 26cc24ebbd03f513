// Calendar dates as the API and the statements write them.

/** A Date at UTC midnight (as Prisma reads @db.Date) as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
