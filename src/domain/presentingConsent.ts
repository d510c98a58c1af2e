import type { Agreement } from './agreement';

/** Why a jobseeker may or may not be presented to an employer. */
export type PresentingReason = 'consented' | 'declined' | 'no-agreement';

export interface PresentingConsent {
  allowed: boolean;
  reason: PresentingReason;
  /** What an employer may be told (kan formidles). */
  mayShare: readonly string[];
  /** What an employer must not be told (skal ikke deles). */
  mustNotShare: readonly string[];
}

/**
 * [CONSENT-1] A jobseeker may be presented to an employer only when their
 * collaboration agreement says employers may be contacted. No agreement
 * means no: consent is never assumed. The jobseeker decides what an
 * employer hears, so what may and may not be shared comes with the answer
 * either way (a "no" still lists what the person chose to keep private).
 */
export function canPresentToEmployer(
  agreement: Pick<Agreement, 'mayContactEmployers' | 'mayShare' | 'mustNotShare' | 'deleted'> | undefined,
): PresentingConsent {
  if (!agreement || agreement.deleted) return { allowed: false, reason: 'no-agreement', mayShare: [], mustNotShare: [] };
  return {
    allowed: agreement.mayContactEmployers,
    reason: agreement.mayContactEmployers ? 'consented' : 'declined',
    mayShare: agreement.mayShare,
    mustNotShare: agreement.mustNotShare,
  };
}
