import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runAdmin, type AdminIo } from '../../src/server/adminCommands.ts';
import { verifyPassword } from '../../src/server/auth/password.ts';
import { readConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/database.ts';
import { openPglite } from '../../src/server/db/pglite.ts';
import { DEMO_TEAM, seedDemo } from '../../src/server/seedDemo.ts';
import { findUserByUsername } from '../../src/server/store/accounts.ts';
import { backends, resetTables } from './backends.ts';
import { makeWorld } from './harness.ts';

describe.each(backends)('admin commands on $name', (backend) => {
  let db: Database;
  let out: string[];
  let err: string[];
  let answers: string[];
  const io: AdminIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    askPassword: async () => answers.shift() ?? '',
    now: () => new Date('2026-11-23T09:00:00Z'),
  };
  const admin = (...argv: string[]) => runAdmin(argv, db, io);

  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await resetTables(db);
    out = [];
    err = [];
    answers = [];
  });

  it('creates a team and a user in it who can then log in', async () => {
    expect(await admin('create-team', '--name', 'NAV Fiktivby IPS')).toBe(EXIT.ok);
    expect(out[0]).toMatch(/^Laget teamet «NAV Fiktivby IPS» \(id [0-9a-f-]{36}\)\.$/);
    answers = ['et langt passord', 'et langt passord'];
    expect(
      await admin('create-user', '--username', 'Kari', '--name', 'Kari Fiktiv', '--role', 'specialist', '--team', 'NAV Fiktivby IPS'),
    ).toBe(EXIT.ok);
    expect(out[1]).toBe('Laget specialist «Kari» (Kari Fiktiv) i teamet «NAV Fiktivby IPS».');
    const world = makeWorld(db);
    const device = await world.login({ id: '', username: 'kari', password: 'et langt passord' });
    const me = await (await world.request('GET', '/api/me', { token: device.token })).json();
    expect(me.teams.map((t: { name: string }) => t.name)).toEqual(['NAV Fiktivby IPS']);
  });

  it('takes the password from --password, and refuses short or mistyped ones', async () => {
    await admin('create-team', '--name', 'T');
    expect(await admin('create-user', '--username', 'a1', '--name', 'A', '--role', 'admin', '--team', 'T', '--password', 'kort')).toBe(
      EXIT.failed,
    );
    expect(err.at(-1)).toMatch(/minst 10 tegn/);
    answers = ['første passordet', 'andre passordet'];
    expect(await admin('create-user', '--username', 'a1', '--name', 'A', '--role', 'admin', '--team', 'T')).toBe(EXIT.failed);
    expect(err.at(-1)).toBe('Passordene er ikke like.');
    expect(
      await admin('create-user', '--username', 'a1', '--name', 'A', '--role', 'admin', '--team', 'T', '--password', 'godt nok passord'),
    ).toBe(EXIT.ok);
    expect(await verifyPassword('godt nok passord', (await findUserByUsername(db, 'a1'))!.passwordHash)).toBe(true);
  });

  it('refuses with exit code 1 what cannot be done, and 2 for wrong use', async () => {
    expect(await admin('create-team', '--name', 'T')).toBe(EXIT.ok);
    expect(await admin('create-team', '--name', 'T')).toBe(EXIT.failed);
    expect(err.at(-1)).toMatch(/finnes allerede/);
    expect(
      await admin('create-user', '--username', 'x1', '--name', 'X', '--role', 'boss', '--team', 'T', '--password', 'passord123456'),
    ).toBe(EXIT.usage);
    expect(err.at(-1)).toMatch(/Ukjent rolle «boss»/);
    expect(
      await admin(
        'create-user',
        '--username',
        'x1',
        '--name',
        'X',
        '--role',
        'specialist',
        '--team',
        'Finnes ikke',
        '--password',
        'passord123456',
      ),
    ).toBe(EXIT.failed);
    expect(err.at(-1)).toMatch(/Fant ikke teamet/);
    expect(await admin('create-user', '--username', 'x1', '--role', 'specialist', '--team', 'T')).toBe(EXIT.usage);
    expect(err.at(-1)).toBe('Mangler --name.');
    expect(await admin('fly-away')).toBe(EXIT.usage);
    expect(err.at(-1)).toMatch(/Ukjent kommando «fly-away»/);
    expect(await admin('list-users', '--colour', 'red')).toBe(EXIT.usage);
    expect(await admin('reset-password', '--username', 'ingen', '--password', 'passord123456')).toBe(EXIT.failed);
    expect(await admin()).toBe(EXIT.usage);
    expect(await admin('--help')).toBe(EXIT.ok);
    expect(out.at(-1)).toMatch(/^Bruk: npm run admin -- <kommando>/);
  });

  it('adds a member to a second team, and lists users with their teams', async () => {
    await admin('create-team', '--name', 'Nord');
    await admin('create-team', '--name', 'Sør');
    await admin(
      'create-user',
      '--username',
      'kari',
      '--name',
      'Kari Fiktiv',
      '--role',
      'specialist',
      '--team',
      'Nord',
      '--password',
      'passord123456',
    );
    await admin(
      'create-user',
      '--username',
      'siv',
      '--name',
      'Siv Fiktiv',
      '--role',
      'supervisor',
      '--team',
      'Sør',
      '--password',
      'passord123456',
    );
    expect(await admin('add-member', '--username', 'kari', '--team', 'Sør')).toBe(EXIT.ok);
    expect(out.at(-1)).toBe('«kari» er nå med i «Sør».');
    expect(await admin('add-member', '--username', 'kari', '--team', 'Sør')).toBe(EXIT.ok);
    expect(out.at(-1)).toMatch(/var allerede med/);
    out = [];
    expect(await admin('list-users')).toBe(EXIT.ok);
    expect(out).toEqual(['kari\tspecialist\tKari Fiktiv\tNord, Sør', 'siv\tsupervisor\tSiv Fiktiv\tSør']);
    out = [];
    await admin('list-users', '--team', 'Nord');
    expect(out).toEqual(['kari\tspecialist\tKari Fiktiv\tNord, Sør']);
  });

  it('resets a password and ends the user’s sessions', async () => {
    await admin('create-team', '--name', 'T');
    await admin(
      'create-user',
      '--username',
      'kari',
      '--name',
      'Kari',
      '--role',
      'specialist',
      '--team',
      'T',
      '--password',
      'gammelt passord',
    );
    const world = makeWorld(db);
    const device = await world.login({ id: '', username: 'kari', password: 'gammelt passord' });
    expect(await admin('reset-password', '--username', 'kari', '--password', 'nytt passord!')).toBe(EXIT.ok);
    expect(out.at(-1)).toMatch(/1 innlogging\(er\) er avsluttet/);
    expect((await device.pull()).status).toBe(401);
    await expect(world.login({ id: '', username: 'kari', password: 'gammelt passord' })).rejects.toThrow(/401/);
    await world.login({ id: '', username: 'kari', password: 'nytt passord!' });
  });

  it('lists and revokes a device', async () => {
    await admin('create-team', '--name', 'T');
    await admin(
      'create-user',
      '--username',
      'kari',
      '--name',
      'Kari',
      '--role',
      'specialist',
      '--team',
      'T',
      '--password',
      'passord123456',
    );
    const world = makeWorld(db);
    const phone = await world.login({ id: '', username: 'kari', password: 'passord123456' }, 'tapt-telefon');
    out = [];
    await admin('list-devices', '--username', 'kari');
    expect(out[0]).toMatch(/^tapt-telefon\t/);
    expect(await admin('revoke-device', '--username', 'kari', '--device', 'tapt-telefon')).toBe(EXIT.ok);
    expect((await phone.pull()).status).toBe(401);
    expect(await admin('revoke-device', '--username', 'kari', '--device', 'ukjent')).toBe(EXIT.failed);
  });

  it('seeds a demo team and user on an empty database only', async () => {
    const login = await seedDemo(db, new Date());
    expect(login).toEqual({ username: 'demo', password: expect.stringMatching(/^[a-z2-9-]{19}$/) });
    const world = makeWorld(db);
    const device = await world.login({ id: '', ...login! });
    const me = await (await world.request('GET', '/api/me', { token: device.token })).json();
    expect(me.teams.map((t: { name: string }) => t.name)).toEqual([DEMO_TEAM]);
    expect(DEMO_TEAM).toMatch(/fiktiv/);
    expect(await seedDemo(db, new Date())).toBeNull();
  });
});

