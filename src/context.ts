// What every resolver receives: the services and this request's loaders.
import { createLoaders, type Loaders } from './loaders';
import type { Services } from './services';

export interface GraphQLContext {
  services: Services;
  loaders: Loaders;
}

export function createContext(services: Services): GraphQLContext {
  return { services, loaders: createLoaders(services) };
}
