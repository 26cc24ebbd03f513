// The common GraphQL clients' subscriptions, with their default settings, against a Dossier endpoint (argv[2]):
// each subscribes to the change feed after a cursor (argv[3]) and takes the first argv[4] changes. Prints one JSON
// line of what each received. Run in a child process: Apollo Client and urql are ESM, which Jest on Node 20 cannot load.
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { Client as UrqlClient, subscriptionExchange } from '@urql/core';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [, , url, after, wanted] = process.argv;
const count = Number(wanted);
const wsUrl = url.replace(/^http/, 'ws');
const SUBSCRIPTION = 'subscription($after: String) { changes(after: $after, entities: [ACTOR]) { cursor entity recordId operation record { ... on Actor { id name } } } }';
const results = {};

/** The first `count` values of a subscribe(next, error) source, or its error. */
function take(subscribe) {
  return new Promise((resolve, reject) => {
    const values = [];
    const timer = setTimeout(() => reject(new Error(`only ${values.length} of ${count} changes in 20 s`)), 20_000);
    const stop = subscribe(
      (value) => {
        values.push(value);
        if (values.length === count) {
          clearTimeout(timer);
          stop();
          resolve(values);
        }
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const settle = async (name, run) => {
  try {
    results[name] = { data: await run() };
  } catch (error) {
    results[name] = { error: String(error?.message ?? JSON.stringify(error)) };
  }
};

await settle('apolloClient', async () => {
  const wsClient = createClient({ url: wsUrl, webSocketImpl: WebSocket });
  const client = new ApolloClient({ link: new GraphQLWsLink(wsClient), cache: new InMemoryCache() });
  try {
    return await take((next, error) => {
      const subscription = client.subscribe({ query: gql(SUBSCRIPTION), variables: { after } }).subscribe({
        next: (result) => (result.error ? error(result.error) : next(result.data.changes)),
        error,
      });
      return () => subscription.unsubscribe();
    });
  } finally {
    await wsClient.dispose();
  }
});

await settle('urql', async () => {
  const wsClient = createClient({ url: wsUrl, webSocketImpl: WebSocket });
  const client = new UrqlClient({
    url,
    exchanges: [subscriptionExchange({ forwardSubscription: (request) => ({ subscribe: (sink) => ({ unsubscribe: wsClient.subscribe({ ...request, query: request.query ?? '' }, sink) }) }) })],
  });
  try {
    return await take((next, error) => {
      const { unsubscribe } = client.subscription(SUBSCRIPTION, { after }).subscribe((result) => (result.error ? error(result.error) : next(result.data.changes)));
      return unsubscribe;
    });
  } finally {
    await wsClient.dispose();
  }
});

console.log(JSON.stringify(results));
