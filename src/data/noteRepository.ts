import type { IsoDate } from '../domain/dates';
import { newId } from '../domain/ids';
import { noteInputSchema, type Note, type NoteInput } from '../domain/note';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

/** Notes are append-only: a correction is a new revision, the earlier text stays. */
export const notes = {
  async forPerson(jobseekerId: string): Promise<Note[]> {
    return database().notes.where('[jobseekerId+date]').between([jobseekerId, ''], [jobseekerId, '\uffff']).toArray();
  },

  async add(jobseekerId: string, input: NoteInput, today: IsoDate): Promise<SaveResult<Note>> {
    const parsed = noteInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const id = newId();
    const value = await writeRecord<Note>('notes', (meta) => ({ ...meta, jobseekerId, rootId: id, ...parsed.data }), { id });
    return { ok: true, value };
  },

  /** Writes a new revision of a note; `noteId` is the revision being corrected. */
  async correct(noteId: string, input: NoteInput, today: IsoDate): Promise<SaveResult<Note>> {
    const parsed = noteInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const earlier = await database().notes.get(noteId);
    if (!earlier || earlier.deleted) return invalid({ form: 'error.notFound' });
    const value = await writeRecord<Note>('notes', (meta) => ({
      ...meta,
      jobseekerId: earlier.jobseekerId,
      rootId: earlier.rootId,
      revises: earlier.id,
      ...parsed.data,
    }));
    return { ok: true, value };
  },
};
