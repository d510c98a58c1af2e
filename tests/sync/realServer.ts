// The real server app in this process, on in-memory PGlite: what the sync
// integration and property tests run against. Each `newTeam` makes a fresh
// team with two specialists and an outsider in another team, so one server
// serves every run of a property without runs seeing each other.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/password';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import type { Database } from '../../src/server/db/database';
import { addMember, createTeam, createUser } from '../../src/server/store/accounts';
import type { TestServer } from './syncWorld';

/** Cheap scrypt for test users only: logins are many here, and their cost is not what is tested. */
const TEST_SCRYPT = { N: 2 ** 4, r: 1, p: 1 };
const PASSWORD = 'test-passord-123';

export interface RealServer extends TestServer {
  db: Database;
  /** Every login ends now, as when tokens expire. */
  expireSessions(): Promise<void>;
  close(): Promise<void>;
}

export async function startRealServer(): Promise<RealServer> {
  const db = await openPglite();
  await migrate(db);
  let time = Date.now();
  const now = () => new Date(time);
  const app = createApp({ distDir: mkdtempSync(path.join(tmpdir(), 'femtrinn-dist-')), db, now });
  const passwordHash = await hashPassword(PASSWORD, TEST_SCRYPT);
  let teams = 0;

  async function user(teamId: string, username: string, name: string) {
    const id = await createUser(db, { username, name, role: 'specialist', passwordHash }, now());
    await addMember(db, teamId, id, now());
    return { username, password: PASSWORD };
  }

  return {
    db,
    fetch: async (request) => app.fetch(request),
    setTime: (ms) => void (time = ms),
    async newTeam() {
      teams += 1;
      const team = await createTeam(db, `Testteam ${teams}`, now());
      const other = await createTeam(db, `Annet team ${teams}`, now());
      return {
        teamId: team.id,
        users: [await user(team.id, `kari${teams}`, 'Kari Veileder'), await user(team.id, `per${teams}`, 'Per Kollega')],
        outsider: await user(other.id, `ola${teams}`, 'Ola Utenfor'),
      };
    },
    async serverRecords(teamId) {
      const rows = await db.query<{ table_name: string; id: string; field_values: Record<string, unknown> }>(
        'SELECT table_name, id, field_values FROM records WHERE team_id = $1',
        [teamId],
      );
      return new Map(rows.map((row) => [`${row.table_name}/${row.id}`, row.field_values]));
    },
    async expireSessions() {
      await db.query('UPDATE sessions SET expires_at = $1', [new Date(time - 1000).toISOString()]);
    },
    close: () => db.close(),
  };
}
