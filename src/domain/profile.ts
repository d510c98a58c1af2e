import { z } from 'zod';
import type { RecordMeta } from './record';
import { optionalText } from './validation';

export const CV_STATUSES = ['none', 'in-progress', 'ready'] as const;
export type CvStatus = (typeof CV_STATUSES)[number];

export const YES_NO = ['yes', 'no'] as const;

const jobWish = z.string().trim().min(1, { error: 'error.required' }).max(200, { error: 'error.tooLong' });

/** Step 2: the vocational profile (yrkeskartlegging) and career plan. */
export const profileInputSchema = z.object({
  /** In order of priority: the first is the most wanted. */
  jobWishes: z.array(jobWish).default([]),
  interests: optionalText(),
  skills: optionalText(),
  workExperience: optionalText(),
  education: optionalText(),
  whatHelps: optionalText(),
  whatToAvoid: optionalText(),
  preferredHours: optionalText(200),
  preferredPercent: z
    .union([z.literal(''), z.coerce.number({ error: 'error.number' }).int({ error: 'error.number' })], { error: 'error.number' })
    .default('')
    .refine((value) => value === '' || (value >= 0 && value <= 100), { error: 'error.percent' }),
  area: optionalText(300),
  transport: optionalText(300),
  driversLicence: z.enum(YES_NO).or(z.literal('')).default(''),
  cvStatus: z.enum(CV_STATUSES).or(z.literal('')).default(''),
  /** Only what the person chooses to record. */
  healthNeeds: optionalText(),
  /** Work-interest inventories and short job tasters (jobbsmak). */
  toolsAndTasters: optionalText(),
  earlyWarningSigns: optionalText(),
  noShowPlan: optionalText(),
});
export type ProfileInput = z.input<typeof profileInputSchema>;
export type ProfileFields = z.output<typeof profileInputSchema>;

export type Profile = RecordMeta & { jobseekerId: string } & ProfileFields;
