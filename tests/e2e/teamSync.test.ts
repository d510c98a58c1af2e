import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import type { Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPglite } from '../../src/server/db/pglite.ts';
import { addMember, createTeam, createUser } from '../../src/server/store/accounts.ts';
import {
  checkA11y,
  distDir as builtDir,
  launchBrowser,
  newPhoneContext,
  waitForServiceWorkerControl,
  watchPageProblems,
} from './harness.ts';

// Issue 4's journey: one specialist's phone and laptop, both offline, edit
// different fields of one person and write notes; back online, both show
// everything. A user of another team sees none of it. The real server with
// storage (in-memory PGlite) serves the built app and the API on one origin.
const PASSWORD = 'et-langt-passord-1';
/** The build to serve: dist/ (npm test builds it), or another folder for a run beside other builds. */
const distDir = process.env.FEMTRINN_E2E_DIST ?? builtDir;
let db: Database;
let url: string;
let close: () => Promise<void>;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  const now = new Date();
  const passwordHash = await hashPassword(PASSWORD);
  const teamA = await createTeam(db, 'Team Oslo sentrum (fiktivt)', now);
  const teamB = await createTeam(db, 'Team Bergen (fiktivt)', now);
  await addMember(
    db,
    teamA.id,
    await createUser(db, { username: 'kari', name: 'Kari Veileder', role: 'specialist', passwordHash }, now),
    now,
  );
  await addMember(
    db,
    teamB.id,
    await createUser(db, { username: 'ola', name: 'Ola Annenteam', role: 'specialist', passwordHash }, now),
    now,
  );
  const app = createApp({ distDir, db });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
    });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await close?.();
  await db?.close();
});

async function device(width = 360): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPhoneContext(browser, width > 360 ? { viewport: { width, height: 800 }, isMobile: false, hasTouch: false } : {});
  contexts.push(context);
  return { context, page: await context.newPage() };
}

const statusText = (page: Page) => page.getByRole('contentinfo').getByRole('status').innerText();

async function logIn(page: Page, username: string) {
  await page.goto(url);
  // No login on this device yet, and the server has accounts: the login screen comes first [LOGIN-1].
  await page.getByRole('heading', { name: 'Logg inn', level: 1 }).waitFor();
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(`${url}/`);
  // The first sync fetches the team's records, then the line says so.
  await expect.poll(() => statusText(page), { timeout: 15_000 }).toMatch(/^Alt er synkronisert · synkronisert \d\d:\d\d$/);
}

async function syncNow(page: Page) {
  await page.getByRole('button', { name: 'Synkroniser nå' }).click();
  await expect.poll(() => statusText(page), { timeout: 15_000 }).toMatch(/^Alt er synkronisert · synkronisert \d\d:\d\d$/);
}

async function openPerson(page: Page, name: string) {
  await page.goto(url);
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

async function writeNote(page: Page, text: string) {
  await page.getByRole('link', { name: 'Skriv notat' }).first().click();
  await page.getByLabel('Type møte eller kontakt').selectOption({ label: 'Møte med deltaker' });
  await page.getByLabel('Notat', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await page.getByText('Notatet er lagret').waitFor();
}

describe('a specialist’s phone and laptop, offline and back', () => {
  it('both keep both edits and every note; another team sees none of it', async () => {
    const phone = await device();
    const laptop = await device(1024);
    const problems = watchPageProblems(phone.page);

    await logIn(phone.page, 'kari');
    expect(await checkA11y(phone.page, 'caseload after login')).toEqual([]);
    await waitForServiceWorkerControl(phone.page);
    await phone.page.getByRole('link', { name: 'Ny arbeidssøker' }).first().click();
    await phone.page.getByLabel('Navn', { exact: true }).fill('Siri Synkesen');
    await phone.page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await phone.page.getByRole('heading', { name: 'Siri Synkesen', level: 1 }).waitFor();
    await syncNow(phone.page);

    await logIn(laptop.page, 'kari');
    await waitForServiceWorkerControl(laptop.page);
    await openPerson(laptop.page, 'Siri Synkesen');

    await phone.context.setOffline(true);
    await laptop.context.setOffline(true);
    await phone.page.getByRole('link', { name: 'Endre opplysninger' }).click();
    await phone.page.getByLabel('Telefon', { exact: true }).fill('912 34 567');
    await phone.page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await phone.page.getByRole('heading', { name: 'Siri Synkesen', level: 1 }).waitFor();
    await writeNote(phone.page, 'Ringte fra bussen, avtalte møte.');
    expect(await statusText(phone.page)).toContain('Frakoblet – alt lagres på enheten · 2 endringer venter');

    await laptop.page.getByRole('link', { name: 'Endre opplysninger' }).click();
    await laptop.page.getByLabel('Beskriv målet').fill('Deltidsjobb i barnehage');
    await laptop.page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await laptop.page.getByRole('heading', { name: 'Siri Synkesen', level: 1 }).waitFor();
    await writeNote(laptop.page, 'Skrev referat på kontoret.');

    await phone.context.setOffline(false);
    await laptop.context.setOffline(false);
    await syncNow(phone.page);
    await syncNow(laptop.page);
    await syncNow(phone.page);

    for (const { page } of [phone, laptop]) {
      await openPerson(page, 'Siri Synkesen');
      await page.getByText(/Deltidsjobb i barnehage/).waitFor();
      expect(
        await page
          .getByRole('link', { name: /912 34 567/ })
          .first()
          .isVisible(),
      ).toBe(true);
      expect(await page.getByText('Ringte fra bussen, avtalte møte.').isVisible()).toBe(true);
      expect(await page.getByText('Skrev referat på kontoret.').isVisible()).toBe(true);
    }
    expect(await checkA11y(laptop.page, 'person page after sync')).toEqual([]);

    const other = await device();
    await logIn(other.page, 'ola');
    await other.page.getByRole('heading', { name: 'Ingen arbeidssøkere ennå' }).waitFor();
    expect(await other.page.getByText('Siri Synkesen').count()).toBe(0);

    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
});
