import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cases } from '../../src/data/caseRepository';
import { drafts } from '../../src/data/draftRepository';
import { employers } from '../../src/data/employerRepository';
import { placements } from '../../src/data/placementRepository';
import { deriveCaseState } from '../../src/domain/caseState';
import { aFreshDevice, renderApp } from './renderApp';
import { aPerson, aPlacement, anEmployer } from './placementWorld';

const stepOf = async (id: string) => deriveCaseState(await cases.eventsFor(id)).step;

async function fillTheJob(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByLabelText('Stillingstittel'), 'Lagermedarbeider');
  await user.selectOptions(screen.getByLabelText('Ansettelsesform'), 'Arbeidstrening');
}

describe('recording a placement', () => {
  it('saves every field, leaves the step alone, and moves to step 5 only when the user says yes', async () => {
    aFreshDevice();
    const person = await aPerson('Petter Plassen', 4);
    await anEmployer('Fjordlager AS', [{ name: 'Lise Leder', role: 'Daglig leder' }]);
    const { user } = renderApp(`/personer/${person.id}/formidlinger/ny`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ny formidling for Petter Plassen' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Arbeidsgiver'), 'Fjordlager AS');
    await user.selectOptions(await screen.findByLabelText('Kontaktperson / nærmeste leder (valgfritt)'), 'Lise Leder (Daglig leder)');
    await fillTheJob(user);
    await user.type(screen.getByLabelText('Stillingsprosent (valgfritt)'), '50');
    await user.type(screen.getByLabelText('Timer per uke (valgfritt)'), '18,75');
    await user.type(screen.getByLabelText('Timelønn i kroner (valgfritt)'), '195');
    await user.clear(screen.getByLabelText('Startdato'));
    await user.type(screen.getByLabelText('Startdato'), '2026-11-16');
    await user.type(screen.getByLabelText('Planlagt sluttdato (valgfritt)'), '2027-02-15');
    await user.click(screen.getByRole('radio', { name: 'Pågående' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lønnstilskudd' }));
    await user.click(screen.getByRole('checkbox', { name: 'Annet' }));
    await user.type(screen.getByLabelText('Hvilket annet virkemiddel?'), 'Arbeidsrettet rehabilitering');
    await user.type(screen.getByLabelText('Mentor på arbeidsplassen (navn)'), 'Mona Mentor');
    await user.type(screen.getByLabelText('Mentors telefon'), '912 34 567');
    await user.type(screen.getByLabelText('Tilrettelegging'), 'Starter kl. 10 de første ukene.');
    await user.click(screen.getByRole('radio', { name: 'Annenhver uke' }));
    await user.click(screen.getByRole('checkbox', { name: 'På arbeidsplassen' }));
    await user.click(screen.getByRole('checkbox', { name: 'På telefon' }));
    await user.type(screen.getByLabelText(/^Hvem gjør hva/), 'Mentor følger opp daglig.');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Flytte Petter Plassen til steg 5?' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Lagermedarbeider hos Fjordlager AS' })).toBeInTheDocument();
    const [saved] = await placements.forPerson(person.id);
    expect(saved).toMatchObject({
      jobTitle: 'Lagermedarbeider',
      employmentForm: 'work-trial',
      percent: 50,
      hoursPerWeek: 18.75,
      hourlyWage: 195,
      startDate: '2026-11-16',
      plannedEndDate: '2027-02-15',
      status: 'ongoing',
      supports: ['wage-subsidy', 'other'],
      supportOther: 'Arbeidsrettet rehabilitering',
      mentorName: 'Mona Mentor',
      mentorPhone: '91234567',
      accommodations: 'Starter kl. 10 de første ukene.',
      followUpFrequency: 'every-2-weeks',
      followUpWays: ['on-the-job', 'phone'],
      responsibilities: 'Mentor følger opp daglig.',
    });
    expect(saved!.contactPersonId).not.toBe('');
    expect(await stepOf(person.id)).toBe(4);

    await user.click(screen.getByRole('button', { name: 'Ja, flytt til steg 5' }));
    expect(await screen.findByText('Petter Plassen er flyttet til steg 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, flytt til steg 5' })).not.toBeInTheDocument();
    expect(await stepOf(person.id)).toBe(5);
  }, 20_000);

  it('keeps the step when the user answers no', async () => {
    aFreshDevice();
    const person = await aPerson('Nina Nei', 3);
    await anEmployer('Kafé Kroken');
    const { user } = renderApp(`/personer/${person.id}/formidlinger/ny`);
    await user.selectOptions(await screen.findByLabelText('Arbeidsgiver'), 'Kafé Kroken');
    await fillTheJob(user);
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await user.click(await screen.findByRole('button', { name: 'Nei, ikke nå' }));

    expect(await screen.findByText('Formidlingen er lagret. Steget er ikke endret.')).toBeInTheDocument();
    expect(await stepOf(person.id)).toBe(3);
  });

  it('says the step cannot change when the case is not active, and asks nothing', async () => {
    aFreshDevice();
    const person = await aPerson('Rune Henvist', null);
    await anEmployer('Kafé Kroken');
    const { user } = renderApp(`/personer/${person.id}/formidlinger/ny`);
    await user.selectOptions(await screen.findByLabelText('Arbeidsgiver'), 'Kafé Kroken');
    await fillTheJob(user);
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Formidlingen er lagret. Saken er ikke aktiv, så steget er ikke endret.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, flytt til steg 5' })).not.toBeInTheDocument();
    expect(await stepOf(person.id)).toBeNull();
  });

  it('adds a missing employer by name without leaving the form, and chooses it', async () => {
    aFreshDevice();
    const person = await aPerson('Ida Ny');
    const { user } = renderApp(`/personer/${person.id}/formidlinger/ny`);
    await user.click(await screen.findByRole('button', { name: 'Legg til ny arbeidsgiver' }));
    await user.type(screen.getByLabelText('Navn på den nye arbeidsgiveren'), 'Bakeriet på hjørnet{Enter}');

    expect(await screen.findByText('Bakeriet på hjørnet er lagt til i registeret og valgt.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Arbeidsgiver')).toHaveDisplayValue('Bakeriet på hjørnet'));
    expect((await employers.list()).map((employer) => employer.name)).toEqual(['Bakeriet på hjørnet']);
    expect(await placements.forPerson(person.id)).toEqual([]);
  });

  it('refuses a placement without employer, title or ansettelsesform, names what to fix and saves nothing', async () => {
    aFreshDevice();
    const person = await aPerson('Tom Tomt');
    const { user } = renderApp(`/personer/${person.id}/formidlinger/ny`);
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));

    expect(await screen.findByRole('link', { name: 'Arbeidsgiver: Må fylles ut' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Stillingstittel: Må fylles ut' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ansettelsesform: Må fylles ut' })).toBeInTheDocument();
    expect(await placements.forPerson(person.id)).toEqual([]);
  });

  it('refuses a position percentage over 100 and a planned end before the start', async () => {
    aFreshDevice();
    const person = await aPerson('Pia Prosent');
    await anEmployer('Kafé Kroken');
    const { user } = renderApp(`/personer/${person.id}/formidlinger/ny`);
    await user.selectOptions(await screen.findByLabelText('Arbeidsgiver'), 'Kafé Kroken');
    await fillTheJob(user);
    await user.type(screen.getByLabelText('Stillingsprosent (valgfritt)'), '120');
    await user.type(screen.getByLabelText('Planlagt sluttdato (valgfritt)'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(
      await screen.findByRole('link', { name: 'Stillingsprosent (valgfritt): Skriv en stillingsprosent fra 1 til 100' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Planlagt sluttdato (valgfritt): Sluttdatoen kan ikke være før startdatoen' }),
    ).toBeInTheDocument();
    expect(await placements.forPerson(person.id)).toEqual([]);
  });

  it('keeps a half-filled placement as a draft when the screen is left', async () => {
    aFreshDevice();
    const person = await aPerson('Dina Draft');
    const first = renderApp(`/personer/${person.id}/formidlinger/ny`);
    await first.user.type(await screen.findByLabelText('Stillingstittel'), 'Kokk');
    await waitFor(async () => expect((await drafts.get(`placement:new:${person.id}`))?.values).toMatchObject({ jobTitle: 'Kokk' }));
    first.unmount();

    renderApp(`/personer/${person.id}/formidlinger/ny`);
    expect(await screen.findByLabelText('Stillingstittel')).toHaveValue('Kokk');
    expect(screen.getByRole('button', { name: 'Forkast utkastet' })).toBeInTheDocument();
  });
});

describe('editing a placement and the person page', () => {
  it('edits the plan without a status field, and shows the change on the placement page', async () => {
    aFreshDevice();
    const person = await aPerson('Eva Endre', 5);
    const { employer } = await anEmployer('Fjordlager AS');
    const placement = await aPlacement(person.id, employer.id);
    const { user } = renderApp(`/formidlinger/${placement.id}/rediger`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Endre formidling for Eva Endre' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Status/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Hver måned' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Formidlingen er lagret')).toBeInTheDocument();
    expect(screen.getByText(/^Planen sier hver måned/)).toBeInTheDocument();
    expect((await placements.get(placement.id))?.followUpFrequency).toBe('monthly');
    expect(await stepOf(person.id)).toBe(5);
  });

  it('lists every placement a person holds, with a button for a new one', async () => {
    aFreshDevice();
    const person = await aPerson('Per Topper', 5);
    const lager = await anEmployer('Fjordlager AS');
    const kafe = await anEmployer('Kafé Kroken');
    await aPlacement(person.id, lager.employer.id);
    await aPlacement(person.id, kafe.employer.id, { jobTitle: 'Oppvasker', status: 'planned', startDate: '2026-12-01' });
    renderApp(`/personer/${person.id}`);

    const section = await screen.findByRole('region', { name: 'Formidlinger' });
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(section).getAllByRole('listitem');
    expect(first).toHaveTextContent('Oppvasker hos Kafé Kroken');
    expect(first).toHaveTextContent('Planlagt');
    expect(second).toHaveTextContent('Lagermedarbeider hos Fjordlager AS');
    expect(second).toHaveTextContent('Pågående');
    expect(within(section).getByRole('link', { name: 'Ny formidling' })).toHaveAttribute('href', `/personer/${person.id}/formidlinger/ny`);
  });
});
