import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'NETWORK' | 'UNKNOWN';

export interface ApiProblem {
  code: ErrorCode;
  /** The server's sentences, written for people; BAD_USER_INPUT lists one per field. */
  messages: string[];
}

const KNOWN: ErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'];

/** Turns whatever Apollo threw into the contract's code and the server's messages. */
export function describeError(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const raw = first?.extensions?.code;
    const code = KNOWN.includes(raw as ErrorCode) ? (raw as ErrorCode) : 'UNKNOWN';
    const messages = error.errors.flatMap((e) => splitFieldMessages(e.message));
    return { code, messages: code === 'UNKNOWN' ? [] : messages };
  }
  return { code: 'NETWORK', messages: [] };
}

/** "email: not valid; password: too short" reads better as a list. */
export function splitFieldMessages(message: string): string[] {
  return message
    .split(/;\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function errorCode(error: unknown): ErrorCode | undefined {
  return error ? describeError(error).code : undefined;
}
