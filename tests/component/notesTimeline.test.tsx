import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { notes } from '../../src/data/noteRepository';
import type { NoteInput } from '../../src/domain/note';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

async function aPerson(name = 'Tor Tidslinje') {
  const result = await jobseekers.add({ name, referralDate: '2026-10-01', mainGoal: 'job' }, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

async function aNote(jobseekerId: string, fields: Partial<NoteInput> = {}) {
  const input: NoteInput = {
    date: '2026-11-10',
    meetingType: 'jobseeker-meeting',
    channel: 'in-person',
    status: 'completed',
    step: 1,
    text: 'Snakket om jobbønsker.',
    ...fields,
  };
  const result = await notes.add(jobseekerId, input, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('the notes timeline', () => {
  it('shows every note newest first with its details, and a way to write one', async () => {
    aFreshDevice();
    const person = await aPerson();
    await aNote(person.id, { date: '2026-11-02', text: 'Første samtale.' });
    await aNote(person.id, {
      date: '2026-11-16',
      time: '09:30',
      meetingType: 'workplace-visit',
      durationMinutes: 30,
      text: 'Besøk på lageret.\nGikk bra.',
      nextFollowUp: '2026-11-30',
    });
    renderApp(`/personer/${person.id}/notater`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Notater for Tor Tidslinje' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skriv notat' })).toHaveAttribute('href', `/personer/${person.id}/notater/ny`);
    const items = within(screen.getByRole('region', { name: 'Notater' })).getAllByRole('article');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('16. nov. 2026 kl. 09:30 – Arbeidsplassbesøk');
    expect(items[0]).toHaveTextContent('Fysisk · Steg 1: Kontakt og avtale · 30 min');
    expect(items[0]).toHaveTextContent('Neste oppfølging: 30. nov. 2026');
    expect(items[0]).toHaveTextContent('Fullført');
    expect(within(items[1]!).getByRole('heading', { level: 3 })).toHaveTextContent('2. nov. 2026 – Møte med deltaker');
  });

  it('says there are no notes yet and links to writing the first', async () => {
    aFreshDevice();
    const person = await aPerson();
    renderApp(`/personer/${person.id}/notater`);

    expect(await screen.findByText('Ingen notater ennå.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skriv det første notatet' })).toHaveAttribute('href', `/personer/${person.id}/notater/ny`);
  });

  it('shows at most three notes on the person page, with a link to all of them', async () => {
    aFreshDevice();
    const person = await aPerson();
    for (const day of ['03', '05', '07', '09']) await aNote(person.id, { date: `2026-11-${day}`, text: `Samtale ${day}.` });
    const { user } = renderApp(`/personer/${person.id}`);

    const region = await screen.findByRole('region', { name: 'Notater' });
    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(3));
    expect(within(region).queryByText('Samtale 03.')).not.toBeInTheDocument();
    await user.click(within(region).getByRole('link', { name: 'Se alle notater (4)' }));
    expect(await screen.findByText('Samtale 03.')).toBeInTheDocument();
  });
});

describe('correcting a note', () => {
  it('writes a new revision: the timeline shows the new text and keeps the earlier text in its history', async () => {
    aFreshDevice();
    const person = await aPerson();
    const original = await aNote(person.id, { text: 'Avtalte møte med Rema.' });
    const { user, router } = renderApp(`/personer/${person.id}/notater`);

    await user.click(await screen.findByRole('link', { name: 'Rett notatet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rett notat for Tor Tidslinje' })).toBeInTheDocument();
    expect(screen.getByText(/Den tidligere teksten blir ikke slettet/)).toBeInTheDocument();
    const text = screen.getByLabelText('Notat');
    expect(text).toHaveValue('Avtalte møte med Rema.');
    await user.clear(text);
    await user.type(text, 'Avtalte møte med Kiwi.');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Notatet er lagret')).toBeInTheDocument();

    const stored = await notes.forPerson(person.id);
    expect(stored).toHaveLength(2);
    const revision = stored.find((note) => note.id !== original.id)!;
    expect(revision).toMatchObject({ rootId: original.id, revises: original.id, text: 'Avtalte møte med Kiwi.' });
    expect(stored.find((note) => note.id === original.id)).toMatchObject({ text: 'Avtalte møte med Rema.' });

    await router.navigate(`/personer/${person.id}/notater`);
    await screen.findByRole('heading', { level: 1, name: 'Notater for Tor Tidslinje' });
    const article = screen.getByRole('article');
    expect(within(article).getByText('Avtalte møte med Kiwi.')).toBeInTheDocument();
    expect(within(article).getByText('Rettet – 1 tidligere versjon')).toBeInTheDocument();
    await user.click(within(article).getByRole('button', { name: 'Tidligere versjoner (1)' }));
    expect(within(article).getByText('Avtalte møte med Rema.')).toBeVisible();
  });

  it('refuses to store a correction that changes nothing', async () => {
    aFreshDevice();
    const person = await aPerson();
    const original = await aNote(person.id);
    const { user } = renderApp(`/personer/${person.id}/notater/${original.id}/rett`);

    await screen.findByRole('heading', { level: 1, name: 'Rett notat for Tor Tidslinje' });
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Du har ikke endret noe i notatet.')).toBeInTheDocument();
    expect(await notes.forPerson(person.id)).toHaveLength(1);
  });
});
