// GraphiQL bundled whole into one page (editor workers inlined), so the playground works with no internet;
// Apollo's default landing page loads from a CDN and is blank offline.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const EXAMPLE_QUERY = `# Dossier: actors, events, claims, sources and arms transfers.
# Actors are found by any name, alias or ISO code:
{
  actor(name: "Moscow") {
    name
    kind
    aliases
    members { role member { name } startDate }
  }
}
`;

// A way from the playground to the explorer, for those who would rather not write queries: in the top right
// corner, by the tabs, where it covers no editor text and no line of a result (at the bottom right it hid the last
// lines of long answers).
const EXPLORER_LINK =
  '<a href="/explorer/" style="position:fixed;right:0.75rem;top:0.6rem;z-index:100;background:#0b5394;color:#fff;padding:0.25rem 0.6rem;border-radius:4px;font:13px system-ui,sans-serif;text-decoration:none">Open the explorer</a>';

async function playgroundPage(endpoint: string): Promise<string> {
  // Loaded on the first visit: the renderer's module is 9 MB of source that V8 keeps on the heap once loaded, and
  // a service whose playground no one opens (or that has it off) should not carry it.
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const page = renderGraphiQL({ endpoint, title: 'Dossier playground', defaultQuery: EXAMPLE_QUERY });
  // The last </body>: the inlined editor code holds the string too.
  const end = page.lastIndexOf('</body>');
  return `${page.slice(0, end)}${EXPLORER_LINK}${page.slice(end)}`;
}

/** The page as sent: gzipped once (9 MB become about 2) and kept only so, with an ETag for revalidation. */
export interface PlaygroundResponse {
  gzipped: Buffer;
  etag: string;
}

let cachedResponse: Promise<PlaygroundResponse> | undefined;

export function playgroundResponse(endpoint: string): Promise<PlaygroundResponse> {
  if (cachedResponse) return cachedResponse;
  const response = playgroundPage(endpoint).then((page) => {
    const body = Buffer.from(page);
    const gzipped = gzipSync(body);
    return { gzipped, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  });
  // A failed rendering is tried again on the next visit rather than remembered.
  response.catch(() => (cachedResponse = undefined));
  cachedResponse = response;
  return response;
}
