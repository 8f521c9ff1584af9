import { GraphQLError } from 'graphql';

/** The request-level error codes of the public contract. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export function requestError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Bad input that names the argument at fault, e.g. `near.latitude`. */
export function badInput(argument: string, message: string) {
  return requestError('BAD_USER_INPUT', `${argument}: ${message}`, { argumentName: argument });
}

export const unauthenticated = (message = 'A valid API key is required') => requestError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Your key does not allow this') => requestError('FORBIDDEN', message);
