// Prints what a new device's first sync costs in Chromium: the team's
// records (fictional jobseekers and notes) are pushed to the real server
// (in-memory PGlite), then a fresh browser profile logs in and the app pulls
// and applies everything. In the same page, the same number of records is
// written straight into IndexedDB in transactions of the same size, for the
// ratio DESIGN.md budgets (≤ 1.3×). Figures only; no test asserts a time.
// `npx vite build && npx tsx tests/bench/firstSync.ts` (PEOPLE=…, NOTES=… to scale).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPglite } from '../../src/server/db/pglite.ts';
import { addMember, createTeam, createUser } from '../../src/server/store/accounts.ts';
import { formatHlc } from '../../src/domain/hlc.ts';
import { newId } from '../../src/domain/ids.ts';
import {
  HEADER_PROTOCOL,
  HEADER_SCHEMA,
  MAX_BATCH_MUTATIONS,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type Mutation,
} from '../../src/protocol/protocol.ts';
import { PULL_PAGE_SIZE } from '../../src/sync/pullChanges.ts';
import { chromiumArgs, chromiumPath, distDir } from '../e2e/harness.ts';

const PEOPLE = Number(process.env.PEOPLE ?? 1_000);
const NOTES = Number(process.env.NOTES ?? 20_000);
const PASSWORD = 'bench-passord-123';
const NOTE_TEXT = 'Fiktivt notat: samtale om arbeidsønsker, ønsker lager eller butikk, avtalt ny samtale om to uker. '.repeat(4);

const db = await openPglite();
await migrate(db);
const now = new Date();
const team = await createTeam(db, 'Bench-team (fiktivt)', now);
const userId = await createUser(
  db,
  { username: 'bench', name: 'Bench Benkesen', role: 'specialist', passwordHash: await hashPassword(PASSWORD) },
  now,
);
await addMember(db, team.id, userId, now);
const app = createApp({ distDir: process.env.FEMTRINN_E2E_DIST ?? distDir, db });

