import * as z from 'zod/mini';
import type { IsoDate } from '../dates';
import { recordMetaSchema } from '../record';
import { isoDate, optionalText, pastOrTodayDate } from '../validation';

/** Reports to the NAV counsellor (NAV-veileder): underveisrapport and sluttrapport. */
export const REPORT_KINDS = ['interim', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The report's text parts, each prefilled from the log and edited before it is shared. */
export const REPORT_SECTIONS = ['goal', 'steps', 'activities', 'employerWork', 'status', 'assessment'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** [REPORT-1] What a user writes in a report: a period that ends on or after it starts, and the text parts. */
export const reportInputSchema = z
  .object({
    kind: z.enum(REPORT_KINDS, { error: 'error.required' }),
    periodFrom: isoDate,
    periodTo: isoDate,
    recipient: optionalText(200),
    goal: optionalText(2000),
    steps: optionalText(4000),
    activities: optionalText(8000),
    employerWork: optionalText(8000),
    status: optionalText(4000),
    assessment: optionalText(8000),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (input.periodTo < input.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'error.periodEndBeforeStart' });
    }),
  );
export type ReportInput = z.input<typeof reportInputSchema>;
export type ReportFields = z.output<typeof reportInputSchema>;

/**
 * [REPORT-2] A report is shared with the NAV counsellor only after the
 * jobseeker has been told about it (DOMAIN.md: "shared only after the
 * jobseeker is told"), on a day that has come.
 */
export function shareReportSchema(today: IsoDate) {
  return z.object({
    informed: z.literal(true, { error: 'error.informedRequired' }),
    sharedDate: pastOrTodayDate(today),
  });
}
export type ShareReportInput = { informed: boolean; sharedDate: string };

/**
 * A report is a shared mutable record while it is a draft (its fields merge
 * one by one); once shared it is final ([REPORT-3]) and is never edited.
 */
export const reportSchema = z.extend(recordMetaSchema, {
  jobseekerId: z.string(),
  kind: z.enum(REPORT_KINDS),
  periodFrom: z.string(),
  periodTo: z.string(),
  recipient: z.string(),
  goal: z.string(),
  steps: z.string(),
  activities: z.string(),
  employerWork: z.string(),
  status: z.string(),
  assessment: z.string(),
  /** The jobseeker has been told about the report. */
  informed: z.boolean(),
  /** The day it was shared with the NAV counsellor; '' while it is a draft. */
  sharedDate: z.string(),
});
export type NavReport = z.infer<typeof reportSchema>;

/** [REPORT-3] A shared report is final: what NAV received stays as it was. */
export function isFinal(report: Pick<NavReport, 'sharedDate'>): boolean {
  return report.sharedDate !== '';
}
