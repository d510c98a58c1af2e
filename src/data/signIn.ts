import type { LoginResponse } from '../protocol/protocol';
import { SYNCED_TABLES, type FemtrinnDb } from './db';
import { currentIdentity, LOCAL_IDENTITY, type Identity } from './identity';
import type { OutboxEntry } from './outboxEntry';
import type { Session } from './syncMeta';
import { writeSession } from './syncMeta';

export type SignInOutcome = 'ok' | 'other-user' | 'no-team';

/** Fields that name the local user or team until the first login. */
const OWNER_FIELDS = ['teamId', 'createdBy', 'specialistId'] as const;

/**
 * Keeps a successful login on the device. At the first login, what was
 * recorded before it (in the device's own local team) moves to the user's
 * team, records and waiting changes alike, in one transaction, so it all
 * syncs with the team; the fictional demo caseload is removed instead, since
 * it must never reach a real team's server. A device that holds another
 * user's data is refused: that user must log out first.
 */
export async function adoptLogin(db: FemtrinnDb, login: LoginResponse): Promise<SignInOutcome> {
  const team = login.teams[0];
  if (!team) return 'no-team';
  const tables = SYNCED_TABLES.map((name) => db.table(name));
  return db.transaction('rw', [...tables, db.outbox, db.meta, db.fieldClocks], async () => {
    const identity = await currentIdentity(db);
    const isLocal = identity.userId === LOCAL_IDENTITY.userId;
    if (!isLocal && identity.userId !== login.user.id) return 'other-user';
    if (isLocal) {
      await removeDemoRecords(db);
      await moveLocalRecords(db, { userId: login.user.id, teamId: team.id });
    }
    const { serverTime: _serverTime, ...session } = login;
    await writeSession(db, session satisfies Session);
    const next: Identity = { userId: login.user.id, teamId: isLocal ? team.id : identity.teamId };
    await db.meta.put({ key: 'identity', value: next });
    return 'ok';
  });
}

function rename(value: unknown, to: Identity): unknown {
  if (value === LOCAL_IDENTITY.teamId) return to.teamId;
  if (value === LOCAL_IDENTITY.userId) return to.userId;
  return value;
}

async function moveLocalRecords(db: FemtrinnDb, to: Identity): Promise<void> {
  for (const name of SYNCED_TABLES) {
    await db
      .table<Record<string, unknown>, string>(name)
      .filter((record) => record.teamId === LOCAL_IDENTITY.teamId)
      .modify((record) => {
        for (const field of OWNER_FIELDS) if (field in record) record[field] = rename(record[field], to);
      });
  }
  await db.outbox.toCollection().modify((entry: OutboxEntry) => {
    for (const field of OWNER_FIELDS) if (field in entry.fields) entry.fields[field] = rename(entry.fields[field], to);
  });
}

async function removeDemoRecords(db: FemtrinnDb): Promise<void> {
  const demoIds = new Set((await db.jobseekers.toArray()).filter((person) => person.demo === true).map((person) => person.id));
  if (demoIds.size === 0) return;
  const doomed: Array<[string, string]> = [...demoIds].map((id) => ['jobseekers', id]);
  for (const name of ['caseEvents', 'agreements', 'profiles', 'notes'] as const) {
    const ids = (await db.table<{ id: string; jobseekerId: string }, string>(name).toArray())
      .filter((record) => demoIds.has(record.jobseekerId))
      .map((record) => record.id);
    await db.table(name).bulkDelete(ids);
    doomed.push(...ids.map((id): [string, string] => [name, id]));
  }
  await db.jobseekers.bulkDelete([...demoIds]);
  const doomedKeys = new Set(doomed.map(([table, id]) => `${table}\u0000${id}`));
  await db.outbox.filter((entry) => doomedKeys.has(`${entry.table}\u0000${entry.recordId}`)).delete();
  await db.fieldClocks.bulkDelete(doomed);
}
