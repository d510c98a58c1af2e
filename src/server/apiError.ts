import type { ErrorCode } from '../protocol/protocol.ts';

// The one shape of an error the API returns, so the client can branch on a
// stable code and show the message (Norwegian) without parsing text. Like
// every API answer it carries the server's time.
export type ApiErrorCode = ErrorCode | 'internal';

export interface ApiErrorBody {
  serverTime: string;
  error: { code: ApiErrorCode; message: string };
}

export function apiError(code: ApiErrorCode, message: string, now: Date = new Date()): ApiErrorBody {
  return { serverTime: now.toISOString(), error: { code, message } };
}
