// The common GraphQL clients with their default settings against a Dossier endpoint (argv[2]); prints one JSON
// line of what each answered. Run in a child process: some of these packages are ESM-only, which Jest on Node 20
// cannot load.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { request } from 'graphql-request';
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const QUERY = '{ actor(name: "Moscow") { id name isoCode } }';
const results = {};
const settle = async (name, run) => {
  try {
    results[name] = { data: await run() };
  } catch (error) {
    results[name] = { error: String(error?.message ?? error) };
  }
};

await settle('urql', async () => {
  // urql's defaults: queries as GET (within the URL length limit), no content type, no preflight header.
  const client = new Client({ url, exchanges: [cacheExchange, fetchExchange] });
  const answer = await client.query(QUERY, {}).toPromise();
  if (answer.error) throw answer.error;
  return answer.data;
});
await settle('graphqlRequest', () => request(url, QUERY));
await settle('apolloClient', async () => {
  const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() });
  const answer = await client.query({ query: gql(QUERY) });
  // The normalised cache keeps the actor under its id.
  return { ...answer.data, cached: Object.keys(client.cache.extract()).filter((key) => key !== 'ROOT_QUERY') };
});
await settle('audits', async () => {
  const audits = await auditServer({ url });
  const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
  const problems = [];
  for (const audit of audits) {
    counts[audit.status] = (counts[audit.status] ?? 0) + 1;
    if (audit.status !== 'ok') problems.push(`${audit.status} ${audit.id}: ${audit.name}: ${audit.reason}`);
  }
  return { counts, problems };
});
console.log(JSON.stringify(results));
