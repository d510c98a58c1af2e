import type { Jobseeker } from '../jobseeker';

/** The fields that say whose case a jobseeker is; `specialistId` arrives with team sync. */
type Responsibility = Pick<Jobseeker, 'createdBy'> & { specialistId?: string | undefined };

/**
 * [REPORT-SCOPE-1] "Mine" are the people a user is the specialist for: the
 * assigned specialist when one is recorded, otherwise whoever registered
 * the person.
 */
export function responsibleSpecialist(jobseeker: Responsibility): string {
  return jobseeker.specialistId || jobseeker.createdBy;
}

export function isMine(jobseeker: Responsibility, userId: string): boolean {
  return responsibleSpecialist(jobseeker) === userId;
}
