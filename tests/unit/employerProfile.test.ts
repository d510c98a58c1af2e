import { describe, expect, it } from 'vitest';
import { profileInputSchema, type Profile } from '../../src/domain/profile';
import { employerProfile } from '../../src/domain/reports/employerProfile';
import { aJobseeker } from './fixtures';
import { anAgreement } from './employerFixtures';

const kari = aJobseeker({ name: 'Kari Nordmann' });

function aProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'profile-1',
    teamId: 'team-1',
    createdBy: 'user-1',
    updatedAt: 'x',
    jobseekerId: kari.id,
    ...profileInputSchema.parse({}),
    jobWishes: ['Lagermedarbeider', 'Butikkmedarbeider'],
    skills: 'Truckførerbevis, ryddig',
    workExperience: 'Sommerjobb på lager',
    education: 'Videregående, restfag',
    preferredHours: 'Dagtid',
    preferredPercent: 60,
    healthNeeds: 'Angst i store grupper',
    earlyWarningSigns: 'Trekker seg unna',
    noShowPlan: 'Ring søster',
    whatHelps: 'Faste rutiner',
    whatToAvoid: 'Nattarbeid',
    area: 'Sentrum',
    transport: 'Buss',
    ...overrides,
  };
}

describe('employerProfile', () => {
  it('[EMPLOYERPROFILE-1] shows nothing without an agreement', () => {
    expect(employerProfile(kari, undefined, aProfile())).toEqual({ ok: false, reason: 'no-agreement' });
  });

  it('[EMPLOYERPROFILE-1] shows nothing when the agreement is deleted', () => {
    expect(employerProfile(kari, anAgreement({ deleted: true }), aProfile())).toEqual({ ok: false, reason: 'no-agreement' });
  });

  it('[EMPLOYERPROFILE-1] shows nothing when employers may not be contacted', () => {
    expect(employerProfile(kari, anAgreement({ mayContactEmployers: false, mayShare: ['Har førerkort'] }), aProfile())).toEqual({
      ok: false,
      reason: 'declined',
    });
  });

  it('[EMPLOYERPROFILE-1] holds the may-share items and the job-related profile, and nothing else', () => {
    const result = employerProfile(kari, anAgreement({ mayShare: ['Har vært borte fra arbeidslivet i to år'] }), aProfile());
    expect(result).toEqual({
      ok: true,
      profile: {
        name: 'Kari Nordmann',
        mayShare: ['Har vært borte fra arbeidslivet i to år'],
        jobWishes: ['Lagermedarbeider', 'Butikkmedarbeider'],
        facts: [
          { field: 'skills', value: 'Truckførerbevis, ryddig' },
          { field: 'workExperience', value: 'Sommerjobb på lager' },
          { field: 'education', value: 'Videregående, restfag' },
          { field: 'preferredHours', value: 'Dagtid' },
          { field: 'preferredPercent', value: '60' },
        ],
        withheld: 0,
      },
    });
    const text = JSON.stringify(result);
    for (const secret of ['Angst', 'Trekker seg', 'Ring søster', 'Faste rutiner', 'Nattarbeid', 'Sentrum', 'Buss'])
      expect(text).not.toContain(secret);
  });

  it('[EMPLOYERPROFILE-1] holds back any entry naming something that must not be shared, even a may-share item', () => {
    const agreement = anAgreement({ mayShare: ['Restfag fra videregående', 'Liker folk'], mustNotShare: ['restfag'] });
    const result = employerProfile(kari, agreement, aProfile());
    expect(result.ok && result.profile.mayShare).toEqual(['Liker folk']);
    expect(result.ok && result.profile.facts.map((fact) => fact.field)).not.toContain('education');
    expect(result.ok && result.profile.withheld).toBe(2);
  });

  it('[EMPLOYERPROFILE-1] gives the may-share items alone when there is no profile', () => {
    const result = employerProfile(kari, anAgreement({ mayShare: ['Liker folk'] }), undefined);
    expect(result).toMatchObject({ ok: true, profile: { mayShare: ['Liker folk'], jobWishes: [], facts: [] } });
  });
});
