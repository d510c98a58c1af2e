import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { notes } from '../../src/data/noteRepository';
import { reports } from '../../src/data/reportRepository';
import { aFreshDevice, renderApp, TODAY } from './renderApp';
import { aCase, aFaceToFaceContact, aJob, anEmployer, ok } from './reportWorld';

async function aClosedCase() {
  aFreshDevice();
  const person = await aCase(
    { name: 'Bjørn Fiktiv', referralDate: '2026-09-01', counsellorName: 'Nina Veileder', counsellorOffice: 'NAV Fiktiv' },
    {
      steps: [
        [2, '2026-09-10'],
        [3, '2026-09-20'],
        [4, '2026-10-01'],
        [5, '2026-10-25'],
      ],
      status: { date: '2026-11-01', status: 'closed', outcome: 'ordinary-work', endCause: 'work-without-wage-subsidy' },
    },
  );
  const employer = await anEmployer('Fiktivt Lager AS');
  await aJob(person.id, { employerId: employer.id, percent: '100', startDate: '2026-10-25' });
  await aFaceToFaceContact(person.id, employer.id, '2026-10-05');
  ok(
    await notes.add(
      person.id,
      {
        date: '2026-10-26',
        meetingType: 'workplace-visit',
        channel: 'in-person',
        status: 'completed',
        step: 5,
        text: 'Første uke på lageret gikk fint.',
      },
      TODAY,
    ),
  );
  ok(
    await notes.add(
      person.id,
      {
        date: '2026-10-20',
        meetingType: 'jobseeker-meeting',
        channel: 'in-person',
        status: 'completed',
        step: 4,
        text: 'Forberedte intervju.',
      },
      TODAY,
    ),
  );
  return person;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLTextAreaElement;

describe('reports to the NAV counsellor', () => {
  it('[REPORT-5] prefills a sluttrapport from the log: period, steps, meetings, employer contacts, the job and the end', async () => {
    const person = await aClosedCase();
    renderApp(`/personer/${person.id}/rapport/ny?type=slutt`);
    expect(await screen.findByRole('heading', { name: 'Sluttrapport for Bjørn Fiktiv', level: 1 })).toBeInTheDocument();
    expect(screen.getByLabelText('Periode fra')).toHaveValue('2026-09-01');
    expect(screen.getByLabelText('Periode til')).toHaveValue('2026-11-01');
    expect(field('Til (NAV-veileder og kontor)')).toHaveValue('Nina Veileder, NAV Fiktiv');
    expect(field('Steg i perioden').value).toContain('- Steg 5: Oppfølging: 25. okt. 2026–1. nov. 2026');
    expect(field('Aktiviteter og møter').value).toContain('- Arbeidsplassbesøk: 1\n- Møte med deltaker: 1');
    expect(field('Aktiviteter og møter').value).toContain('26. okt. 2026 (Arbeidsplassbesøk): Første uke på lageret gikk fint.');
    expect(field('Arbeidsgiverkontakt og arbeid').value).toContain(
      'Kontakter med arbeidsgivere for deltakeren: 1, av dem 1 ansikt til ansikt.',
    );
    expect(field('Arbeidsgiverkontakt og arbeid').value).toContain(
      'Lagermedarbeider hos Fiktivt Lager AS (Fast ansettelse, 100 %), 25. okt. 2026–',
    );
    expect(field('Status').value).toBe(
      'Saken ble avsluttet 1. nov. 2026. Resultat: Ordinært arbeid. Sluttårsak: Arbeid uten lønnstilskudd. Siste steg: Steg 5: Oppfølging.',
    );
    expect(field('Vurdering og veien videre')).toHaveValue('');
  });

  it('[REPORT-1] saves an edited draft and shows it as a printable report, marked as a draft', async () => {
    const person = await aClosedCase();
    const { user } = renderApp(`/personer/${person.id}/rapport/ny?type=slutt`);
    await user.type(await screen.findByLabelText('Vurdering og veien videre'), 'Trenger lite oppfølging videre.');
    await user.click(screen.getByRole('button', { name: 'Lagre utkast' }));

    expect(await screen.findByRole('heading', { name: 'Sluttrapport', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Rapporten er lagret som utkast')).toBeInTheDocument();
    expect(screen.getByText('Utkast – ikke delt med NAV-veilederen ennå.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Vurdering og veien videre' })).getByText('Trenger lite oppfølging videre.'),
    ).toBeInTheDocument();
    expect(screen.getByText('1. sep. 2026–1. nov. 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
    const [saved] = await reports.forPerson(person.id);
    expect(saved).toMatchObject({ kind: 'final', assessment: 'Trenger lite oppfølging videre.', informed: false, sharedDate: '' });
  });

  it('[REPORT-1] refuses a period that ends before it starts', async () => {
    const person = await aClosedCase();
    const { user } = renderApp(`/personer/${person.id}/rapport/ny?type=slutt`);
    const to = await screen.findByLabelText('Periode til');
    await user.clear(to);
    await user.type(to, '2026-08-01');
    await user.click(screen.getByRole('button', { name: 'Lagre utkast' }));
    expect(await screen.findAllByText(/Perioden kan ikke slutte før den begynner/)).not.toHaveLength(0);
    expect(await reports.forPerson(person.id)).toEqual([]);
  });

  it('[REPORT-2] marks a report as shared only after the tick that the jobseeker has been told', async () => {
    const person = await aClosedCase();
    const draft = ok(
      await reports.save(person.id, { kind: 'final', periodFrom: '2026-09-01', periodTo: '2026-11-01', status: 'Avsluttet.' }),
    );
    const { user } = renderApp(`/personer/${person.id}/rapport/${draft.id}`);
    await user.click(await screen.findByRole('button', { name: 'Marker som delt' }));
    expect(await screen.findAllByText(/Deltakeren må være informert før rapporten deles/)).not.toHaveLength(0);
    expect((await reports.get(draft.id))?.sharedDate).toBe('');

    await user.click(screen.getByRole('checkbox', { name: 'Deltakeren er informert om rapporten' }));
    await user.click(screen.getByRole('button', { name: 'Marker som delt' }));
    expect(await screen.findByText('Delt med NAV-veilederen 23. nov. 2026.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Endre utkastet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Marker som delt' })).not.toBeInTheDocument();
    expect(await reports.get(draft.id)).toMatchObject({ informed: true, sharedDate: TODAY });
  });

  it('[REPORT-3] opens a shared report read-only instead of for editing', async () => {
    const person = await aClosedCase();
    const draft = ok(await reports.save(person.id, { kind: 'interim', periodFrom: '2026-09-01', periodTo: '2026-11-01' }));
    ok(await reports.share(draft.id, { informed: true, sharedDate: TODAY }, TODAY));
    renderApp(`/personer/${person.id}/rapport/${draft.id}/rediger`);
    expect(await screen.findByText('Rapporten er delt og kan ikke endres.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lagre utkast' })).not.toBeInTheDocument();
    expect(await reports.save(person.id, { kind: 'interim', periodFrom: '2026-09-01', periodTo: '2026-11-01' }, draft.id)).toEqual({
      ok: false,
      errors: { form: 'error.reportFinal' },
    });
  });

  it('[REPORT-4] starts a new underveisrapport the day after the last one shared, and lists both on the person page', async () => {
    aFreshDevice();
    const person = await aCase({ name: 'Astrid Fiktiv', referralDate: '2026-09-01' }, { steps: [[2, '2026-10-10']] });
    const first = ok(await reports.save(person.id, { kind: 'interim', periodFrom: '2026-09-01', periodTo: '2026-10-15' }));
    ok(await reports.share(first.id, { informed: true, sharedDate: '2026-10-16' }, TODAY));
    const { user } = renderApp(`/personer/${person.id}`);
    const documents = await screen.findByRole('region', { name: 'Rapporter og utskrifter' });
    await waitFor(() =>
      expect(within(documents).getByRole('link', { name: 'Underveisrapport 1. sep. 2026–15. okt. 2026' })).toBeInTheDocument(),
    );
    expect(within(documents).getByText('Delt 16. okt. 2026')).toBeInTheDocument();

    await user.click(within(documents).getByRole('link', { name: 'Ny underveisrapport' }));
    expect(await screen.findByRole('heading', { name: 'Underveisrapport for Astrid Fiktiv' })).toBeInTheDocument();
    expect(screen.getByLabelText('Periode fra')).toHaveValue('2026-10-16');
    expect(screen.getByLabelText('Periode til')).toHaveValue(TODAY);
    expect(field('Steg i perioden').value).toBe('- Steg 2: Yrkeskartlegging: fra 10. okt. 2026');
    expect(field('Aktiviteter og møter').value).toBe('Ingen møter eller kontakter er registrert i perioden.');
    expect(field('Status').value).toBe('Status 23. nov. 2026: Aktiv. Nå: Steg 2: Yrkeskartlegging.');
  });
});
