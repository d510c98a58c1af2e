import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followUpVisits } from '../../src/data/followUpVisitRepository';
import { notes } from '../../src/data/noteRepository';
import { placements } from '../../src/data/placementRepository';
import { parseCsv } from '../unit/csvParse';
import { aFreshDevice, renderApp, TODAY } from './renderApp';
import { aCase, aFaceToFaceContact, aJob, anEmployer, asColleague, ok } from './reportWorld';

/**
 * The default period is 24 Aug – 23 Nov 2026 (92 days). Mine: Astrid
 * (referred 1 Sep, met an employer face to face on 15 Sep: 14 days; a home
 * visit and a meeting with her; an old job from 1 Jul that ended 15 Aug),
 * Bjørn (referred 10 Sep, no employer contact; a job from 1 Oct with four
 * weekly visits) and Cecilie (referred 10 Nov: her 30 days run out after the
 * period). A colleague's Dag (referred 1 Sep) met an employer on 20 Sep.
 */
async function aTeam() {
  const db = aFreshDevice();
  const employer = await anEmployer();
  const astrid = await aCase({ name: 'Astrid Fiktiv', referralDate: '2026-09-01' });
  await aFaceToFaceContact(astrid.id, employer.id, '2026-09-15');
  const meeting = { channel: 'in-person', status: 'completed', step: 1, text: 'Snakket om jobbønsker.' } as const;
  ok(await notes.add(astrid.id, { ...meeting, date: '2026-10-05', meetingType: 'home-visit' }, TODAY));
  ok(await notes.add(astrid.id, { ...meeting, date: '2026-10-06', meetingType: 'jobseeker-meeting' }, TODAY));
  const oldJob = await aJob(astrid.id, { employerId: employer.id, startDate: '2026-07-01' });
  ok(await placements.changeStatus(oldJob.id, { status: 'ended', date: '2026-08-15', endReason: 'quit' }, TODAY));

  const bjorn = await aCase({ name: 'Bjørn Fiktiv', referralDate: '2026-09-10' });
  const job = await aJob(bjorn.id, { employerId: employer.id, startDate: '2026-10-01' });
  for (const date of ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22'])
    ok(await followUpVisits.add(job.id, { date, place: 'on-the-job', withWhom: ['jobseeker'], note: 'Trives.' }, TODAY));

  await aCase({ name: 'Cecilie Fiktiv', referralDate: '2026-11-10' });
  await asColleague(db, async () => {
    const dag = await aCase({ name: 'Dag Fiktiv', referralDate: '2026-09-01' });
    await aFaceToFaceContact(dag.id, employer.id, '2026-09-20');
  });
  return db;
}

/** jsdom's Blob has no arrayBuffer(); its FileReader reads one. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const section = (name: string) => screen.getByRole('region', { name });
const rowOf = (sectionName: string, rowName: RegExp) =>
  within(within(section(sectionName)).getAllByRole('table')[0]!).getByRole('row', { name: rowName });

describe('the fidelity measures (/rapporter/troskap)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is reached from the outcome report', async () => {
    const { user } = renderApp('/rapporter');
    await user.click(await screen.findByRole('link', { name: 'Troskapsmål (IPS)' }));
    expect(await screen.findByRole('heading', { name: 'Troskap til IPS-metoden', level: 1 })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Fra/)).toHaveValue('2026-08-24');
    expect(screen.getByLabelText(/^Til/)).toHaveValue('2026-11-23');
  });

  it('[FID-UI-1] shows each measure with its value, target and, in words, whether it is met', async () => {
    await aTeam();
    renderApp('/rapporter/troskap');
    await waitFor(() => expect(rowOf('Saksmengde', /^Meg 3 3 aktive, 0 i pause Nådd$/)).toBeInTheDocument());
    expect(
      within(section('Saksmengde')).getByText('Mål: høyst 20 saker per jobbspesialist i full stilling (IPS troskapsskala).'),
    ).toBeInTheDocument();
    // Astrid within 30 days, Bjørn not; Cecilie's 30 days are not over yet.
    expect(rowOf('Dager til første møte med arbeidsgiver', /^Meg 50 % 1 av 2\. Median: 14 dager Nådd$/)).toBeInTheDocument();
    expect(
      rowOf('Arbeidsgiverkontakter ansikt til ansikt per uke', /^Meg 0,1 1 ansikt til ansikt, 1 registrert i alt Ikke nådd$/),
    ).toBeInTheDocument();
    // The home visit and the employer contact out of the office, the meeting with Astrid not.
    expect(rowOf('Møter utenfor kontoret', /^Meg 67 % 2 av 3 møter Nådd$/)).toBeInTheDocument();
    expect(rowOf('Oppfølging første måned i ny jobb', /^Meg 4 1 av 1 jobber fikk ukentlig oppfølging Nådd$/)).toBeInTheDocument();
    expect(rowOf('Jobber beholdt etter 90 dager', /^Meg 0 % 0 av 1 jobber Ingen fast mål$/)).toBeInTheDocument();
    expect(within(section('Saksmengde')).queryByRole('row', { name: /Hele teamet/ })).toBeNull();
  });

  it('[FID-UI-1] says how each measure is computed', async () => {
    await aTeam();
    const { user } = renderApp('/rapporter/troskap');
    const outOfOffice = await screen.findByRole('region', { name: 'Møter utenfor kontoret' });
    await user.click(within(outOfOffice).getByRole('button', { name: 'Slik regnes det ut' }));
    expect(within(outOfOffice).getByText(/Loggen har ikke noe felt for sted/)).toBeVisible();
    expect(within(section('Saksmengde')).getByRole('button', { name: 'Slik regnes det ut' })).toBeInTheDocument();
    expect(within(section('Tid i hvert steg')).getByRole('button', { name: 'Slik regnes det ut' })).toBeInTheDocument();
  });

  it('[FID-SCOPE-1] shows a row per specialist and the team together', async () => {
    await aTeam();
    const { user } = renderApp('/rapporter/troskap');
    await waitFor(() => expect(rowOf('Saksmengde', /^Meg 3/)).toBeInTheDocument());
    await user.click(screen.getByRole('radio', { name: 'Hele teamet' }));
    await waitFor(() => expect(rowOf('Saksmengde', /^Hele teamet 2 i snitt Flest: 3, av 2 med saker Nådd$/)).toBeInTheDocument());
    expect(rowOf('Saksmengde', /^Kollega 1 1 1 aktive, 0 i pause Nådd$/)).toBeInTheDocument();
    const names = within(within(section('Saksmengde')).getByRole('table'))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Meg', 'Kollega 1', 'Hele teamet']);
    expect(rowOf('Dager til første møte med arbeidsgiver', /^Hele teamet 67 % 2 av 3\. Median: 16,5 dager Nådd$/)).toBeInTheDocument();
  });

  it('[FID-CONTACTS-2] draws face-to-face employer contacts week by week, with the numbers as a table', async () => {
    await aTeam();
    const { user } = renderApp('/rapporter/troskap?hvem=team');
    const chart = await screen.findByRole('img', { name: /^Arbeidsgiverkontakter ansikt til ansikt, uke for uke/ });
    await waitFor(() => expect(chart).toHaveAccessibleName(/Uke 35 0, Uke 36 0, Uke 37 0, Uke 38 2, Uke 39 0, .*Uke 48 0$/));
    const contacts = section('Arbeidsgiverkontakter ansikt til ansikt per uke');
    expect(within(contacts).getByText(/Målet tilsvarer 12 i uken for 2 jobbspesialist/)).toBeInTheDocument();
    await user.click(within(contacts).getByRole('button', { name: 'Vis som tabell' }));
    const table = within(contacts).getByRole('table', { name: /^Arbeidsgiverkontakter ansikt til ansikt, uke for uke/ });
    expect(within(table).getByRole('row', { name: 'Uke 38 2' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 14);
  });

  it('[FID-VERDICT-1] says "Ingen data", never 0 % or NaN, for a period with nothing logged', async () => {
    await aTeam();
    renderApp('/rapporter/troskap?fra=2026-01-01&til=2026-01-31');
    await waitFor(() => expect(rowOf('Dager til første møte med arbeidsgiver', /^Meg Ingen data Ingen data$/)).toBeInTheDocument());
    expect(rowOf('Arbeidsgiverkontakter ansikt til ansikt per uke', /^Meg Ingen data Ingen data$/)).toBeInTheDocument();
    expect(rowOf('Møter utenfor kontoret', /^Meg Ingen data Ingen data$/)).toBeInTheDocument();
    expect(rowOf('Jobber beholdt etter 90 dager', /^Meg Ingen data Ingen data$/)).toBeInTheDocument();
    // No one was referred by then: a caseload of 0 is a count, and within the limit.
    expect(rowOf('Saksmengde', /^Meg 0 /)).toBeInTheDocument();
    expect(screen.queryByText(/NaN|Infinity/)).toBeNull();
  });

  it('lists the days to the first employer meeting per jobseeker', async () => {
    await aTeam();
    const { user } = renderApp('/rapporter/troskap');
    const measure = await screen.findByRole('region', { name: 'Dager til første møte med arbeidsgiver' });
    await user.click(within(measure).getByRole('button', { name: 'Vis per deltaker' }));
    const table = await within(measure).findByRole('table', { name: 'Dager til første møte med arbeidsgiver per deltaker' });
    expect(within(table).getByRole('row', { name: 'Astrid Fiktiv 14 Ja' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Bjørn Fiktiv Ingen ennå Nei' })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /Cecilie/ })).toBeNull();
  });

  it('says when the period ends before it starts', async () => {
    renderApp('/rapporter/troskap?fra=2026-11-01&til=2026-10-01');
    expect(await screen.findByText('Til-datoen kan ikke være før fra-datoen.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Saksmengde' })).toBeNull();
  });

  it('[CSV-1] downloads the fidelity table as CSV that reads back as the measures on screen', async () => {
    await aTeam();
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/rapporter/troskap?hvem=team');
    await waitFor(() => expect(rowOf('Saksmengde', /^Hele teamet/)).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Last ned troskapsmålene (CSV for Excel)' }));

    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('troskap-2026-08-24-2026-11-23.csv');
    const rows = parseCsv(await textOf(saved!));
    expect(rows.slice(1, 4)).toEqual([
      ['Fra', '24.08.2026'],
      ['Til', '23.11.2026'],
      ['Hvem', 'Hele teamet'],
    ]);
    expect(rows).toContainEqual(['Troskapsmål', 'Jobbspesialist', 'Verdi', 'Hva verdien er', 'Telt med', 'Mål', 'Mål nådd?']);
    const target = 'Mål: høyst 20 saker per jobbspesialist i full stilling (IPS troskapsskala).';
    expect(rows).toContainEqual(['Saksmengde', 'Meg', '3', 'Saker', '', target, 'Nådd']);
    expect(rows).toContainEqual(['Saksmengde', 'Hele teamet', '2', 'Saker', '2', target, 'Nådd']);
    expect(rows.find((row) => row[0] === 'Dager til første møte med arbeidsgiver' && row[1] === 'Hele teamet')?.slice(2, 5)).toEqual([
      '66,7',
      'Innen 30 dager (%)',
      '3',
    ]);
    expect(rows).toContainEqual(['Uke 38', '14.09.2026', '20.09.2026', '2']);
    expect(rows).toContainEqual(['Steg 1: Kontakt og avtale', '', '', '0']);
  });
});
