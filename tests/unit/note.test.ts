import { describe, expect, it } from 'vitest';
import { noteInputSchema, noteSchema, type NoteInput } from '../../src/domain/note';
import { fieldErrors } from '../../src/domain/validation';
import { aNote, aNoteInput } from './fixtures';

const TODAY = '2025-03-10';

function problems(input: NoteInput, today = TODAY): Record<string, string> {
  const result = noteInputSchema(today).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('the note form: dates', () => {
  it('accepts a held conversation dated today or earlier', () => {
    expect(problems(aNoteInput({ date: TODAY, status: 'completed' }))).toEqual({});
    expect(problems(aNoteInput({ date: '2025-02-01', status: 'completed' }))).toEqual({});
  });

  it.each(['completed', 'no-show', 'cancelled'] as const)('rejects a %s meeting dated tomorrow', (status) => {
    expect(problems(aNoteInput({ date: '2025-03-11', status }))).toEqual({ date: 'error.dateInFuture' });
  });

  it('allows a future date for an open (planned) meeting', () => {
    expect(problems(aNoteInput({ date: '2025-04-02', status: 'open', meetingType: 'employer-meeting' }))).toEqual({});
  });

  it('allows an open meeting in the past too: it was planned and not yet updated', () => {
    expect(problems(aNoteInput({ date: '2025-03-01', status: 'open' }))).toEqual({});
  });

  it('judges "the future" by the today it is given, not by the clock', () => {
    const input = aNoteInput({ date: '2031-01-02', status: 'completed' });
    expect(problems(input, '2031-01-01')).toEqual({ date: 'error.dateInFuture' });
    expect(problems(input, '2031-01-02')).toEqual({});
  });

  it('rejects a note date that does not exist', () => {
    expect(problems(aNoteInput({ date: '2025-02-29' })).date).toBe('error.date');
  });
});

describe('the note form: next follow-up', () => {
  it('rejects a follow-up before the note', () => {
    expect(problems(aNoteInput({ date: '2025-03-03', nextFollowUp: '2025-03-02' }))).toEqual({
      nextFollowUp: 'error.followUpBeforeNote',
    });
  });

  it('accepts a follow-up on the day of the note or later', () => {
    expect(problems(aNoteInput({ date: '2025-03-03', nextFollowUp: '2025-03-03' }))).toEqual({});
    expect(problems(aNoteInput({ date: '2025-03-03', nextFollowUp: '2025-03-17' }))).toEqual({});
  });

  it('compares the follow-up with the date of a planned meeting in the future', () => {
    expect(problems(aNoteInput({ date: '2025-04-02', status: 'open', nextFollowUp: '2025-04-01' }))).toEqual({
      nextFollowUp: 'error.followUpBeforeNote',
    });
  });

  it('leaves the follow-up empty when none is set', () => {
    expect(noteInputSchema(TODAY).parse(aNoteInput()).nextFollowUp).toBe('');
  });

  it('rejects a follow-up date that does not exist', () => {
    expect(problems(aNoteInput({ nextFollowUp: '2025-04-31' }))).toEqual({ nextFollowUp: 'error.date' });
  });
});

describe('the note form: other fields', () => {
  it('requires text, and trims it', () => {
    expect(problems(aNoteInput({ text: '   ' }))).toEqual({ text: 'error.required' });
    expect(noteInputSchema(TODAY).parse(aNoteInput({ text: '  Ringte Kari. ' })).text).toBe('Ringte Kari.');
  });

  it('limits the text to 20 000 characters', () => {
    expect(problems(aNoteInput({ text: 'x'.repeat(20_001) }))).toEqual({ text: 'error.tooLong' });
    expect(problems(aNoteInput({ text: 'x'.repeat(20_000) }))).toEqual({});
  });

  it.each(['00:00', '09:30', '23:59', ''])('accepts the time %j', (time) => {
    expect(problems(aNoteInput({ time }))).toEqual({});
  });

  it.each(['24:00', '9:30', '12:60', '12.30'])('rejects the time %j', (time) => {
    expect(problems(aNoteInput({ time }))).toEqual({ time: 'error.time' });
  });

  it('reads the step from a form field as a number', () => {
    expect(noteInputSchema(TODAY).parse(aNoteInput({ step: '4' })).step).toBe(4);
  });

  it('rejects a step outside the five', () => {
    expect(problems(aNoteInput({ step: '6' }))).toEqual({ step: 'error.required' });
  });

  it('reads a duration in whole minutes, up to one day', () => {
    expect(noteInputSchema(TODAY).parse(aNoteInput({ durationMinutes: '45' })).durationMinutes).toBe(45);
    expect(noteInputSchema(TODAY).parse(aNoteInput({ durationMinutes: '' })).durationMinutes).toBe('');
    expect(problems(aNoteInput({ durationMinutes: '1440' }))).toEqual({});
  });

  it.each([
    ['0', 'error.duration'],
    ['1441', 'error.duration'],
    ['-5', 'error.duration'],
    ['12.5', 'error.number'],
    ['lenge', 'error.number'],
  ])('rejects the duration %j with %s', (durationMinutes, code) => {
    expect(problems(aNoteInput({ durationMinutes }))).toEqual({ durationMinutes: code });
  });

  it('requires a meeting type, a channel and a status from the lists', () => {
    const result = noteInputSchema(TODAY).safeParse({ ...aNoteInput(), meetingType: 'party', channel: 'fax', status: 'done' });
    expect(fieldErrors(result.error!)).toEqual({
      meetingType: 'error.required',
      channel: 'error.required',
      status: 'error.required',
    });
  });
});

describe('the stored note', () => {
  it('accepts a note with its meta, root and revision link', () => {
    const first = aNote();
    expect(noteSchema.safeParse(aNote({ rootId: first.id, revises: first.id })).success).toBe(true);
  });

  it('rejects a stored note whose step is not one of the five', () => {
    expect(noteSchema.safeParse({ ...aNote(), step: 0 }).success).toBe(false);
  });
});
