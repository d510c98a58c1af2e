import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { drafts } from '../../src/data/draftRepository';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { profiles } from '../../src/data/profileRepository';
import type { Profile, ProfileInput } from '../../src/domain/profile';
import { Providers } from '../../src/ui/app/Providers';
import { ProfileSummary } from '../../src/ui/profile/ProfileSummary';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

async function aJobseekerOnDevice(name = 'Fictional Name') {
  const result = await jobseekers.add({ name, referralDate: '2026-10-01', mainGoal: 'job' }, TODAY);
  if (!result.ok) throw new Error('fixture rejected');
  return result.value;
}

async function aProfileFor(jobseekerId: string, input: ProfileInput) {
  const result = await profiles.save(jobseekerId, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function renderSummary(jobseekerId: string, profile: Profile | undefined) {
  return render(
    <Providers today={TODAY}>
      <MemoryRouter>
        <ProfileSummary jobseekerId={jobseekerId} profile={profile} />
      </MemoryRouter>
    </Providers>,
  );
}

const saveButton = () => screen.getByRole('button', { name: 'Lagre' });

describe('filling in the vocational profile', () => {
  it('saves job wishes in the order the user gave them by moving one up', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user, router } = renderApp(`/personer/${person.id}/yrkesprofil`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Yrkesprofil for Fictional Name' })).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Legg til jobbønske' });
    for (const [n, wish] of ['Butikk', 'Lager', 'Kafé'].entries()) {
      await user.click(add);
      await user.type(screen.getByLabelText(`Jobbønske ${n + 1}`), wish);
    }
    expect(screen.queryByRole('button', { name: 'Flytt «Butikk» opp' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Flytt «Kafé» opp' }));
    await user.click(screen.getByRole('button', { name: 'Flytt «Kafé» opp' }));
    expect(screen.getByLabelText('Jobbønske 1')).toHaveValue('Kafé');
    expect(screen.getByLabelText('Jobbønske 1')).toHaveFocus();
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    expect(router.state.location.state).toEqual({ flash: 'Yrkesprofilen er lagret' });
    expect((await profiles.forPerson(person.id))?.jobWishes).toEqual(['Kafé', 'Butikk', 'Lager']);
  });

  it('records facts from every group, with driving licence and CV status as choices', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user, router } = renderApp(`/personer/${person.id}/yrkesprofil`);
    await user.type(await screen.findByLabelText('Interesser'), 'Friluftsliv');
    await user.click(within(screen.getByRole('radiogroup', { name: 'CV' })).getByRole('radio', { name: 'CV er under arbeid' }));
    await user.type(screen.getByLabelText('Ønsket stillingsprosent'), '50');
    await user.type(screen.getByLabelText('Område'), 'Sentrum');
    await user.click(within(screen.getByRole('radiogroup', { name: 'Førerkort' })).getByRole('radio', { name: 'Ja' }));
    const health = screen.getByRole('textbox', {
      name: 'Helse og behov for tilrettelegging',
      description: 'Skriv bare det personen selv velger å få registrert.',
    });
    // Pasting rather than typing key by key keeps this long form well inside the test time limit.
    await user.click(health);
    await user.paste('Trenger pauser');
    await user.click(screen.getByLabelText('Verktøy og jobbsmak'));
    await user.paste('Jobbsmak på lager i oktober');
    await user.click(screen.getByLabelText('Plan hvis personen ikke møter'));
    await user.paste('Send SMS samme dag');
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    expect(await profiles.forPerson(person.id)).toMatchObject({
      interests: 'Friluftsliv',
      cvStatus: 'in-progress',
      preferredPercent: 50,
      area: 'Sentrum',
      driversLicence: 'yes',
      healthNeeds: 'Trenger pauser',
      toolsAndTasters: 'Jobbsmak på lager i oktober',
      noShowPlan: 'Send SMS samme dag',
      jobWishes: [],
    });
  });

  it('refuses a position percentage above 100 with a Norwegian message and saves nothing', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user } = renderApp(`/personer/${person.id}/yrkesprofil`);
    await user.type(await screen.findByLabelText('Ønsket stillingsprosent'), '150');
    await user.click(saveButton());

    expect(await screen.findByRole('link', { name: 'Ønsket stillingsprosent: Skriv et tall mellom 0 og 100' })).toHaveAttribute(
      'href',
      '#field-preferredPercent',
    );
    expect(screen.getByLabelText('Ønsket stillingsprosent')).toHaveAccessibleDescription(/Skriv et tall mellom 0 og 100/);
    expect(await profiles.forPerson(person.id)).toBeUndefined();
  });

  it('opens an existing profile with what was saved', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    await aProfileFor(person.id, { jobWishes: ['Kokk', 'Vaskehjelp'], preferredPercent: 60, driversLicence: 'no' });
    renderApp(`/personer/${person.id}/yrkesprofil`);

    expect(await screen.findByLabelText('Jobbønske 1')).toHaveValue('Kokk');
    expect(screen.getByLabelText('Jobbønske 2')).toHaveValue('Vaskehjelp');
    expect(screen.getByLabelText('Ønsket stillingsprosent')).toHaveValue('60');
    expect(within(screen.getByRole('radiogroup', { name: 'Førerkort' })).getByRole('radio', { name: 'Nei' })).toBeChecked();
  });
});

