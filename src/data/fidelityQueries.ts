import type { Note } from '../domain/note';
import type { FidelityPeriod } from '../domain/reports/fidelity/period';
import type { FidelitySources } from '../domain/reports/fidelity/sources';
import { database } from './db';
import { loadCaseLogs, type PersonLog } from './reportQueries';

/**
 * The notes the fidelity measures need: those dated in the period, by the
 * [jobseekerId+date] index (notes have no index on the date alone), with
 * every revision of each, so a note corrected to another date is read as
 * its latest version says.
 */
async function notesInPeriod(jobseekerIds: readonly string[], { from, to }: FidelityPeriod): Promise<Note[]> {
  if (jobseekerIds.length === 0 || to < from) return [];
  const db = database();
  const inPeriod = await db.notes
    .where('[jobseekerId+date]')
    .inAnyRange(
      jobseekerIds.map((id) => [
        [id, from],
        [id, to],
      ]),
      { includeLowers: true, includeUppers: true },
    )
    .toArray();
  const roots = [...new Set(inPeriod.map((note) => note.rootId))];
  return roots.length === 0 ? [] : db.notes.where('rootId').anyOf(roots).toArray();
}

/** The sources with each person's whole record, so a screen can name them. */
export type DeviceFidelitySources = Omit<FidelitySources, 'people'> & { people: PersonLog[] };

/** [FID-SCOPE-1] Everything on the device the fidelity measures for a period are computed from. */
export async function loadFidelitySources(period: FidelityPeriod): Promise<DeviceFidelitySources> {
  const db = database();
  const people = await loadCaseLogs();
  const [notes, employerContacts, followUpVisits] = await Promise.all([
    notesInPeriod(
      people.map((person) => person.jobseeker.id),
      period,
    ),
    db.employerContacts.toArray(),
    db.followUpVisits.toArray(),
  ]);
  return { people, notes, employerContacts, followUpVisits };
}
