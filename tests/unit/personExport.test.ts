import { describe, expect, it } from 'vitest';
import { isAboutPerson, personExport, recordCount } from '../../src/domain/reports/personExport';
import { aJobseeker, aNote, aStepChange } from './fixtures';
import { anEmployer, anEmployerContact } from './employerFixtures';

const kari = aJobseeker({ id: 'jobseeker-kari' });
const ola = aJobseeker({ id: 'jobseeker-ola', name: 'Ola Fiktiv' });
const AT = '2026-11-23T10:00:00.000Z';

describe('personExport', () => {
  it('[EXPORT-1] takes from every table the records about the person, and only those', () => {
    const first = aNote({ jobseekerId: kari.id, date: '2025-03-03', text: 'Første versjon' });
    const correction = aNote({ jobseekerId: kari.id, date: '2025-03-03', rootId: first.rootId, revises: first.id, text: 'Rettet' });
    const data = personExport(
      kari.id,
      {
        jobseekers: [kari, ola],
        notes: [first, correction, aNote({ jobseekerId: ola.id })],
        caseEvents: [aStepChange({ jobseekerId: kari.id })],
        employers: [anEmployer()],
        mentorLog: [{ id: 'x-1', jobseekerId: kari.id, text: 'A table added later' }],
      },
      AT,
    );
    expect(Object.keys(data.tables).sort()).toEqual(['caseEvents', 'jobseekers', 'mentorLog', 'notes']);
    expect(data.tables.jobseekers!.map((record) => record.id)).toEqual([kari.id]);
    expect(data.tables.notes!.map((record) => record.text).sort((a, b) => String(a).localeCompare(String(b)))).toEqual([
      'Første versjon',
      'Rettet',
    ]);
    expect(recordCount(data)).toBe(5);
    expect(data).toMatchObject({ format: 'femtrinn-person-export', version: 1, exportedAt: AT, jobseekerId: kari.id });
  });

  it('[EXPORT-1] keeps deleted records: they are still held', () => {
    const data = personExport(kari.id, { notes: [aNote({ jobseekerId: kari.id, deleted: true })] }, AT);
    expect(data.tables.notes).toHaveLength(1);
    expect(data.tables.notes![0]!.deleted).toBe(true);
  });

  it('[EXPORT-2] takes an employer contact naming the person, without the other people it names', () => {
    const contact = anEmployerContact({ jobseekerIds: [ola.id, kari.id] });
    const data = personExport(kari.id, { employerContacts: [contact, anEmployerContact({ jobseekerIds: [ola.id] })] }, AT);
    expect(data.tables.employerContacts).toEqual([{ ...contact, jobseekerIds: [kari.id] }]);
  });

  it('orders records by date', () => {
    const later = aNote({ jobseekerId: kari.id, date: '2025-05-01' });
    const earlier = aNote({ jobseekerId: kari.id, date: '2025-01-01' });
    expect(personExport(kari.id, { notes: [later, earlier] }, AT).tables.notes!.map((note) => note.id)).toEqual([earlier.id, later.id]);
  });

  it('survives a round trip through JSON unchanged', () => {
    const data = personExport(kari.id, { jobseekers: [kari], notes: [aNote({ jobseekerId: kari.id })] }, AT);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('isAboutPerson', () => {
  it('[EXPORT-1] does not take another jobseeker as about the person', () => {
    expect(isAboutPerson(ola, kari.id, 'jobseekers')).toBe(false);
    expect(isAboutPerson({ id: kari.id }, kari.id, 'employers')).toBe(false);
  });
});
