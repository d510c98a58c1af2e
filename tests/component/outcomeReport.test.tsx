import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../unit/csvParse';
import { aFreshDevice, renderApp } from './renderApp';
import { aCase, aJob, anEmployer, asColleague } from './reportWorld';

/**
 * Mine: Astrid active in step 3; Bjørn closed in ordinary work on 1 Nov in a
 * full-time job; Cecilie withdrew on 20 Nov. A colleague's Dag is in step 2.
 */
async function aTeam() {
  const db = aFreshDevice();
  await aCase(
    { name: 'Astrid Fiktiv', referralDate: '2026-10-01' },
    {
      steps: [
        [2, '2026-10-10'],
        [3, '2026-10-20'],
      ],
    },
  );
  const bjorn = await aCase(
    { name: 'Bjørn Fiktiv', referralDate: '2026-09-01' },
    {
      steps: [
        [2, '2026-09-10'],
        [3, '2026-09-20'],
        [4, '2026-10-01'],
        [5, '2026-10-25'],
      ],
      status: { date: '2026-11-01', status: 'closed', outcome: 'ordinary-work' },
    },
  );
  await aJob(bjorn.id, { employerId: (await anEmployer()).id, percent: '100', startDate: '2026-10-25' });
  await aCase(
    { name: 'Cecilie Fiktiv', referralDate: '2026-09-01' },
    { status: { date: '2026-11-20', status: 'closed', outcome: 'withdrew' } },
  );
  await asColleague(db, () => aCase({ name: 'Dag Fiktiv', referralDate: '2026-10-01' }, { steps: [[2, '2026-10-10']] }));
  return db;
}

/** jsdom's Blob has no arrayBuffer(); its FileReader reads one. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const row = (tableName: RegExp, name: string) => within(screen.getByRole('table', { name: tableName })).getByRole('row', { name });

describe('the outcome table (/rapporter)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('[REPORT-KLAR-1] shows my jobseekers by status, ended cases by KLAR category, and full time', async () => {
    await aTeam();
    renderApp('/rapporter');
    expect(await screen.findByRole('heading', { name: 'Rapporter', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(row(/Deltakere etter status/, 'I alt 3 100 %')).toBeInTheDocument());
    expect(row(/Deltakere etter status/, 'Aktiv 1 33 %')).toBeInTheDocument();
    expect(row(/Deltakere etter status/, 'Avsluttet 2 67 %')).toBeInTheDocument();
    expect(row(/Avsluttede saker etter utfall/, 'Ordinært arbeid 1 50 %')).toBeInTheDocument();
    expect(row(/Avsluttede saker etter utfall/, 'Trukket seg 1 50 %')).toBeInTheDocument();
    expect(row(/Avsluttede saker etter utfall/, 'Utdanning 0 0 %')).toBeInTheDocument();
    expect(row(/Stillingsprosent for dem i ordinært arbeid/, 'Heltid (100 %) 1 100 %')).toBeInTheDocument();
    expect(row(/Stillingsprosent for dem i ordinært arbeid/, 'Ordinært arbeid 1 100 %')).toBeInTheDocument();
    // The share column says its base to a screen reader, though the screen shows only "Andel".
    expect(
      within(screen.getByRole('table', { name: /Avsluttede saker etter utfall/ })).getByRole('columnheader', {
        name: 'Andel av avsluttede',
      }),
    ).toBeInTheDocument();
    expect(row(/Aktive og passive saker etter steg/, 'Steg 3: Finne jobb 1')).toBeInTheDocument();
  });

  it('[REPORT-STATE-1] counts a case closed after the chosen date as open on it', async () => {
    await aTeam();
    renderApp('/rapporter?dato=2026-11-10');
    await waitFor(() => expect(row(/Deltakere etter status/, 'Aktiv 2 67 %')).toBeInTheDocument());
    expect(row(/Avsluttede saker etter utfall/, 'Trukket seg 0 0 %')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Dato/)).toHaveValue('2026-11-10');
  });

  it('[REPORT-KLAR-1] counts no one referred after the chosen date, and says so when that is everyone', async () => {
    await aTeam();
    renderApp('/rapporter?dato=2026-08-01');
    expect(await screen.findByText('Ingen deltakere var henvist til og med denne datoen.')).toBeInTheDocument();
    expect(row(/Avsluttede saker etter utfall/, 'Avsluttet i alt 0 –')).toBeInTheDocument();
  });

  it('[REPORT-SCOPE-1] counts the whole team when asked', async () => {
    await aTeam();
    const { user } = renderApp('/rapporter');
    await waitFor(() => expect(row(/Deltakere etter status/, 'Aktiv 1 33 %')).toBeInTheDocument());
    await user.click(screen.getByRole('radio', { name: 'Hele teamet' }));
    await waitFor(() => expect(row(/Deltakere etter status/, 'Aktiv 2 50 %')).toBeInTheDocument());
    expect(row(/Aktive og passive saker etter steg/, 'Steg 2: Yrkeskartlegging 1')).toBeInTheDocument();
  });

  it('[REPORT-FUNNEL-2] draws the step funnel with every bar named in its text alternative, and the same numbers as a table', async () => {
    await aTeam();
    const { user } = renderApp('/rapporter');
    const chart = await screen.findByRole('img', { name: /^Antall som har nådd hvert steg/ });
    expect(chart).toHaveAccessibleName(
      'Antall som har nådd hvert steg, 23. nov. 2026: Henvist 3, Steg 1: Kontakt og avtale 3, Steg 2: Yrkeskartlegging 2, Steg 3: Finne jobb 2, Steg 4: Arbeidsgivere 1, Steg 5: Oppfølging 1',
    );
    expect(within(chart).getByText('Steg 5: Oppfølging')).toBeInTheDocument();
    const funnelSection = screen.getByRole('region', { name: 'Hvor langt deltakerne har kommet' });
    await user.click(within(funnelSection).getByRole('button', { name: 'Vis som tabell' }));
    const table = within(funnelSection).getByRole('table');
    expect(within(table).getByRole('row', { name: 'Steg 3: Finne jobb 2' })).toBeInTheDocument();
  });

  it('[CSV-1] downloads the tables as a CSV file that reads back as the table on screen', async () => {
    await aTeam();
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/rapporter');
    await waitFor(() => expect(row(/Deltakere etter status/, 'Aktiv 1 33 %')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Last ned tabellene (CSV for Excel)' }));

    expect(click).toHaveBeenCalledOnce();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('utfall-2026-11-23.csv');
    expect(saved!.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(saved!);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    expect(rows[1]).toEqual(['Dato', '23.11.2026']);
    expect(rows[2]).toEqual(['Hvem', 'Mine deltakere']);
    expect(rows).toContainEqual(['Utfall', 'Antall', 'Andel av avsluttede (%)']);
    expect(rows).toContainEqual(['Ordinært arbeid', '1', '50,0']);
    expect(rows).toContainEqual(['Aktiv', '1', '33,3']);
    expect(rows).toContainEqual(['Steg 3: Finne jobb', '1']);
  });
});