describe('demo seeding is off', () => {
  it('with --no-demo or NODE_ENV=production', () => {
    expect(readConfig({}, '/srv').demo).toBe(true);
    expect(readConfig({}, '/srv', ['--no-demo']).demo).toBe(false);
    expect(readConfig({ NODE_ENV: 'production' }, '/srv').demo).toBe(false);
  });

  it('reads storage from DATA_DIR and DATABASE_URL', () => {
    expect(readConfig({}, '/srv')).toMatchObject({ dataDir: '/srv/data', databaseUrl: undefined });
    expect(readConfig({ DATA_DIR: '/var/femtrinn', DATABASE_URL: 'postgres://u:p@db/femtrinn' }, '/srv')).toMatchObject({
      dataDir: '/var/femtrinn',
      databaseUrl: 'postgres://u:p@db/femtrinn',
    });
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' }, '/srv')).toThrow(/postgres:\/\//);
  });
});

describe('the admin command line', () => {
  const run = promisify(execFile);
  const root = path.resolve(import.meta.dirname, '../..');
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'femtrinn-admin-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  const admin = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', 'src/server/admin.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, ...env },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('makes a team on the embedded database, prints what it did and exits 0; exits 1 and 2 on refusals', async () => {
    const made = await admin(['create-team', '--name', 'Kommandolinje-team']);
    expect(made).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Laget teamet «Kommandolinje-team»/) });
    const again = await admin(['create-team', '--name', 'Kommandolinje-team']);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/finnes allerede/) });
    expect((await admin([])).code).toBe(2);
  });

  it('reads the password from standard input when it is piped', async () => {
    const child = execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/server/admin.ts',
        'create-user',
        '--username',
        'rør',
        '--name',
        'Rør Fiktiv',
        '--role',
        'admin',
        '--team',
        'Kommandolinje-team',
      ],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
      },
    );
    child.stdin!.end('passord fra rør\npassord fra rør\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(EXIT.usage); // «rør» is not a valid username: a–z only
    const ok = execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/server/admin.ts',
        'create-user',
        '--username',
        'roer',
        '--name',
        'Rør Fiktiv',
        '--role',
        'admin',
        '--team',
        'Kommandolinje-team',
      ],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
      },
    );
    ok.stdin!.end('passord fra rør\npassord fra rør\n');
    expect(await new Promise<number | null>((resolve) => ok.on('exit', resolve))).toBe(0);
    const db = await openPglite(dataDir);
    try {
      expect(await verifyPassword('passord fra rør', (await findUserByUsername(db, 'roer'))!.passwordHash)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('refuses to open the embedded database while another process has it', async () => {
    const held = await openPglite(dataDir);
    try {
      const res = await admin(['list-users']);
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/i bruk av en annen prosess/);
    } finally {
      await held.close();
    }
  });
});