describe('profile drafts', () => {
  it('restores half-typed job wishes after the screen is left, with a way to discard them', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const first = renderApp(`/personer/${person.id}/yrkesprofil`);
    await first.user.click(await screen.findByRole('button', { name: 'Legg til jobbønske' }));
    await first.user.type(screen.getByLabelText('Jobbønske 1'), 'Gartner');
    await waitFor(async () => expect((await drafts.get(`profile:${person.id}`))?.values).toMatchObject({ jobWishes: ['Gartner'] }));
    first.unmount();

    const second = renderApp(`/personer/${person.id}/yrkesprofil`);
    expect(await screen.findByLabelText('Jobbønske 1')).toHaveValue('Gartner');
    await second.user.click(screen.getByRole('button', { name: 'Forkast utkastet' }));
    expect(screen.queryByLabelText('Jobbønske 1')).not.toBeInTheDocument();
    expect(await drafts.get(`profile:${person.id}`)).toBeUndefined();
  });
});

describe('the profile on the person page', () => {
  it('lists job wishes in priority order with the key facts, and links to the whole profile', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const profile = await aProfileFor(person.id, {
      jobWishes: ['Kafé', 'Butikk', 'Lager'],
      preferredHours: 'Dagtid',
      preferredPercent: 50,
      driversLicence: 'yes',
      cvStatus: 'ready',
      healthNeeds: 'Trenger pauser',
    });
    renderSummary(person.id, profile);

    const section = screen.getByRole('region', { name: 'Yrkesprofil' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Yrkesprofil' })).toBeInTheDocument();
    const wishes = within(within(section).getByRole('list', { name: 'Jobbønsker' })).getAllByRole('listitem');
    expect(wishes.map((item) => item.textContent)).toEqual(['Kafé', 'Butikk', 'Lager']);
    expect(within(section).getByText('Dagtid, 50 %')).toBeInTheDocument();
    expect(within(section).getByText('CV er klar')).toBeInTheDocument();
    expect(within(section).queryByText('Trenger pauser')).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Se og endre hele yrkesprofilen' })).toHaveAttribute(
      'href',
      `/personer/${person.id}/yrkesprofil`,
    );
  });

  it('offers to fill in the profile when there is none', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    renderSummary(person.id, undefined);

    expect(screen.getByText('Yrkesprofilen er ikke fylt ut ennå.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fyll ut yrkesprofil' })).toHaveAttribute('href', `/personer/${person.id}/yrkesprofil`);
  });
});
