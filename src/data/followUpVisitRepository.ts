import type { IsoDate } from '../domain/dates';
import { followUpVisitInputSchema, type FollowUpVisit, type FollowUpVisitInput } from '../domain/followUpVisit';
import { compareHlc } from '../domain/hlc';
import { database } from './db';
import { placements } from './placementRepository';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

function newestFirst(visits: FollowUpVisit[]): FollowUpVisit[] {
  return visits
    .filter((visit) => !visit.deleted)
    .sort((a, b) => (a.date === b.date ? compareHlc(b.updatedAt, a.updatedAt) : a.date < b.date ? 1 : -1));
}

/**
 * Follow-up visits on and off the job (step 5): append-only events, made
 * once. `visitLog.save` writes a visit together with its note on the
 * person's timeline; `add` alone is for a visit without a note of its own.
 */
export const followUpVisits = {
  async add(placementId: string, input: FollowUpVisitInput, today: IsoDate, options: { noteId?: string } = {}): Promise<SaveResult<FollowUpVisit>> {
    const parsed = followUpVisitInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const placement = await placements.get(placementId);
    if (!placement) return invalid({ placementId: 'error.notFound' });
    const value = await writeRecord<FollowUpVisit>('followUpVisits', (meta) => ({
      ...meta,
      placementId,
      jobseekerId: placement.jobseekerId,
      ...parsed.data,
      ...(options.noteId ? { noteId: options.noteId } : {}),
    }));
    return { ok: true, value };
  },

  async forPlacement(placementId: string): Promise<FollowUpVisit[]> {
    const db = database();
    return newestFirst(await db.followUpVisits.where('[placementId+date]').between([placementId, ''], [placementId, '\uffff']).toArray());
  },

  async forPerson(jobseekerId: string): Promise<FollowUpVisit[]> {
    return newestFirst(await database().followUpVisits.where('jobseekerId').equals(jobseekerId).toArray());
  },
};
