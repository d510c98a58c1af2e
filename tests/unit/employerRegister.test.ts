import { describe, expect, it } from 'vitest';
import { countPlacements, employerSummaries, employerSummary, searchEmployers } from '../../src/domain/employerRegister';
import { anEmployer, anEmployerContact } from './employerFixtures';

describe('[EMPLOYER-1] searching the employer register', () => {
  const bakery = anEmployer({ name: 'Fiktiv Bakeri AS', orgnr: '974760673' });
  const garage = anEmployer({ name: 'Øvre Bilverksted', orgnr: '123456785' });
  const café = anEmployer({ name: 'Kafé Émile', orgnr: '' });
  const all = [garage, café, bakery];

  it('finds by any words of the name, in any order, ignoring case and accents', () => {
    expect(searchEmployers(all, 'bakeri fiktiv')).toEqual([bakery]);
    expect(searchEmployers(all, 'KAFE emile')).toEqual([café]);
  });

  it('keeps æ, ø and å as letters of their own', () => {
    expect(searchEmployers(all, 'øvre')).toEqual([garage]);
    expect(searchEmployers(all, 'ovre')).toEqual([]);
  });

  it('finds by organisation number, whole or in part, with spaces as people type it', () => {
    expect(searchEmployers(all, '974 760 673')).toEqual([bakery]);
    expect(searchEmployers(all, '3456')).toEqual([garage]);
  });

  it('finds everyone with an empty query, sorted by name the Norwegian way (Ø after the Latin letters)', () => {
    expect(searchEmployers(all, '  ').map((employer) => employer.name)).toEqual(['Fiktiv Bakeri AS', 'Kafé Émile', 'Øvre Bilverksted']);
  });
});

describe('[EMPLOYER-2] an employer’s contact summary', () => {
  it('gives the last contact date and the number of contacts, whatever the order', () => {
    const contacts = [
      anEmployerContact({ date: '2025-02-01' }),
      anEmployerContact({ date: '2025-03-05' }),
      anEmployerContact({ date: '2025-01-10' }),
    ];
    expect(employerSummary(contacts)).toEqual({ lastContactDate: '2025-03-05', contactCount: 3 });
  });

  it('has no last contact and a count of 0 without contacts, and ignores deleted ones', () => {
    expect(employerSummary([])).toEqual({ lastContactDate: undefined, contactCount: 0 });
    expect(employerSummary([anEmployerContact({ deleted: true })])).toEqual({ lastContactDate: undefined, contactCount: 0 });
  });

  it('summarises every employer from one list of contacts', () => {
    const summaries = employerSummaries([
      anEmployerContact({ employerId: 'a', date: '2025-01-01' }),
      anEmployerContact({ employerId: 'b', date: '2025-02-01' }),
      anEmployerContact({ employerId: 'a', date: '2025-03-01' }),
    ]);
    expect(summaries.get('a')).toEqual({ lastContactDate: '2025-03-01', contactCount: 2 });
    expect(summaries.get('b')).toEqual({ lastContactDate: '2025-02-01', contactCount: 1 });
    expect(summaries.get('c')).toBeUndefined();
  });
});

describe('[EMPLOYER-3] placements past and present at an employer', () => {
  it('counts planned and ongoing as present, ended as past', () => {
    expect(countPlacements([{ status: 'planned' }, { status: 'ongoing' }, { status: 'ended' }, { status: 'ended' }])).toEqual({
      present: 2,
      past: 2,
      total: 4,
    });
  });

  it('counts a placement without a status in the total only, and skips deleted ones', () => {
    expect(countPlacements([{}, { status: 'ongoing', deleted: true }])).toEqual({ present: 0, past: 0, total: 1 });
  });
});
