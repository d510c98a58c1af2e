import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { agreements } from '../../src/data/agreementRepository';
import { drafts } from '../../src/data/draftRepository';
import { jobseekers } from '../../src/data/jobseekerRepository';
import type { Agreement } from '../../src/domain/agreement';
import { AgreementSummary } from '../../src/ui/agreement/AgreementSummary';
import { Providers } from '../../src/ui/app/Providers';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

async function aJobseekerOnDevice(name = 'Fictional Name') {
  const result = await jobseekers.add({ name, referralDate: '2026-10-01', mainGoal: 'job' }, TODAY);
  if (!result.ok) throw new Error('fixture rejected');
  return result.value;
}

async function anAgreementFor(jobseekerId: string, input: Partial<Parameters<typeof agreements.save>[1]> = {}) {
  const result = await agreements.save(jobseekerId, { signedDate: '2026-11-20', mayContactEmployers: true, ...input }, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function renderSummary(jobseekerId: string, agreement: Agreement | undefined) {
  return render(
    <Providers today={TODAY}>
      <MemoryRouter>
        <AgreementSummary jobseekerId={jobseekerId} agreement={agreement} />
      </MemoryRouter>
    </Providers>,
  );
}

const saveButton = () => screen.getByRole('button', { name: 'Lagre' });

describe('recording the collaboration agreement and consent', () => {
  it('saves a yes to contacting employers with what may and may not be shared, and goes back to the person page', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user, router } = renderApp(`/personer/${person.id}/samarbeidsavtale`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Samarbeidsavtale og samtykke for Fictional Name' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Ja, arbeidsgivere kan kontaktes' }));
    await user.click(screen.getByRole('button', { name: 'Legg til noe som kan formidles' }));
    await user.click(screen.getByLabelText('Kan formidles, punkt 1'));
    await user.paste('Har vært borte fra arbeidslivet i noen år');
    await user.click(screen.getByRole('button', { name: 'Legg til noe som ikke skal deles' }));
    await user.type(screen.getByLabelText('Skal ikke deles, punkt 1'), 'Diagnosen');
    await user.click(screen.getByRole('button', { name: 'Legg til samarbeidspartner' }));
    const collaborator = screen.getByRole('group', { name: 'Samarbeidspartner 1' });
    await user.type(within(collaborator).getByLabelText('Navn'), 'Fictional Therapist');
    await user.type(within(collaborator).getByLabelText('Rolle'), 'Behandler');
    await user.click(screen.getByLabelText('Felles mål'));
    await user.paste('Deltidsjobb i butikk');
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    expect(router.state.location.state).toEqual({ flash: 'Samarbeidsavtalen er lagret' });
    expect(await agreements.forPerson(person.id)).toMatchObject({
      signedDate: TODAY,
      mayContactEmployers: true,
      mayShare: ['Har vært borte fra arbeidslivet i noen år'],
      mustNotShare: ['Diagnosen'],
      collaborators: [{ name: 'Fictional Therapist', role: 'Behandler' }],
      sharedGoal: 'Deltidsjobb i butikk',
    });
    expect(await drafts.get(`agreement:${person.id}`)).toBeUndefined();
  });

  it('records a no to contacting employers, and the summary says so in words', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user, router, unmount } = renderApp(`/personer/${person.id}/samarbeidsavtale`);
    await user.click(await screen.findByRole('radio', { name: 'Nei, arbeidsgivere skal ikke kontaktes' }));
    await user.click(saveButton());
    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    unmount();

    const saved = await agreements.forPerson(person.id);
    expect(saved?.mayContactEmployers).toBe(false);
    renderSummary(person.id, saved);
    expect(screen.getByText('Arbeidsgivere skal ikke kontaktes')).toBeInTheDocument();
    expect(screen.queryByText('Arbeidsgivere kan kontaktes')).not.toBeInTheDocument();
  });

  it('refuses to save without an answer about contacting employers, with a Norwegian message', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user } = renderApp(`/personer/${person.id}/samarbeidsavtale`);
    await user.click(await screen.findByRole('button', { name: 'Legg til noe som kan formidles' }));
    await user.type(screen.getByLabelText('Kan formidles, punkt 1'), 'Liker å jobbe med hendene');
    await user.click(saveButton());

    expect(await screen.findByRole('link', { name: 'Kan jobbspesialisten kontakte arbeidsgivere?: Må fylles ut' })).toHaveAttribute(
      'href',
      '#field-mayContactEmployers',
    );
    const question = screen.getByRole('radiogroup', { name: /^Kan jobbspesialisten kontakte arbeidsgivere\?/ });
    expect(within(question).getByText('Må fylles ut')).toBeInTheDocument();
    expect(await agreements.forPerson(person.id)).toBeUndefined();
  });

  it('refuses a signed date in the future', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user } = renderApp(`/personer/${person.id}/samarbeidsavtale`);
    const date = await screen.findByLabelText('Dato avtalen ble signert');
    await user.clear(date);
    await user.type(date, '2026-12-24');
    await user.click(screen.getByRole('radio', { name: 'Ja, arbeidsgivere kan kontaktes' }));
    await user.click(saveButton());

    expect(await screen.findAllByText('Datoen kan ikke være fram i tid')).not.toHaveLength(0);
    expect(await agreements.forPerson(person.id)).toBeUndefined();
  });

  it('removes an item with its named remove button and drops rows left empty', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const { user, router } = renderApp(`/personer/${person.id}/samarbeidsavtale`);
    await user.click(await screen.findByRole('radio', { name: 'Ja, arbeidsgivere kan kontaktes' }));
    const addMayShare = screen.getByRole('button', { name: 'Legg til noe som kan formidles' });
    await user.click(addMayShare);
    await user.type(screen.getByLabelText('Kan formidles, punkt 1'), 'Punktlig');
    await user.click(addMayShare);
    await user.type(screen.getByLabelText('Kan formidles, punkt 2'), 'Trenger faste rutiner');
    await user.click(screen.getByRole('button', { name: 'Fjern «Punktlig»' }));
    expect(screen.getByLabelText('Kan formidles, punkt 1')).toHaveValue('Trenger faste rutiner');
    expect(screen.getByLabelText('Kan formidles, punkt 1')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Legg til noe som ikke skal deles' }));
    await user.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe(`/personer/${person.id}`));
    expect(await agreements.forPerson(person.id)).toMatchObject({ mayShare: ['Trenger faste rutiner'], mustNotShare: [] });
  });

  it('opens an existing agreement with what was saved', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    await anAgreementFor(person.id, { mayContactEmployers: false, mustNotShare: ['Rusbakgrunn'] });
    renderApp(`/personer/${person.id}/samarbeidsavtale`);

    expect(await screen.findByRole('radio', { name: 'Nei, arbeidsgivere skal ikke kontaktes' })).toBeChecked();
    expect(screen.getByLabelText('Skal ikke deles, punkt 1')).toHaveValue('Rusbakgrunn');
    expect(screen.getByLabelText('Dato avtalen ble signert')).toHaveValue('2026-11-20');
  });
});

