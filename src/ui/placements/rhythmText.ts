import type { IsoDate } from '../../domain/dates';
import type { FollowUpStatus } from '../../domain/followUpRhythm';
import type { Placement } from '../../domain/placement';
import type { I18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';

type Plan = Pick<Placement, 'followUpFrequency' | 'followUpEveryDays'>;

/** "hver uke", "annenhver uke", "hver 10. dag". */
export function frequencyText(plan: Plan, t: I18n['t']): string {
  if (plan.followUpFrequency === '') return '';
  if (plan.followUpFrequency === 'days') return t('placement.every.days', { days: plan.followUpEveryDays });
  return t(`placement.every.${plan.followUpFrequency}`);
}

function lastVisitText(days: number | null, t: I18n['t']): string {
  if (days === null) return t('placement.noVisit');
  if (days === 0) return t('placement.lastVisitToday');
  return days === 1 ? t('placement.lastVisitYesterday') : t('placement.lastVisitDays', { days });
}

/** "Planen sier hver uke · siste besøk for 12 dager siden · forfalt". */
export function rhythmLine(plan: Plan, status: FollowUpStatus, today: IsoDate, { t, language }: Pick<I18n, 't' | 'language'>): string {
  const parts = [
    plan.followUpFrequency ? t('placement.rhythmPlan', { frequency: frequencyText(plan, t) }) : t('placement.rhythmNoPlan'),
    lastVisitText(status.daysSinceLastVisit, t),
  ];
  if (status.dueDate !== null)
    parts.push(
      status.dueDate < today
        ? t('placement.overdue')
        : status.dueDate === today
          ? t('placement.dueToday')
          : t('placement.nextOn', { date: formatDate(status.dueDate, language) }),
    );
  return parts.join(' · ');
}

/** "Oppfølgingen skulle vært 5. mars 2025, for 5 dager siden." or null when not overdue. */
export function overdueText(status: FollowUpStatus, { t, language }: Pick<I18n, 't' | 'language'>): string | null {
  if (status.dueDate === null || status.overdueDays === 0) return null;
  const date = formatDate(status.dueDate, language);
  return status.overdueDays === 1
    ? t('placement.overdueDetailOne', { date })
    : t('placement.overdueDetail', { date, days: status.overdueDays });
}