const headers = {
  'Content-Type': 'application/json',
  [HEADER_PROTOCOL]: String(PROTOCOL_VERSION),
  [HEADER_SCHEMA]: String(SCHEMA_VERSION),
};
const login = await (
  await app.fetch(
    new Request('http://bench/api/login', {
      method: 'POST',
      headers,
      body: JSON.stringify({ username: 'bench', password: PASSWORD, deviceId: 'seed' }),
    }),
  )
).json();
let mutationNumber = 0;
let counter = 0;
const stamp = () => formatHlc({ wall: now.getTime() - 60_000, counter: counter++ }, 'seed');
const mutation = (table: Mutation['table'], fields: Record<string, unknown>): Mutation => ({
  mutationNumber: ++mutationNumber,
  table,
  recordId: fields.id as string,
  op: 'put',
  fields,
  hlc: stamp(),
});
// UUIDv7 ids, made in order, as devices make them.
const personIds = Array.from({ length: PEOPLE }, () => newId());
const people = Array.from({ length: PEOPLE }, (_, i) =>
  mutation('jobseekers', {
    id: personIds[i],
    teamId: team.id,
    createdBy: userId,
    specialistId: userId,
    name: `Fiktiv Person ${i}`,
    phone: '',
    email: '',
    address: '',
    referralDate: '2026-10-01',
    counsellorName: '',
    counsellorOffice: '',
    counsellorPhone: '',
    mainGoal: 'job',
    goalText: '',
  }),
);
const notes = Array.from({ length: NOTES }, (_, i) => {
  const id = newId();
  return mutation('notes', {
    id,
    teamId: team.id,
    createdBy: userId,
    jobseekerId: personIds[i % PEOPLE],
    rootId: id,
    date: '2026-11-20',
    time: '',
    meetingType: 'jobseeker-meeting',
    channel: 'phone',
    status: 'completed',
    durationMinutes: '',
    step: 1,
    text: NOTE_TEXT,
    nextFollowUp: '',
  });
});
const all = [...people, ...notes];
const seedStart = performance.now();
for (let i = 0; i < all.length; i += MAX_BATCH_MUTATIONS) {
  const res = await app.fetch(
    new Request('http://bench/api/sync/push', {
      method: 'POST',
      headers: { ...headers, Authorization: `Bearer ${login.token}` },
      body: JSON.stringify({
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        deviceId: 'seed',
        mutations: all.slice(i, i + MAX_BATCH_MUTATIONS),
      }),
    }),
  );
  if (res.status !== 200) throw new Error(`seed push ${res.status} ${await res.text()}`);
}
console.log(`seeded ${all.length} records (${PEOPLE} people, ${NOTES} notes) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

// What the server alone takes to hand out the whole feed, page by page.
{
  const pullStart = performance.now();
  let cursor = 0;
  for (;;) {
    const res = await app.fetch(
      new Request(`http://bench/api/sync/pull?cursor=${cursor}&limit=${PULL_PAGE_SIZE}`, {
        headers: { ...headers, Authorization: `Bearer ${login.token}` },
      }),
    );
    const page = await res.json();
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  console.log(
    `server hands out the feed (pages of ${PULL_PAGE_SIZE}, in-process, no network) in ${((performance.now() - pullStart) / 1000).toFixed(1)} s`,
  );
}

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// A persistent profile: Playwright's default context keeps IndexedDB in memory and reads faster than a phone would.
const profile = mkdtempSync(path.join(tmpdir(), 'femtrinn-bench-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, locale: 'nb-NO' });
try {
  const page = await context.newPage();
  page.on(
    'console',
    (message) => (message.type() === 'error' || message.type() === 'warning') && console.log(`console: ${message.text()}`),
  );
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await page.goto(url);
  await page.getByLabel('Brukernavn').fill('bench');
  await page.getByLabel('Passord').fill(PASSWORD);
  const started = Date.now();
  await page.getByRole('button', { name: 'Logg inn' }).click();
  const status = page.getByRole('contentinfo').getByRole('status');
  let firstPersonMs: number | undefined;
  for (;;) {
    if (Date.now() - started > 300_000)
      throw new Error(
        `no end of the first sync after 5 minutes: «${await status.innerText()}» on ${page.url()}: ${(await page.locator('main').innerText()).slice(0, 300)}`,
      );
    const text = await status.innerText();
    if (firstPersonMs === undefined && (await page.getByText('Fiktiv Person 0', { exact: true }).count()) > 0)
      firstPersonMs = Date.now() - started;
    if (/^Alt er synkronisert · synkronisert \d\d:\d\d$/.test(text)) break;
    await page.waitForTimeout(50);
  }
  const syncMs = Date.now() - started;
  const counts = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const open = indexedDB.open('femtrinn');
        open.onsuccess = () => {
          const tx = open.result.transaction(['jobseekers', 'notes'], 'readonly');
          const a = tx.objectStore('jobseekers').count();
          const b = tx.objectStore('notes').count();
          tx.oncomplete = () => resolve([a.result, b.result]);
        };
      }),
  );
  // The same records (as the server sent them) straight into IndexedDB, in pages of the same size, with the
  // same indexes: once alone, once each with a row of its field stamps as the app keeps them.
  const rawRecords = all.map((each) => [each.table, each.fields] as const);
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const raw = await page.evaluate(
    async ({ rows, pageSize, hlc }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('raw-bench', 1);
        open.onupgradeneeded = () => {
          for (const name of ['jobseekers', 'jobseekers2']) open.result.createObjectStore(name, { keyPath: 'id' });
          for (const name of ['notes', 'notes2']) {
            const store = open.result.createObjectStore(name, { keyPath: 'id' });
            store.createIndex('[jobseekerId+date]', ['jobseekerId', 'date']);
            store.createIndex('rootId', 'rootId');
          }
          open.result.createObjectStore('fieldClocks', { keyPath: ['table', 'id'] });
        };
        open.onsuccess = () => resolve(open.result);
      });
      async function write(suffix: string, withClocks: boolean): Promise<number> {
        const start = performance.now();
        for (let i = 0; i < rows.length; i += pageSize) {
          await new Promise<void>((resolve) => {
            const tx = db.transaction([`jobseekers${suffix}`, `notes${suffix}`, 'fieldClocks'], 'readwrite');
            for (const [table, row] of rows.slice(i, i + pageSize)) {
              tx.objectStore(`${table}${suffix}`).put({ ...row, updatedAt: hlc });
              if (withClocks)
                tx.objectStore('fieldClocks').put({
                  table,
                  id: row.id,
                  clocks: Object.fromEntries(Object.keys(row).map((field) => [field, hlc])),
                });
            }
            tx.oncomplete = () => resolve();
          });
        }
        return performance.now() - start;
      }
      return { alone: await write('', false), withClocks: await write('2', true) };
    },
    { rows: rawRecords, pageSize: PULL_PAGE_SIZE, hlc: all[0]!.hlc },
  );
  const total = counts[0]! + counts[1]!;
  console.log(
    `first sync: ${total} records (${counts[0]} people, ${counts[1]} notes) in ${(syncMs / 1000).toFixed(1)} s = ${Math.round(total / (syncMs / 1000))} records/s`,
  );
  console.log(`first person on screen after ${firstPersonMs === undefined ? '?' : (firstPersonMs / 1000).toFixed(1)} s`);
  console.log(
    `the same records straight into IndexedDB (pages of ${PULL_PAGE_SIZE}): ${(raw.alone / 1000).toFixed(1)} s; first sync / raw = ${(syncMs / raw.alone).toFixed(2)}×`,
  );
  console.log(
    `the same with a field-stamp row each: ${(raw.withClocks / 1000).toFixed(1)} s; first sync / that = ${(syncMs / raw.withClocks).toFixed(2)}×`,
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
  await db.close();
}
