// The predicate vocabulary in the database: a reference table that migrations seed and change.
import type { Database, SqlSession } from '../../db/database';
import type { Predicate } from '../../generated/prisma/client';

export type PredicateRow = Predicate;

/** The vocabulary, in the model's shape: the one statement every reader of it sends. */
export const PREDICATES_SQL = `SELECT code, label, description, subject_role AS "subjectRole", object_role AS "objectRole",
  value_type AS "valueType", series, opposites FROM predicate ORDER BY code`;

export class PredicateRepository {
  constructor(private readonly db: Database) {}

  /** The vocabulary, read where `db` reads (a bundle's check reads it in its transaction). */
  all(db: Pick<SqlSession, 'query'> = this.db): Promise<PredicateRow[]> {
    return db.query<PredicateRow>(`/* predicates */ ${PREDICATES_SQL}`);
  }
}
