import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { apiError, type ApiErrorCode } from '../apiError.ts';

/** A failure the routes answer with: HTTP status, stable code, a message a person can read. */
export interface Failure {
  status: ContentfulStatusCode;
  code: ApiErrorCode;
  message: string;
}

export function failure(status: ContentfulStatusCode, code: ApiErrorCode, message: string): Failure {
  return { status, code, message };
}

/** JSON with `serverTime` added: every API answer carries it, so a device can keep its clock offset. */
export function sendJson<T extends object>(c: Context, now: () => Date, body: T, status: ContentfulStatusCode = 200) {
  return c.json({ serverTime: now().toISOString(), ...body }, status);
}

export function sendFailure(c: Context, now: () => Date, { status, code, message }: Failure) {
  return c.json(apiError(code, message, now()), status);
}
