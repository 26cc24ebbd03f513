// The soak's writes (npm run soak), which bench:import also measures with and without the change log and history:
// each connection loops over a new actor, an event with two participants (through importBundle) and a new claim.
import type autocannon from 'autocannon';

/** The write mix as autocannon requests: each body is built when sent, so that every name is new. */
export function writeMixRequests(
  prefix: string,
  headers: Record<string, string>,
  onResponse: (status: number, body: string) => void,
): autocannon.Request[] {
  let sequence = 0;
  const write = (build: () => object): autocannon.Request => ({
    method: 'POST',
    path: '/graphql',
    headers,
    setupRequest: (request: autocannon.Request) => ({ ...request, body: JSON.stringify(build()) }),
    onResponse,
  });
  return [
    // The names share all but a number, which the matcher rightly calls likely duplicates (CONFLICT): the mix
    // measures writes, not matching, so it creates them anyway.
    write(() => ({
      query: 'mutation($name: String!) { createActor(input: { kind: ORGANISATION, name: $name, allowDuplicate: true }) { id } }',
      variables: { name: `${prefix} actor ${sequence++}` },
    })),
    write(() => ({
      query: 'mutation($input: ImportBundleInput!) { importBundle(input: $input) { written } }',
      variables: {
        input: { events: [{ cameoCode: '036', title: `${prefix} meeting ${sequence++}`, startDate: '2024-01-15', participants: [{ actor: 'Russia', role: 'HOST' }, { actor: 'India', role: 'VISITOR' }] }] },
      },
    })),
    write(() => ({
      query: 'mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }',
      variables: { input: { statement: `${prefix} claim ${sequence++}`, about: [] } },
    })),
  ];
}
