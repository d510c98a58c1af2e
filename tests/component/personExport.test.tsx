import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FemtrinnDb, switchDatabase } from '../../src/data/db';
import { notes } from '../../src/data/noteRepository';
import { profiles } from '../../src/data/profileRepository';
import { loadPersonRecords } from '../../src/data/reportQueries';
import { deleteRecords } from '../../src/data/recordWriter';
import { employerContacts } from '../../src/data/employerContactRepository';
import { newId } from '../../src/domain/ids';
import { aFreshDevice, renderApp, TODAY } from './renderApp';
import { aCase, aJob, anAgreement, anEmployer, ok } from './reportWorld';

async function aPersonWithAHistory() {
  aFreshDevice();
  const kari = await aCase({ name: 'Kari Fiktiv', referralDate: '2026-09-01', phone: '91234567' }, { steps: [[2, '2026-09-10']] });
  const ola = await aCase({ name: 'Ola Annenperson', referralDate: '2026-09-01' });
  await anAgreement(kari.id, { mayContactEmployers: true, mustNotShare: ['Helse'] });
  ok(await profiles.save(kari.id, { jobWishes: ['Lagermedarbeider'], healthNeeds: 'Trenger pauser' }));
  const first = ok(
    await notes.add(
      kari.id,
      { date: '2026-10-01', meetingType: 'phone', channel: 'phone', status: 'completed', step: 2, text: 'Første tekst' },
      TODAY,
    ),
  );
  ok(
    await notes.correct(
      first.id,
      { date: '2026-10-01', meetingType: 'phone', channel: 'phone', status: 'completed', step: 2, text: 'Rettet tekst' },
      TODAY,
    ),
  );
  const gone = ok(
    await notes.add(
      kari.id,
      { date: '2026-10-02', meetingType: 'sms', channel: 'phone', status: 'completed', step: 2, text: 'Slettet melding' },
      TODAY,
    ),
  );
  await deleteRecords('notes', [gone.id]);
  ok(
    await notes.add(
      ola.id,
      { date: '2026-10-03', meetingType: 'phone', channel: 'phone', status: 'completed', step: 1, text: 'Om Ola' },
      TODAY,
    ),
  );
  const employer = await anEmployer('Fiktivt Lager AS');
  await aJob(kari.id, { employerId: employer.id, percent: '80' });
  ok(
    await employerContacts.add(
      {
        employerId: employer.id,
        date: '2026-10-05',
        channel: 'in-person',
        purpose: 'jobseekers',
        jobseekerIds: [kari.id, ola.id],
        outcome: 'job-opening',
      },
      TODAY,
    ),
  );
  return { kari, ola };
}

function bytesOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('the full export of one jobseeker (innsyn)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('[EXPORT-1] shows every table that holds something about the person, with all note versions and deleted entries', async () => {
    const { kari } = await aPersonWithAHistory();
    renderApp(`/personer/${kari.id}/innsyn`);
    expect(await screen.findByRole('heading', { name: 'Innsyn: Kari Fiktiv', level: 1 })).toBeInTheDocument();
    const notesSection = await screen.findByRole('region', { name: 'Notater, alle versjoner (3)' });
    expect(within(notesSection).getByText('Første tekst')).toBeInTheDocument();
    expect(within(notesSection).getByText('Rettet tekst')).toBeInTheDocument();
    expect(within(notesSection).getByText('Rettet versjon av et tidligere notat')).toBeInTheDocument();
    expect(within(notesSection).getByText('Slettet')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Yrkesprofil (1)' })).getByText('Trenger pauser')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Formidlinger (1)' })).getByText('Fiktivt Lager AS')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Arbeidsgiverkontakter (1)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Steg og status (2)' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Personopplysninger (1)' })).getByText('91234567')).toBeInTheDocument();
    expect(screen.queryByText('Om Ola')).not.toBeInTheDocument();
    expect(screen.queryByText('Ola Annenperson')).not.toBeInTheDocument();
  });

  it('[EXPORT-2] downloads a JSON copy that reads back with every record and no one else in it', async () => {
    const { kari, ola } = await aPersonWithAHistory();
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp(`/personer/${kari.id}/innsyn`);
    await user.click(await screen.findByRole('button', { name: 'Last ned JSON' }));
    await waitFor(() => expect(saved).toBeDefined());
    const text = await bytesOf(saved!);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'femtrinn-person-export', version: 1, jobseekerId: kari.id });
    expect(Object.keys(data.tables).sort()).toEqual([
      'agreements',
      'caseEvents',
      'employerContacts',
      'jobseekers',
      'notes',
      'placements',
      'profiles',
    ]);
    expect(data.tables.notes).toHaveLength(3);
    expect(data.tables.employerContacts[0].jobseekerIds).toEqual([kari.id]);
    expect(text).not.toContain(ola.id);
    expect(text).not.toContain('Om Ola');
  });

  it('[EXPORT-1] includes a table added later, with or without an index on the person', async () => {
    class DeviceWithNewTables extends FemtrinnDb {
      constructor() {
        super(`test-${newId()}`);
        this.version(99).stores({ mentorLogs: 'id, jobseekerId', looseNotes: 'id' });
      }
    }
    const db = new DeviceWithNewTables();
    switchDatabase(db);
    await db.table('mentorLogs').bulkPut([
      { id: 'm1', jobseekerId: 'kari', text: 'Mentor om Kari' },
      { id: 'm2', jobseekerId: 'ola', text: 'Mentor om Ola' },
    ]);
    await db.table('looseNotes').put({ id: 'l1', jobseekerIds: ['ola', 'kari'], text: 'Felles' });
    const records = await loadPersonRecords('kari', db);
    expect(records.mentorLogs?.map((record) => record.id)).toEqual(['m1']);
    expect(records.looseNotes?.map((record) => record.id)).toEqual(['l1']);
    expect(Object.keys(records)).not.toContain('outbox');
  });
});
