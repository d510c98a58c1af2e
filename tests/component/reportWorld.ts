/**
 * Small worlds for the report screens, written through the app's own
 * repositories as a user would make them. Every name is fictional.
 */
import { agreements } from '../../src/data/agreementRepository';
import { cases } from '../../src/data/caseRepository';
import type { FemtrinnDb } from '../../src/data/db';
import { employerContacts } from '../../src/data/employerContactRepository';
import { employers } from '../../src/data/employerRepository';
import { LOCAL_IDENTITY } from '../../src/data/identity';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { placements } from '../../src/data/placementRepository';
import type { SaveResult } from '../../src/data/saveResult';
import type { StatusChangeInput } from '../../src/domain/caseEvent';
import type { JobseekerInput } from '../../src/domain/jobseeker';
import type { NewPlacementInput } from '../../src/domain/placement';
import { TODAY } from './renderApp';

export function ok<T>(result: SaveResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** A referred person, made active the next day and moved to the given steps. */
export async function aCase(
  input: Partial<JobseekerInput> & { name: string; referralDate: string },
  options: { steps?: Array<[2 | 3 | 4 | 5, string]>; status?: StatusChangeInput } = {},
) {
  const person = ok(await jobseekers.add({ mainGoal: 'job', ...input }, TODAY));
  const [year, month, day] = input.referralDate.split('-').map(Number);
  const next = new Date(Date.UTC(year!, month! - 1, day! + 1)).toISOString().slice(0, 10);
  ok(await cases.changeStatus(person.id, { date: next, status: 'active' }, TODAY));
  for (const [step, date] of options.steps ?? []) ok(await cases.changeStep(person.id, { date, step }, TODAY));
  if (options.status) ok(await cases.changeStatus(person.id, options.status, TODAY));
  return person;
}

export async function anEmployer(name = 'Fiktivt Lager AS') {
  return ok(await employers.add({ name }));
}

export async function aJob(jobseekerId: string, input: Partial<NewPlacementInput> & { employerId: string }) {
  return ok(
    await placements.add(
      jobseekerId,
      { jobTitle: 'Lagermedarbeider', employmentForm: 'permanent', startDate: '2026-10-01', status: 'ongoing', ...input },
      TODAY,
    ),
  );
}

export async function aFaceToFaceContact(jobseekerId: string, employerId: string, date: string) {
  return ok(
    await employerContacts.add(
      { employerId, date, channel: 'in-person', purpose: 'jobseekers', jobseekerIds: [jobseekerId], outcome: 'job-opening' },
      TODAY,
    ),
  );
}

export async function anAgreement(
  jobseekerId: string,
  input: { mayContactEmployers: boolean; mayShare?: string[]; mustNotShare?: string[] },
) {
  return ok(await agreements.save(jobseekerId, { signedDate: '2026-10-02', ...input }, TODAY));
}

/** Writes what follows as another specialist on the team, then as this device's user again. */
export async function asColleague<T>(db: FemtrinnDb, write: () => Promise<T>): Promise<T> {
  await db.meta.put({ key: 'identity', value: { userId: 'kollega', teamId: LOCAL_IDENTITY.teamId } });
  try {
    return await write();
  } finally {
    await db.meta.delete('identity');
  }
}
