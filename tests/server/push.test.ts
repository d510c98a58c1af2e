import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { MAX_BATCH_BYTES, MAX_BATCH_MUTATIONS, type Mutation } from '../../src/protocol/protocol.ts';
import { backends, resetTables } from './backends.ts';
import { makeWorld, versionHeaders, type Device } from './harness.ts';

describe.each(backends)('push on $name', (backend) => {
  let db: Database;
  let world: ReturnType<typeof makeWorld>;
  let teamA: { id: string; name: string };
  let teamB: { id: string; name: string };
  let kari: Device;
  let kariLaptop: Device;
  let ola: Device;
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
    const kariUser = await world.user('kari', [teamA.id]);
    kari = await world.login(kariUser, 'kari-phone');
    kariLaptop = await world.login(kariUser, 'kari-laptop');
    ola = await world.login(await world.user('ola', [teamA.id]), 'ola-phone');
    per = await world.login(await world.user('per', [teamB.id]), 'per-phone');
  });

  const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const record = async (id: string) =>
    (
      await db.query<{ field_values: Record<string, unknown>; deleted: boolean; team_id: string }>(
        'SELECT field_values, deleted, team_id FROM records WHERE id = $1',
        [id],
      )
    )[0];
  const newJobseeker = (device: Device, id: string, fields: Record<string, unknown> = {}) =>
    device.mutation('jobseekers', id, { id, teamId: teamA.id, firstName: 'Ada', lastName: 'Fiktiv', phone: '40000000', ...fields });

  /** Nothing in the store changed: the refused-batch check. */
  async function expectNothingApplied() {
    expect(await count('records')).toBe(0);
    expect(await count('changes')).toBe(0);
    expect(await count('applied_mutations')).toBe(0);
    expect(await count('field_history')).toBe(0);
    const counters = await db.query<{ last_seq: number }>('SELECT last_seq FROM team_counters');
    expect(counters.every((c) => c.last_seq === 0)).toBe(true);
  }

  it('applies a new record, numbers its change, and answers per mutation with the server time', async () => {
    const m = newJobseeker(kari, 'js-1');
    const res = await kari.push([m]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      serverTime: world.now().toISOString(),
      results: [{ mutationNumber: m.mutationNumber, status: 'applied' }],
      cursor: 1,
      cursors: { [teamA.id]: 1 },
    });
    expect(await record('js-1')).toEqual({ field_values: m.fields, deleted: false, team_id: teamA.id });
    const changes = await db.query('SELECT seq, table_name, record_id, op, fields, hlc, device_id FROM changes');
    expect(changes).toEqual([
      { seq: 1, table_name: 'jobseekers', record_id: 'js-1', op: 'put', fields: m.fields, hlc: m.hlc, device_id: 'kari-phone' },
    ]);
  });

  it('[MERGE-1] keeps both edits when two devices change different fields of the same record', async () => {
    await kari.push([newJobseeker(kari, 'js-1')]);
    world.clock.now = new Date(world.clock.now.getTime() + 1000);
    const phoneEdit = kari.mutation('jobseekers', 'js-1', { phone: '41111111' });
    const laptopEdit = kariLaptop.mutation('jobseekers', 'js-1', { lastName: 'Nordmann' });
    expect((await kariLaptop.push([laptopEdit])).status).toBe(200);
    expect((await kari.push([phoneEdit])).status).toBe(200);
    expect((await record('js-1'))!.field_values).toMatchObject({ phone: '41111111', lastName: 'Nordmann', firstName: 'Ada' });
  });

  it('[MERGE-1] lets the later edit of one field win whatever order the pushes come in, and keeps the other in history', async () => {
    await kari.push([newJobseeker(kari, 'js-1')]);
    world.clock.now = new Date(world.clock.now.getTime() + 1000);
    const earlier = ola.mutation('jobseekers', 'js-1', { phone: '42222222' });
    world.clock.now = new Date(world.clock.now.getTime() + 1000);
    const later = kari.mutation('jobseekers', 'js-1', { phone: '43333333' });
    // The later edit reaches the server first; the earlier one arrives afterwards and loses.
    await kari.push([later]);
    const res = await ola.push([earlier]);
    expect((await res.json()).results).toEqual([{ mutationNumber: earlier.mutationNumber, status: 'applied' }]);
    expect((await record('js-1'))!.field_values.phone).toBe('43333333');
    // The losing edit reaches no device (no change), but is kept.
    expect(await count('changes')).toBe(2);
    const history = await db.query(
      'SELECT field, kind, value, value_hlc, winner_hlc, user_id IS NOT NULL AS who FROM field_history ORDER BY id',
    );
    expect(history).toEqual([
      { field: 'phone', kind: 'overwritten', value: '40000000', value_hlc: expect.any(String), winner_hlc: later.hlc, who: true },
      { field: 'phone', kind: 'lost', value: '42222222', value_hlc: earlier.hlc, winner_hlc: later.hlc, who: true },
    ]);
  });

  it('[SYNC-HISTORY] keeps every overwritten value with who, when and the stamps', async () => {
    const created = newJobseeker(kari, 'js-1');
    await kari.push([created]);
    const edit = ola.mutation('jobseekers', 'js-1', { phone: '45555555', lastName: 'Endret' });
    await ola.push([edit]);
    const rows = await db.query<{ field: string; value: unknown; value_hlc: string; winner_hlc: string; device_id: string; at: Date }>(
      "SELECT field, value, value_hlc, winner_hlc, device_id, at FROM field_history WHERE kind = 'overwritten' ORDER BY field",
    );
    expect(rows).toEqual([
      { field: 'lastName', value: 'Fiktiv', value_hlc: created.hlc, winner_hlc: edit.hlc, device_id: 'ola-phone', at: world.now() },
      { field: 'phone', value: '40000000', value_hlc: created.hlc, winner_hlc: edit.hlc, device_id: 'ola-phone', at: world.now() },
    ]);
  });

  it('[MERGE-2] lets a delete win over a newer edit from a device that was offline', async () => {
    await kari.push([newJobseeker(kari, 'js-1')]);
    world.clock.now = new Date(world.clock.now.getTime() + 1000);
    const remove = kari.mutation('jobseekers', 'js-1', {}, { op: 'delete' });
    await kari.push([remove]);
    world.clock.now = new Date(world.clock.now.getTime() + 60_000);
    const newerEdit = ola.mutation('jobseekers', 'js-1', { phone: '46666666' });
    expect((await ola.push([newerEdit])).status).toBe(200);
    const stored = await record('js-1');
    expect(stored!.deleted).toBe(true);
    expect(stored!.field_values.deleted).toBe(true);
  });

  it('[SYNC-IDEMPOTENT] answers a repeated batch as duplicates and records each mutation once', async () => {
    const batch = [newJobseeker(kari, 'js-1'), kari.mutation('jobseekers', 'js-1', { phone: '47777777' }), newJobseeker(kari, 'js-2')];
    const first = await (await kari.push(batch)).json();
    expect(first.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const again = await (await kari.push(batch)).json();
    expect(again.results).toEqual(batch.map((m) => ({ mutationNumber: m.mutationNumber, status: 'duplicate' })));
    expect(again.cursor).toBe(first.cursor);
    expect(await count('changes')).toBe(3);
    expect(await count('applied_mutations')).toBe(3);
    // Half old, half new: the old are duplicates, the new applied.
    const more = kari.mutation('jobseekers', 'js-2', { phone: '48888888' });
    const mixed = await (await kari.push([batch[2]!, more])).json();
    expect(mixed.results).toEqual([
      { mutationNumber: batch[2]!.mutationNumber, status: 'duplicate' },
      { mutationNumber: more.mutationNumber, status: 'applied' },
    ]);
    expect(await count('changes')).toBe(4);
  });

  it('counts mutation numbers per user and device: another device may use the same numbers', async () => {
    await kari.push([newJobseeker(kari, 'js-1')]);
    const olaFirst = ola.mutation('jobseekers', 'js-1', { phone: '49999999' });
    expect(olaFirst.mutationNumber).toBe(1);
    expect((await (await ola.push([olaFirst])).json()).results[0].status).toBe('applied');
  });

  it('refuses a mutation number reused for a different change, rather than dropping it as a duplicate', async () => {
    const original = newJobseeker(kari, 'js-1');
    await kari.push([original]);
    const reused: Mutation = { ...newJobseeker(kari, 'js-2'), mutationNumber: original.mutationNumber };
    const res = await kari.push([reused]);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('invalid-body');
    expect(await record('js-2')).toBeUndefined();
  });

  describe('[SYNC-TEAM] team isolation', () => {
    it('refuses the whole batch with 403 when one mutation edits another team’s record', async () => {
      await per.push([per.mutation('jobseekers', 'js-b', { id: 'js-b', teamId: teamB.id, firstName: 'Bjørn' })]);
      const before = await db.query('SELECT * FROM records');
      const res = await kari.push([newJobseeker(kari, 'js-1'), kari.mutation('jobseekers', 'js-b', { firstName: 'Kapret' })]);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden-team');
      expect(await db.query('SELECT * FROM records')).toEqual(before);
      expect(await count('changes')).toBe(1);
      expect(await count('applied_mutations')).toBe(1);
    });

    it('refuses a new record for a team the user is not in', async () => {
      const res = await kari.push([kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamB.id, text: 'Sniker inn' })]);
      expect(res.status).toBe(403);
      await expectNothingApplied();
    });

    it('refuses moving a record to another team, even one the user is in', async () => {
      await kari.push([newJobseeker(kari, 'js-1')]);
      const res = await kari.push([kari.mutation('jobseekers', 'js-1', { teamId: teamB.id })]);
      expect(res.status).toBe(403);
      expect((await record('js-1'))!.team_id).toBe(teamA.id);
    });

    it('refuses a delete of another team’s record', async () => {
      await per.push([per.mutation('notes', 'n-b', { id: 'n-b', teamId: teamB.id, text: 'Notat' })]);
      const res = await kari.push([kari.mutation('notes', 'n-b', {}, { op: 'delete' })]);
      expect(res.status).toBe(403);
      expect((await record('n-b'))!.deleted).toBe(false);
    });

    it('audits a refused push', async () => {
      await kari.push([kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamB.id, text: 'x' })]);
      const rows = await db.query<{ action: string; detail: { code: string } }>(
        "SELECT action, detail FROM audit_log WHERE action = 'push-refused'",
      );
      expect(rows).toEqual([{ action: 'push-refused', detail: { code: 'forbidden-team', message: expect.any(String) } }]);
    });
  });

  describe('[SYNC-EVENT] event records', () => {
    it('refuses an edit of a stored note with event-immutable, and applies nothing of the batch', async () => {
      await kari.push([kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamA.id, text: 'Første møte' })]);
      const res = await kari.push([newJobseeker(kari, 'js-1'), kari.mutation('notes', 'n-1', { text: 'Omskrevet' })]);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('event-immutable');
      expect(await record('js-1')).toBeUndefined();
      expect((await record('n-1'))!.field_values.text).toBe('Første møte');
    });

    it('accepts a delete of an event record, and a new revision as a new record', async () => {
      await kari.push([kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamA.id, rootId: 'n-1', text: 'Første' })]);
      const res = await kari.push([
        kari.mutation('notes', 'n-2', { id: 'n-2', teamId: teamA.id, rootId: 'n-1', text: 'Rettet' }),
        kari.mutation('caseEvents', 'e-1', { id: 'e-1', teamId: teamA.id, kind: 'step' }),
        kari.mutation('caseEvents', 'e-1', {}, { op: 'delete' }),
      ]);
      expect(res.status).toBe(200);
      expect((await record('e-1'))!.deleted).toBe(true);
    });
  });

  it('refuses pushes from a supervisor with 403, who may still pull', async () => {
    const supervisor = await world.login(await world.user('siv', [teamA.id], 'supervisor'), 'siv-laptop');
    const res = await supervisor.push([newJobseeker(supervisor, 'js-1')]);
    expect(res.status).toBe(403);
    expect((await res.json()).error).toEqual({ code: 'forbidden-role', message: expect.stringMatching(/veileder/i) });
    await expectNothingApplied();
    expect((await supervisor.pull()).status).toBe(200);
  });

  describe('clocks', () => {
    it('refuses a change stamped more than 5 minutes ahead of the server, with a message to show', async () => {
      kari.skewMs = 6 * 60_000;
      const res = await kari.push([newJobseeker(kari, 'js-1')]);
      expect(res.status).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe('clock-skew');
      expect(body.error.message).toMatch(/^Klokken på enheten går feil/);
      expect(body.serverTime).toBe(world.now().toISOString());
      await expectNothingApplied();
    });

    it('accepts a clock a little ahead, and any clock behind', async () => {
      kari.skewMs = 4 * 60_000;
      expect((await kari.push([newJobseeker(kari, 'js-1')])).status).toBe(200);
      ola.skewMs = -3 * 86_400_000;
      expect((await ola.push([newJobseeker(ola, 'js-2')])).status).toBe(200);
    });
  });

  it('answers 426 upgrade-required to a batch from a protocol that is too old', async () => {
    const body = { protocolVersion: 0, schemaVersion: 1, deviceId: 'kari-phone', mutations: [] };
    const res = await world.request('POST', '/api/sync/push', { token: kari.token, body });
    expect(res.status).toBe(426);
    expect((await res.json()).error.code).toBe('upgrade-required');
    const oldHeader = await world.request('POST', '/api/sync/push', {
      token: kari.token,
      body: { ...body, protocolVersion: 1 },
      headers: { 'x-femtrinn-protocol': '0' },
    });
    expect(oldHeader.status).toBe(426);
  });

  describe('bad input gets 4xx JSON and applies nothing', () => {
    const rawPush = (body: string, headers: Record<string, string> = {}) =>
      world.app.request('/api/sync/push', {
        method: 'POST',
        headers: { ...versionHeaders, authorization: `Bearer ${kari.token}`, 'content-type': 'application/json', ...headers },
        body,
      });
    const batch = (mutations: unknown[], extra: Record<string, unknown> = {}) =>
      JSON.stringify({ protocolVersion: 1, schemaVersion: 2, deviceId: 'kari-phone', mutations, ...extra });
    const valid = () => newJobseeker(kari, 'js-ok');

    async function expectRefused(res: Response, status: number, code: string) {
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body).toEqual({ serverTime: expect.any(String), error: { code, message: expect.any(String) } });
      expect(body.error.message.length).toBeGreaterThan(10);
      await expectNothingApplied();
    }

    it.each([
      ['malformed JSON', '{"mutations": [', 400, 'invalid-body'],
      ['an empty body', '', 400, 'invalid-body'],
      ['a JSON array', '[]', 400, 'invalid-body'],
      ['a string', '"push"', 400, 'invalid-body'],
    ])('%s', async (_, body, status, code) => {
      await expectRefused(await rawPush(body), status, code);
    });

    it('a body that is not JSON by its content type (415)', async () => {
      await expectRefused(await rawPush(batch([valid()]), { 'content-type': 'text/plain' }), 415, 'invalid-body');
    });

    it('a body that is not UTF-8', async () => {
      const res = await world.app.request('/api/sync/push', {
        method: 'POST',
        headers: { ...versionHeaders, authorization: `Bearer ${kari.token}`, 'content-type': 'application/json' },
        body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      });
      await expectRefused(res, 400, 'invalid-body');
    });

    it(`more than ${MAX_BATCH_MUTATIONS} mutations (413)`, async () => {
      const many = Array.from({ length: MAX_BATCH_MUTATIONS + 1 }, (_, i) =>
        kari.mutation('notes', `n-${i}`, { id: `n-${i}`, teamId: teamA.id }),
      );
      await expectRefused(await rawPush(batch(many)), 413, 'too-large');
    });

    it('more than 1 MB declared in Content-Length, refused before it is read (413)', async () => {
      await expectRefused(await rawPush(batch([valid()]), { 'content-length': String(MAX_BATCH_BYTES + 1) }), 413, 'too-large');
    });

    it('more than 1 MB of body without a Content-Length (413)', async () => {
      const big = batch([kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamA.id, text: 'æ'.repeat(MAX_BATCH_BYTES / 2) })]);
      await expectRefused(await rawPush(big), 413, 'too-large');
    });

    it('an unknown table', async () => {
      await expectRefused(await rawPush(batch([valid(), { ...kari.mutation('notes', 'x', {}), table: 'salaries' }])), 400, 'unknown-table');
    });

    it.each([
      ['mutationNumber as text', { mutationNumber: '7' }],
      ['a negative mutationNumber', { mutationNumber: -1 }],
      ['a fractional mutationNumber', { mutationNumber: 1.5 }],
      ['table as a number', { table: 3 }],
      ['an empty recordId', { recordId: '' }],
      ['a recordId with spaces', { recordId: 'a b' }],
      ['an unknown op', { op: 'upsert' }],
      ['fields as a list', { fields: ['a'] }],
      ['fields as null', { fields: null }],
      ['hlc as a number', { hlc: 12 }],
      ['an hlc of the wrong shape', { hlc: '2026-11-23T09:00:00Z' }],
      ['a teamId that is not text', { fields: { teamId: 5 } }],
      ['fields.id other than recordId', { fields: { id: 'other', teamId: 'x' } }],
      ['deleted that is not a boolean', { fields: { deleted: 'yes' } }],
      ['a NUL character in a value', { fields: { teamId: 'x', text: 'a\u0000b' } }],
      ['half a surrogate pair', { fields: { teamId: 'x', text: 'a\ud800b' } }],
      ['a __proto__ field', { fields: JSON.parse('{"teamId": "x", "__proto__": {"admin": true}}') }],
    ])('a mutation with %s', async (_, change) => {
      const bad = { ...kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamA.id }), ...change };
      await expectRefused(await rawPush(batch([valid(), bad])), 400, 'invalid-body');
    });

    it.each([
      ['no mutations list', { mutations: undefined }],
      ['mutations as an object', { mutations: {} }],
      ['no deviceId', { deviceId: undefined }],
      ['protocolVersion as text', { protocolVersion: '1' }],
      ['another device’s id than the login’s', { deviceId: 'ola-phone' }],
    ])('a batch with %s', async (_, extra) => {
      await expectRefused(await rawPush(batch([valid()], extra)), 400, 'invalid-body');
    });

    it('a mutation number twice in one batch', async () => {
      const a = valid();
      await expectRefused(
        await rawPush(batch([a, { ...newJobseeker(kari, 'js-2'), mutationNumber: a.mutationNumber }])),
        400,
        'invalid-body',
      );
    });

    it('a new record without teamId', async () => {
      await expectRefused(await rawPush(batch([valid(), kari.mutation('notes', 'n-1', { text: 'Uten team' })])), 400, 'invalid-body');
    });

    it('deeply nested values', async () => {
      let deep: unknown = 'bunn';
      for (let i = 0; i < 30; i++) deep = { inner: deep };
      await expectRefused(
        await rawPush(batch([kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamA.id, deep })])),
        400,
        'invalid-body',
      );
    });
  });

  it('accepts an empty batch', async () => {
    const res = await kari.push([]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ serverTime: expect.any(String), results: [], cursor: 0, cursors: { [teamA.id]: 0 } });
  });

  it('audits each push with the records it touched', async () => {
    await kari.push([newJobseeker(kari, 'js-1'), kari.mutation('notes', 'n-1', { id: 'n-1', teamId: teamA.id, text: 'x' })]);
    const rows = await db.query<{ detail: unknown; user_id: string }>("SELECT detail, device_id FROM audit_log WHERE action = 'push'");
    expect(rows).toEqual([{ device_id: 'kari-phone', detail: { applied: 2, duplicates: 0, records: ['jobseekers/js-1', 'notes/n-1'] } }]);
  });
});
