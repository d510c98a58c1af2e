import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cases } from '../../src/data/caseRepository';
import { followUpVisits } from '../../src/data/followUpVisitRepository';
import { notes } from '../../src/data/noteRepository';
import { aFreshDevice, renderApp, TODAY } from './renderApp';
import { aPerson, aPlacement, aVisitOn, anEmployer } from './placementWorld';

function peopleOffered(): string[] {
  const list = screen.getByRole('region', { name: 'Personer' });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.querySelector('.navds-body-short, .aksel-body-short')?.textContent ?? '');
}

describe('the quick log ("Logg besøk")', () => {
  it('logs a workplace visit with three taps and the typed text: a note on the timeline and the placement’s follow-up', async () => {
    aFreshDevice();
    const person = await aPerson('Kari Kjører', 5);
    const { employer } = await anEmployer('Fjordlager AS');
    const placement = await aPlacement(person.id, employer.id, { followUpFrequency: 'weekly' });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Logg besøk' })); // tap 1
    await user.click(await screen.findByRole('link', { name: /Kari Kjører/ })); // tap 2
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg besøk: Kari Kjører' })).toBeInTheDocument();
    expect(screen.getByLabelText('Type')).toHaveDisplayValue('Arbeidsplassbesøk');
    expect(screen.getByLabelText('Dato')).toHaveValue(TODAY);
    expect((screen.getByLabelText('Klokkeslett') as HTMLInputElement).value).toMatch(/^\d\d:\d\d$/);
    expect(screen.getByRole('radio', { name: '+1 uke' })).toBeChecked(); // the plan says weekly
    expect(screen.getByLabelText(/^Hva skjedde\?/)).toHaveFocus();
    await user.keyboard('Mestrer truck. Leder fornøyd.'); // the text, typed where the focus already is
    await user.click(screen.getByRole('button', { name: 'Lagre' })); // tap 3

    const confirmation = await screen.findByText('Besøket hos Kari Kjører er lagret. Neste oppfølging: 30. nov. 2026.');
    expect(confirmation.closest('[role="status"]')).not.toBeNull(); // read out by screen readers too
    expect(screen.getByRole('heading', { level: 1, name: 'Mine arbeidssøkere' })).toBeInTheDocument();
    const [note] = await notes.forPerson(person.id);
    expect(note).toMatchObject({
      date: TODAY,
      meetingType: 'workplace-visit',
      channel: 'in-person',
      status: 'completed',
      step: 5,
      text: 'Mestrer truck. Leder fornøyd.',
      nextFollowUp: '2026-11-30',
    });
    const [visit] = await followUpVisits.forPlacement(placement.id);
    expect(visit).toMatchObject({
      date: TODAY,
      place: 'on-the-job',
      withWhom: ['jobseeker'],
      noteId: note!.id,
      nextFollowUp: '2026-11-30',
    });
  });

  it('starts a person without a placement at "Møte med deltaker", and writes no follow-up visit', async () => {
    aFreshDevice();
    const person = await aPerson('Ola Uten', 2);
    const { user } = renderApp(`/logg/${person.id}`);
    expect(await screen.findByLabelText('Type')).toHaveDisplayValue('Møte med deltaker');
    expect(screen.getByRole('radio', { name: '+2 uker' })).toBeChecked();
    await user.type(screen.getByLabelText(/^Hva skjedde\?/), 'Kafémøte om CV.');
    await user.click(screen.getByRole('radio', { name: '+1 måned' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Besøket hos Ola Uten er lagret. Neste oppfølging: 23. des. 2026.')).toBeInTheDocument();
    expect(await notes.forPerson(person.id)).toMatchObject([{ meetingType: 'jobseeker-meeting', step: 2, nextFollowUp: '2026-12-23' }]);
    expect(await followUpVisits.forPerson(person.id)).toEqual([]);
  });

  it('writes only a note when the type is changed away from a workplace visit', async () => {
    aFreshDevice();
    const person = await aPerson('Per Ringer', 5);
    const { employer } = await anEmployer('Fjordlager AS');
    await aPlacement(person.id, employer.id);
    const { user } = renderApp(`/logg/${person.id}`);
    await user.selectOptions(await screen.findByLabelText('Type'), 'Telefon');
    await user.type(screen.getByLabelText(/^Hva skjedde\?/), 'Ringte etter vakt.');
    await user.click(screen.getByRole('radio', { name: 'Ingen' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Besøket hos Per Ringer er lagret.')).toBeInTheDocument();
    expect(await notes.forPerson(person.id)).toMatchObject([{ meetingType: 'phone', channel: 'phone', nextFollowUp: '' }]);
    expect(await followUpVisits.forPerson(person.id)).toEqual([]);
  });

  it('refuses a visit without text and saves nothing', async () => {
    aFreshDevice();
    const person = await aPerson('Tom Tekstløs');
    const { user } = renderApp(`/logg/${person.id}`);
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));
    expect(await screen.findByRole('link', { name: 'Hva skjedde?: Må fylles ut' })).toBeInTheDocument();
    expect(await notes.forPerson(person.id)).toEqual([]);
  });

  it('[QUICK-1] offers first those visited or due most recently, finds the rest by search, and links to an employer contact', async () => {
    aFreshDevice();
    const longAgo = await aPerson('Lars Lenge');
    const yesterday = await aPerson('Vera Vakt', 5);
    const closed = await aPerson('Åse Avsluttet');
    await cases.changeStatus(closed.id, { date: '2026-11-01', status: 'closed', outcome: 'withdrew' }, TODAY);
    const { employer } = await anEmployer('Fjordlager AS');
    const placement = await aPlacement(yesterday.id, employer.id);
    await aVisitOn(yesterday.id, placement.id, '2026-11-22');
    await notes.add(
      longAgo.id,
      { date: '2026-10-01', meetingType: 'phone', channel: 'phone', status: 'completed', step: 4, text: 'Ringte.' },
      TODAY,
    );
    const { user } = renderApp('/logg');

    await waitFor(() => expect(peopleOffered()).toEqual(['Vera Vakt', 'Lars Lenge']));
    expect(screen.getByRole('link', { name: /Vera Vakt/ })).toHaveTextContent('I jobb');
    await user.type(screen.getByRole('searchbox', { name: 'Søk etter person' }), 'åse');
    await waitFor(() => expect(peopleOffered()).toEqual(['Åse Avsluttet']));
    expect(screen.getByRole('link', { name: 'Logg en arbeidsgiverkontakt i stedet' })).toHaveAttribute('href', '/arbeidsgiverkontakt/ny');
  });

  it('goes back to the person page after a log started there', async () => {
    aFreshDevice();
    const person = await aPerson('Fia Fraperson', 3);
    const { user } = renderApp(`/personer/${person.id}`);
    // The person page is long: give it time to load on a busy machine.
    await user.click(await screen.findByRole('link', { name: 'Logg besøk' }, { timeout: 4000 }));
    expect(await screen.findByLabelText(/^Hva skjedde\?/)).toHaveFocus();
    await user.keyboard('Møttes på biblioteket.');
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Besøket hos Fia Fraperson er lagret. Neste oppfølging: 7. des. 2026.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Fia Fraperson' })).toBeInTheDocument();
    expect(await screen.findByText('Møttes på biblioteket.', {}, { timeout: 4000 })).toBeInTheDocument();
  });
});
