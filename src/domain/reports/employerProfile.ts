import type { Agreement } from '../agreement';
import type { Jobseeker } from '../jobseeker';
import type { Profile } from '../profile';
import { canPresentToEmployer, type PresentingReason } from '../presentingConsent';

/**
 * The only parts of the vocational profile an employer may ever see, and
 * only with consent. Health needs, early warning signs, the no-show plan,
 * what helps and what to avoid, transport and area are never on the page:
 * the jobseeker tells an employer about such things, or the specialist does
 * with a separate, explicit "may share" item in the agreement.
 */
export const SHAREABLE_PROFILE_FIELDS = [
  'jobWishes',
  'skills',
  'workExperience',
  'education',
  'preferredHours',
  'preferredPercent',
] as const;
export type ShareableProfileField = (typeof SHAREABLE_PROFILE_FIELDS)[number];

export interface EmployerProfile {
  name: string;
  /** What the jobseeker has said an employer may be told (kan formidles). */
  mayShare: string[];
  jobWishes: string[];
  facts: Array<{ field: Exclude<ShareableProfileField, 'jobWishes'>; value: string }>;
  /** How many profile entries were held back because they name something that must not be shared. */
  withheld: number;
}

export type EmployerProfileResult = { ok: true; profile: EmployerProfile } | { ok: false; reason: Exclude<PresentingReason, 'consented'> };

function mentionsAny(text: string, secrets: readonly string[]): boolean {
  const lower = text.toLocaleLowerCase('nb');
  return secrets.some((secret) => secret.trim() !== '' && lower.includes(secret.trim().toLocaleLowerCase('nb')));
}

/**
 * [EMPLOYERPROFILE-1] A one-page profile for an employer holds only what
 * the consent allows: nothing at all without an agreement that lets
 * employers be contacted ([CONSENT-1]); with one, the "may share" items and
 * the job-related parts of the profile (SHAREABLE_PROFILE_FIELDS). Any entry
 * that names something on the "must not share" list is held back, even a
 * "may share" item, because the stricter choice wins.
 */
export function employerProfile(
  jobseeker: Pick<Jobseeker, 'name'>,
  agreement: Pick<Agreement, 'mayContactEmployers' | 'mayShare' | 'mustNotShare' | 'deleted'> | undefined,
  profile: Pick<Profile, ShareableProfileField | 'deleted'> | undefined,
): EmployerProfileResult {
  const consent = canPresentToEmployer(agreement);
  if (!consent.allowed) return { ok: false, reason: consent.reason === 'declined' ? 'declined' : 'no-agreement' };
  const secrets = consent.mustNotShare;
  let withheld = 0;
  const keep = (text: string) => {
    if (text.trim() === '') return false;
    if (!mentionsAny(text, secrets)) return true;
    withheld += 1;
    return false;
  };
  const mayShare = consent.mayShare.filter(keep);
  const usable = profile && !profile.deleted ? profile : undefined;
  const jobWishes = (usable?.jobWishes ?? []).filter(keep);
  const facts: EmployerProfile['facts'] = [];
  if (usable) {
    for (const field of ['skills', 'workExperience', 'education', 'preferredHours'] as const)
      if (keep(usable[field])) facts.push({ field, value: usable[field] });
    if (usable.preferredPercent !== '') facts.push({ field: 'preferredPercent', value: String(usable.preferredPercent) });
  }
  return { ok: true, profile: { name: jobseeker.name, mayShare, jobWishes, facts, withheld } };
}
