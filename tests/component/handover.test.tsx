import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/db';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { notes } from '../../src/data/noteRepository';
import { appSync } from '../../src/sync/appSync';
import { aFreshDevice, renderApp, TODAY } from './renderApp';
import { aTeamServer, loggedInAsKari, PER } from './syncWorld';

afterEach(() => appSync.configure({}));

async function aPerson(name: string) {
  const result = await jobseekers.add({ name, referralDate: '2026-11-01', mainGoal: 'job' }, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function listedNames(): string[] {
  const list = screen.getByRole('region', { name: 'Mine arbeidssøkere' });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.querySelector('.caseload-name')?.textContent ?? '');
}

describe('handing a jobseeker over to a colleague', () => {
  it('[HANDOVER-1] makes the colleague responsible; the notes stay with the person and the change is sent to the team', async () => {
    aFreshDevice();
    const server = aTeamServer();
    await loggedInAsKari();
    const person = await aPerson('Hanne Hansen');
    await notes.add(
      person.id,
      {
        date: TODAY,
        meetingType: 'jobseeker-meeting',
        channel: 'phone',
        status: 'completed',
        step: 1,
        text: 'Første samtale',
        nextFollowUp: '',
      },
      TODAY,
    );
    const { user } = renderApp(`/personer/${person.id}`);
    expect(await screen.findByText('Ansvarlig: deg')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Overfør til kollega' }));
    expect(await screen.findByRole('heading', { name: 'Overfør Hanne Hansen', level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Per Kollega' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Hanne Hansen er overført til Per Kollega.')).toBeInTheDocument();
    expect(await screen.findByText('Ansvarlig: Per Kollega')).toBeInTheDocument();
    expect(screen.getByText('Første samtale')).toBeInTheDocument();
    expect((await jobseekers.get(person.id))?.specialistId).toBe(PER.id);
    const last = await database().outbox.orderBy('seq').last();
    expect(last).toMatchObject({ table: 'jobseekers', recordId: person.id, fields: { specialistId: PER.id } });
    await appSync.syncNow();
    expect(server.teamRecords('team-a').get(`jobseekers/${person.id}`)).toMatchObject({ specialistId: PER.id });
  });

  it('asks who before it hands over', async () => {
    aFreshDevice();
    aTeamServer();
    await loggedInAsKari();
    const person = await aPerson('Ivar Iversen');
    const { user } = renderApp(`/personer/${person.id}/overfor`);
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));
    expect(await screen.findAllByText(/Må fylles ut/)).not.toHaveLength(0);
    expect((await jobseekers.get(person.id))?.specialistId).toBe('u-kari');
  });

  it('[HANDOVER-2] the caseload shows "Mine" by default and the whole team on request', async () => {
    aFreshDevice();
    aTeamServer();
    await loggedInAsKari();
    await aPerson('Anne Andersen');
    const handed = await aPerson('Bjørn Berg');
    await jobseekers.handOver(handed.id, PER.id);
    const { user } = renderApp('/');
    await waitFor(() => expect(listedNames()).toEqual(['Anne Andersen']));
    await user.selectOptions(screen.getByLabelText('Vis'), 'Hele teamet');
    await waitFor(() => expect(listedNames().sort()).toEqual(['Anne Andersen', 'Bjørn Berg']));
  });

  it('offers no handover and no team filter before any login', async () => {
    aFreshDevice();
    aTeamServer();
    const person = await aPerson('Lone Lokal');
    renderApp(`/personer/${person.id}`);
    await screen.findByRole('heading', { name: 'Lone Lokal', level: 1 });
    expect(screen.queryByRole('link', { name: 'Overfør til kollega' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Ansvarlig:/)).not.toBeInTheDocument();
  });
});

describe('logging out', () => {
  it('warns when changes wait, then removes every record from the device', async () => {
    aFreshDevice();
    aTeamServer();
    await loggedInAsKari();
    await aPerson('Vera Venter');
    const { user, router } = renderApp('/innstillinger');
    expect(await screen.findByText('Logget inn som Kari Veileder (kari) i Team team-a.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Logg ut' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 endring er ikke sendt til serveren ennå. Logger du ut nå, går den tapt.');
    expect(await jobseekers.list()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Logg ut og slett endringene' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/logg-inn'));
    expect(await jobseekers.list()).toEqual([]);
    expect(await database().meta.get('session')).toBeUndefined();
  });

  it('logs out at once when nothing waits', async () => {
    aFreshDevice();
    aTeamServer();
    await loggedInAsKari();
    const { user, router } = renderApp('/innstillinger');
    await user.click(await screen.findByRole('button', { name: 'Logg ut' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/logg-inn'));
    expect(await database().meta.get('session')).toBeUndefined();
  });
});
