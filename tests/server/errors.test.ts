import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { Database } from '../../src/server/db/database.ts';
import { versionHeaders } from './harness.ts';

// A database that has gone away: every query fails.
const broken: Database = {
  kind: 'postgres',
  query: async () => {
    throw new Error('connection terminated: secret detail');
  },
  exec: async () => {
    throw new Error('connection terminated');
  },
  transaction: async () => {
    throw new Error('connection terminated');
  },
  close: async () => {},
};

describe('when the server itself fails', () => {
  it('answers 500 JSON with the server time and a plain message, never the error’s details', async () => {
    const now = new Date('2026-11-23T09:00:00Z');
    const app = createApp({ distDir: tmpdir(), db: broken, now: () => now });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await app.request('/api/me', { headers: { ...versionHeaders, authorization: `Bearer ${'a'.repeat(43)}` } });
      expect(res.status).toBe(500);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      const body = await res.json();
      expect(body).toEqual({ serverTime: now.toISOString(), error: { code: 'internal', message: 'Noe gikk galt på serveren' } });
      expect(JSON.stringify(body)).not.toContain('secret');
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
