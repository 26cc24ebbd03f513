// Where texts name actors, as FollowTheMoney's Mention: the source's document, the actor it resolves to and the
// words, for every mention not rejected (see exports/bundle-export.ts).
import { exportReader, ftmEntity, ftmId, ftmTime, ftmValue } from '../exports/export-reader';

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
