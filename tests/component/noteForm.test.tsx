import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cases } from '../../src/data/caseRepository';
import { drafts } from '../../src/data/draftRepository';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { notes } from '../../src/data/noteRepository';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

async function aPerson(name = 'Nora Notatsen') {
  const result = await jobseekers.add({ name, referralDate: '2026-10-01', mainGoal: 'job' }, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

async function anActivePersonAtStep(step: 2 | 3 | 4 | 5, name = 'Nora Notatsen') {
  const person = await aPerson(name);
  await cases.changeStatus(person.id, { date: '2026-10-02', status: 'active' }, TODAY);
  const moved = await cases.changeStep(person.id, { date: '2026-10-20', step, reason: '' }, TODAY);
  if (!moved.ok) throw new Error(JSON.stringify(moved.errors));
  return person;
}

async function setDate(user: ReturnType<typeof renderApp>['user'], label: string, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, value);
}

describe('writing a note', () => {
  it('saves the chosen type, channel, status and a follow-up two weeks after the note date, at the person’s current step', async () => {
    aFreshDevice();
    const person = await anActivePersonAtStep(3);
    const { user } = renderApp(`/personer/${person.id}/notater/ny`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Nytt notat for Nora Notatsen' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Type møte eller kontakt'), 'Møte med arbeidsgiver');
    await user.type(screen.getByLabelText('Notat'), 'Møtte daglig leder. Aktuelt med arbeidstrening.');
    await setDate(user, 'Dato', '2026-11-20');
    await user.click(screen.getByRole('radio', { name: 'Digitalt' }));
    await user.click(screen.getByRole('radio', { name: 'Fullført' }));
    await user.type(screen.getByLabelText('Varighet i minutter (valgfritt)'), '45');
    await user.click(screen.getByRole('radio', { name: '+2 uker' }));
    expect(screen.getByLabelText('Dato for neste oppfølging')).toHaveValue('2026-12-04');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Notatet er lagret')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Nora Notatsen' })).toBeInTheDocument();
    const saved = await notes.forPerson(person.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      date: '2026-11-20',
      meetingType: 'employer-meeting',
      channel: 'digital',
      status: 'completed',
      durationMinutes: 45,
      step: 3,
      text: 'Møtte daglig leder. Aktuelt med arbeidstrening.',
      nextFollowUp: '2026-12-04',
    });
    expect(screen.getByText('Møtte daglig leder. Aktuelt med arbeidstrening.')).toBeInTheDocument();
  });

  it('starts a referred person’s note at step 1, dated today, with no follow-up', async () => {
    aFreshDevice();
    const person = await aPerson();
    const { user } = renderApp(`/personer/${person.id}/notater/ny`);
    await user.selectOptions(await screen.findByLabelText('Type møte eller kontakt'), 'Telefon');
    await user.type(screen.getByLabelText('Notat'), 'Ringte for å avtale oppstartsmøte.');
    await user.click(screen.getByRole('radio', { name: 'Telefon' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(async () => expect(await notes.forPerson(person.id)).toHaveLength(1));
    const [saved] = await notes.forPerson(person.id);
    expect(saved).toMatchObject({ date: TODAY, step: 1, meetingType: 'phone', channel: 'phone', status: 'completed', nextFollowUp: '' });
  });

  it('refuses a held meeting dated in the future with a Norwegian message, and accepts it as a planned (Åpent) meeting', async () => {
    aFreshDevice();
    const person = await aPerson();
    const { user } = renderApp(`/personer/${person.id}/notater/ny`);
    await user.selectOptions(await screen.findByLabelText('Type møte eller kontakt'), 'Oppstartsmøte');
    await user.type(screen.getByLabelText('Notat'), 'Oppstartsmøte hos NAV.');
    await setDate(user, 'Dato', '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Dato')).toHaveAccessibleDescription(/Et møte som er holdt, kan ikke ha dato fram i tid/),
    );
    expect(await notes.forPerson(person.id)).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Åpent' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Notatet er lagret')).toBeInTheDocument();
    const [saved] = await notes.forPerson(person.id);
    expect(saved).toMatchObject({ date: '2026-11-30', status: 'open', meetingType: 'startup' });
  });

  it('refuses a note without text and without a meeting type, and saves nothing', async () => {
    aFreshDevice();
    const person = await aPerson();
    const { user } = renderApp(`/personer/${person.id}/notater/ny`);
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));

    expect(await screen.findByRole('link', { name: 'Notat: Må fylles ut' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Type møte eller kontakt: Må fylles ut' })).toBeInTheDocument();
    expect(await notes.forPerson(person.id)).toEqual([]);
  });

  it('refuses a follow-up date before the note', async () => {
    aFreshDevice();
    const person = await aPerson();
    const { user } = renderApp(`/personer/${person.id}/notater/ny`);
    await user.selectOptions(await screen.findByLabelText('Type møte eller kontakt'), 'SMS');
    await user.type(screen.getByLabelText('Notat'), 'Sendte SMS om neste møte.');
    await setDate(user, 'Dato for neste oppfølging', '2026-11-01');
    expect(screen.getByRole('radio', { name: 'Annen dato' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findAllByText('Neste oppfølging kan ikke være før notatets dato')).not.toHaveLength(0);
    expect(await notes.forPerson(person.id)).toEqual([]);
  });
});

describe('a half-typed note', () => {
  it('is restored after the screen is left and opened again', async () => {
    aFreshDevice();
    const person = await aPerson();
    const key = `note:new:${person.id}`;
    const first = renderApp(`/personer/${person.id}/notater/ny`);
    await first.user.selectOptions(await screen.findByLabelText('Type møte eller kontakt'), 'Hjemmebesøk');
    await first.user.type(screen.getByLabelText('Notat'), 'Halvferdig tekst fra bilen');
    await waitFor(async () => expect((await drafts.get(key))?.values).toMatchObject({ text: 'Halvferdig tekst fra bilen' }));
    first.unmount();

    renderApp(`/personer/${person.id}/notater/ny`);
    expect(await screen.findByLabelText('Notat')).toHaveValue('Halvferdig tekst fra bilen');
    expect(screen.getByLabelText('Type møte eller kontakt')).toHaveValue('home-visit');
    expect(screen.getByRole('button', { name: 'Forkast utkastet' })).toBeInTheDocument();
    expect(await notes.forPerson(person.id)).toEqual([]);
  });
});
