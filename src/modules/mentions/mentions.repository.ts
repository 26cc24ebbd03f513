// The forms actors are mentioned by (names, aliases, demonyms, ISO codes), read whole for the matcher.
import type { Database } from '../../db/database';

export type MentionFormKind = 'NAME' | 'ALIAS' | 'ISO_CODE' | 'DEMONYM';

export interface ActorFormRow {
  actorId: number;
  form: string;
  kind: MentionFormKind;
}

export class MentionRepository {
  constructor(private readonly db: Database) {}

  /** Every actor's every form, in one statement. */
  forms(): Promise<ActorFormRow[]> {
    return this.db.query<ActorFormRow>(
      `/* actorForms */ SELECT id AS "actorId", name AS form, 'NAME' AS kind FROM actor
       UNION ALL SELECT id, iso_code, 'ISO_CODE' FROM actor WHERE iso_code IS NOT NULL
       UNION ALL SELECT actor_id, alias, kind::text FROM actor_alias`,
    );
  }

  /**
   * What changes whenever a form does (an actor created, renamed, deleted, an alias added or removed): the
   * matcher is rebuilt when it differs. Aliases are replaced, never edited in place, so their count and last id tell.
   */
  async formsVersion(): Promise<string> {
    const [row] = await this.db.query<{ version: string }>(
      `/* actorFormsVersion */ SELECT concat_ws(':', (SELECT count(*) FROM actor), (SELECT max(id) FROM actor),
         (SELECT extract(epoch FROM max(updated_at)) FROM actor), (SELECT count(*) FROM actor_alias), (SELECT max(id) FROM actor_alias)) AS version`,
    );
    return row!.version;
  }
}
