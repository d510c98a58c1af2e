// [SYNC-FEED] Change numbers are gap-free per team even when many pushes run
// at once on several servers, and a device pulling meanwhile never skips one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import type { Change } from '../../src/protocol/protocol.ts';
import { adminQuery, backends, databaseUrl, newSchemaName, openSchema, resetTables } from './backends.ts';
import { makeWorld, type Device } from './harness.ts';

interface Servers {
  name: string;
  /** Two servers over one database (PGlite: one database, two apps). */
  open: () => Promise<{ dbs: [Database, Database]; close: () => Promise<void> }>;
}

const setups: Servers[] = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await backends[0]!.open();
      return { dbs: [db, db], close: () => db.close() };
    },
  },
  ...(databaseUrl
    ? [
        {
          name: 'PostgreSQL, two servers',
          open: async () => {
            const url = databaseUrl!;
            const schema = newSchemaName();
            await adminQuery(url, `CREATE SCHEMA ${schema}`);
            const one = await openSchema(url, { schema });
            const two = await openSchema(url, { schema, migrate: false });
            return {
              dbs: [one, two] as [Database, Database],
              close: async () => {
                await one.close();
                await two.close();
                await adminQuery(url, `DROP SCHEMA ${schema} CASCADE`);
              },
            };
          },
        },
      ]
    : []),
];

describe.each(setups)('concurrent pushes on $name', (setup) => {
  let dbs: [Database, Database];
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dbs, close } = await setup.open());
    await resetTables(dbs[0]);
  });
  afterAll(async () => {
    await close();
  });

  it('numbers every team’s changes 1..n with no gaps, loses no field, and a reader meanwhile skips nothing', async () => {
    const [server1, server2] = [makeWorld(dbs[0]), makeWorld(dbs[1])];
    const teamA = await server1.team('Team Nord (fiktivt)');
    const teamB = await server1.team('Team Sør (fiktivt)');
    const devices: Device[] = [];
    for (let u = 0; u < 4; u++) {
      const user = await server1.user(`spesialist${u}`, [teamA.id]);
      devices.push(await server1.login(user, `u${u}-phone`), await server2.login(user, `u${u}-laptop`));
    }
    const other = await server2.login(await server2.user('per', [teamB.id]), 'per-phone');

    // A shared record every device edits (a field of its own each).
    const creator = devices[0]!;
    expect(
      (await creator.push([creator.mutation('jobseekers', 'shared', { id: 'shared', teamId: teamA.id, firstName: 'Delt' })])).status,
    ).toBe(200);

    const BATCHES = 5;
    const PER_BATCH = 10;
    async function work(device: Device, teamId: string) {
      for (let b = 0; b < BATCHES; b++) {
        const mutations = Array.from({ length: PER_BATCH - 1 }, (_, i) =>
          device.mutation('notes', `${device.id}-${b}-${i}`, { id: `${device.id}-${b}-${i}`, teamId, text: 'x' }),
        );
        if (teamId === teamA.id) mutations.push(device.mutation('jobseekers', 'shared', { [`field_${device.id}`]: b }));
        else mutations.push(device.mutation('notes', `${device.id}-${b}-last`, { id: `${device.id}-${b}-last`, teamId, text: 'y' }));
        const res = await device.push(mutations);
        expect(res.status, await res.clone().text()).toBe(200);
      }
    }

    // A device of team A pulling in small pages all the while.
    const expectedA = 1 + devices.length * BATCHES * PER_BATCH;
    const seen: number[] = [];
    let writersDone = false;
    // When a push fails the test has failed: the reader stops rather than poll on.
    let writersFailed = false;
    async function read() {
      let cursor = 0;
      for (let round = 0; round < 5000 && seen.length < expectedA; round++) {
        if (writersFailed) return;
        const allCommitted = writersDone;
        const res = await devices[1]!.pull(`?cursor=${cursor}&limit=7`);
        const page = (await res.json()) as { changes: Change[]; cursor: number };
        seen.push(...page.changes.map((c) => c.seq));
        cursor = page.cursor;
        if (page.changes.length === 0) {
          // Asked after every push had committed: a change not seen by now was skipped.
          if (allCommitted) break;
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      }
    }

    const reader = read();
    const writers = Promise.all([...devices.map((d) => work(d, teamA.id)), work(other, teamB.id)]);
    writers.catch(() => (writersFailed = true));
    await writers.catch(() => undefined);
    writersDone = true;
    await reader.catch(() => {});
    await writers;

    const seqs = async (teamId: string) =>
      (await dbs[0].query<{ seq: number }>('SELECT seq FROM changes WHERE team_id = $1 ORDER BY seq', [teamId])).map((r) => r.seq);
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(await seqs(teamA.id)).toEqual(range(expectedA));
    expect(await seqs(teamB.id)).toEqual(range(BATCHES * PER_BATCH));
    expect(seen).toEqual(range(expectedA));
    const counters = await dbs[0].query<{ team_id: string; last_seq: number }>(
      'SELECT team_id, last_seq FROM team_counters ORDER BY last_seq',
    );
    expect(counters).toEqual([
      { team_id: teamB.id, last_seq: BATCHES * PER_BATCH },
      { team_id: teamA.id, last_seq: expectedA },
    ]);
    // No push overwrote another's merge: every device's field is on the shared record.
    const [shared] = await dbs[0].query<{ field_values: Record<string, unknown> }>("SELECT field_values FROM records WHERE id = 'shared'");
    for (const device of devices) expect(shared!.field_values[`field_${device.id}`]).toBe(BATCHES - 1);
  });
});
