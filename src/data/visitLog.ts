import type { IsoDate } from '../domain/dates';
import { followUpVisitInputSchema, type FollowUpVisit, type VisitPerson, type VisitPlace } from '../domain/followUpVisit';
import { newId } from '../domain/ids';
import { noteInputSchema, type Note, type NoteInput } from '../domain/note';
import { fieldErrors } from '../domain/validation';
import { database } from './db';
import { followUpVisits } from './followUpVisitRepository';
import { placements } from './placementRepository';
import { writeRecord } from './recordWriter';
import { invalid, type SaveResult } from './saveResult';

export interface VisitLogInput {
  note: NoteInput;
  /** Also a follow-up visit on this placement: where, and with whom. */
  visit?: { placementId: string; place: VisitPlace | ''; withWhom: VisitPerson[] };
}

export interface LoggedVisit {
  note: Note;
  visit: FollowUpVisit | null;
}

/**
 * Logging a visit: a note on the person's timeline and, for a follow-up on a
 * placement, the follow-up visit too, written in one transaction so there is
 * never one without the other. Both are checked before anything is written.
 */
export const visitLog = {
  async save(jobseekerId: string, input: VisitLogInput, today: IsoDate): Promise<SaveResult<LoggedVisit>> {
    const note = noteInputSchema(today).safeParse(input.note);
    const { visit } = input;
    const visitFields = visit
      ? followUpVisitInputSchema(today).safeParse({
          date: input.note.date,
          place: visit.place,
          withWhom: visit.withWhom,
          note: input.note.text,
          nextFollowUp: input.note.nextFollowUp,
        })
      : null;
    // The visit's date, text and next follow-up are the note's, so only its own fields report here.
    const visitErrors = visitFields && !visitFields.success ? fieldErrors(visitFields.error) : {};
    const errors = {
      ...Object.fromEntries(Object.entries(visitErrors).filter(([field]) => field === 'place' || field.startsWith('withWhom'))),
      ...(note.success ? {} : fieldErrors(note.error)),
    };
    if (!note.success || (visitFields && !visitFields.success)) return invalid(errors);
    if (visit) {
      const placement = await placements.get(visit.placementId);
      if (!placement || placement.jobseekerId !== jobseekerId) return invalid({ placementId: 'error.notFound' });
    }

    const db = database();
    return db.transaction('rw', [db.notes, db.followUpVisits, db.placements, db.outbox, db.meta], async () => {
      const id = newId();
      const saved = await writeRecord<Note>('notes', (meta) => ({ ...meta, jobseekerId, rootId: id, ...note.data }), { id });
      if (!visit || !visitFields?.success) return { ok: true, value: { note: saved, visit: null } } as const;
      const added = await followUpVisits.add(visit.placementId, visitFields.data, today, { noteId: saved.id });
      // Checked above, so this cannot fail; throwing undoes the note as well.
      if (!added.ok) throw new Error(`Follow-up visit refused: ${JSON.stringify(added.errors)}`);
      return { ok: true, value: { note: saved, visit: added.value } } as const;
    });
  },
};
