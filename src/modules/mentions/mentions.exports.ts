// Where texts name actors: as FollowTheMoney's Mention (the source's document, the actor it resolves to and the
// words, for every mention not rejected), and the reviewed ones as bundle records (see exports/bundle-export.ts).
import { actorNameSql } from '../actors/actors.exports';
import { exportReader, ftmEntity, ftmId, ftmTime, ftmValue, json, jsonObject } from '../exports/export-reader';
import { sourceRefSql } from '../sources/sources.exports';

export const mentionFtmExport = exportReader({
  entity: 'mentions',
  line: null,
  table: 'mention',
  alias: 'm',
  where: `m.status <> 'REJECTED'`,
  record: ftmEntity({
    id: ftmId('mention', 'm.id'),
    schema: `'Mention'`,
    caption: 'm.text',
    properties: { name: ftmValue('m.text'), document: ftmValue(ftmId('source', 'm.source_id')), resolved: ftmValue(ftmId('actor', 'm.actor_id')) },
    firstSeen: ftmTime('m.created_at'),
  }),
});

/** The mentions someone reviewed or added, as bundle records (the others an import finds again in the texts). */
export const mentionBundleExport = exportReader({
  entity: 'mentions',
  line: 'mention',
  table: 'mention',
  alias: 'm',
  joins: 'JOIN source s ON s.id = m.source_id',
  where: `(m.status <> 'PROPOSED' OR m.origin = 'MANUAL')`,
  record: jsonObject({
    source: json(sourceRefSql('s')),
    actor: actorNameSql('m.actor_id'),
    startOffset: 'm.start_offset',
    endOffset: 'm.end_offset',
    text: 'm.text',
    form: 'm.form',
    origin: 'm.origin',
    status: 'm.status',
    reviewedBy: 'm.reviewed_by',
    reviewedAt: `to_char(m.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  }),
});
