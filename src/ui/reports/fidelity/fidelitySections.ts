import type { CsvCell } from '../../../domain/reports/csv';
import { csvPercent } from '../../../domain/reports/csv';
import { caseloadMeasure } from '../../../domain/reports/fidelity/caseload';
import { employerContactsPerWeekMeasure } from '../../../domain/reports/fidelity/employerContactsPerWeek';
import type { FidelityReport, FidelityRow } from '../../../domain/reports/fidelity/fidelityReport';
import { firstEmployerContactMeasure } from '../../../domain/reports/fidelity/firstEmployerContact';
import { followUpFirstMonthMeasure } from '../../../domain/reports/fidelity/followUpFirstMonth';
import { jobRetentionMeasure } from '../../../domain/reports/fidelity/jobRetention';
import type { FidelityMeasureId, MeasureDescription, Verdict } from '../../../domain/reports/fidelity/measure';
import { outOfOfficeMeasure } from '../../../domain/reports/fidelity/outOfOffice';
import type { TeamCaseload, Caseload } from '../../../domain/reports/fidelity/caseload';
import { formatShare } from '../CountTable';
import type { ReportsI18n } from '../useReportsI18n';

/** A value as shown: the number, and a line of what it is made of. */
export interface ValueText {
  main: string;
  detail?: string;
}

export interface FidelityRowSpec {
  label: string;
  team: boolean;
  value: ValueText;
  verdict: Verdict;
  /** The value as a number for Excel (a share in per cent), and how many it counts. */
  csv: { value: CsvCell; counted: number | null };
}

/** One measure's table: a row per specialist, and the team's last. */
export interface FidelityMeasureSpec {
  id: Exclude<FidelityMeasureId, 'timeInSteps'>;
  title: string;
  target: string;
  how: string;
  caption: string;
  valueHeader: string;
  /** What the CSV's value column holds on this measure's rows. */
  unit: string;
  rows: FidelityRowSpec[];
  note?: string;
}

type I18n = Pick<ReportsI18n, 't' | 'language'>;
type Labelled = { label: string; row: FidelityRow<Caseload>; team?: never } | { label: string; row: FidelityRow<TeamCaseload>; team: true };

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function formatNumber(value: number, language: ReportsI18n['language']): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }).format(value);
}

const targetText = (description: MeasureDescription, { t }: I18n) =>
  t(`fidelity.${description.id}.target`, { value: description.target?.value ?? '' });

/**
 * [FID-UI-1] The fidelity measures in words: for each, the value, the
 * target, whether it is met ("Nådd", never a colour alone), and how it is
 * computed; a row per specialist and one for the team.
 */
