// GraphiQL bundled whole into one page (editor workers inlined), so the playground works with no internet;
// Apollo's default landing page loads from a CDN and is blank offline.
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

export function playgroundPage(endpoint: string): string {
  cachedPage ??= renderGraphiQL({ endpoint, title: 'Dossier playground', defaultQuery: EXAMPLE_QUERY });
  return cachedPage;
}
