import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/db';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { writeSession, writeSyncState } from '../../src/data/syncMeta';
import { appSync } from '../../src/sync/appSync';
import { toIsoDate } from '../../src/domain/dates';
import { aFreshDevice, renderApp, TODAY } from './renderApp';
import { aTeamServer, KARI, loggedInAsKari } from './syncWorld';

afterEach(() => appSync.configure({}));

const status = () => screen.getByRole('status');

async function aSession(expired = false) {
  await writeSession(database(), {
    token: 'token-x',
    expiresAt: '2026-12-01T00:00:00.000Z',
    user: { id: KARI.id, username: KARI.username, name: KARI.name, role: 'specialist' },
    teams: [{ id: 'team-a', name: 'Team A' }],
    members: [],
    expired,
  });
}

async function twoPeople() {
  for (const name of ['Anne Andersen', 'Bjørn Berg']) await jobseekers.add({ name, referralDate: '2026-11-01', mainGoal: 'job' }, TODAY);
}

describe('the status line', () => {
  it('before any login, says everything is saved on the device, or how much waits', async () => {
    aFreshDevice();
    aTeamServer();
    renderApp('/');
    await waitFor(() => expect(status()).toHaveTextContent('Alt er lagret på enheten'));
    await twoPeople();
    await waitFor(() => expect(status()).toHaveTextContent('2 endringer venter på synkronisering'));
  });

  it('says how many changes wait and when the device last synced, with a button to sync now', async () => {
    aFreshDevice();
    aTeamServer();
    await aSession();
    const syncedAt = new Date();
    syncedAt.setHours(14, 5, 0, 0);
    await writeSyncState(database(), { cursors: { 'team-a': 3 }, lastSyncedAt: syncedAt.toISOString() });
    appSync.status.set({ phase: 'in-sync' });
    await twoPeople();
    // The sync time is on the real clock: the app's today must be the real one too.
    renderApp('/', { today: toIsoDate(new Date()) });
    await waitFor(() => expect(status()).toHaveTextContent('2 endringer venter · synkronisert 14:05'));
    expect(screen.getByRole('button', { name: 'Synkroniser nå' })).toBeInTheDocument();
  });

  it('"Synkroniser nå" sends the waiting changes to the team', async () => {
    aFreshDevice();
    const server = aTeamServer();
    await loggedInAsKari();
    const { user } = renderApp('/', { today: toIsoDate(new Date()) });
    await twoPeople();
    await waitFor(() => expect(status()).toHaveTextContent(/^2 endringer venter/));
    await user.click(screen.getByRole('button', { name: 'Synkroniser nå' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Alt er synkronisert · synkronisert \d\d:\d\d$/));
    expect(server.teamRecords('team-a').size).toBe(2);
  });

  it('shows the first sync of a new device with its progress', async () => {
    aFreshDevice();
    aTeamServer();
    await aSession();
    appSync.status.set({ phase: 'initial', progress: { pages: 2, changes: 4000 } });
    renderApp('/');
    await waitFor(() => expect(status()).toHaveTextContent('Henter teamets data … · 4000 endringer hentet'));
  });

  it('an expired login keeps the changes and asks to log in again', async () => {
    aFreshDevice();
    aTeamServer();
    await aSession(true);
    await twoPeople();
    renderApp('/');
    await waitFor(() =>
      expect(status()).toHaveTextContent('Innloggingen har utløpt. Endringene dine er tatt vare på. · 2 endringer venter'),
    );
    expect(screen.getByRole('link', { name: 'Logg inn på nytt' })).toHaveAttribute('href', '/logg-inn');
  });

  it.each([
    ['clock-skew', 'Klokken på denne enheten går feil. Rett dato og klokkeslett, så synkroniseres endringene.'],
    ['upgrade-required', 'Appen må oppdateres før den kan synkronisere. Last inn siden på nytt.'],
  ] as const)('explains a refusal (%s) in plain words', async (reason, text) => {
    aFreshDevice();
    aTeamServer();
    await aSession();
    appSync.status.set({ phase: 'error', reason });
    renderApp('/');
    await waitFor(() => expect(status()).toHaveTextContent(text));
  });

  it('says when the server cannot be reached, and that it will try again', async () => {
    aFreshDevice();
    aTeamServer();
    await aSession();
    appSync.status.set({ phase: 'offline', reason: 'network' });
    renderApp('/');
    await waitFor(() => expect(status()).toHaveTextContent('Får ikke kontakt med serveren. Vi prøver igjen snart.'));
  });
});
