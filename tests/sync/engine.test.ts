import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSession } from '../../src/data/syncMeta';
import { formatHlc, parseHlc } from '../../src/domain/hlc';
import { applyChanges } from '../../src/sync/applyChanges';
import { expandClocks } from '../../src/sync/fieldClockRows';
import type { Change } from '../../src/protocol/protocol';
import { startRealServer, type RealServer } from './realServer';
import type { TestTeam } from './syncWorld';
import { addJobseeker, addNote, editJobseeker } from './records';
import { createSimDevice, type SimDevice } from './simDevice';

// The engine against the real server app on in-memory PGlite; each test has a team of its own.
let server: RealServer;
let team: TestTeam;
let devices: SimDevice[] = [];
let time = Date.UTC(2026, 10, 23, 9, 0, 0);

function device(name: string, skewMs = 0, pageSize?: number): SimDevice {
  const made = createSimDevice({ name, server: server.fetch, clock: () => time, skewMs, pageSize });
  devices.push(made);
  return made;
}

/** Logs a device in as the team's first user (Kari). */
async function asKari(each: SimDevice) {
  const { username, password } = team.users[0]!;
  return each.login(username, password);
}

beforeAll(async () => {
  server = await startRealServer();
});

afterAll(async () => {
  await server?.close();
});

beforeEach(async () => {
  time += 3_600_000;
  server.setTime(time);
  team = await server.newTeam();
});

afterEach(async () => {
  await Promise.all(devices.map((each) => each.close()));
  devices = [];
});

