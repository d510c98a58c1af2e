import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { CHANNELS } from './note';
import { recordMetaSchema } from './record';
import { optionalIsoDate, optionalText, pastOrTodayDate } from './validation';

/** Why the specialist met the employer: job development in general, or for named jobseekers. */
export const EMPLOYER_CONTACT_PURPOSES = ['general', 'jobseekers'] as const;
export type EmployerContactPurpose = (typeof EMPLOYER_CONTACT_PURPOSES)[number];

/** What came of the contact. */
export const EMPLOYER_CONTACT_OUTCOMES = [
  'job-opening', // ledig stilling
  'work-trial-agreed', // avtalt arbeidstrening
  'no-need-now', // ikke behov nå
  'follow-up-later', // følge opp senere
  'other',
] as const;
export type EmployerContactOutcome = (typeof EMPLOYER_CONTACT_OUTCOMES)[number];

const ids = z._default(z.array(z.string().check(z.minLength(1))), []);

/**
 * [EMPCONTACT-1] An employer contact (arbeidsgiverkontakt) has taken place:
 * its date cannot lie in the future, and a follow-up cannot come before it.
 * [EMPCONTACT-2] A contact "for named jobseekers" names at least one; a
 * general one (job development) names none, whatever was ticked before.
 */
export function employerContactInputSchema(today: IsoDate) {
  return z.pipe(
    z
      .object({
        employerId: z.string({ error: 'error.required' }).check(z.minLength(1, { error: 'error.employerRequired' })),
        date: pastOrTodayDate(today),
        channel: z.enum(CHANNELS, { error: 'error.required' }),
        purpose: z.enum(EMPLOYER_CONTACT_PURPOSES, { error: 'error.required' }),
        jobseekerIds: ids,
        contactPersonIds: ids,
        metWith: optionalText(300),
        outcome: z.enum(EMPLOYER_CONTACT_OUTCOMES, { error: 'error.required' }),
        followUpDate: optionalIsoDate,
        note: optionalText(4000),
      })
      .check(
        z.superRefine((input, ctx) => {
          if (input.purpose === 'jobseekers' && input.jobseekerIds.length === 0)
            ctx.addIssue({ code: 'custom', path: ['jobseekerIds'], message: 'error.jobseekersRequired' });
          if (input.followUpDate !== '' && input.followUpDate < input.date)
            ctx.addIssue({ code: 'custom', path: ['followUpDate'], message: 'error.followUpBeforeContact' });
        }),
      ),
    z.transform((input) => (input.purpose === 'general' ? { ...input, jobseekerIds: [] as string[] } : input)),
  );
}
export type EmployerContactInput = z.input<ReturnType<typeof employerContactInputSchema>>;
export type EmployerContactFields = z.output<ReturnType<typeof employerContactInputSchema>>;

/** Employer contacts are events: made once, never edited (like notes). */
export const employerContactSchema = z.extend(recordMetaSchema, {
  employerId: z.string(),
  date: z.string(),
  channel: z.enum(CHANNELS),
  purpose: z.enum(EMPLOYER_CONTACT_PURPOSES),
  jobseekerIds: z.array(z.string()),
  contactPersonIds: z.array(z.string()),
  metWith: z.string(),
  outcome: z.enum(EMPLOYER_CONTACT_OUTCOMES),
  followUpDate: z.string(),
  note: z.string(),
});
export type EmployerContact = z.infer<typeof employerContactSchema>;

/** Newest first; on the same day, the one made last first (ids are UUIDv7, sortable by creation). */
export function newestContactsFirst<T extends { date: string; id: string }>(contacts: readonly T[]): T[] {
  return [...contacts].sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
}
