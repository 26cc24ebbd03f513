// What every resolver receives: the services, this request's loaders, and who sent it.
import { createLoaders, type Loaders } from './loaders';
import type { Caller } from './modules/api-keys/api-keys.service';
import type { Services } from './services';

export interface GraphQLContext {
  services: Services;
  loaders: Loaders;
  /** The API key's name and role; null for an anonymous request. */
  caller: Caller | null;
}

export function createContext(services: Services, caller: Caller | null = null): GraphQLContext {
  return { services, loaders: createLoaders(services), caller };
}
