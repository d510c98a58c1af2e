import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { profiles } from '../../src/data/profileRepository';
import { aFreshDevice, renderApp } from './renderApp';
import { aCase, anAgreement, ok } from './reportWorld';

async function aPerson() {
  aFreshDevice();
  const person = await aCase({ name: 'Kari Fiktiv', referralDate: '2026-09-01' });
  ok(
    await profiles.save(person.id, {
      jobWishes: ['Lagermedarbeider'],
      skills: 'Truckførerbevis',
      workExperience: 'Sommerjobb på lager',
      healthNeeds: 'Trenger pauser',
      earlyWarningSigns: 'Trekker seg unna',
      noShowPlan: 'Ring søster',
      whatHelps: 'Faste rutiner',
    }),
  );
  return person;
}

describe('the employer-ready profile', () => {
  it('[EMPLOYERPROFILE-1] shows a message and no profile when there is no agreement', async () => {
    const person = await aPerson();
    renderApp(`/personer/${person.id}/arbeidsgiverprofil`);
    expect(await screen.findByText(/Det er ikke registrert noen samarbeidsavtale/)).toBeInTheDocument();
    expect(screen.queryByText('Lagermedarbeider')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Registrer samarbeidsavtale' })).toBeInTheDocument();
  });

  it('[EMPLOYERPROFILE-1] shows a message and no profile when employers may not be contacted', async () => {
    const person = await aPerson();
    await anAgreement(person.id, { mayContactEmployers: false, mayShare: ['Liker folk'] });
    renderApp(`/personer/${person.id}/arbeidsgiverprofil`);
    expect(await screen.findByText(/har ikke samtykket til at arbeidsgivere kontaktes/)).toBeInTheDocument();
    expect(screen.queryByText('Liker folk')).not.toBeInTheDocument();
  });

  it('[EMPLOYERPROFILE-1] shows what may be shared and the job-related profile, never health, warning signs or the no-show plan', async () => {
    const person = await aPerson();
    await anAgreement(person.id, {
      mayContactEmployers: true,
      mayShare: ['Liker folk', 'Har hatt pauser fra lager-jobb'],
      mustNotShare: ['pauser'],
    });
    renderApp(`/personer/${person.id}/arbeidsgiverprofil`);
    expect(await screen.findByRole('heading', { name: 'Kari Fiktiv', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Lagermedarbeider')).toBeInTheDocument();
    expect(screen.getByText('Truckførerbevis')).toBeInTheDocument();
    expect(screen.getByText('Sommerjobb på lager')).toBeInTheDocument();
    expect(screen.getByText('Liker folk')).toBeInTheDocument();
    for (const secret of ['Trenger pauser', 'Trekker seg unna', 'Ring søster', 'Faste rutiner', 'Har hatt pauser fra lager-jobb'])
      expect(screen.queryByText(secret)).not.toBeInTheDocument();
    expect(screen.getByText('1 punkt er holdt tilbake fordi de nevner noe som ikke skal deles.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
  });
});
