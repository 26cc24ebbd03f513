// Candidates for many examples at once: one statement for a whole batch, whatever its size (see the GIN trigram
// indexes on actor.match_key and actor_alias.match_key, and dossier_match_key in the actor_matching migration).
import type { Database } from '../../db/database';
import { escapeLike } from '../../shared/like';
import { actorWithAliasesColumns, type ActorWithAliases } from '../actors/actors.columns';
import type { ActorMatchQuery } from './matching.validation';

/** A stored name or alias that resembles an example, or an actor that shares its ISO code or Wikidata id. */
export interface CandidateFormRow {
  /** The example's position (0-based). */
  query: number;
  actorId: number;
  /** The name or alias compared; null for a row found by identifier only. */
  form: string | null;
  isAlias: boolean;
  /** The example's and the form's normalised names and their words' sound codes (dossier_sound_key). */
  queryKey: string;
  formKey: string | null;
  querySound: string;
  formSound: string | null;
  /** Case aside, the very same name. */
  sameLookup: boolean;
  /** pg_trgm's similarity of the normalised names, 0 to 1. */
  similarity: number;
}

/**
 * Examples per statement on the embedded database, which runs one statement at a time in the service's own thread
 * and cannot cancel one: a batch of 100 long random names was one 5.9 s statement that every other request waited
 * for. PostgreSQL takes the whole batch in one statement (under its statement timeout).
 */
export const PGLITE_MATCH_SLICE = 5;

export class MatchingRepository {
  constructor(private readonly db: Database) {}

  /**
   * For each example, up to `formsPerQuery` forms that resemble its name (the same name, the same normalised name,
   * or trigram similarity of at least pg_trgm's threshold, 0.3), most alike
   * first (or whose words all sound alike), and every actor with its ISO code or Wikidata id, or whose ISO code
   * the name is ("FRA").
   */
  async candidates(queries: readonly ActorMatchQuery[], formsPerQuery: number): Promise<CandidateFormRow[]> {
    if (this.db.kind !== 'pglite' || queries.length <= PGLITE_MATCH_SLICE) return this.candidatesOf(queries, formsPerQuery);
    const rows: CandidateFormRow[] = [];
    for (let start = 0; start < queries.length; start += PGLITE_MATCH_SLICE) {
      const slice = await this.candidatesOf(queries.slice(start, start + PGLITE_MATCH_SLICE), formsPerQuery);
      for (const row of slice) rows.push({ ...row, query: row.query + start });
    }
    return rows;
  }

  // q is MATERIALIZED: inlined, dossier_match_key (regular expressions, unaccent) ran again for every row checked.
  private candidatesOf(queries: readonly ActorMatchQuery[], formsPerQuery: number): Promise<CandidateFormRow[]> {
    return this.db.query<CandidateFormRow>(
      `/* actorMatchCandidates */ WITH q AS MATERIALIZED (
         SELECT k.*, dossier_sound_key(k.key) AS sound FROM (
           SELECT (t.n - 1)::int AS query, lower(btrim(t.name)) AS lookup, upper(btrim(t.name)) AS code, dossier_match_key(t.name) AS key, t.iso, t.wikidata
           FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(name, iso, wikidata, n)
         ) k
       ), found AS (
         SELECT q.query, c.actor_id, c.form, c.is_alias, c.form_key, c.same_lookup, c.similarity
         FROM q CROSS JOIN LATERAL (
           SELECT f.actor_id, f.form, f.is_alias, f.match_key AS form_key, f.lookup = q.lookup AS same_lookup,
                  similarity(f.match_key, q.key) AS similarity
           FROM (SELECT id AS actor_id, name AS form, false AS is_alias, name_key AS lookup, match_key, sound_key FROM actor
                 UNION ALL
                 SELECT actor_id, alias, true, alias_key, match_key, sound_key FROM actor_alias WHERE kind = 'ALIAS') f
           WHERE f.match_key % q.key OR f.match_key = q.key OR f.sound_key = q.sound
           ORDER BY f.lookup = q.lookup DESC, f.match_key = q.key DESC, similarity(f.match_key, q.key) DESC, f.actor_id
           LIMIT $4
         ) c
         UNION ALL
         SELECT q.query, a.id, NULL, false, NULL, false, 0
         FROM q JOIN actor a ON a.iso_code = q.iso OR a.wikidata_id = q.wikidata OR a.iso_code = q.code
       )
       SELECT found.query, found.actor_id AS "actorId", found.form, found.is_alias AS "isAlias", q.key AS "queryKey",
              found.form_key AS "formKey", q.sound AS "querySound",
              CASE WHEN found.form_key IS NULL THEN NULL ELSE dossier_sound_key(found.form_key) END AS "formSound",
              found.same_lookup AS "sameLookup", found.similarity::float8 AS similarity
       FROM found JOIN q USING (query)
       ORDER BY found.query, found.similarity DESC, found.actor_id`,
      [queries.map((q) => q.name), queries.map((q) => q.isoCode ?? null), queries.map((q) => q.wikidataId ?? null), formsPerQuery],
    );
  }

  /** Actors whose name or alias starts with the prefix (case aside), shortest names first: entity suggest. */
  byPrefix(prefix: string, limit: number, offset: number): Promise<ActorWithAliases[]> {
    return this.db.query<ActorWithAliases>(
      `/* actorsByPrefix */ SELECT ${actorWithAliasesColumns('a', '')} FROM actor a
       WHERE a.name_key LIKE $1 OR EXISTS (SELECT 1 FROM actor_alias l WHERE l.actor_id = a.id AND l.kind = 'ALIAS' AND l.alias_key LIKE $1)
       ORDER BY length(a.name), a.name_key, a.id LIMIT $2 OFFSET $3`,
      [`${escapeLike(prefix.trim().toLowerCase())}%`, limit, offset],
    );
  }
}
