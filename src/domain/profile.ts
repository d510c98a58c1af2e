import * as z from 'zod/mini';
import type { RecordMeta } from './record';
import { optionalText, optionalWholeNumber, requiredText } from './validation';

export const CV_STATUSES = ['none', 'in-progress', 'ready'] as const;
export type CvStatus = (typeof CV_STATUSES)[number];

export const YES_NO = ['yes', 'no'] as const;

const jobWish = requiredText(200);

/** Step 2: the vocational profile (yrkeskartlegging) and career plan. */
export const profileInputSchema = z.object({
  /** In order of priority: the first is the most wanted. */
  jobWishes: z._default(z.array(jobWish), []),
  interests: optionalText(),
  skills: optionalText(),
  workExperience: optionalText(),
  education: optionalText(),
  whatHelps: optionalText(),
  whatToAvoid: optionalText(),
  preferredHours: optionalText(200),
  preferredPercent: optionalWholeNumber(0, 100, 'error.percent'),
  area: optionalText(300),
  transport: optionalText(300),
  driversLicence: z._default(z.union([z.enum(YES_NO), z.literal('')]), ''),
  cvStatus: z._default(z.union([z.enum(CV_STATUSES), z.literal('')]), ''),
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
