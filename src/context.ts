// What every resolver receives: the services, this request's loaders, and who sent it.
import { randomUUID } from 'node:crypto';
import { createLoaders, type Loaders } from './loaders';
import type { Caller } from './modules/api-keys/api-keys.service';
import type { Services } from './services';

export interface GraphQLContext {
  services: Services;
  loaders: Loaders;
  /** The API key's name and role; null for an anonymous request. */
  caller: Caller | null;
  /** Sent back in `x-request-id` and with errors; the log lines of the request carry it. */
  requestId: string;
}

export function createContext(services: Services, caller: Caller | null = null, requestId: string = randomUUID()): GraphQLContext {
  return { services, loaders: createLoaders(services), caller, requestId };
}
