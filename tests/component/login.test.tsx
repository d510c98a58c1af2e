import { toIsoDate } from '../../src/domain/dates';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/db';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { readSession } from '../../src/data/syncMeta';
import { appSync } from '../../src/sync/appSync';
import { aFreshDevice, renderApp, TODAY } from './renderApp';
import { aTeamServer, KARI } from './syncWorld';

const json = (status: number, body: object) =>
  new Response(JSON.stringify({ serverTime: new Date().toISOString(), ...body }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

afterEach(() => appSync.configure({}));

async function fillIn(user: ReturnType<typeof renderApp>['user'], username: string, password: string) {
  await user.type(await screen.findByLabelText('Brukernavn'), username);
  await user.type(screen.getByLabelText('Passord'), password);
  await user.click(screen.getByRole('button', { name: 'Logg inn' }));
}

describe('logging in', () => {
  it('[LOGIN-1] sends a device with no login to the login screen when the server has accounts', async () => {
    aFreshDevice();
    aTeamServer();
    appSync.server.set({ accounts: true });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Logg inn', level: 1 })).toBeInTheDocument();
  });

  it('[LOGIN-1] lets the app be used on the device alone when no server with accounts answers', async () => {
    aFreshDevice();
    aTeamServer();
    appSync.server.set({ accounts: false });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Ingen arbeidssøkere ennå' })).toBeInTheDocument();
  });

  it('logs in, keeps the session on the device, moves what was recorded before into the team, and fetches the team', async () => {
    aFreshDevice();
    const server = aTeamServer();
    appSync.server.set({ accounts: true });
    const before = await jobseekers.add({ name: 'Lise Lokal', referralDate: '2026-11-01', mainGoal: 'job' }, TODAY);
    // The sync time is on the real clock: the app's today must be the real one too.
    const { user, router } = renderApp('/logg-inn', { today: toIsoDate(new Date()) });
    await fillIn(user, 'kari', KARI.password);
    expect(await screen.findByText('Du er logget inn. Teamets data hentes nå.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect((await readSession(database()))?.user.name).toBe('Kari Veileder');
    expect(await jobseekers.get(before.ok ? before.value.id : '')).toMatchObject({ teamId: 'team-a', createdBy: 'u-kari' });
    await waitFor(() => expect(server.teamRecords('team-a').size).toBe(1));
    expect(await screen.findByText(/^Alt er synkronisert · synkronisert \d\d:\d\d$/)).toBeInTheDocument();
  });

  it('says so plainly when the username or password is wrong, and keeps the username', async () => {
    aFreshDevice();
    aTeamServer();
    const { user } = renderApp('/logg-inn');
    await fillIn(user, 'kari', 'feil-passord');
    expect(await screen.findByRole('alert')).toHaveTextContent('Feil brukernavn eller passord.');
    expect(screen.getByLabelText('Brukernavn')).toHaveValue('kari');
    expect(screen.getByLabelText('Passord')).toHaveValue('');
    expect(await readSession(database())).toBeUndefined();
  });

  it('asks to wait when the server limits login attempts', async () => {
    aFreshDevice();
    appSync.configure({ fetch: async () => json(429, { error: { code: 'rate-limited', message: 'Vent' } }) });
    const { user } = renderApp('/logg-inn');
    await fillIn(user, 'kari', 'hva-som-helst');
    expect(await screen.findByRole('alert')).toHaveTextContent('For mange forsøk. Vent noen minutter og prøv igjen.');
  });

  it('says there is no network when the server cannot be reached', async () => {
    aFreshDevice();
    appSync.configure({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const { user } = renderApp('/logg-inn');
    await fillIn(user, 'kari', KARI.password);
    expect(await screen.findByRole('alert')).toHaveTextContent('Får ikke kontakt med serveren. Sjekk at du er på nett, og prøv igjen.');
  });

  it('asks for both fields before it tries', async () => {
    aFreshDevice();
    let calls = 0;
    appSync.configure({ fetch: async () => (calls++, json(500, {})) });
    const { user } = renderApp('/logg-inn');
    await user.click(await screen.findByRole('button', { name: 'Logg inn' }));
    expect(screen.getAllByText('Må fylles ut')).toHaveLength(2);
    expect(calls).toBe(0);
  });
});
