import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { followUpVisits } from '../../src/data/followUpVisitRepository';
import { notes } from '../../src/data/noteRepository';
import { placements } from '../../src/data/placementRepository';
import { aFreshDevice, renderApp } from './renderApp';
import { aPerson, aPlacement, aVisitOn, anEmployer } from './placementWorld';

// TODAY is 2026-11-23: twelve days ago was 2026-11-11.
async function aWeeklyPlacementLastVisited(date: string) {
  const person = await aPerson('Siv Rytme', 5);
  const { employer } = await anEmployer('Fjordlager AS');
  const placement = await aPlacement(person.id, employer.id);
  await aVisitOn(person.id, placement.id, date, 'Trives på lageret.');
  return { person, placement };
}

describe('the follow-up rhythm against the jobbstøtteplan', () => {
  it('[RHYTHM-1] says the plan is weekly, the last visit was 12 days ago, and the follow-up is overdue', async () => {
    aFreshDevice();
    const { placement } = await aWeeklyPlacementLastVisited('2026-11-11');
    renderApp(`/formidlinger/${placement.id}`);

    expect(await screen.findByText('Planen sier hver uke · siste besøk for 12 dager siden · forfalt')).toBeInTheDocument();
    expect(screen.getByText('Oppfølgingen skulle vært 18. nov. 2026, for 5 dager siden.')).toBeInTheDocument();
    const visits = screen.getByRole('region', { name: 'Oppfølging på og utenfor jobben' });
    expect(within(visits).getByRole('heading', { level: 3, name: '11. nov. 2026 – På jobben' })).toBeInTheDocument();
    expect(within(visits).getByText('Med: Arbeidssøkeren, Leder')).toBeInTheDocument();
  });

  it('[TODAY-2] shows the overdue placement follow-up in the caseload’s Today block, linking to the placement', async () => {
    aFreshDevice();
    const { placement } = await aWeeklyPlacementLastVisited('2026-11-11');
    renderApp('/');

    const today = await screen.findByRole('region', { name: 'I dag' });
    const item = await within(today).findByRole('link', { name: /Siv Rytme/ });
    expect(item).toHaveTextContent('Oppfølging på jobben forfalt for 5 dager siden: Lagermedarbeider hos Fjordlager AS');
    expect(item).toHaveAttribute('href', `/formidlinger/${placement.id}`);
  });

  it('logs a follow-up from the placement page as a visit and a note on the timeline, and the rhythm starts again', async () => {
    aFreshDevice();
    const { person, placement } = await aWeeklyPlacementLastVisited('2026-11-11');
    const { user } = renderApp(`/formidlinger/${placement.id}`);
    await user.click(await screen.findByRole('link', { name: 'Logg oppfølging' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Oppfølging: Lagermedarbeider' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'På jobben' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Utenfor jobben' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mentor' }));
    await user.type(screen.getByLabelText(/^Notat/), 'Kaffe med Siv og mentor etter jobb.');
    await user.click(screen.getByRole('radio', { name: '+1 uke' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Oppfølgingen er lagret')).toBeInTheDocument();
    expect(await screen.findByText('Planen sier hver uke · siste besøk i dag · neste 30. nov. 2026')).toBeInTheDocument();
    const [visit] = await followUpVisits.forPlacement(placement.id);
    expect(visit).toMatchObject({
      date: '2026-11-23',
      place: 'off-the-job',
      withWhom: ['jobseeker', 'mentor'],
      nextFollowUp: '2026-11-30',
    });
    const note = (await notes.forPerson(person.id)).find((saved) => saved.id === visit!.noteId);
    expect(note).toMatchObject({
      meetingType: 'jobseeker-meeting',
      text: 'Kaffe med Siv og mentor etter jobb.',
      step: 5,
      nextFollowUp: '2026-11-30',
    });
  });

  it('refuses a follow-up without a note and writes neither visit nor note', async () => {
    aFreshDevice();
    const { person, placement } = await aWeeklyPlacementLastVisited('2026-11-11');
    const { user } = renderApp(`/formidlinger/${placement.id}/oppfolging/ny`);
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));

    expect(await screen.findByRole('link', { name: 'Notat: Må fylles ut' })).toBeInTheDocument();
    expect(await followUpVisits.forPlacement(placement.id)).toHaveLength(1);
    expect(await notes.forPerson(person.id)).toHaveLength(1);
  });
});

describe('placement status', () => {
  it('[PLACEMENT-1] ends a placement with a date and a reason, and the rhythm stops', async () => {
    aFreshDevice();
    const { placement } = await aWeeklyPlacementLastVisited('2026-11-11');
    const { user } = renderApp(`/formidlinger/${placement.id}`);
    await user.click(await screen.findByRole('link', { name: 'Avslutt formidlingen' }));
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));
    expect(await screen.findByRole('link', { name: 'Hvorfor sluttet det?: Må fylles ut' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Gikk over til en annen jobb' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Statusen er endret')).toBeInTheDocument();
    expect(screen.getByText('Avsluttet')).toBeInTheDocument();
    expect(screen.getByText('Rytmen gjelder mens formidlingen er pågående.')).toBeInTheDocument();
    expect(await placements.get(placement.id)).toMatchObject({ status: 'ended', endDate: '2026-11-23', endReason: 'other-job' });
    expect(screen.getByRole('link', { name: 'Ta opp igjen' })).toBeInTheDocument();
  });

  it('[PLACEMENT-1] starts a planned placement on the day it really began', async () => {
    aFreshDevice();
    const person = await aPerson('Stian Start', 5);
    const { employer } = await anEmployer('Kafé Kroken');
    const placement = await aPlacement(person.id, employer.id, { status: 'planned', startDate: '2026-12-01' });
    const { user } = renderApp(`/formidlinger/${placement.id}`);
    await user.click(await screen.findByRole('link', { name: 'Marker som pågående' }));
    const date = await screen.findByLabelText('Startet (dato)');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(async () => expect(await placements.get(placement.id)).toMatchObject({ status: 'ongoing', startDate: '2026-11-20' }));
    expect(await screen.findByText('Pågående')).toBeInTheDocument();
  });
});
