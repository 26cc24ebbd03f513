-- Written by hand: history snapshots take the whole row (to_jsonb), less an explicit list of what is no part of a
-- record's state (its id, stamps, derived keys and search vectors), so that a column added later is versioned by
-- default. The keys stay those the snapshots had: each column's name in camelCase (asserter_id -> asserterId).
-- rankClaim and deprecateClaim once recorded no version: rank and rank_reason were missing from a hand-made list.

-- A column name in camelCase, as the API and the earlier snapshots spell it.
CREATE FUNCTION dossier_camel_case(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(CASE WHEN i = 1 THEN part ELSE upper(left(part, 1)) || substr(part, 2) END, '' ORDER BY i)
  FROM unnest(string_to_array(name, '_')) WITH ORDINALITY AS t(part, i)
$$;

-- The columns of a row that are no part of its versioned state, whatever the table.
CREATE FUNCTION dossier_unversioned_columns() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['id', 'created_at', 'updated_at', 'created_by', 'updated_by', 'search_vector', 'natural_key', 'match_key', 'sound_key', 'name_key']
$$;

-- A row as a snapshot: every column but those above, keyed in camelCase.
CREATE FUNCTION dossier_row_snapshot(row_data jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(dossier_camel_case(key), value), '{}'::jsonb) FROM jsonb_each(row_data - dossier_unversioned_columns())
$$;

CREATE OR REPLACE FUNCTION dossier_claim_snapshot(claim_id integer) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT dossier_row_snapshot(to_jsonb(c)) || jsonb_build_object(
    'about', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', a.actor_id, 'role', a.role) ORDER BY a.actor_id, a.role)
                       FROM claim_actor a WHERE a.claim_id = c.id), '[]'::jsonb),
    'citations', coalesce((SELECT jsonb_agg(jsonb_build_object('sourceId', t.source_id, 'quote', t.quote, 'startOffset', t.start_offset,
                                                             'endOffset', t.end_offset, 'stance', t.stance)
                                            ORDER BY t.source_id, t.start_offset, t.quote, t.stance)
                           FROM citation t WHERE t.claim_id = c.id), '[]'::jsonb))
  FROM claim c WHERE c.id = $1
$$;

CREATE OR REPLACE FUNCTION dossier_event_snapshot(event_id integer) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT dossier_row_snapshot(to_jsonb(e)) || jsonb_build_object(
    'participants', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', p.actor_id, 'role', p.role) ORDER BY p.actor_id, p.role)
                              FROM event_participant p WHERE p.event_id = e.id), '[]'::jsonb))
  FROM event e WHERE e.id = $1
$$;
