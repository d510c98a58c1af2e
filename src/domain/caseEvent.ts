import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { END_CAUSES, OUTCOMES } from './outcome';
import { recordMetaSchema } from './record';
import { SE_STEPS } from './seSteps';
import { optionalIsoDate, optionalText, pastOrTodayDate } from './validation';

/** The life of a case: Henvist → Aktiv → (Passiv) → Avsluttet, and reopened. */
export const CASE_STATUSES = ['referred', 'active', 'passive', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const step = z.literal(SE_STEPS, { error: 'error.required' });

/**
 * Step and status changes are append-only events: made once, never edited,
 * so two devices never conflict over them and the current step is derived
 * the same way everywhere.
 */
export const stepChangeSchema = z.extend(recordMetaSchema, {
  kind: z.literal('step'),
  jobseekerId: z.string(),
  date: z.string(),
  step,
  reason: z.string(),
});
export type StepChange = z.infer<typeof stepChangeSchema>;

export const statusChangeSchema = z.extend(recordMetaSchema, {
  kind: z.literal('status'),
  jobseekerId: z.string(),
  date: z.string(),
  status: z.enum(['active', 'passive', 'closed']),
  reason: z.string(),
  /** Passiv: the date the case should resume; the app reminds on it. */
  resumeDate: z.optional(z.string()),
  /** Avsluttet: the KLAR category, and the finer end cause if known. */
  outcome: z.optional(z.enum(OUTCOMES)),
  endCause: z.optional(z.enum(END_CAUSES)),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const caseEventSchema = z.discriminatedUnion('kind', [stepChangeSchema, statusChangeSchema]);
export type CaseEvent = z.infer<typeof caseEventSchema>;

export function stepChangeInputSchema(today: IsoDate) {
  return z.object({
    date: pastOrTodayDate(today),
    step,
    reason: optionalText(1000),
  });
}
export type StepChangeInput = z.input<ReturnType<typeof stepChangeInputSchema>>;

export function statusChangeInputSchema(today: IsoDate) {
  return z
    .object({
      date: pastOrTodayDate(today),
      status: z.enum(['active', 'passive', 'closed']),
      reason: optionalText(1000),
      resumeDate: optionalIsoDate,
      outcome: z.optional(z.enum(OUTCOMES)),
      endCause: z.optional(z.enum(END_CAUSES)),
    })
    .check(
      z.superRefine((input, ctx) => {
        if (input.status === 'passive') {
          if (input.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: 'error.required' });
          if (input.resumeDate === '') ctx.addIssue({ code: 'custom', path: ['resumeDate'], message: 'error.required' });
          else if (input.resumeDate < input.date)
            ctx.addIssue({ code: 'custom', path: ['resumeDate'], message: 'error.resumeBeforeStart' });
        }
        if (input.status === 'closed' && !input.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'error.required' });
      }),
    );
}
export type StatusChangeInput = z.input<ReturnType<typeof statusChangeInputSchema>>;
