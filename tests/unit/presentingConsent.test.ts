import { describe, expect, it } from 'vitest';
import { canPresentToEmployer } from '../../src/domain/presentingConsent';
import { anAgreement } from './employerFixtures';

describe('[CONSENT-1] presenting a jobseeker to an employer', () => {
  it('is allowed when the agreement says employers may be contacted, with what may and must not be shared', () => {
    const agreement = anAgreement({ mayContactEmployers: true, mayShare: ['Trenger faste rutiner'], mustNotShare: ['Diagnosen'] });
    expect(canPresentToEmployer(agreement)).toEqual({
      allowed: true,
      reason: 'consented',
      mayShare: ['Trenger faste rutiner'],
      mustNotShare: ['Diagnosen'],
    });
  });

  it('is not allowed when the jobseeker said no, and still says what must not be shared', () => {
    const agreement = anAgreement({ mayContactEmployers: false, mustNotShare: ['Rusbakgrunn'] });
    expect(canPresentToEmployer(agreement)).toMatchObject({ allowed: false, reason: 'declined', mustNotShare: ['Rusbakgrunn'] });
  });

  it('is not allowed without an agreement: consent is never assumed', () => {
    expect(canPresentToEmployer(undefined)).toEqual({ allowed: false, reason: 'no-agreement', mayShare: [], mustNotShare: [] });
  });

  it('is not allowed when the agreement was deleted', () => {
    expect(canPresentToEmployer(anAgreement({ mayContactEmployers: true, deleted: true }))).toMatchObject({
      allowed: false,
      reason: 'no-agreement',
    });
  });
});
