// The one shape of an error the API returns, so the client can branch on a
// stable code and show the message (Norwegian) without parsing text.
export type ApiErrorCode = 'not-found' | 'internal';

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

export function apiError(code: ApiErrorCode, message: string): ApiErrorBody {
  return { error: { code, message } };
}
