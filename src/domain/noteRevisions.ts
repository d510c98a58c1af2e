import { compareHlc } from './hlc';
import type { Note } from './note';

/** The latest revision of every note, newest note first (by date, time, then clock). */
export function currentNotes(notes: readonly Note[]): Note[] {
  const latest = new Map<string, Note>();
  for (const note of notes) {
    if (note.deleted) continue;
    const seen = latest.get(note.rootId);
    if (!seen || compareHlc(note.updatedAt, seen.updatedAt) > 0) latest.set(note.rootId, note);
  }
  return [...latest.values()].sort(newestFirst);
}

/** Every revision of one note, the current one first: the earlier text stays visible. */
export function noteHistory(notes: readonly Note[], rootId: string): Note[] {
  return notes.filter((note) => note.rootId === rootId).sort((a, b) => compareHlc(b.updatedAt, a.updatedAt));
}

function newestFirst(a: Note, b: Note): number {
  const byDay = `${b.date} ${b.time}`.localeCompare(`${a.date} ${a.time}`);
  return byDay !== 0 ? byDay : compareHlc(b.updatedAt, a.updatedAt);
}
