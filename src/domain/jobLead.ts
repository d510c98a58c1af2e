import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { recordMetaSchema } from './record';
import { optionalText, pastOrTodayDate, requiredText } from './validation';

/** How far a job lead (jobbmulighet) has come, in the order it usually goes. */
export const JOB_LEAD_STATUSES = ['idea', 'contacted', 'applied', 'interview', 'offer', 'rejected'] as const; // idé, kontaktet, søkt, intervju, tilbud, avslag
export type JobLeadStatus = (typeof JOB_LEAD_STATUSES)[number];

/**
 * [LEAD-1] A job lead for a jobseeker in step 3: an employer from the
 * register or, when it is not there (yet), the employer's name as free text.
 * One of the two must be given. The date is when the lead was found.
 */
export function jobLeadInputSchema(today: IsoDate) {
  return z
    .object({
      employerId: z._default(z.string(), ''),
      employerName: optionalText(200),
      jobTitle: requiredText(200),
      source: optionalText(200),
      status: z._default(z.enum(JOB_LEAD_STATUSES, { error: 'error.required' }), 'idea'),
      date: pastOrTodayDate(today),
    })
    .check(
      z.superRefine((input, ctx) => {
        if (input.employerId === '' && input.employerName === '')
          ctx.addIssue({ code: 'custom', path: ['employerName'], message: 'error.employerRequired' });
      }),
    );
}
export type JobLeadInput = z.input<ReturnType<typeof jobLeadInputSchema>>;
export type JobLeadFields = z.output<ReturnType<typeof jobLeadInputSchema>>;

/** A job lead is a shared mutable record: its fields merge one by one, status included. */
export const jobLeadSchema = z.extend(recordMetaSchema, {
  jobseekerId: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  jobTitle: z.string(),
  source: z.string(),
  status: z.enum(JOB_LEAD_STATUSES),
  date: z.string(),
});
export type JobLead = z.infer<typeof jobLeadSchema>;

/**
 * [LEAD-2] From "contacted" on, the jobseeker has been (or is being)
 * presented to the employer; an idea or a rejection presents no one.
 */
export function presentsJobseeker(status: JobLeadStatus): boolean {
  return status !== 'idea' && status !== 'rejected';
}

/** Open leads first and rejected ones last, each newest first. */
export function orderJobLeads<T extends Pick<JobLead, 'status' | 'date' | 'id'>>(leads: readonly T[]): T[] {
  const rank = (lead: T) => (lead.status === 'rejected' ? 1 : 0);
  return [...leads].sort((a, b) => rank(a) - rank(b) || (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
}
