import createClient from 'openapi-fetch';
import { ANONYMOUS_HEADER, API_BASE, ApiError, authedFetch, toApiError } from './http';
import type { components, paths } from './openapi';

/**
 * The API client, typed by the OpenAPI document (`npm run openapi` regenerates `openapi.d.ts`): paths,
 * parameters and bodies are checked at compile time. Login, token refresh and network errors are
 * handled by `authedFetch`.
 */
export const client = createClient<paths>({ baseUrl: API_BASE, fetch: authedFetch });

export type Schemas = components['schemas'];

/** Pass as `headers` to send a request without the login (public pages of a signed-in user). */
export const anonymous = { [ANONYMOUS_HEADER]: '1' } as const;

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The data of a typed call, or the server's error thrown as ApiError. */
export async function ok<D>(call: Promise<Answer<D>>): Promise<D> {
  let r: Answer<D>;
  try {
    r = await call;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(0, 'NETWORK', 'network');
  }
  if (!r.response.ok) throw toApiError(r.response.status, r.response.statusText, r.error);
  return r.data as D;
}

/**
 * For a route whose response the OpenAPI document does not describe yet: the caller names the type.
 * Each use disappears as the server declares its responses (then `ok` infers it).
 */
export async function okAs<T>(call: Promise<Answer<unknown>>): Promise<T> {
  return (await ok(call)) as T;
}

/** A page of a list, the API's convention. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** The query parameters of a GET route, from the OpenAPI document. */
export type QueryOf<P extends keyof paths> = paths[P] extends {
  get: { parameters: { query?: infer Q } };
}
  ? NonNullable<Q>
  : never;
