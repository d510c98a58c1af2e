import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { drafts } from '../../src/data/draftRepository';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

async function aJobseekerOnDevice(name: string) {
  const result = await jobseekers.add({ name, referralDate: '2026-10-01', mainGoal: 'job' }, TODAY);
  if (!result.ok) throw new Error('fixture rejected');
  return result.value;
}

describe('adding a jobseeker', () => {
  it('saves a new jobseeker with a normalised phone number and records the change in the outbox', async () => {
    const db = aFreshDevice();
    const { user } = renderApp('/personer/ny');
    await user.type(await screen.findByLabelText('Navn'), 'Tiril Testesen');
    await user.type(screen.getByLabelText('Telefon'), '+47 912 34 567');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(async () => expect(await jobseekers.list()).toHaveLength(1));
    const [saved] = await jobseekers.list();
    expect(saved).toMatchObject({ name: 'Tiril Testesen', phone: '91234567', referralDate: TODAY, mainGoal: 'job' });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ table: 'jobseekers', recordId: saved!.id, op: 'put' });
    expect(outbox[0]!.fields).toMatchObject({ name: 'Tiril Testesen', phone: '91234567' });
  });

  it('shows a Norwegian message beside a bad phone number and stores nothing', async () => {
    aFreshDevice();
    const { user } = renderApp('/personer/ny');
    await user.type(await screen.findByLabelText('Navn'), 'Tiril Testesen');
    await user.type(screen.getByLabelText('Telefon'), '12345');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByRole('textbox', { name: 'Telefon', description: /norsk telefonnummer med 8 siffer/ })).toBeInTheDocument();
    expect(await jobseekers.list()).toEqual([]);
  });

  it('refuses a referral date in the future', async () => {
    aFreshDevice();
    const { user } = renderApp('/personer/ny');
    await user.type(await screen.findByLabelText('Navn'), 'Tiril Testesen');
    const date = screen.getByLabelText('Henvist dato');
    await user.clear(date);
    await user.type(date, '2026-12-24');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(await screen.findAllByText('Datoen kan ikke være fram i tid')).not.toHaveLength(0);
    expect(await jobseekers.list()).toEqual([]);
  });

  it('[DUP-1] warns about a similar name and saves only after the user confirms it is another person', async () => {
    aFreshDevice();
    await aJobseekerOnDevice('Åse Ødegård');
    const { user } = renderApp('/personer/ny');
    await user.type(await screen.findByLabelText('Navn'), 'ase  ØDEGARD');
    expect(await screen.findByText('Det finnes allerede noen med et lignende navn:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Åse Ødegård' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await jobseekers.list()).toHaveLength(1);

    await user.click(screen.getByRole('checkbox', { name: 'Dette er en annen person – lagre likevel' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(async () => expect(await jobseekers.list()).toHaveLength(2));
  });
});

describe('drafts', () => {
  it('keeps half-typed input when the screen is left and restores it on return, with a way to discard it', async () => {
    aFreshDevice();
    const first = renderApp('/personer/ny');
    await first.user.type(await screen.findByLabelText('Navn'), 'Halvveis Hansen');
    await waitFor(async () => expect((await drafts.get('jobseeker:new'))?.values).toMatchObject({ name: 'Halvveis Hansen' }));
    first.unmount();

    const second = renderApp('/personer/ny');
    expect(await screen.findByLabelText('Navn')).toHaveValue('Halvveis Hansen');
    await second.user.click(screen.getByRole('button', { name: 'Forkast utkastet' }));
    expect(screen.getByLabelText('Navn')).toHaveValue('');
    expect(await drafts.get('jobseeker:new')).toBeUndefined();
  });
});
