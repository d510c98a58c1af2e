import {
  ERROR_CODES,
  HEADER_PROTOCOL,
  HEADER_SCHEMA,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type ErrorCode,
  type LoginRequest,
  type LoginResponse,
  type Me,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../protocol/protocol';

/** Why a call failed: the server's reason code, 'network' (no answer) or 'server' (5xx, or an answer that is not the API's). */
export type FailureCode = ErrorCode | 'network' | 'server';

export class ApiError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What GET /api/health says about the server. */
export interface Health {
  /** The server has accounts: a device should log in before it syncs. */
  accounts: boolean;
}

export interface ApiClient {
  health(): Promise<Health>;
  login(request: LoginRequest): Promise<LoginResponse>;
  logout(token: string): Promise<void>;
  me(token: string): Promise<Me>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, cursor: number, limit: number, teamId?: string): Promise<PullResponse>;
}

export interface ApiClientOptions {
  /** Origin of the team's server; '' for the app's own origin. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** The device's clock (ms), to learn the offset to the server's. */
  now?: () => number;
  /** Called with server time minus device time (ms) after every answer that carries `serverTime`. */
  onClockOffset?: (offsetMs: number) => void;
}

const KNOWN_CODES: readonly string[] = ERROR_CODES;

/** The HTTP client of the sync protocol: JSON in and out, errors as `ApiError` with a stable code. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;

  async function call<T>(method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      [HEADER_PROTOCOL]: String(PROTOCOL_VERSION),
      [HEADER_SCHEMA]: String(SCHEMA_VERSION),
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const sentAt = now();
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (error) {
      throw new ApiError('network', 0, (error as Error).message);
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ApiError(response.status >= 500 || response.ok ? 'server' : 'network', response.status, `No JSON from ${path}`);
    }
    const receivedAt = now();
    const serverTime = (json as { serverTime?: unknown; time?: unknown }).serverTime ?? (json as { time?: unknown }).time;
    if (typeof serverTime === 'string' && options.onClockOffset) {
      const server = Date.parse(serverTime);
      // The server read its clock about halfway through the round trip.
      if (!Number.isNaN(server)) options.onClockOffset(server - (sentAt + receivedAt) / 2);
    }
    if (!response.ok) throw toApiError(response.status, json);
    return json as T;
  }

  return {
    async health() {
      const body = await call<{ accounts?: unknown }>('GET', '/api/health');
      if (typeof body.accounts === 'boolean') return { accounts: body.accounts };
      // A server that does not say: one with accounts refuses /api/me without a login (401).
      try {
        await call<unknown>('GET', '/api/me');
        return { accounts: false };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'unauthorized') return { accounts: true };
        return { accounts: false };
      }
    },
    login: (request) => call<LoginResponse>('POST', '/api/login', undefined, request),
    logout: async (token) => void (await call<unknown>('POST', '/api/logout', token, {})),
    me: (token) => call<Me>('GET', '/api/me', token),
    push: (token, request) => call<PushResponse>('POST', '/api/sync/push', token, request),
    pull: (token, cursor, limit, teamId) =>
      call<PullResponse>(
        'GET',
        `/api/sync/pull?cursor=${cursor}&limit=${limit}${teamId ? `&team=${encodeURIComponent(teamId)}` : ''}`,
        token,
      ),
  };
}

function toApiError(status: number, json: unknown): ApiError {
  const error = (json as { error?: { code?: unknown; message?: unknown } }).error;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  if (typeof error?.code === 'string' && KNOWN_CODES.includes(error.code)) return new ApiError(error.code as ErrorCode, status, message);
  if (status === 401) return new ApiError('unauthorized', status, message);
  if (status === 426) return new ApiError('upgrade-required', status, message);
  if (status === 413) return new ApiError('too-large', status, message);
  if (status === 429) return new ApiError('rate-limited', status, message);
  return new ApiError(status >= 500 ? 'server' : 'invalid-body', status, message);
}
