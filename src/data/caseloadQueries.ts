import { caseloadEntry, type CaseloadEntry } from '../domain/caseload';
import type { CaseEvent } from '../domain/caseEvent';
import type { IsoDate } from '../domain/dates';
import { placementFollowUpsDue, type PlacementFollowUpDue } from '../domain/followUpRhythm';
import type { Note } from '../domain/note';
import { database } from './db';

function groupByPerson<T extends { jobseekerId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.jobseekerId);
    if (group) group.push(record);
    else groups.set(record.jobseekerId, [record]);
  }
  return groups;
}

/** Every jobseeker on the device with their case state, contact dates and placement follow-ups due. */
export async function loadCaseload(today: IsoDate): Promise<CaseloadEntry[]> {
  const db = database();
  return db.transaction('r', [db.jobseekers, db.caseEvents, db.notes, db.placements, db.followUpVisits, db.employers], async () => {
    const [people, events, notes, placements] = await Promise.all([
      db.jobseekers.toArray(),
      db.caseEvents.toArray(),
      db.notes.toArray(),
      db.placements.toArray(),
    ]);
    const ongoing = placements.filter((placement) => placement.status === 'ongoing' && !placement.deleted);
    // Only the visits and employers of ongoing placements are needed: a handful, not the whole history.
    const [visitLists, employers] = await Promise.all([
      Promise.all(
        ongoing.map((placement) =>
          db.followUpVisits.where('[placementId+date]').between([placement.id, ''], [placement.id, '\uffff']).toArray(),
        ),
      ),
      db.employers.bulkGet([...new Set(ongoing.map((placement) => placement.employerId))]),
    ]);
    const visits = visitLists.flat();
    const employerNames = new Map(employers.flatMap((employer) => (employer && !employer.deleted ? [[employer.id, employer.name] as const] : [])));
    const eventsByPerson = groupByPerson<CaseEvent>(events);
    const notesByPerson = groupByPerson<Note>(notes);
    const dueByPerson = groupByPerson<PlacementFollowUpDue>(placementFollowUpsDue(ongoing, visits, today, employerNames));
    return people
      .filter((person) => !person.deleted)
      .map((person) =>
        caseloadEntry(person, eventsByPerson.get(person.id) ?? [], notesByPerson.get(person.id) ?? [], today, dueByPerson.get(person.id) ?? []),
      );
  });
}
