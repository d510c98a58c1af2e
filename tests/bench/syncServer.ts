// Prints what the sync server costs: a push of a full batch (500 mutations)
// and a pull of 5,000 changes, through the real app (validation, merge,
// SQL, JSON) on each storage: embedded PGlite in memory, PGlite in a folder
// (what `npm start` uses), and PostgreSQL when DATABASE_URL is set.
// `npm run bench:sync`. Figures only; no test asserts a time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPglite } from '../../src/server/db/pglite.ts';
import { MAX_BATCH_MUTATIONS, MAX_PULL_LIMIT } from '../../src/protocol/protocol.ts';
import { openSchema } from '../server/backends.ts';
import { makeWorld } from '../server/harness.ts';

const ROUNDS = 10; // 10 × 500 = 5,000 changes to pull afterwards
const NOTE_TEXT = 'Fiktivt notat: samtale om arbeidsønsker, ønsker lager eller butikk, avtalt ny samtale om to uker. '.repeat(4);

interface Figures {
  name: string;
  newBatchMs: number[];
  editBatchMs: number[];
  pullMs: number[];
  bodyKb: number;
  pullKb: number;
}

async function measure(name: string, db: Database): Promise<Figures> {
  const world = makeWorld(db);
  const team = await world.team('Bench-team (fiktivt)');
  const device = await world.login(await world.user('bench', [team.id]), 'bench-phone');
  const figures: Figures = { name, newBatchMs: [], editBatchMs: [], pullMs: [], bodyKb: 0, pullKb: 0 };

  for (let round = 0; round < ROUNDS; round++) {
    world.clock.now = new Date(world.clock.now.getTime() + 1000);
    const batch = Array.from({ length: MAX_BATCH_MUTATIONS }, (_, i) => {
      const id = `note-${round}-${i}`;
      return device.mutation('notes', id, {
        id,
        teamId: team.id,
        createdBy: 'bench',
        jobseekerId: `js-${i % 50}`,
        rootId: id,
        date: '2026-11-23',
        time: '09:00',
        meetingType: 'samtale',
        channel: 'fysisk',
        text: NOTE_TEXT,
      });
    });
    figures.bodyKb = JSON.stringify({ mutations: batch }).length / 1024;
    const started = performance.now();
    const res = await device.push(batch);
    await res.json();
    figures.newBatchMs.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`push ${res.status}`);
  }
  // Edits of existing mutable records: reads the stored state, merges, writes history.
  const people = Array.from({ length: MAX_BATCH_MUTATIONS }, (_, i) =>
    device.mutation('jobseekers', `person-${i}`, {
      id: `person-${i}`,
      teamId: team.id,
      firstName: 'Ada',
      lastName: `Fiktiv ${i}`,
      phone: '40000000',
    }),
  );
  await (await device.push(people)).json();
  for (let round = 0; round < 3; round++) {
    world.clock.now = new Date(world.clock.now.getTime() + 1000);
    const edits = people.map((p) => device.mutation('jobseekers', p.recordId, { phone: `4${round}${String(Math.random()).slice(2, 8)}` }));
    const started = performance.now();
    const res = await device.push(edits);
    await res.json();
    figures.editBatchMs.push(performance.now() - started);
  }
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    const res = await device.pull(`?cursor=0&limit=${MAX_PULL_LIMIT}`);
    const text = await res.text();
    figures.pullMs.push(performance.now() - started);
    figures.pullKb = text.length / 1024;
    const page = JSON.parse(text) as { changes: unknown[] };
    if (page.changes.length !== MAX_PULL_LIMIT) throw new Error(`pulled ${page.changes.length}`);
  }
  return figures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

function report(f: Figures): void {
  const push = median(f.newBatchMs);
  console.log(`\n${f.name}`);
  console.log(
    `  push 500 new notes (${f.bodyKb.toFixed(0)} KB)  median ${ms(push)}  (${((MAX_BATCH_MUTATIONS / push) * 1000).toFixed(0)} mutations/s; first ${ms(f.newBatchMs[0]!)}, all ${f.newBatchMs.map((x) => x.toFixed(0)).join(' ')})`,
  );
  console.log(`  push 500 edits (merge + history)  median ${ms(median(f.editBatchMs))}`);
  console.log(
    `  pull 5,000 changes (${(f.pullKb / 1024).toFixed(1)} MB)  median ${ms(median(f.pullMs))}  (${((MAX_PULL_LIMIT / median(f.pullMs)) * 1000).toFixed(0)} changes/s)`,
  );
}

const memory = await openPglite();
await migrate(memory);
report(await measure('PGlite, in memory', memory));
await memory.close();

const folder = await mkdtemp(path.join(tmpdir(), 'femtrinn-bench-'));
const onDisk = await openPglite(folder);
await migrate(onDisk);
report(await measure(`PGlite, in a folder (as npm start)`, onDisk));
await onDisk.close();
await rm(folder, { recursive: true, force: true });

const url = process.env.DATABASE_URL?.trim();
if (url) {
  const pg = await openSchema(url);
  report(await measure('PostgreSQL (DATABASE_URL)', pg));
  await pg.close();
} else {
  console.log('\nPostgreSQL: skipped (set DATABASE_URL)');
}
