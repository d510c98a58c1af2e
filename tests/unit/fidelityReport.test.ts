import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/domain/caseEvent';
import { fidelityReport } from '../../src/domain/reports/fidelity/fidelityReport';
import { median, verdictFor } from '../../src/domain/reports/fidelity/measure';
import { daysInPeriod, defaultFidelityPeriod, monthsEarlier } from '../../src/domain/reports/fidelity/period';
import type { FidelityPerson, FidelitySources } from '../../src/domain/reports/fidelity/sources';
import { anEmployerContact } from './employerFixtures';
import { aJobseeker, aNote, anActiveCase } from './fixtures';

describe('the period and the verdict', () => {
  it('[FID-PERIOD-1] covers the last three months up to and including today', () => {
    const period = defaultFidelityPeriod('2026-11-23');
    expect(period).toEqual({ from: '2026-08-24', to: '2026-11-23' });
    expect(daysInPeriod(period)).toBe(92);
  });

  it('[FID-PERIOD-1] goes back to the last day of a shorter month, and across the new year', () => {
    expect(monthsEarlier('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsEarlier('2028-05-31', 3)).toBe('2028-02-29');
    expect(monthsEarlier('2026-02-15', 3)).toBe('2025-11-15');
    expect(defaultFidelityPeriod('2026-05-31')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
  });

  it('[FID-VERDICT-1] meets a target at its limit, and has no verdict without a value or a target', () => {
    const atMost20 = { comparison: 'at-most', value: 20, unit: 'cases' } as const;
    const atLeast6 = { comparison: 'at-least', value: 6, unit: 'per-week' } as const;
    expect([verdictFor(20, atMost20), verdictFor(20.5, atMost20), verdictFor(6, atLeast6), verdictFor(5.9, atLeast6)]).toEqual([
      'met',
      'not-met',
      'met',
      'not-met',
    ]);
    expect(verdictFor(null, atLeast6)).toBe('no-data');
    expect(verdictFor(0, null)).toBe('no-target');
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect([median([5, 1, 3]), median([4, 1, 3, 2]), median([])]).toEqual([3, 2.5, null]);
  });
});

describe('fidelityReport [FID-SCOPE-1]', () => {
  const PERIOD = { from: '2025-03-01', to: '2025-05-31' };
  const person = (
    specialistId: string | undefined,
    events: CaseEvent[] = anActiveCase('2025-02-06'),
    createdBy = 'anne',
  ): FidelityPerson => ({
    jobseeker: aJobseeker({ referralDate: '2025-02-05', createdBy, ...(specialistId ? { specialistId } : {}) }),
    events,
    placements: [],
  });

  // Anne follows two people (one she registered, one handed to her), Bo one
  // that Anne registered but handed over; Bo logs an employer contact and a
  // home visit with Anne's person.
  function aTeam(): FidelitySources {
    const annes = person(undefined);
    const handedToAnne = person('anne', anActiveCase('2025-02-06'), 'bo');
    const bos = person('bo');
    return {
      people: [annes, handedToAnne, bos],
      notes: [
        aNote({ jobseekerId: annes.jobseeker.id, date: '2025-03-10', meetingType: 'home-visit', channel: 'in-person', createdBy: 'bo' }),
      ],
      employerContacts: [
        anEmployerContact({ date: '2025-03-11', channel: 'in-person', jobseekerIds: [bos.jobseeker.id], createdBy: 'bo' }),
        anEmployerContact({ date: '2025-03-12', channel: 'phone', jobseekerIds: [annes.jobseeker.id], createdBy: 'anne' }),
      ],
      followUpVisits: [],
    };
  }

  it('gives "mine" one row, the user\'s, and no team row', () => {
    const report = fidelityReport(aTeam(), PERIOD, { kind: 'mine', userId: 'anne' });
    expect(report.specialists.map((row) => row.specialistId)).toEqual(['anne']);
    expect(report.team).toBeNull();
    const [anne] = report.specialists;
    expect(anne!.caseload.open).toBe(2);
    // Her phone contact is logged, so the rate is 0, not "ingen data"; the home visit was Bo's.
    expect(anne!.contacts).toMatchObject({ faceToFace: 0, logged: 1, perWeek: 0 });
    expect(anne!.outOfOffice.verdict).toBe('no-data');
    expect(report.firstContactRows).toHaveLength(2);
    expect(report.weeks.every((week) => week.faceToFace === 0)).toBe(true);
  });

  it('gives the team a row per specialist, cases by who is responsible and work by who logged it, and the team together', () => {
    const report = fidelityReport(aTeam(), PERIOD, { kind: 'team' });
    expect(
      report.specialists.map((row) => [row.specialistId, row.caseload.open, row.contacts.faceToFace, row.outOfOffice.meetings]),
    ).toEqual([
      ['anne', 2, 0, 0],
      ['bo', 1, 1, 2],
    ]);
    expect(report.team!.caseload).toMatchObject({ specialists: 2, average: 1.5, highest: 2, verdict: 'met' });
    expect(report.team!.contacts.faceToFace).toBe(1);
    expect(report.team!.contacts.perWeek).toBeCloseTo(1 / (92 / 7) / 2, 6);
    expect(report.team!.outOfOffice).toMatchObject({ meetings: 2, outOfOffice: 2, share: 100 });
    expect(report.weeks.reduce((sum, week) => sum + week.faceToFace, 0)).toBe(1);
    expect(report.firstContactRows).toHaveLength(3);
  });

  it('leaves out people referred after the period and deleted people', () => {
    const sources = aTeam();
    const later: FidelityPerson = { jobseeker: aJobseeker({ referralDate: '2025-06-15', createdBy: 'cato' }), events: [], placements: [] };
    const deleted: FidelityPerson = {
      ...person('dina'),
      jobseeker: aJobseeker({ referralDate: '2025-02-05', createdBy: 'dina', deleted: true }),
    };
    const report = fidelityReport({ ...sources, people: [...sources.people, later, deleted] }, PERIOD, { kind: 'team' });
    expect(report.specialists.map((row) => row.specialistId)).toEqual(['anne', 'bo']);
  });
});