describe('the sync engine against a protocol server', () => {
  it('two offline devices editing different fields of one person both keep their edits [MERGE-1]', async () => {
    const phone = device('phone');
    const laptop = device('laptop');
    expect(await asKari(phone)).toEqual({ ok: true });
    expect(await asKari(laptop)).toEqual({ ok: true });
    const person = await addJobseeker(phone, { name: 'Ola Testesen' });
    expect((await phone.sync()).ok).toBe(true);
    expect((await laptop.sync()).ok).toBe(true);

    phone.network.online = false;
    laptop.network.online = false;
    time += 60_000;
    server.setTime(time);
    await editJobseeker(phone, person.id, { phone: '91234567' });
    await addNote(phone, person.id, 'Notat fra telefonen');
    time += 60_000;
    server.setTime(time);
    await editJobseeker(laptop, person.id, { goalText: 'Jobb i barnehage' });
    await addNote(laptop, person.id, 'Notat fra PC-en');
    expect((await phone.sync()).code).toBe('network');
    expect(await phone.db.outbox.count()).toBe(2);

    phone.network.online = true;
    laptop.network.online = true;
    await phone.sync();
    await laptop.sync();
    await phone.sync();
    for (const each of [phone, laptop]) {
      const stored = await each.db.jobseekers.get(person.id);
      expect(stored).toMatchObject({ name: 'Ola Testesen', phone: '91234567', goalText: 'Jobb i barnehage' });
      expect((await each.db.notes.toArray()).map((note) => note.text).sort()).toEqual(['Notat fra PC-en', 'Notat fra telefonen']);
      expect(await each.db.outbox.count()).toBe(0);
      expect(each.status.get().phase).toBe('in-sync');
    }
  });

  it('keeps a change whose answer was lost, and the retry is applied once', async () => {
    const phone = device('phone');
    await asKari(phone);
    const person = await addJobseeker(phone);
    phone.network.inject('lose');
    const lost = await phone.sync();
    expect(lost).toMatchObject({ ok: false, retry: true, code: 'network' });
    expect(phone.status.get()).toMatchObject({ phase: 'offline', reason: 'network', pending: 1 });
    expect(await phone.db.outbox.count()).toBe(1);
    expect((await phone.sync()).ok).toBe(true);
    expect(await phone.db.outbox.count()).toBe(0);
    const laptop = device('laptop');
    await asKari(laptop);
    await laptop.sync();
    expect(await laptop.db.jobseekers.get(person.id)).toMatchObject({ name: 'Kari Nordmann', teamId: team.teamId });
    expect((await server.db.query('SELECT seq FROM changes WHERE team_id = $1', [team.teamId])).length).toBe(1);
  });

  it('a waiting local edit is not overwritten by an older remote value, but is by a newer one [SYNC-1]', async () => {
    const phone = device('phone');
    await asKari(phone);
    const person = await addJobseeker(phone, { goalText: 'første' });
    await phone.sync();
    const synced = expandClocks(
      await phone.db.fieldClocks.get(['jobseekers', person.id]),
      await phone.db.jobseekers.get(person.id),
    ).goalText!;

    time += 60_000;
    server.setTime(time);
    await editJobseeker(phone, person.id, { goalText: 'venter (telefon)' });
    const waiting = (await phone.db.outbox.toArray())[0]!;
    const remote = (hlc: string, goalText: string, seq: number): Change => ({
      seq,
      table: 'jobseekers',
      recordId: person.id,
      teamId: team.teamId,
      op: 'put',
      fields: { goalText },
      hlc,
      deviceId: 'laptop',
    });
    // Later than what was synced, earlier than the edit still waiting: the waiting edit stays.
    const between = formatHlc({ wall: parseHlc(synced).wall + 30_000, counter: 0 }, 'laptop');
    expect(between > synced && between < waiting.hlc).toBe(true);
    await applyChanges(phone.db, [remote(between, 'eldre (PC)', 2)], { teamId: team.teamId, cursor: 2 });
    expect((await phone.db.jobseekers.get(person.id))?.goalText).toBe('venter (telefon)');
    // Later than the waiting edit: the remote value wins, as it will on the server.
    const later = formatHlc({ wall: parseHlc(waiting.hlc).wall + 1, counter: 0 }, 'laptop');
    await applyChanges(phone.db, [remote(later, 'nyere (PC)', 3)], { teamId: team.teamId, cursor: 3 });
    expect((await phone.db.jobseekers.get(person.id))?.goalText).toBe('nyere (PC)');
    // And the device clock moved past it: the next local edit wins over what was seen [SYNC-2].
    const next = await editJobseeker(phone, person.id, { goalText: 'etterpå (telefon)' });
    expect(next.updatedAt > later).toBe(true);
  });

  it('an expired login keeps every waiting change and asks to log in again', async () => {
    const phone = device('phone');
    await asKari(phone);
    await addJobseeker(phone);
    await addJobseeker(phone, { name: 'Per Testesen' });
    await server.expireSessions();
    expect(await phone.sync()).toMatchObject({ ok: false, retry: false, code: 'unauthorized' });
    expect(phone.status.get()).toMatchObject({ phase: 'error', reason: 'unauthorized', pending: 2 });
    expect(await phone.db.outbox.count()).toBe(2);
    expect((await readSession(phone.db))?.expired).toBe(true);
    expect(await asKari(phone)).toEqual({ ok: true });
    expect((await phone.sync()).ok).toBe(true);
    expect(await phone.db.outbox.count()).toBe(0);
  });

  it('at first login, what was recorded before moves to the team and the demo caseload goes', async () => {
    const phone = device('phone');
    const before = await addJobseeker(phone, { name: 'Lokal Person' });
    await addNote(phone, before.id, 'Skrevet før innlogging');
    const demo = await addJobseeker(phone, { name: 'Demo Person', demo: true });
    await addNote(phone, demo.id, 'Demo-notat');
    expect(before).toMatchObject({ teamId: 'local-team', createdBy: 'local-user', specialistId: 'local-user' });
    await asKari(phone);
    const kari = (await readSession(phone.db))!.user.id;
    expect(await phone.db.jobseekers.get(before.id)).toMatchObject({ teamId: team.teamId, createdBy: kari, specialistId: kari });
    expect(await phone.db.jobseekers.get(demo.id)).toBeUndefined();
    expect((await phone.db.outbox.toArray()).map((entry) => entry.fields.teamId ?? 'none')).toEqual([team.teamId, team.teamId]);
    await phone.sync();
    expect([...(await server.serverRecords(team.teamId)).keys()].sort()).toEqual([
      `jobseekers/${before.id}`,
      expect.stringMatching(/^notes\//),
    ]);
  });

  it('a new device fetches the team in pages and reports its progress', async () => {
    const phone = device('phone');
    await asKari(phone);
    for (let index = 0; index < 25; index += 1) await addJobseeker(phone, { name: `Person ${index}` });
    await phone.sync();
    const laptop = device('laptop', 0, 10);
    await asKari(laptop);
    const seen: Array<{ pages: number; changes: number }> = [];
    laptop.status.subscribe(() => {
      const { progress, phase } = laptop.status.get();
      if (phase === 'initial' && progress) seen.push(progress);
    });
    await laptop.sync();
    expect(await laptop.db.jobseekers.count()).toBe(25);
    expect(seen.at(-1)).toEqual({ pages: 3, changes: 25 });
    expect(laptop.status.get()).toMatchObject({ phase: 'in-sync', pending: 0 });
    expect(laptop.status.get().progress).toBeUndefined();
  });
});
