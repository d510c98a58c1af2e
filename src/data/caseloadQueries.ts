import { caseloadEntry, type CaseloadEntry } from '../domain/caseload';
import type { CaseEvent } from '../domain/caseEvent';
import type { IsoDate } from '../domain/dates';
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

/** Every jobseeker on the device with their case state and contact dates. */
export async function loadCaseload(today: IsoDate): Promise<CaseloadEntry[]> {
  const db = database();
  return db.transaction('r', [db.jobseekers, db.caseEvents, db.notes], async () => {
    const [people, events, notes] = await Promise.all([db.jobseekers.toArray(), db.caseEvents.toArray(), db.notes.toArray()]);
    const eventsByPerson = groupByPerson<CaseEvent>(events);
    const notesByPerson = groupByPerson<Note>(notes);
    return people
      .filter((person) => !person.deleted)
      .map((person) => caseloadEntry(person, eventsByPerson.get(person.id) ?? [], notesByPerson.get(person.id) ?? [], today));
  });
}
