import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { hashToken } from '../../src/server/auth/tokens.ts';
import { revokeDevice } from '../../src/server/store/sessions.ts';
import { backends, resetTables } from './backends.ts';
import { makeWorld, versionHeaders } from './harness.ts';

describe.each(backends)('accounts and sessions on $name', (backend) => {
  let db: Database;
  let world: ReturnType<typeof makeWorld>;

  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await resetTables(db);
    world = makeWorld(db);
  });

  async function kariInTeam() {
    const team = await world.team('NAV Grünerløkka IPS');
    const kari = await world.user('kari', [team.id]);
    return { team, kari };
  }

  const loginBody = (username: string, password: string, deviceId = 'phone-1') => ({
    username,
    password,
    deviceId,
    deviceName: 'Kari sin telefon',
  });

  it('logs in with the right password and answers who, which teams and colleagues, and the server time', async () => {
    const { team, kari } = await kariInTeam();
    const colleague = await world.user('ola', [team.id], 'supervisor');
    const res = await world.request('POST', '/api/login', { body: loginBody('kari', kari.password) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.serverTime).toBe(world.now().toISOString());
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.expiresAt).toBe(new Date(world.now().getTime() + 30 * 86_400_000).toISOString());
    expect(body.user).toEqual({ id: kari.id, username: 'kari', name: 'kari (fiktiv)', role: 'specialist' });
    expect(body.teams).toEqual([{ id: team.id, name: 'NAV Grünerløkka IPS' }]);
    expect(body.members).toEqual(
      expect.arrayContaining([
        { id: kari.id, name: 'kari (fiktiv)', teamId: team.id },
        { id: colleague.id, name: 'ola (fiktiv)', teamId: team.id },
      ]),
    );
    expect(body.members).toHaveLength(2);
  });

  it('keeps only the hash of a token, and knows the device it was made on', async () => {
    const { kari } = await kariInTeam();
    const device = await world.login(kari, 'phone-1');
    const sessions = await db.query<{ token_hash: string; device_id: string }>('SELECT token_hash, device_id FROM sessions');
    expect(sessions).toEqual([{ token_hash: hashToken(device.token), device_id: 'phone-1' }]);
    const dump = JSON.stringify(await db.query('SELECT * FROM sessions'));
    expect(dump).not.toContain(device.token);
  });

  it('answers /api/me with a valid token, and 401 JSON without one', async () => {
    const { kari } = await kariInTeam();
    const device = await world.login(kari);
    const me = await world.request('GET', '/api/me', { token: device.token });
    expect(me.status).toBe(200);
    expect((await me.json()).user.username).toBe('kari');

    for (const authorization of [undefined, 'Bearer ', 'Bearer not-a-real-token-at-all-000000000', `Basic ${device.token}`, device.token]) {
      const res = await world.request('GET', '/api/me', { headers: authorization === undefined ? {} : { authorization } });
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual({
        serverTime: world.now().toISOString(),
        error: { code: 'unauthorized', message: expect.any(String) },
      });
    }
  });

  it('needs a token for push and pull too', async () => {
    expect((await world.request('POST', '/api/sync/push', { body: {} })).status).toBe(401);
    expect((await world.request('GET', '/api/sync/pull')).status).toBe(401);
    expect((await world.request('POST', '/api/logout')).status).toBe(401);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const { kari } = await kariInTeam();
    for (const [username, password] of [
      ['kari', 'feil-passord'],
      ['finnes-ikke', kari.password],
      ['kari', kari.password.toUpperCase()],
    ] as const) {
      const res = await world.request('POST', '/api/login', { body: loginBody(username, password) });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        serverTime: expect.any(String),
        error: { code: 'invalid-credentials', message: 'Feil brukernavn eller passord.' },
      });
    }
    expect(await db.query('SELECT * FROM sessions')).toEqual([]);
    const audit = await db.query<{ action: string }>('SELECT action FROM audit_log');
    expect(audit.map((a) => a.action)).toEqual(['login-failed', 'login-failed', 'login-failed']);
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const { kari } = await kariInTeam();
    const res = await world.request('POST', '/api/login', { body: loginBody('  KARI ', kari.password) });
    expect(res.status).toBe(200);
  });

  it('ends the session at logout', async () => {
    const { kari } = await kariInTeam();
    const device = await world.login(kari);
    const out = await world.request('POST', '/api/logout', { token: device.token });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ serverTime: expect.any(String), ok: true });
    expect((await world.request('GET', '/api/me', { token: device.token })).status).toBe(401);
    expect((await device.pull()).status).toBe(401);
  });

  it('lets a session expire after 30 days', async () => {
    const { kari } = await kariInTeam();
    const device = await world.login(kari);
    world.clock.now = new Date(world.clock.now.getTime() + 29 * 86_400_000);
    expect((await world.request('GET', '/api/me', { token: device.token })).status).toBe(200);
    world.clock.now = new Date(world.clock.now.getTime() + 2 * 86_400_000);
    expect((await world.request('GET', '/api/me', { token: device.token })).status).toBe(401);
  });

  it('limits failed logins per username and address, shared through the database', async () => {
    const { kari } = await kariInTeam();
    const attempt = (password: string, ip: string) =>
      world.request('POST', '/api/login', { body: loginBody('kari', password), headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 5; i++) expect((await attempt('gjett-' + i, '192.0.2.7')).status).toBe(401);
    // Now even the right password waits, from that address.
    const limited = await attempt(kari.password, '192.0.2.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('900');
    expect((await limited.json()).error.code).toBe('rate-limited');
    // Another address is not held up.
    expect((await attempt(kari.password, '198.51.100.3')).status).toBe(200);
    // A second server on the same database counts the same failures.
    const otherServer = makeWorld(db);
    otherServer.clock.now = world.clock.now;
    const viaOther = await otherServer.request('POST', '/api/login', {
      body: loginBody('kari', kari.password),
      headers: { 'x-forwarded-for': '192.0.2.7' },
    });
    expect(viaOther.status).toBe(429);
    // After the window, it works again.
    world.clock.now = new Date(world.clock.now.getTime() + 15 * 60_000 + 1000);
    expect((await attempt(kari.password, '192.0.2.7')).status).toBe(200);
  });

  it('forgets failures after a successful login', async () => {
    const { kari } = await kariInTeam();
    const attempt = (password: string) => world.request('POST', '/api/login', { body: loginBody('kari', password) });
    for (let i = 0; i < 4; i++) await attempt('feil');
    expect((await attempt(kari.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('feil')).status).toBe(401);
    expect((await attempt(kari.password)).status).toBe(200);
  });

  it('ends a revoked device’s sessions and refuses its new logins, other devices unaffected', async () => {
    const { kari } = await kariInTeam();
    const phone = await world.login(kari, 'phone-1');
    const laptop = await world.login(kari, 'laptop-1');
    expect(await revokeDevice(db, kari.id, 'phone-1', world.now())).toBe(true);
    expect((await phone.pull()).status).toBe(401);
    expect((await laptop.pull()).status).toBe(200);
    const again = await world.request('POST', '/api/login', { body: loginBody('kari', kari.password, 'phone-1') });
    expect(again.status).toBe(403);
    expect((await again.json()).error.message).toMatch(/sperret/);
  });

  it('answers a client that is too old, or names no version, with 426 upgrade-required', async () => {
    const { kari } = await kariInTeam();
    const cases: Array<[Record<string, string>, number, string]> = [
      [{ 'x-femtrinn-protocol': '0' }, 426, 'upgrade-required'],
      [{ 'x-femtrinn-protocol': 'en' }, 400, 'invalid-body'],
      [{ 'x-femtrinn-protocol': '1', 'x-femtrinn-schema': '2.5' }, 400, 'invalid-body'],
    ];
    for (const [headers, status, code] of cases) {
      const res = await world.app.request('/api/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(loginBody('kari', kari.password)),
      });
      expect(res.status, JSON.stringify(headers)).toBe(status);
      const body = await res.json();
      expect(body.error.code).toBe(code);
      expect(body.serverTime).toEqual(expect.any(String));
    }
    const none = await world.app.request('/api/me', { headers: {} });
    expect(none.status).toBe(426);
    expect((await none.json()).error.message).toMatch(/oppdater/);
    // Health needs no version, and says the server has accounts.
    const health = await world.app.request('/api/health');
    expect(health.status).toBe(200);
    expect((await health.json()).accounts).toBe(true);
  });

  it('answers bad login bodies with 4xx JSON, never 500', async () => {
    const send = (body: string, contentType = 'application/json', extra: Record<string, string> = {}) =>
      world.app.request('/api/login', { method: 'POST', headers: { ...versionHeaders, 'content-type': contentType, ...extra }, body });
    const cases: Array<[Response, number]> = [
      [await send('{"username": "kari",'), 400],
      [await send('[]'), 400],
      [await send('null'), 400],
      [await send(JSON.stringify({ username: 'kari', password: 5, deviceId: 'x' })), 400],
      [await send(JSON.stringify({ username: 'kari', password: 'x', deviceId: 'har mellomrom' })), 400],
      [await send(JSON.stringify(loginBody('kari', 'x')), 'text/plain'), 415],
      [await send('x'.repeat(20_000)), 413],
      [await send('{}', 'application/json', { 'content-length': '999999999' }), 413],
    ];
    for (const [res, status] of cases) {
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.error.code).toMatch(/^(invalid-body|too-large)$/);
      expect(body.serverTime).toEqual(expect.any(String));
    }
  });

  it('audits logins and logouts', async () => {
    const { kari } = await kariInTeam();
    const device = await world.login(kari, 'phone-1');
    await world.request('POST', '/api/logout', { token: device.token });
    const rows = await db.query<{ action: string; user_id: string; device_id: string }>(
      'SELECT action, user_id, device_id FROM audit_log ORDER BY id',
    );
    expect(rows).toEqual([
      { action: 'login', user_id: kari.id, device_id: 'phone-1' },
      { action: 'logout', user_id: kari.id, device_id: 'phone-1' },
    ]);
  });
});
