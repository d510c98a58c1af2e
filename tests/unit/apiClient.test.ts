import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../../src/sync/apiClient';
import { HEADER_PROTOCOL, HEADER_SCHEMA, PROTOCOL_VERSION, SCHEMA_VERSION } from '../../src/protocol/protocol';

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a failure');
}

describe('the API client', () => {
  it('sends the versions and the token, and learns the server clock offset from the answer', async () => {
    let seen: Request | undefined;
    const offsets: number[] = [];
    const api = createApiClient({
      baseUrl: 'http://server',
      now: () => 1_000_000,
      onClockOffset: (offset) => offsets.push(offset),
      fetch: async (input, init) => (
        (seen = new Request(input, init)),
        json(200, { serverTime: new Date(1_060_000).toISOString(), changes: [], cursor: 4, hasMore: false })
      ),
    });
    expect(await api.pull('tok', 4, 2500, 'team-a')).toMatchObject({ cursor: 4 });
    expect(seen?.url).toBe('http://server/api/sync/pull?cursor=4&limit=2500&team=team-a');
    expect(seen?.headers.get('authorization')).toBe('Bearer tok');
    expect(seen?.headers.get(HEADER_PROTOCOL)).toBe(String(PROTOCOL_VERSION));
    expect(seen?.headers.get(HEADER_SCHEMA)).toBe(String(SCHEMA_VERSION));
    expect(offsets).toEqual([60_000]);
  });

  it('turns refusals into stable codes, and no answer into "network"', async () => {
    const answer = (status: number, body: object) => createApiClient({ fetch: async () => json(status, body) });
    expect((await failure(answer(401, { error: { code: 'unauthorized', message: 'x' } }).me('t'))).code).toBe('unauthorized');
    expect((await failure(answer(426, {}).me('t'))).code).toBe('upgrade-required');
    expect((await failure(answer(400, { error: { code: 'clock-skew', message: 'x' } }).me('t'))).code).toBe('clock-skew');
    expect((await failure(answer(503, {}).me('t'))).code).toBe('server');
    const offline = createApiClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect((await failure(offline.me('t'))).code).toBe('network');
  });

  it('tells a server with accounts from a plain one', async () => {
    const withFlag = createApiClient({ fetch: async () => json(200, { ok: true, accounts: true }) });
    expect(await withFlag.health()).toEqual({ accounts: true });
    const asks = createApiClient({
      fetch: async (input) =>
        (input instanceof Request ? input.url : input.toString()).endsWith('/api/health')
          ? json(200, { ok: true })
          : json(401, { error: { code: 'unauthorized', message: 'x' } }),
    });
    expect(await asks.health()).toEqual({ accounts: true });
    const plain = createApiClient({
      fetch: async (input) =>
        (input instanceof Request ? input.url : input.toString()).endsWith('/api/health')
          ? json(200, { ok: true })
          : json(404, { error: { code: 'not-found', message: 'x' } }),
    });
    expect(await plain.health()).toEqual({ accounts: false });
  });
});
