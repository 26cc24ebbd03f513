// A saved web page or a PDF, dropped on the page or chosen: the service reads it as its import would store it
// (readSourceFile, writing nothing), and its title, address, publisher, date and text fill the form, to be read and
// saved as a pasted article is. A folder of files is the CLI's work (npm run import -- FOLDER).
import { useState } from 'preact/hooks';
import { ApiError, request } from '../../api';
import { ReadSourceFileDocument } from '../../generated/graphql';
import type { SourceFields, SourceFile } from './drafts';

/** The format a file is, by its type or its name; null for any other. */
function formatOf(file: File): 'HTML' | 'PDF' | null {
  if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) return 'PDF';
  if (file.type === 'text/html' || /\.html?$/i.test(file.name)) return 'HTML';
  return null;
}

/** A file's bytes in base64, as readSourceFile takes a PDF. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

interface Props {
  apiKey: string;
  status: string | null;
  onStatus: (status: string | null) => void;
  onRead: (fields: SourceFields, file: SourceFile) => void;
}

export function FileDrop({ apiKey, status, onStatus, onRead }: Props) {
  const [over, setOver] = useState(false);

  async function read(files: FileList | null) {
    if (!files || files.length === 0) return;
    if (files.length > 1) return onStatus(`Drop one file at a time (${files.length} were dropped); npm run import -- FOLDER reads a folder of them.`);
    const file = files[0]!;
    const format = formatOf(file);
    if (!format) return onStatus(`${file.name} is neither a saved web page (.html) nor a PDF.`);
    onStatus(`Reading ${file.name}…`);
    try {
      const text = format === 'PDF' ? await base64Of(file) : await file.text();
      const { readSourceFile: reading } = await request(ReadSourceFileDocument, { format, text }, { apiKey: apiKey || undefined });
      onRead(
        { title: reading.title, url: reading.url ?? '', publisher: reading.publisher ?? '', publishedAt: reading.publishedAt ?? '', text: reading.text },
        { kind: reading.kind === 'REPORT' || reading.kind === 'NEWS_ARTICLE' ? reading.kind : 'OTHER', pageStarts: reading.pageStarts ?? null },
      );
    } catch (error) {
      onStatus(`${file.name} could not be read: ${error instanceof ApiError ? error.message : String(error)}`);
    }
  }

  return (
    <div
      class={`file-drop${over ? ' over' : ''}`}
      data-testid="file-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void read(event.dataTransfer?.files ?? null);
      }}
    >
      <label>
        Drop a saved web page or a PDF here, or choose one
        <input type="file" accept=".html,.htm,.pdf,text/html,application/pdf" onChange={(event) => void read((event.target as HTMLInputElement).files)} aria-describedby={status ? 'file-status' : undefined} />
      </label>
      {status && (
        <p id="file-status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
