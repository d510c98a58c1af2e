import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { recordMetaSchema } from './record';
import { SE_STEPS } from './seSteps';
import { isoDate, optionalIsoDate, optionalWholeNumber, requiredText } from './validation';

/** Meeting types, in NAV's own words (Jobbsporet) where it has them. */
export const MEETING_TYPES = [
  'startup', // Oppstartsmøte
  'jobseeker-meeting', // Møte med deltaker
  'home-visit', // Hjemmebesøk
  'phone', // Telefon
  'sms',
  'email',
  'workplace-visit', // Arbeidsplassbesøk
  'employer-meeting', // Møte med arbeidsgiver
  'collaboration', // Samarbeidsmøte
  'nav-counsellor', // Møte med NAV-veileder
  'three-way', // Trepartsmøte med mentor
  'other',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const CHANNELS = ['in-person', 'digital', 'phone'] as const; // Fysisk, Digitalt, Telefon
export type Channel = (typeof CHANNELS)[number];

export const MEETING_STATUSES = ['open', 'completed', 'no-show', 'cancelled'] as const; // Åpent, Fullført, Deltaker møtte ikke, Avlyst
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

const step = z.pipe(z.coerce.number(), z.literal(SE_STEPS, { error: 'error.required' }));

/**
 * A note (samtalenotat). Only an open (planned) meeting may lie in the
 * future; a held one cannot. A next follow-up cannot come before the note.
 */
export function noteInputSchema(today: IsoDate) {
  return z
    .object({
      date: isoDate,
      time: z._default(
        z.string().check(z.refine((value) => value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { error: 'error.time' })),
        '',
      ),
      meetingType: z.enum(MEETING_TYPES, { error: 'error.required' }),
      channel: z.enum(CHANNELS, { error: 'error.required' }),
      status: z.enum(MEETING_STATUSES, { error: 'error.required' }),
      durationMinutes: optionalWholeNumber(1, 24 * 60, 'error.duration'),
      step,
      text: requiredText(20_000),
      nextFollowUp: optionalIsoDate,
    })
    .check(
      z.superRefine((input, ctx) => {
        if (input.status !== 'open' && input.date > today) ctx.addIssue({ code: 'custom', path: ['date'], message: 'error.dateInFuture' });
        if (input.nextFollowUp !== '' && input.nextFollowUp < input.date)
          ctx.addIssue({ code: 'custom', path: ['nextFollowUp'], message: 'error.followUpBeforeNote' });
      }),
    );
}
export type NoteInput = z.input<ReturnType<typeof noteInputSchema>>;
export type NoteFields = z.output<ReturnType<typeof noteInputSchema>>;

/**
 * Notes are append-only. A correction is a new record with the same
 * `rootId` that `revises` the one it replaces; the earlier text stays.
 */
export const noteSchema = z.extend(recordMetaSchema, {
  jobseekerId: z.string(),
  rootId: z.string(),
  revises: z.optional(z.string()),
  date: z.string(),
  time: z.string(),
  meetingType: z.enum(MEETING_TYPES),
  channel: z.enum(CHANNELS),
  status: z.enum(MEETING_STATUSES),
  durationMinutes: z.union([z.literal(''), z.number()]),
  step: z.literal(SE_STEPS),
  text: z.string(),
  nextFollowUp: z.string(),
});
export type Note = z.infer<typeof noteSchema>;
