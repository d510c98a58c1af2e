import { addMonths, parseISO } from 'date-fns';
import { addDaysIso, isIsoDate, toIsoDate, type IsoDate } from '../../domain/dates';
import type { Note, NoteInput } from '../../domain/note';
import type { SeStep } from '../../domain/seSteps';

/** The one-tap choices for the next follow-up, counted from the note's date. */
export const FOLLOW_UP_CHOICES = ['none', '1w', '2w', '1m', 'date'] as const;
export type FollowUpChoice = (typeof FOLLOW_UP_CHOICES)[number];

/** What the form holds (and the draft keeps): plain strings, as typed. */
export type NoteFormValues = {
  date: string;
  time: string;
  meetingType: string;
  channel: string;
  status: string;
  durationMinutes: string;
  step: string;
  text: string;
  followUp: FollowUpChoice;
  /** The date typed by hand; used when `followUp` is 'date'. */
  followUpDate: string;
};

export function newNoteValues(today: IsoDate, currentStep: SeStep | null): NoteFormValues {
  return {
    date: today,
    time: '',
    meetingType: '',
    channel: 'in-person',
    status: 'completed',
    durationMinutes: '',
    step: String(currentStep ?? 1),
    text: '',
    followUp: 'none',
    followUpDate: '',
  };
}

/** A correction starts from the note as it stands now. */
export function valuesFromNote(note: Note): NoteFormValues {
  return {
    date: note.date,
    time: note.time,
    meetingType: note.meetingType,
    channel: note.channel,
    status: note.status,
    durationMinutes: note.durationMinutes === '' ? '' : String(note.durationMinutes),
    step: String(note.step),
    text: note.text,
    followUp: note.nextFollowUp ? 'date' : 'none',
    followUpDate: note.nextFollowUp,
  };
}

/** The follow-up date a choice gives; '' for none, or while the note's date is not a valid date. */
export function followUpDate(values: Pick<NoteFormValues, 'date' | 'followUp' | 'followUpDate'>): IsoDate {
  if (values.followUp === 'none') return '';
  if (values.followUp === 'date') return values.followUpDate;
  if (!isIsoDate(values.date)) return '';
  if (values.followUp === '1w') return addDaysIso(values.date, 7);
  if (values.followUp === '2w') return addDaysIso(values.date, 14);
  return toIsoDate(addMonths(parseISO(values.date), 1));
}

export function toNoteInput(values: NoteFormValues): NoteInput {
  return {
    date: values.date,
    time: values.time,
    meetingType: values.meetingType as NoteInput['meetingType'],
    channel: values.channel as NoteInput['channel'],
    status: values.status as NoteInput['status'],
    durationMinutes: values.durationMinutes.trim(),
    step: values.step,
    text: values.text,
    nextFollowUp: followUpDate(values),
  };
}

/** True when a correction would store the same note again. */
export function sameAsNote(values: NoteFormValues, note: Note): boolean {
  const input = toNoteInput(values);
  const before = toNoteInput(valuesFromNote(note));
  return JSON.stringify({ ...input, text: input.text.trim() }) === JSON.stringify({ ...before, text: before.text.trim() });
}
