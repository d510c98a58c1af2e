// Small worlds for the placement, follow-up and quick-log tests, made through
// the repositories as the app makes them. Every name is fictional.
import { cases } from '../../src/data/caseRepository';
import { contactPersons, employers } from '../../src/data/employerRepository';
import { jobseekers } from '../../src/data/jobseekerRepository';
import { placements } from '../../src/data/placementRepository';
import { visitLog } from '../../src/data/visitLog';
import type { NewPlacementInput } from '../../src/domain/placement';
import type { SeStep } from '../../src/domain/seSteps';
import { TODAY } from './renderApp';

function must<T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string> }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** An active case at a step (a referred one when `step` is null). */
export async function aPerson(name: string, step: SeStep | null = 4) {
  const person = must(await jobseekers.add({ name, referralDate: '2026-08-03', mainGoal: 'job' }, TODAY));
  if (step !== null) {
    must(await cases.changeStatus(person.id, { date: '2026-08-05', status: 'active' }, TODAY));
    if (step > 1) must(await cases.changeStep(person.id, { date: '2026-09-01', step, reason: '' }, TODAY));
  }
  return person;
}

export async function anEmployer(name: string, contacts: Array<{ name: string; role?: string; phone?: string }> = []) {
  const employer = must(await employers.add({ name }));
  const people = [];
  for (const contact of contacts) people.push(must(await contactPersons.add(employer.id, contact)));
  return { employer, people };
}

/** An ongoing placement with a weekly jobbstøtteplan unless told otherwise. */
export async function aPlacement(jobseekerId: string, employerId: string, overrides: Partial<NewPlacementInput> = {}) {
  return must(
    await placements.add(
      jobseekerId,
      {
        employerId,
        jobTitle: 'Lagermedarbeider',
        employmentForm: 'permanent',
        startDate: '2026-10-01',
        status: 'ongoing',
        followUpFrequency: 'weekly',
        ...overrides,
      },
      TODAY,
    ),
  );
}

/** A workplace visit logged on a day in the past, as the quick log writes it. */
export async function aVisitOn(jobseekerId: string, placementId: string, date: string, text = 'Besøk på lageret.') {
  return must(
    await visitLog.save(
      jobseekerId,
      {
        note: { date, meetingType: 'workplace-visit', channel: 'in-person', status: 'completed', step: 5, text, nextFollowUp: '' },
        visit: { placementId, place: 'on-the-job', withWhom: ['jobseeker', 'leader'] },
      },
      TODAY,
    ),
  );
}
