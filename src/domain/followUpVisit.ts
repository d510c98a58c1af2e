import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { recordMetaSchema } from './record';
import { optionalIsoDate, pastOrTodayDate, requiredText } from './validation';

/** Where the follow-up took place: at the workplace (på jobb) or outside it (utenfor jobb). */
export const VISIT_PLACES = ['on-the-job', 'off-the-job'] as const;
export type VisitPlace = (typeof VISIT_PLACES)[number];

/** Who the specialist met: the jobseeker, the mentor, the leader, colleagues. */
export const VISIT_PEOPLE = ['jobseeker', 'mentor', 'leader', 'colleagues'] as const;
export type VisitPerson = (typeof VISIT_PEOPLE)[number];

/**
 * A follow-up visit (oppfølging på og utenfor arbeidsplassen) that has taken
 * place, so it cannot lie in the future; the next follow-up cannot come
 * before it.
 */
export function followUpVisitInputSchema(today: IsoDate) {
  return z
    .object({
      date: pastOrTodayDate(today),
      place: z.enum(VISIT_PLACES, { error: 'error.required' }),
      withWhom: z._default(z.array(z.enum(VISIT_PEOPLE, { error: 'error.required' })), []),
      note: requiredText(20_000),
      nextFollowUp: optionalIsoDate,
    })
    .check(
      z.superRefine((input, ctx) => {
        if (input.nextFollowUp !== '' && input.nextFollowUp < input.date)
          ctx.addIssue({ code: 'custom', path: ['nextFollowUp'], message: 'error.followUpBeforeNote' });
      }),
    );
}
export type FollowUpVisitInput = z.input<ReturnType<typeof followUpVisitInputSchema>>;
export type FollowUpVisitFields = z.output<ReturnType<typeof followUpVisitInputSchema>>;

/**
 * Follow-up visits are events, made once and never edited (append-only), so
 * two devices never conflict over them. `noteId` links the note on the
 * person's timeline that was written with the visit.
 */
export const followUpVisitSchema = z.extend(recordMetaSchema, {
  placementId: z.string(),
  jobseekerId: z.string(),
  date: z.string(),
  place: z.enum(VISIT_PLACES),
  withWhom: z.array(z.enum(VISIT_PEOPLE)),
  note: z.string(),
  nextFollowUp: z.string(),
  noteId: z.optional(z.string()),
});
export type FollowUpVisit = z.infer<typeof followUpVisitSchema>;
