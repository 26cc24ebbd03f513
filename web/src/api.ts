// The explorer's only way to the service: POST /graphql with an operation typed by GraphQL Code Generator.
import type { TypedDocumentString } from './generated/graphql';

/** Why a request failed: the service said no (with its error code), or it could not be reached at all. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'service',
    readonly code?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** The endpoint is the page's own origin: the service serves both. */
const ENDPOINT = '/graphql';

/** Sends an operation; `apiKey` (a writer's key, which the page keeps for the browser session only) authorises a write. */
export async function request<Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables, options: { apiKey?: string } = {}): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The service cannot be reached: check the connection and try again.', 'network');
  }
  let body: GraphQLResponse<Data>;
  try {
    body = (await response.json()) as GraphQLResponse<Data>;
  } catch {
    throw new ApiError(`The service answered HTTP ${response.status} without data; try again.`, 'network');
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, 'service', error.extensions?.code, error.extensions?.field);
  if (!body.data) throw new ApiError('The service answered without data; try again.', 'network');
  return body.data;
}
