// A record's history on its page: every committed version (what changed, when, and by whom for key holders), read
// when the reader opens the section, so that a page costs nothing more until then.
import { useState } from 'preact/hooks';
import { request } from '../api';
import { RecordHistoryDocument, type VersionedEntity } from '../generated/graphql';
import { useLoad } from '../load';
import { Empty, Status } from './Status';

export function RecordHistory({ entity, id }: { entity: VersionedEntity; id: string }) {
  const [open, setOpen] = useState(false);
  const [result, retry] = useLoad(open ? `${entity}|${id}` : null, () => request(RecordHistoryDocument, { entity, id }).then((data) => data.recordHistory));
  return (
    <details data-testid="record-history" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h2>History</h2>
      </summary>
      <Status result={result} retry={retry} what="the history">
        {(versions) =>
          versions.length === 0 ? (
            <Empty>No versions recorded.</Empty>
          ) : (
            <table>
              <caption>Every committed version, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">When</th>
                  <th scope="col">Change</th>
                  <th scope="col">Fields changed</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {[...versions].reverse().map((version) => (
                  <tr key={version.id}>
                    <th scope="row">{version.version}</th>
                    <td>
                      <time dateTime={version.changedAt}>{version.changedAt.slice(0, 19).replace('T', ' ')}</time>
                    </td>
                    <td>{version.operation.toLowerCase()}</td>
                    <td>{version.operation === 'CREATE' ? 'all' : version.changedFields.join(', ')}</td>
                    <td>{version.changedBy ?? <span class="muted">shown to key holders</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Status>
    </details>
  );
}
