import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { recordMetaSchema } from './record';
import { isoDate, optionalIsoDate, optionalPhone, optionalText, optionalWholeNumber, requiredText } from './validation';

/** Ansettelsesform, in NAV's own words (Jobbsporet). */
export const EMPLOYMENT_FORMS = [
  'permanent', // Fast ansettelse
  'temporary', // Tidsbegrenset ansettelse
  'on-call', // Tilkalling/ekstrahjelp
  'work-trial', // Arbeidstrening
  'job-taster', // Jobbsmak
  'self-employed', // Selvstendig næringsdrivende
] as const;
export type EmploymentForm = (typeof EMPLOYMENT_FORMS)[number];

/** Support on the job: lønnstilskudd, mentortilskudd, inkluderingstilskudd, or something else. */
export const SUPPORTS = ['wage-subsidy', 'mentor-subsidy', 'inclusion-subsidy', 'other'] as const;
export type Support = (typeof SUPPORTS)[number];

/** How often the jobbstøtteplan says follow-up happens; 'days' means every `followUpEveryDays` days. */
export const FOLLOW_UP_FREQUENCIES = ['weekly', 'every-2-weeks', 'monthly', 'days'] as const;
export type FollowUpFrequency = (typeof FOLLOW_UP_FREQUENCIES)[number];

/** How follow-up happens: at the workplace, outside it, or by phone. */
export const FOLLOW_UP_WAYS = ['on-the-job', 'off-the-job', 'phone'] as const;
export type FollowUpWay = (typeof FOLLOW_UP_WAYS)[number];

/** Planlagt → Pågående → Avsluttet. */
export const PLACEMENT_STATUSES = ['planned', 'ongoing', 'ended'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const END_REASONS = [
  'temporary-ended', // the temporary job came to its end
  'quit', // sa opp selv
  'dismissed', // oppsagt
  'other-job', // gikk over til annen jobb
  'health', // helse
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** A number that may have decimals, written the Norwegian way ("37,5") or not; '' for "not given". */
export const optionalDecimal = (min: number, max: number, rangeError: string) =>
  z._default(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((value: string, ctx) => {
        if (value === '') return '' as const;
        const number = Number(value.replace(/\s/g, '').replace(',', '.'));
        if (!Number.isFinite(number)) ctx.issues.push({ code: 'custom', message: 'error.decimal', input: value });
        else if (number < min || number > max) ctx.issues.push({ code: 'custom', message: rangeError, input: value });
        return number;
      }),
    ),
    '',
  );

const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z._default(z.array(z.enum(values, { error: 'error.required' })), []);

/**
 * What a user fills in for a placement (formidling). The jobbstøtteplan is
 * kept flat (frequency, ways, who does what) so each part merges on its own.
 */
export const placementDetailsSchema = z
  .object({
    employerId: requiredText(100),
    contactPersonId: optionalText(100), // kontaktperson / nærmeste leder
    jobTitle: requiredText(200),
    employmentForm: z.enum(EMPLOYMENT_FORMS, { error: 'error.required' }),
    percent: optionalWholeNumber(1, 100, 'error.percentRange'), // stillingsprosent
    hoursPerWeek: optionalDecimal(0.5, 100, 'error.hoursRange'),
    hourlyWage: optionalDecimal(1, 10_000, 'error.wageRange'),
    startDate: isoDate,
    plannedEndDate: optionalIsoDate,
    supports: enumList(SUPPORTS),
    supportOther: optionalText(300),
    mentorName: optionalText(120),
    mentorPhone: optionalPhone,
    accommodations: optionalText(4000), // tilrettelegging
    followUpFrequency: z._default(z.union([z.literal(''), z.enum(FOLLOW_UP_FREQUENCIES)], { error: 'error.required' }), ''),
    followUpEveryDays: optionalWholeNumber(1, 365, 'error.everyDaysRange'),
    followUpWays: enumList(FOLLOW_UP_WAYS),
    responsibilities: optionalText(4000), // hvem gjør hva
  })
  .check(
    z.superRefine((input, ctx) => {
      if (input.plannedEndDate !== '' && input.plannedEndDate < input.startDate)
        ctx.addIssue({ code: 'custom', path: ['plannedEndDate'], message: 'error.endBeforeStart' });
      if (input.followUpFrequency === 'days' && input.followUpEveryDays === '')
        ctx.addIssue({ code: 'custom', path: ['followUpEveryDays'], message: 'error.required' });
    }),
  );
export type PlacementDetailsInput = z.input<typeof placementDetailsSchema>;
export type PlacementDetails = z.output<typeof placementDetailsSchema>;

/**
 * [PLACEMENT-2] A new placement starts as Planlagt or Pågående; only one
 * that has started (start date today or earlier) can be Pågående.
 */
export function newPlacementSchema(today: IsoDate) {
  return z.extend(placementDetailsSchema, { status: z.enum(['planned', 'ongoing'], { error: 'error.required' }) }).check(
    z.superRefine((input, ctx) => {
      if (input.status === 'ongoing' && input.startDate > today)
        ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'error.ongoingNotStarted' });
    }),
  );
}
export type NewPlacementInput = z.input<ReturnType<typeof newPlacementSchema>>;

export const placementSchema = z.extend(recordMetaSchema, {
  jobseekerId: z.string(),
  employerId: z.string(),
  contactPersonId: z.string(),
  jobTitle: z.string(),
  employmentForm: z.enum(EMPLOYMENT_FORMS),
  percent: z.union([z.literal(''), z.number()]),
  hoursPerWeek: z.union([z.literal(''), z.number()]),
  hourlyWage: z.union([z.literal(''), z.number()]),
  startDate: z.string(),
  plannedEndDate: z.string(),
  supports: z.array(z.enum(SUPPORTS)),
  supportOther: z.string(),
  mentorName: z.string(),
  mentorPhone: z.string(),
  accommodations: z.string(),
  followUpFrequency: z.union([z.literal(''), z.enum(FOLLOW_UP_FREQUENCIES)]),
  followUpEveryDays: z.union([z.literal(''), z.number()]),
  followUpWays: z.array(z.enum(FOLLOW_UP_WAYS)),
  responsibilities: z.string(),
  status: z.enum(PLACEMENT_STATUSES),
  endDate: z.string(),
  endReason: z.union([z.literal(''), z.enum(END_REASONS)]),
  endNote: z.string(),
});
export type Placement = z.infer<typeof placementSchema>;
