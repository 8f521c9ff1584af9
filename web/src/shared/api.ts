import type { TypedDocumentString } from '../generated/graphql.ts';

/** A request-level GraphQL error, with the contract's code (UNAUTHENTICATED, BAD_USER_INPUT, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * POSTs one typed operation to this server's /graphql. POST (not GET) so that a searcher's point travels only in
 * the body, never in a URL that a proxy or browser history could keep.
 */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: { key?: string | null; signal?: AbortSignal } = {},
): Promise<R> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('The directory could not be reached. Check your connection and try again.', 'NETWORK');
  }
  let body: { data?: R | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The directory answered with an error (HTTP ${res.status}).`, 'HTTP');
  }
  const first = body.errors?.[0];
  if (first || !body.data)
    throw new ApiError(first?.message ?? 'No data in the answer.', first?.extensions?.code ?? 'UNKNOWN');
  return body.data;
}

export interface PageConfig {
  tileUrl: string | null;
  tileAttribution: string;
  geocoder: boolean;
  explorer: boolean;
}

/** The server writes the page's settings into <meta name="pa-config"> (src/web/routes.ts). */
export function pageConfig(): PageConfig {
  const fallback: PageConfig = { tileUrl: null, tileAttribution: '', geocoder: false, explorer: false };
  const raw = document.querySelector<HTMLMetaElement>('meta[name="pa-config"]')?.content;
  try {
    return raw && raw !== '__PA_CONFIG__' ? { ...fallback, ...JSON.parse(raw) } : fallback;
  } catch {
    return fallback;
  }
}
