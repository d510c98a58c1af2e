import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cases } from '../../src/data/caseRepository';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { notes } from '../../src/data/noteRepository';
import type { NoteInput } from '../../src/domain/note';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

async function aPerson(name: string, referralDate = '2026-10-01') {
  const result = await jobseekers.add({ name, referralDate, mainGoal: 'job' }, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await cases.changeStatus(result.value.id, { date: referralDate, status: 'active' }, TODAY);
  return result.value;
}

async function aContact(jobseekerId: string, date: string, nextFollowUp = '') {
  const input: NoteInput = {
    date,
    meetingType: 'jobseeker-meeting',
    channel: 'in-person',
    status: 'completed',
    step: 1,
    text: 'Samtale',
    nextFollowUp,
  };
  const result = await notes.add(jobseekerId, input, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
}

function rowNames(): string[] {
  const list = screen.getByRole('region', { name: 'Mine arbeidssøkere' });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.querySelector('.caseload-name')?.textContent ?? '');
}

describe('the caseload', () => {
  it('offers to add the first person or load a demo caseload when the device is empty', async () => {
    aFreshDevice();
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Ingen arbeidssøkere ennå' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ny arbeidssøker' })).toHaveAttribute('href', '/personer/ny');

    await user.click(screen.getByRole('button', { name: 'Last inn demo-oversikt' }));
    expect(await screen.findByText('Oversikten inneholder oppdiktede demo-personer.', {}, { timeout: 5000 })).toBeInTheDocument();
    // Seven made-up people; the closed one is hidden by the default filter.
    await waitFor(() => expect(screen.getAllByText('Demo')).toHaveLength(6));

    await user.click(screen.getByRole('button', { name: 'Fjern demo-data' }));
    expect(await screen.findByRole('heading', { name: 'Ingen arbeidssøkere ennå' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('[ORDER-1] lists overdue follow-ups first, then the longest since last contact', async () => {
    aFreshDevice();
    const recent = await aPerson('Rita Nylig');
    const long = await aPerson('Lars Lenge');
    const overdue = await aPerson('Ola Forfalt');
    await aContact(recent.id, '2026-11-20');
    await aContact(long.id, '2026-10-05');
    await aContact(overdue.id, '2026-11-10', '2026-11-17');
    renderApp('/');
    await screen.findByRole('heading', { name: 'Mine arbeidssøkere' });
    await waitFor(() => expect(rowNames()).toEqual(['Ola Forfalt', 'Lars Lenge', 'Rita Nylig']));
  });

  it('[TODAY-1] shows due and overdue follow-ups in the Today block', async () => {
    aFreshDevice();
    const due = await aPerson('Tone Idag');
    await aPerson('Uten Oppfølging');
    await aContact(due.id, '2026-11-16', '2026-11-20');
    renderApp('/');
    const today = await screen.findByRole('region', { name: 'I dag' });
    await waitFor(() => expect(within(today).getByRole('link', { name: /Tone Idag/ })).toBeInTheDocument());
    expect(within(today).getByText('Oppfølging forfalt for 3 dager siden')).toBeInTheDocument();
    expect(within(today).queryByText('Uten Oppfølging')).not.toBeInTheDocument();
  });

  it('finds people by name regardless of case and accents, and filters by step and status', async () => {
    aFreshDevice();
    await aPerson('Ørjan Ødegård');
    await aPerson('Hélène Berg');
    const third = await aPerson('Kari Steg');
    await cases.changeStep(third.id, { date: TODAY, step: 3, reason: '' }, TODAY);
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Mine arbeidssøkere' });

    await user.type(screen.getByRole('searchbox', { name: 'Søk på navn' }), 'ØDEG');
    await waitFor(() => expect(rowNames()).toEqual(['Ørjan Ødegård']));
    await user.clear(screen.getByRole('searchbox', { name: 'Søk på navn' }));
    await user.type(screen.getByRole('searchbox', { name: 'Søk på navn' }), 'helene');
    await waitFor(() => expect(rowNames()).toEqual(['Hélène Berg']));
    await user.clear(screen.getByRole('searchbox', { name: 'Søk på navn' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Steg' }), 'Steg 3: Finne jobb');
    await waitFor(() => expect(rowNames()).toEqual(['Kari Steg']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Steg' }), 'Alle steg');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Henvist');
    await waitFor(() => expect(screen.getByText('Ingen treff. Prøv et annet navn eller fjern filtrene.')).toBeInTheDocument());
  });

  it('shows each person with status, step, days since last contact and next follow-up', async () => {
    aFreshDevice();
    const person = await aPerson('Mona Moe');
    await aContact(person.id, '2026-11-13', '2026-12-01');
    renderApp('/');
    const row = await screen.findByRole('link', { name: /Mona Moe/ });
    expect(row).toHaveTextContent('Aktiv');
    expect(row).toHaveTextContent('Steg 1: Kontakt og avtale');
    expect(row).toHaveTextContent('Siste kontakt: 10 dager siden');
    expect(row).toHaveTextContent('Neste oppfølging: 1. des. 2026');
  });
});
