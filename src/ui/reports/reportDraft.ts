import type { Jobseeker } from '../../domain/jobseeker';
import type { ReportFields, ReportKind } from '../../domain/reports/navReport';
import type { ReportFacts } from '../../domain/reports/reportFacts';
import { formatDate } from '../i18n/formatDate';
import type { ReportsI18n } from './useReportsI18n';

/** How much of a note's text a prefilled report quotes: enough to recall it, short enough to edit. */
const NOTE_EXCERPT = 200;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_EXCERPT ? `${flat.slice(0, NOTE_EXCERPT - 1)}…` : flat;
}

const list = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

/**
 * [REPORT-5] A report's text, prefilled in words from the facts of the log.
 * Everything here is a starting point the specialist reads and edits.
 */
export function reportDraft(
  kind: ReportKind,
  jobseeker: Pick<Jobseeker, 'counsellorName' | 'counsellorOffice'>,
  facts: ReportFacts,
  { t, tOr, language }: Pick<ReportsI18n, 't' | 'tOr' | 'language'>,
): ReportFields {
  const date = (iso: string) => formatDate(iso, language);

  const steps =
    facts.steps.length === 0
      ? t('report.fill.noSteps')
      : list(
          facts.steps.map((period) =>
            period.to === null
              ? t('report.fill.stepOpen', { step: t(`step.short.${period.step}`), from: date(period.from) })
              : t('report.fill.stepClosed', { step: t(`step.short.${period.step}`), from: date(period.from), to: date(period.to) }),
          ),
        );

  const activities: string[] = [];
  if (facts.meetings.length === 0) activities.push(t('report.fill.noMeetings'));
  else
    activities.push(
      `${t('report.fill.meetings')}\n${list(facts.meetings.map(({ type, count }) => t('report.fill.meetingLine', { type: t(`meetingType.${type}`), count })))}`,
    );
  if (facts.noShows > 0) activities.push(t('report.fill.noShows', { count: facts.noShows }));
  if (facts.latestNotes.length > 0)
    activities.push(
      `${t('report.fill.latestNotes')}\n${list(facts.latestNotes.map((note) => `${date(note.date)} (${t(`meetingType.${note.meetingType}`)}): ${excerpt(note.text)}`))}`,
    );

  const work: string[] = [];
  const { total, faceToFace, employers } = facts.employerContacts;
  if (total === 0) work.push(t('report.fill.noContacts'));
  else {
    work.push(t('report.fill.contacts', { total, faceToFace }));
    if (employers.length > 0) work.push(t('report.fill.contactEmployers', { names: employers.join(', ') }));
  }
  if (facts.placements.length === 0) work.push(t('report.fill.noPlacements'));
  else
    work.push(
      `${t('report.fill.placementsHeading')}\n${list(
        facts.placements.map((job) =>
          t('report.fill.placement', {
            title: job.jobTitle,
            employer: job.employerName || '?',
            form: tOr(`employmentForm.${job.employmentForm}`, job.employmentForm),
            percent: job.percent === '' ? '' : t('report.fill.percent', { percent: job.percent }),
            from: date(job.startDate),
            to: job.endDate ? date(job.endDate) : '',
          }),
        ),
      )}`,
    );

  const { state } = facts;
  const status: string[] = [];
  if (state.status === 'closed') {
    status.push(
      t('report.fill.closed', {
        date: date(state.endDate ?? facts.period.to),
        outcome: state.outcome ? t(`outcome.${state.outcome}`) : '',
      }),
    );
    if (state.endCause) status.push(t('report.fill.endCause', { cause: t(`endCause.${state.endCause}`) }));
    if (state.step !== null) status.push(t('report.fill.lastStep', { step: t(`step.short.${state.step}`) }));
  } else {
    status.push(t('report.fill.status', { date: date(facts.period.to), status: t(`status.${state.status}`) }));
    if (state.step !== null) status.push(t('report.fill.step', { step: t(`step.short.${state.step}`) }));
    if (state.status === 'passive' && state.passiveReason) status.push(t('report.fill.passive', { reason: state.passiveReason }));
  }

  return {
    kind,
    periodFrom: facts.period.from,
    periodTo: facts.period.to,
    recipient: [jobseeker.counsellorName, jobseeker.counsellorOffice].filter(Boolean).join(', '),
    goal: facts.goal,
    steps,
    activities: activities.join('\n\n'),
    employerWork: work.join('\n\n'),
    status: status.join(' '),
    assessment: '',
  };
}
