import { responsibleSpecialist } from '../responsible';
import { caseloadOn, teamCaseload, type Caseload, type TeamCaseload } from './caseload';
import { contactsInPeriod, employerContactRate, weeklyFaceToFace, type ContactRate, type ContactWeek } from './employerContactsPerWeek';
import { firstContactRows, firstContactSummary, type FirstContactRow, type FirstContactSummary } from './firstEmployerContact';
import { firstMonthFollowUp, firstMonthSummary, type FirstMonthSummary } from './followUpFirstMonth';
import { retentionRows, retentionSummary, type RetentionSummary } from './jobRetention';
import { heldMeetings, outOfOfficeShare, type HeldMeeting, type OutOfOfficeShare } from './outOfOffice';
import type { FidelityPeriod } from './period';
import type { ContactFacts, FidelityPerson, FidelitySources } from './sources';
import { timeInSteps, type StepTime } from './timeInSteps';

/** The measures of one specialist, or of the team taken together. */
export interface FidelityRow<C = Caseload> {
  caseload: C;
  firstContact: FirstContactSummary;
  contacts: ContactRate;
  outOfOffice: OutOfOfficeShare;
  followUp: FirstMonthSummary;
  retention: RetentionSummary;
}

export interface FidelityReport {
  period: FidelityPeriod;
  specialists: Array<FidelityRow & { specialistId: string }>;
  /** The whole team; null when the report is for one specialist ("mine"). */
  team: FidelityRow<TeamCaseload> | null;
  /** Per jobseeker, for those the report covers. */
  firstContactRows: FirstContactRow[];
  /** Face-to-face employer contacts week by week, for those the report covers. */
  weeks: ContactWeek[];
  steps: StepTime[];
}

/** "Mine" (one specialist) or the whole team, each specialist on a row of their own. */
export type FidelityScope = { kind: 'mine'; userId: string } | { kind: 'team' };

interface Share {
  people: readonly FidelityPerson[];
  contacts: readonly ContactFacts[];
  meetings: readonly HeldMeeting[];
}

function measure<C>(share: Share, sources: FidelitySources, period: FidelityPeriod, caseload: C, specialists: number): FidelityRow<C> {
  const jobs = share.people.flatMap((person) => person.placements);
  return {
    caseload,
    firstContact: firstContactSummary(firstContactRows(share.people, sources.employerContacts, period)),
    contacts: employerContactRate(share.contacts, period, specialists),
    outOfOffice: outOfOfficeShare(share.meetings),
    followUp: firstMonthSummary(firstMonthFollowUp(jobs, sources.followUpVisits, period)),
    retention: retentionSummary(retentionRows(jobs, period)),
  };
}

/**
 * [FID-SCOPE-1] Whose is what: a jobseeker's case, jobs and first employer
 * contact belong to their responsible specialist ([REPORT-SCOPE-1]);
 * employer contacts and meetings to whoever logged them. The team's rows
 * are everyone with a jobseeker referred by the period's end, or with
 * employer contacts or meetings in the period.
 */
export function fidelityReport(sources: FidelitySources, period: FidelityPeriod, scope: FidelityScope): FidelityReport {
  const people = sources.people.filter((person) => !person.jobseeker.deleted && person.jobseeker.referralDate <= period.to);
  const contacts = contactsInPeriod(sources.employerContacts, period);
  const meetings = heldMeetings(sources.notes, sources.employerContacts, period);
  const shareOf = (id: string): Share => ({
    people: people.filter((person) => responsibleSpecialist(person.jobseeker) === id),
    contacts: contacts.filter((contact) => contact.createdBy === id),
    meetings: meetings.filter((meeting) => meeting.author === id),
  });
  const ids =
    scope.kind === 'mine'
      ? [scope.userId]
      : [
          ...new Set([
            ...people.map((person) => responsibleSpecialist(person.jobseeker)),
            ...contacts.map((contact) => contact.createdBy),
            ...meetings.map((meeting) => meeting.author),
          ]),
        ].sort();
  const specialists = ids.map((specialistId) => {
    const share = shareOf(specialistId);
    return { specialistId, ...measure(share, sources, period, caseloadOn(share.people, period.to), 1) };
  });
  const covered: Share = scope.kind === 'mine' ? shareOf(scope.userId) : { people, contacts, meetings };
  return {
    period,
    specialists,
    team:
      scope.kind === 'team' ? measure(covered, sources, period, teamCaseload(specialists.map((row) => row.caseload)), ids.length) : null,
    firstContactRows: firstContactRows(covered.people, sources.employerContacts, period),
    weeks: weeklyFaceToFace(covered.contacts, period),
    steps: timeInSteps(
      covered.people.map((person) => person.events),
      period,
    ),
  };
}
