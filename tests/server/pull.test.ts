import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { DEFAULT_PULL_LIMIT } from '../../src/server/sync/pullQuery.ts';
import { MAX_PULL_LIMIT, type Change } from '../../src/protocol/protocol.ts';
import { backends, resetTables } from './backends.ts';
import { makeWorld, type Device } from './harness.ts';

describe.each(backends)('pull on $name', (backend) => {
  let db: Database;
  let world: ReturnType<typeof makeWorld>;
  let teamA: { id: string };
  let teamB: { id: string };
  let kari: Device;
  let per: Device;

  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await resetTables(db);
    world = makeWorld(db);
    teamA = await world.team('Team Nord (fiktivt)');
    teamB = await world.team('Team Sør (fiktivt)');
    kari = await world.login(await world.user('kari', [teamA.id]), 'kari-phone');
    per = await world.login(await world.user('per', [teamB.id]), 'per-phone');
  });

  async function notes(device: Device, teamId: string, n: number, prefix: string) {
    const mutations = Array.from({ length: n }, (_, i) =>
      device.mutation('notes', `${prefix}-${i}`, { id: `${prefix}-${i}`, teamId, text: `Notat ${i}` }),
    );
    const res = await device.push(mutations);
    expect(res.status).toBe(200);
    return mutations;
  }

  async function page(device: Device, query: string) {
    const res = await device.pull(query);
    expect(res.status).toBe(200);
    return (await res.json()) as { serverTime: string; changes: Change[]; cursor: number; hasMore: boolean };
  }

  it('returns the team’s changes after the cursor in pages, with the next cursor and whether more remain', async () => {
    const written = await notes(kari, teamA.id, 12, 'n');
    const first = await page(kari, '?cursor=0&limit=5');
    expect(first.changes.map((c) => c.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(first).toMatchObject({ cursor: 5, hasMore: true, serverTime: world.now().toISOString() });
    expect(first.changes[0]).toEqual({
      seq: 1,
      table: 'notes',
      recordId: 'n-0',
      teamId: teamA.id,
      op: 'put',
      fields: written[0]!.fields,
      hlc: written[0]!.hlc,
      deviceId: 'kari-phone',
    });
    const second = await page(kari, '?cursor=5&limit=5');
    expect(second.changes.map((c) => c.seq)).toEqual([6, 7, 8, 9, 10]);
    expect(second.hasMore).toBe(true);
    const last = await page(kari, '?cursor=10&limit=5');
    expect(last.changes.map((c) => c.seq)).toEqual([11, 12]);
    expect(last).toMatchObject({ cursor: 12, hasMore: false });
    // Nothing new: the same cursor back, nothing more.
    expect(await page(kari, '?cursor=12')).toMatchObject({ changes: [], cursor: 12, hasMore: false });
  });

  it(`starts at 0 and pages ${DEFAULT_PULL_LIMIT} changes when the device names neither`, async () => {
    await notes(kari, teamA.id, 3, 'n');
    const all = await page(kari, '');
    expect(all.changes).toHaveLength(3);
    expect(all.cursor).toBe(3);
    expect(DEFAULT_PULL_LIMIT).toBeLessThanOrEqual(MAX_PULL_LIMIT);
  });

  it('[SYNC-TEAM] never returns another team’s changes', async () => {
    await notes(kari, teamA.id, 3, 'a');
    await notes(per, teamB.id, 2, 'b');
    const forPer = await page(per, '?cursor=0');
    expect(forPer.changes.map((c) => c.recordId)).toEqual(['b-0', 'b-1']);
    expect(forPer.changes.every((c) => c.teamId === teamB.id)).toBe(true);
    // Each team's feed is numbered on its own.
    expect(forPer.changes.map((c) => c.seq)).toEqual([1, 2]);
    const asked = await per.pull(`?team=${teamA.id}`);
    expect(asked.status).toBe(403);
    expect((await asked.json()).error.code).toBe('forbidden-team');
  });

  it('lets a user in two teams pull each team’s feed with its own cursor', async () => {
    const both = await world.login(await world.user('bodil', [teamA.id, teamB.id]), 'bodil-phone');
    await notes(kari, teamA.id, 2, 'a');
    await notes(per, teamB.id, 3, 'b');
    const unnamed = await both.pull('?cursor=0');
    expect(unnamed.status).toBe(400);
    expect((await unnamed.json()).error.message).toMatch(/team=/);
    const a = await page(both, `?team=${teamA.id}&cursor=0`);
    const b = await page(both, `?team=${teamB.id}&cursor=1`);
    expect(a.changes.map((c) => c.recordId)).toEqual(['a-0', 'a-1']);
    expect(b.changes.map((c) => c.recordId)).toEqual(['b-1', 'b-2']);
    // Pushing into both at once answers each team's cursor.
    const res = await both.push([
      both.mutation('notes', 'x-a', { id: 'x-a', teamId: teamA.id, text: 'A' }),
      both.mutation('notes', 'x-b', { id: 'x-b', teamId: teamB.id, text: 'B' }),
    ]);
    expect((await res.json()).cursors).toEqual({ [teamA.id]: 3, [teamB.id]: 4 });
  });

  it('refuses a user in no team', async () => {
    const lone = await world.login(await world.user('alene', []), 'alene-phone');
    expect((await lone.pull()).status).toBe(403);
  });

  it.each([
    ['?cursor=-1'],
    ['?cursor=abc'],
    ['?cursor=1.5'],
    ['?cursor=99999999999999999999'],
    ['?limit=0'],
    ['?limit=-3'],
    [`?limit=${MAX_PULL_LIMIT + 1}`],
    ['?limit=many'],
  ])('answers wrong query %s with 400 JSON', async (query) => {
    const res = await kari.pull(query);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ serverTime: expect.any(String), error: { code: 'invalid-body', message: expect.any(String) } });
  });

  it('audits a pull that returned records, and not an empty one', async () => {
    await notes(kari, teamA.id, 2, 'n');
    await page(kari, '?cursor=0');
    await page(kari, '?cursor=2');
    const rows = await db.query<{ action: string; team_id: string; detail: unknown }>(
      "SELECT action, team_id, detail FROM audit_log WHERE action = 'pull'",
    );
    expect(rows).toEqual([{ action: 'pull', team_id: teamA.id, detail: { after: 0, cursor: 2, count: 2 } }]);
  });

  it('brings a deleted record’s tombstone, so no device keeps it', async () => {
    await notes(kari, teamA.id, 1, 'n');
    await kari.push([kari.mutation('notes', 'n-0', {}, { op: 'delete' })]);
    const { changes } = await page(kari, '?cursor=1');
    expect(changes).toEqual([expect.objectContaining({ seq: 2, recordId: 'n-0', op: 'delete', fields: { deleted: true } })]);
  });
});