describe('agreement drafts', () => {
  it('restores half-typed consent and share items after the screen is left, with a way to discard them', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const first = renderApp(`/personer/${person.id}/samarbeidsavtale`);
    await first.user.click(await screen.findByRole('radio', { name: 'Ja, arbeidsgivere kan kontaktes' }));
    await first.user.click(screen.getByRole('button', { name: 'Legg til noe som ikke skal deles' }));
    await first.user.type(screen.getByLabelText('Skal ikke deles, punkt 1'), 'Sykehistorikk');
    await waitFor(async () =>
      expect((await drafts.get(`agreement:${person.id}`))?.values).toMatchObject({
        mayContactEmployers: 'yes',
        mustNotShare: ['Sykehistorikk'],
      }),
    );
    first.unmount();

    const second = renderApp(`/personer/${person.id}/samarbeidsavtale`);
    expect(await screen.findByLabelText('Skal ikke deles, punkt 1')).toHaveValue('Sykehistorikk');
    expect(screen.getByRole('radio', { name: 'Ja, arbeidsgivere kan kontaktes' })).toBeChecked();
    await second.user.click(screen.getByRole('button', { name: 'Forkast utkastet' }));
    expect(screen.queryByLabelText('Skal ikke deles, punkt 1')).not.toBeInTheDocument();
    expect(await agreements.forPerson(person.id)).toBeUndefined();
  });
});

describe('the agreement on the person page', () => {
  it('shows the signed date, a clear yes to contacting employers, both share lists and the collaborators', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    const agreement = await anAgreementFor(person.id, {
      mayShare: ['Trenger faste rutiner'],
      mustNotShare: ['Diagnosen'],
      collaborators: [{ name: 'Fictional Therapist', role: 'Behandler' }],
      sharedGoal: 'Deltidsjobb i butikk',
    });
    renderSummary(person.id, agreement);

    const section = screen.getByRole('region', { name: 'Samarbeidsavtale og samtykke' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Samarbeidsavtale og samtykke' })).toBeInTheDocument();
    expect(within(section).getByText('Signert 20. nov. 2026')).toBeInTheDocument();
    expect(within(section).getByText('Arbeidsgivere kan kontaktes')).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Kan formidles til arbeidsgiver' })).toHaveTextContent('Trenger faste rutiner');
    expect(within(section).getByRole('list', { name: 'Skal ikke deles' })).toHaveTextContent('Diagnosen');
    expect(within(section).getByRole('list', { name: 'Kan snakke med' })).toHaveTextContent('Fictional Therapist (Behandler)');
    expect(within(section).getByText('Deltidsjobb i butikk')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Endre samarbeidsavtale' })).toHaveAttribute(
      'href',
      `/personer/${person.id}/samarbeidsavtale`,
    );
  });

  it('warns against contacting employers and offers to record the agreement when there is none', async () => {
    aFreshDevice();
    const person = await aJobseekerOnDevice();
    renderSummary(person.id, undefined);

    expect(screen.getByText(/Ingen samarbeidsavtale er registrert ennå\. Ikke kontakt arbeidsgivere/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Registrer samarbeidsavtale' })).toHaveAttribute(
      'href',
      `/personer/${person.id}/samarbeidsavtale`,
    );
  });
});
