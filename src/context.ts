// What every resolver receives: the services, this request's batches, and who sent it.
import { randomUUID } from 'node:crypto';
import type { Caller } from './modules/api-keys/api-keys.service';
import type { Replica } from './db/replicas';
import type { Services } from './services';
import { RequestBatches } from './shared/batches';
import type { JsonPassThrough } from './server/compiled-reads';

export interface GraphQLContext {
  services: Services;
  /** This request's batches: the services read for all parents of a field at once through them. */
  batches: RequestBatches;
  /** The API key's name and role; null for an anonymous request. */
  caller: Caller | null;
  /** Sent back in `x-request-id` and with errors; the log lines of the request carry it. */
  requestId: string;
  /** The data version read before this request ran, when HTTP caching needs it (the response cache keys on it). */
  dataVersion?: string;
  /** The replica a query reads from (db/replicas.ts); none: the primary. */
  readReplica?: Replica | null;
  /** Where reads built as JSON text wait for the response to be written (server/graphql-http.ts); none: parsed. */
  jsonPassThrough?: JsonPassThrough;
}

export function createContext(services: Services, caller: Caller | null = null, requestId: string = randomUUID(), dataVersion?: string, readReplica?: Replica | null): GraphQLContext {
  return { services, batches: new RequestBatches(), caller, requestId, ...(dataVersion === undefined ? {} : { dataVersion }), ...(readReplica ? { readReplica } : {}) };
}
