// GraphiQL bundled whole into one page (editor workers inlined), so the playground works with no internet;
// Apollo's default landing page loads from a CDN and is blank offline.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

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

let cachedPage: string | undefined;

// A way from the playground to the explorer, for those who would rather not write queries: in the top right
// corner, by the tabs, where it covers no editor text and no line of a result (at the bottom right it hid the last
// lines of long answers).
const EXPLORER_LINK =
  '<a href="/explorer/" style="position:fixed;right:0.75rem;top:0.6rem;z-index:100;background:#0b5394;color:#fff;padding:0.25rem 0.6rem;border-radius:4px;font:13px system-ui,sans-serif;text-decoration:none">Open the explorer</a>';

export function playgroundPage(endpoint: string): string {
  if (cachedPage === undefined) {
    const page = renderGraphiQL({ endpoint, title: 'Dossier playground', defaultQuery: EXAMPLE_QUERY });
    // The last </body>: the inlined editor code holds the string too.
    const end = page.lastIndexOf('</body>');
    cachedPage = `${page.slice(0, end)}${EXPLORER_LINK}${page.slice(end)}`;
  }
  return cachedPage;
}

/** The page as sent: its bytes, gzipped once (9 MB become about 2), and an ETag for revalidation. */
export interface PlaygroundResponse {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

let cachedResponse: PlaygroundResponse | undefined;

export function playgroundResponse(endpoint: string): PlaygroundResponse {
  if (cachedResponse === undefined) {
    const body = Buffer.from(playgroundPage(endpoint));
    cachedResponse = { body, gzipped: gzipSync(body), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  }
  return cachedResponse;
}
