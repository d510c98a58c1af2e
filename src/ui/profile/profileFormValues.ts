import { profileInputSchema, type Profile, type ProfileFields, type ProfileInput } from '../../domain/profile';
import type { MessageKey } from '../i18n/dictionary';

/** The profile as the form holds it: the percentage as typed, so "abc" can be refused with a message. */
export type ProfileFormValues = Omit<ProfileFields, 'preferredPercent'> & { preferredPercent: string };

const EMPTY: ProfileFields = profileInputSchema.parse({});
const FIELDS = Object.keys(EMPTY) as (keyof ProfileFields)[];

export function toFormValues(profile: Profile | undefined): ProfileFormValues {
  const fields: Record<string, unknown> = {};
  for (const key of FIELDS) fields[key] = profile?.[key] ?? EMPTY[key];
  const values = fields as ProfileFields;
  return { ...values, jobWishes: [...values.jobWishes], preferredPercent: String(values.preferredPercent) };
}

/** Wishes added but left empty are dropped on save rather than refused: they hold nothing. */
export function withoutEmptyWishes(values: ProfileFormValues): ProfileFormValues {
  return { ...values, jobWishes: values.jobWishes.filter((wish) => wish.trim() !== '') };
}

export function toInput(values: ProfileFormValues): ProfileInput {
  return { ...values, preferredPercent: values.preferredPercent.trim() };
}

/** The label of every field, used beside the field and in the list of errors. */
export const FIELD_LABELS = {
  jobWishes: 'profile.jobWishes',
  interests: 'profile.interests',
  skills: 'profile.skills',
  workExperience: 'profile.workExperience',
  education: 'profile.education',
  cvStatus: 'profile.cvStatus',
  preferredHours: 'profile.preferredHours',
  preferredPercent: 'profile.preferredPercent',
  area: 'profile.area',
  transport: 'profile.transport',
  driversLicence: 'profile.driversLicence',
  whatHelps: 'profile.whatHelps',
  whatToAvoid: 'profile.whatToAvoid',
  healthNeeds: 'profile.healthNeeds',
  earlyWarningSigns: 'profile.earlyWarningSigns',
  noShowPlan: 'profile.noShowPlan',
  toolsAndTasters: 'profile.toolsAndTasters',
} as const satisfies Record<keyof ProfileFormValues, MessageKey>;
