import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cases } from '../../src/data/caseRepository';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { deriveCaseState } from '../../src/domain/caseState';
import { aFreshDevice, renderApp, TODAY } from './renderApp';

async function aReferredPerson(name = 'Stine Stegesen') {
  const result = await jobseekers.add({ name, referralDate: '2026-10-01', mainGoal: 'job', phone: '91234567' }, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const stateOf = async (id: string) => deriveCaseState(await cases.eventsFor(id));

describe('the five steps on the person page', () => {
  it('[STATUS-1] makes a referred case active at step 1 and shows the stepper with Norwegian step names', async () => {
    aFreshDevice();
    const person = await aReferredPerson();
    const { user } = renderApp(`/personer/${person.id}`);
    expect(await screen.findByText('Saken er ikke startet. Gjør saken aktiv for å starte på steg 1.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Gjør aktiv' }));
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Nå: Steg 1: Kontakt og avtale')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Stegene i femtrinnsmodellen' })).toHaveTextContent('Innledende kontakt og samarbeidsavtale');
    expect((await stateOf(person.id)).status).toBe('active');
  });

  it('[STEP-2] moves forward freely but asks for a reason when moving back, and lists both in the history', async () => {
    aFreshDevice();
    const person = await aReferredPerson();
    await cases.changeStatus(person.id, { date: '2026-10-02', status: 'active' }, TODAY);
    const { user } = renderApp(`/personer/${person.id}/steg`);

    await user.click(await screen.findByRole('radio', { name: /2\. Yrkeskartlegging/ }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Nå: Steg 2: Yrkeskartlegging')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Endre steg' }));
    await user.click(await screen.findByRole('radio', { name: /1\. Innledende kontakt/ }));
    expect(screen.getByText(/Å gå tilbake et steg er vanlig/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findAllByText('Skriv hvorfor personen går tilbake et steg')).not.toHaveLength(0);
    expect((await stateOf(person.id)).step).toBe(2);

    await user.type(screen.getByLabelText('Begrunnelse (må fylles ut når personen går tilbake)'), 'Jobbønsket endret seg');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Nå: Steg 1: Kontakt og avtale')).toBeInTheDocument();
    expect(screen.getByText('Begrunnelse: Jobbønsket endret seg')).toBeInTheDocument();
    expect(screen.getByText('23. nov. 2026: til Steg 2: Yrkeskartlegging')).toBeInTheDocument();
  });

  it('[STATUS-1] pauses with a reason and resume date, then closes with a KLAR outcome, then reopens at the same step', async () => {
    aFreshDevice();
    const person = await aReferredPerson();
    await cases.changeStatus(person.id, { date: '2026-10-02', status: 'active' }, TODAY);
    await cases.changeStep(person.id, { date: '2026-10-20', step: 3, reason: '' }, TODAY);
    const { user } = renderApp(`/personer/${person.id}`);

    await user.click(await screen.findByRole('link', { name: 'Sett på pause (passiv)' }));
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));
    expect(await screen.findAllByText('Må fylles ut')).toHaveLength(2); // beside the reason and the resume date
    expect(screen.getByRole('link', { name: 'Hvorfor pause?: Må fylles ut' })).toHaveAttribute('href', '#field-reason');
    await user.type(screen.getByLabelText('Hvorfor pause?'), 'Sykdom');
    await user.type(screen.getByLabelText(/Gjenopptas \(dato\)/), '2026-12-15');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Pause: Sykdom. Gjenopptas 15. des. 2026.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Avslutt saken' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Nærmere sluttårsak' }), 'Arbeid med lønnstilskudd');
    expect(screen.getByRole('radio', { name: 'Ordinært arbeid' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Avsluttet 23. nov. 2026: Ordinært arbeid')).toBeInTheDocument();
    expect((await stateOf(person.id)).endCause).toBe('work-with-wage-subsidy');

    await user.click(screen.getByRole('link', { name: 'Gjenåpne saken' }));
    await user.click(await screen.findByRole('button', { name: 'Lagre' }));
    await waitFor(async () => expect(await stateOf(person.id)).toMatchObject({ status: 'active', step: 3 }));
    expect(await screen.findByText('Nå: Steg 3: Finne jobb')).toBeInTheDocument();
  });

  it('links the phone number for calling and SMS', async () => {
    aFreshDevice();
    const person = await aReferredPerson('Pia Telefon');
    renderApp(`/personer/${person.id}`);
    expect(await screen.findByRole('link', { name: 'Ring 912 34 567' })).toHaveAttribute('href', 'tel:+4791234567');
    expect(screen.getByRole('link', { name: 'Send SMS til Pia Telefon' })).toHaveAttribute('href', 'sms:+4791234567');
  });

  it('says so when the person does not exist', async () => {
    aFreshDevice();
    renderApp('/personer/finnes-ikke');
    expect(await screen.findByRole('heading', { name: 'Fant ikke personen. Kanskje den er slettet?' })).toBeInTheDocument();
  });
});