export function fidelitySections(
  report: FidelityReport,
  specialistName: (id: string) => string,
  periodText: string,
  i18n: I18n,
): FidelityMeasureSpec[] {
  const { t, language } = i18n;
  const noData = t('fidelity.noData');
  const number = (value: number) => formatNumber(value, language);
  const percent = (share: number | null) => (share === null ? noData : formatShare(share, i18n));
  const rows: Labelled[] = report.specialists.map((row) => ({ label: specialistName(row.specialistId), row }));
  if (report.team) rows.push({ label: t('fidelity.team'), row: report.team, team: true });

  const section = (
    description: MeasureDescription & { id: FidelityMeasureSpec['id'] },
    unitIsPercent: boolean,
    cell: (entry: Labelled) => Omit<FidelityRowSpec, 'label' | 'team'>,
    note?: string,
  ): FidelityMeasureSpec => {
    const title = t(`fidelity.${description.id}.title`);
    const valueHeader = t(`fidelity.${description.id}.column`);
    return {
      id: description.id,
      title,
      target: targetText(description, i18n),
      how: t(description.how),
      caption: t('fidelity.caption', { title, period: periodText }),
      valueHeader,
      unit: unitIsPercent ? `${valueHeader} (%)` : valueHeader,
      rows: rows.map((entry) => ({ label: entry.label, team: entry.team === true, ...cell(entry) })),
      ...(note ? { note } : {}),
    };
  };

  return [
    section(caseloadMeasure, false, (entry) => {
      if (entry.team) {
        const { average, highest, specialists, verdict } = entry.row.caseload;
        return {
          value:
            average === null
              ? { main: noData }
              : {
                  main: t('fidelity.caseload.teamValue', { value: number(average) }),
                  detail: t('fidelity.caseload.teamDetail', { highest: highest ?? 0, specialists }),
                },
          verdict,
          csv: { value: average === null ? null : oneDecimal(average), counted: specialists },
        };
      }
      const { open, active, passive, verdict } = entry.row.caseload;
      return {
        value: { main: String(open), detail: t('fidelity.caseload.detail', { active, passive }) },
        verdict,
        csv: { value: open, counted: null },
      };
    }),
    section(firstEmployerContactMeasure, true, ({ row: { firstContact } }) => ({
      value:
        firstContact.share === null
          ? { main: noData }
          : {
              main: percent(firstContact.share),
              detail: t('fidelity.firstEmployerContact.detail', {
                within: firstContact.withinTarget,
                counted: firstContact.counted,
                median:
                  firstContact.medianDays === null
                    ? t('fidelity.firstEmployerContact.noMedian')
                    : t('fidelity.firstEmployerContact.days', { days: number(firstContact.medianDays) }),
              }),
            },
      verdict: firstContact.verdict,
      csv: { value: csvPercent(firstContact.share), counted: firstContact.counted },
    })),
    section(employerContactsPerWeekMeasure, false, ({ row: { contacts } }) => ({
      value:
        contacts.perWeek === null
          ? { main: noData }
          : {
              main: number(contacts.perWeek),
              detail: t('fidelity.employerContactsPerWeek.detail', { count: contacts.faceToFace, logged: contacts.logged }),
            },
      verdict: contacts.verdict,
      csv: { value: contacts.perWeek === null ? null : oneDecimal(contacts.perWeek), counted: contacts.faceToFace },
    })),
    section(outOfOfficeMeasure, true, ({ row: { outOfOffice } }) => ({
      value:
        outOfOffice.share === null
          ? { main: noData }
          : {
              main: percent(outOfOffice.share),
              detail: t('fidelity.outOfOffice.detail', { out: outOfOffice.outOfOffice, meetings: outOfOffice.meetings }),
            },
      verdict: outOfOffice.verdict,
      csv: { value: csvPercent(outOfOffice.share), counted: outOfOffice.meetings },
    })),
    section(
      followUpFirstMonthMeasure,
      false,
      ({ row: { followUp } }) => ({
        value:
          followUp.averageVisits === null
            ? { main: noData }
            : {
                main: number(followUp.averageVisits),
                detail: t('fidelity.followUpFirstMonth.detail', { weekly: followUp.weekly, jobs: followUp.jobs }),
              },
        verdict: followUp.verdict,
        csv: { value: followUp.averageVisits === null ? null : oneDecimal(followUp.averageVisits), counted: followUp.jobs },
      }),
      endedEarlyNote(rows, i18n),
    ),
    section(jobRetentionMeasure, true, ({ row: { retention } }) => ({
      value:
        retention.share === null
          ? { main: noData }
          : { main: percent(retention.share), detail: t('fidelity.jobRetention.detail', { held: retention.held, jobs: retention.jobs }) },
      verdict: retention.verdict,
      csv: { value: csvPercent(retention.share), counted: retention.jobs },
    })),
  ];
}

/** Jobs left out because they ended within their first four weeks, said once under the table. */
function endedEarlyNote(rows: readonly Labelled[], { t }: I18n): string | undefined {
  const whole = rows.find((entry) => entry.team) ?? rows[0];
  const count = whole?.row.followUp.endedEarly ?? 0;
  return count > 0 ? t('fidelity.followUpFirstMonth.endedEarly', { count }) : undefined;
}
