import type { CaseloadEntry } from './caseload';
import { responsibleSpecialist } from './jobseeker';

/** "Mine" (the people I am responsible for) or "Hele teamet" (everyone the team follows). */
export type CaseloadOwner = 'mine' | 'team';

/** [HANDOVER-2] "Mine" keeps the people the user is responsible for; a handed-over person leaves it and joins the colleague's. */
export function filterByOwner(entries: readonly CaseloadEntry[], owner: CaseloadOwner, userId: string): CaseloadEntry[] {
  return owner === 'team' ? [...entries] : entries.filter((entry) => responsibleSpecialist(entry.jobseeker) === userId);
}
