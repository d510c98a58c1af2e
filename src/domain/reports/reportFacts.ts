import type { Agreement } from '../agreement';
import type { CaseEvent } from '../caseEvent';
import type { CaseState } from '../caseState';
import { addDaysIso, type IsoDate } from '../dates';
import type { EmployerContact } from '../employerContact';
import type { Jobseeker } from '../jobseeker';
import type { MeetingType, Note } from '../note';
import { currentNotes } from '../noteRevisions';
import type { Placement } from '../placement';
import { caseStateOn } from './caseStateOn';
import { isFinal, type NavReport, type ReportKind } from './navReport';
import { stepPeriods, stepPeriodsWithin, type StepPeriod } from './stepPeriods';

/** Everything the log holds that a report to the NAV counsellor draws on. */
export interface ReportSources {
  jobseeker: Pick<Jobseeker, 'referralDate' | 'goalText' | 'mainGoal'>;
  events: readonly CaseEvent[];
  agreement: Pick<Agreement, 'sharedGoal'> | undefined;
  notes: readonly Note[];
  employerContacts: readonly Pick<EmployerContact, 'date' | 'channel' | 'employerId' | 'deleted'>[];
  placements: readonly Pick<
    Placement,
    'employerId' | 'jobTitle' | 'employmentForm' | 'percent' | 'startDate' | 'endDate' | 'status' | 'deleted'
  >[];
  employerNames: ReadonlyMap<string, string>;
  earlierReports: readonly Pick<NavReport, 'periodTo' | 'sharedDate' | 'deleted'>[];
}

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

/**
 * [REPORT-4] An underveisrapport covers the time since the last report
 * shared (or since referral); a sluttrapport covers the whole case, up to
 * the day it ended (or today while it is still open).
 */
export function reportPeriod(
  kind: ReportKind,
  sources: Pick<ReportSources, 'jobseeker' | 'events' | 'earlierReports'>,
  today: IsoDate,
): ReportPeriod {
  const state = caseStateOn(sources.events, today);
  const to = kind === 'final' && state.status === 'closed' && state.endDate ? state.endDate : today;
  const start = sources.jobseeker.referralDate > to ? to : sources.jobseeker.referralDate;
  if (kind === 'final') return { from: start, to };
  const lastShared = sources.earlierReports
    .filter((report) => !report.deleted && isFinal(report) && report.periodTo < to)
    .map((report) => report.periodTo)
    .sort()
    .at(-1);
  return { from: lastShared && lastShared >= start ? addDaysIso(lastShared, 1) : start, to };
}

export interface ReportFacts {
  period: ReportPeriod;
  goal: string;
  steps: StepPeriod[];
  /** Meetings and contacts held (Fullført) in the period, by type, most first. */
  meetings: Array<{ type: MeetingType; count: number }>;
  noShows: number;
  /** The newest notes of the period (their latest revision), newest first. */
  latestNotes: Note[];
  employerContacts: { total: number; faceToFace: number; employers: string[] };
  placements: Array<ReportSources['placements'][number] & { employerName: string }>;
  state: CaseState;
}

const within = (date: IsoDate, { from, to }: ReportPeriod) => date >= from && date <= to;

/** [REPORT-5] What the log says about the period, for prefilling a report. */
export function reportFacts(sources: ReportSources, period: ReportPeriod, latestNoteCount = 3): ReportFacts {
  const notes = currentNotes(sources.notes).filter((note) => within(note.date, period));
  const held = notes.filter((note) => note.status === 'completed');
  const byType = new Map<MeetingType, number>();
  for (const note of held) byType.set(note.meetingType, (byType.get(note.meetingType) ?? 0) + 1);
  const contacts = sources.employerContacts.filter((contact) => !contact.deleted && within(contact.date, period));
  const nameOf = (id: string) => sources.employerNames.get(id) ?? '';
  return {
    period,
    goal: sources.agreement?.sharedGoal || sources.jobseeker.goalText,
    steps: stepPeriodsWithin(stepPeriods(sources.events, period.to), period.from, period.to),
    meetings: [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
    noShows: notes.filter((note) => note.status === 'no-show').length,
    latestNotes: held.slice(0, latestNoteCount),
    employerContacts: {
      total: contacts.length,
      faceToFace: contacts.filter((contact) => contact.channel === 'in-person').length,
      employers: [...new Set(contacts.map((contact) => nameOf(contact.employerId)).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, 'nb'),
      ),
    },
    placements: sources.placements
      .filter(
        (job) =>
          !job.deleted && job.status !== 'planned' && job.startDate <= period.to && (job.endDate === '' || job.endDate >= period.from),
      )
      .sort((a, b) => (a.startDate < b.startDate ? -1 : 1))
      .map((job) => ({ ...job, employerName: nameOf(job.employerId) })),
    state: caseStateOn(sources.events, period.to),
  };
}
