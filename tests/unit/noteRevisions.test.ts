import { describe, expect, it } from 'vitest';
import { currentNotes, noteHistory } from '../../src/domain/noteRevisions';
import { aNote, stampAt } from './fixtures';

const NOW = Date.UTC(2025, 2, 10, 8, 0, 0);
const ids = (notes: readonly { id: string }[]) => notes.map((note) => note.id);

describe('currentNotes', () => {
  it('shows a correction in place of the note it corrects', () => {
    const original = aNote({ text: 'Ringte Kari, avtalte møte.' });
    const correction = aNote({ rootId: original.id, revises: original.id, text: 'Ringte Kari, avtalte møte tirsdag.' });
    expect(currentNotes([original, correction])).toEqual([correction]);
  });

  it('picks the latest revision by clock stamp, whatever order the revisions arrive in', () => {
    const original = aNote({ updatedAt: stampAt(NOW, 0) });
    const first = aNote({ rootId: original.id, revises: original.id, text: 'første', updatedAt: stampAt(NOW + 10) });
    const second = aNote({ rootId: original.id, revises: first.id, text: 'andre', updatedAt: stampAt(NOW + 20) });
    expect(ids(currentNotes([second, original, first]))).toEqual([second.id]);
    expect(ids(currentNotes([first, second, original]))).toEqual([second.id]);
  });

  it('settles two concurrent corrections from two devices the same way everywhere', () => {
    const original = aNote({ updatedAt: stampAt(NOW, 0, 'phone') });
    const fromPhone = aNote({ rootId: original.id, revises: original.id, updatedAt: stampAt(NOW + 50, 0, 'phone') });
    const fromLaptop = aNote({ rootId: original.id, revises: original.id, updatedAt: stampAt(NOW + 50, 0, 'laptop') });
    expect(ids(currentNotes([original, fromPhone, fromLaptop]))).toEqual([fromPhone.id]);
    expect(ids(currentNotes([fromLaptop, fromPhone, original]))).toEqual([fromPhone.id]);
  });

  it('lists notes newest first by date', () => {
    const march = aNote({ date: '2025-03-03' });
    const january = aNote({ date: '2025-01-15' });
    const february = aNote({ date: '2025-02-20' });
    expect(ids(currentNotes([march, january, february]))).toEqual([march.id, february.id, january.id]);
  });

  it('lists notes on the same day by time, the latest first', () => {
    const morning = aNote({ date: '2025-03-03', time: '09:00' });
    const afternoon = aNote({ date: '2025-03-03', time: '14:30' });
    expect(ids(currentNotes([morning, afternoon]))).toEqual([afternoon.id, morning.id]);
  });

  it('lists notes on the same day and time by clock stamp, the latest written first', () => {
    const written1 = aNote({ date: '2025-03-03', updatedAt: stampAt(NOW, 1) });
    const written2 = aNote({ date: '2025-03-03', updatedAt: stampAt(NOW, 2) });
    expect(ids(currentNotes([written1, written2]))).toEqual([written2.id, written1.id]);
  });

  it('orders by the date of the latest revision when a correction moves the date', () => {
    const a = aNote({ date: '2025-03-01' });
    const b = aNote({ date: '2025-03-05' });
    const aMoved = aNote({ rootId: a.id, revises: a.id, date: '2025-03-07' });
    expect(ids(currentNotes([a, b, aMoved]))).toEqual([aMoved.id, b.id]);
  });

  it('leaves out a note whose every revision is deleted', () => {
    const gone = aNote({ deleted: true });
    const kept = aNote();
    expect(ids(currentNotes([gone, kept]))).toEqual([kept.id]);
  });

  it('returns nothing for no notes', () => {
    expect(currentNotes([])).toEqual([]);
  });
});

describe('noteHistory', () => {
  it('lists every revision of one note, the current one first, so the earlier text stays visible', () => {
    const original = aNote({ text: 'v1' });
    const second = aNote({ rootId: original.id, revises: original.id, text: 'v2' });
    const third = aNote({ rootId: original.id, revises: second.id, text: 'v3' });
    const other = aNote({ text: 'en annen samtale' });
    expect(noteHistory([second, other, original, third], original.id).map((note) => note.text)).toEqual(['v3', 'v2', 'v1']);
  });

  it('is empty for a note that does not exist', () => {
    expect(noteHistory([aNote()], 'note-missing')).toEqual([]);
  });
});
