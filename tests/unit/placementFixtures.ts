/**
 * Builders for placements and follow-up visits, in the style of fixtures.ts:
 * `aPlacement({ followUpFrequency: 'weekly' })`, `aVisit({ date })`. Every
 * name is fictional.
 */
import type { FollowUpVisit } from '../../src/domain/followUpVisit';
import type { NewPlacementInput, Placement } from '../../src/domain/placement';
import { AUTHOR, nextStamp, TEAM } from './fixtures';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${(sequence += 1)}`;

/** An ongoing permanent job with a weekly jobbstøtteplan, started 3 February 2025. */
export function aPlacement(overrides: Partial<Placement> = {}): Placement {
  return {
    id: nextId('placement'),
    teamId: TEAM,
    createdBy: AUTHOR,
    updatedAt: nextStamp(),
    jobseekerId: 'jobseeker-kari',
    employerId: 'employer-lager',
    contactPersonId: '',
    jobTitle: 'Lagermedarbeider',
    employmentForm: 'permanent',
    percent: 50,
    hoursPerWeek: 18.75,
    hourlyWage: '',
    startDate: '2025-02-03',
    plannedEndDate: '',
    supports: [],
    supportOther: '',
    mentorName: '',
    mentorPhone: '',
    accommodations: '',
    followUpFrequency: 'weekly',
    followUpEveryDays: '',
    followUpWays: ['on-the-job'],
    responsibilities: '',
    status: 'ongoing',
    endDate: '',
    endReason: '',
    endNote: '',
    ...overrides,
  };
}

/** A workplace visit with the jobseeker on a placement. */
export function aVisit(overrides: Partial<FollowUpVisit> = {}): FollowUpVisit {
  return {
    id: nextId('visit'),
    teamId: TEAM,
    createdBy: AUTHOR,
    updatedAt: nextStamp(),
    placementId: 'placement-x',
    jobseekerId: 'jobseeker-kari',
    date: '2025-03-03',
    place: 'on-the-job',
    withWhom: ['jobseeker'],
    note: 'Trives, mestrer pakking.',
    nextFollowUp: '',
    ...overrides,
  };
}

/** What a user types into the placement form for a new placement. */
export function aPlacementInput(overrides: Partial<NewPlacementInput> = {}): NewPlacementInput {
  return {
    employerId: 'employer-lager',
    jobTitle: 'Lagermedarbeider',
    employmentForm: 'permanent',
    startDate: '2025-03-03',
    status: 'planned',
    ...overrides,
  };
}
