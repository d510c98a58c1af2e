import * as z from 'zod/mini';
import type { IsoDate } from './dates';
import { recordMetaSchema } from './record';
import { optionalEmail, optionalPhone, optionalText, pastOrTodayDate, requiredText } from './validation';

export const MAIN_GOALS = ['job', 'education'] as const;
export type MainGoal = (typeof MAIN_GOALS)[number];

/** What a user fills in for a jobseeker (arbeidssøker / deltaker). `today` bounds the referral date. */
export function jobseekerInputSchema(today: IsoDate) {
  return z.object({
    name: requiredText(120),
    phone: optionalPhone,
    email: optionalEmail,
    address: optionalText(300),
    referralDate: pastOrTodayDate(today),
    // NAV counsellor (NAV-veileder), kept flat so each part merges on its own.
    counsellorName: optionalText(120),
    counsellorOffice: optionalText(120),
    counsellorPhone: optionalPhone,
    mainGoal: z.enum(MAIN_GOALS, { error: 'error.required' }),
    goalText: optionalText(500),
  });
}

export type JobseekerInput = z.input<ReturnType<typeof jobseekerInputSchema>>;
export type JobseekerFields = z.output<ReturnType<typeof jobseekerInputSchema>>;

export const jobseekerSchema = z.extend(recordMetaSchema, {
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  referralDate: z.string(),
  counsellorName: z.string(),
  counsellorOffice: z.string(),
  counsellorPhone: z.string(),
  mainGoal: z.enum(MAIN_GOALS),
  goalText: z.string(),
  /** Marks the fictional demo caseload so it can be shown as demo and removed. */
  demo: z.optional(z.boolean()),
  /**
   * [HANDOVER-1] The specialist responsible for this person; the one who
   * added them until handed over. Missing on records made before it
   * existed: then the creator is responsible (see `responsibleSpecialist`).
   */
  specialistId: z.optional(z.string()),
});
export type Jobseeker = z.infer<typeof jobseekerSchema>;

/** [HANDOVER-1] Who follows this person up: the named specialist, else whoever added them. */
export function responsibleSpecialist(jobseeker: Pick<Jobseeker, 'specialistId' | 'createdBy'>): string {
  return jobseeker.specialistId ?? jobseeker.createdBy;
}
