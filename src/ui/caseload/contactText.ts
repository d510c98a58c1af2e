import type { CaseloadEntry } from '../../domain/caseload';
import type { I18n } from '../i18n/I18nProvider';

/** "Siste kontakt: 12 dager siden" or "Ingen kontakt ennå (30 dager siden henvisning)". */
export function contactText(entry: CaseloadEntry, t: I18n['t']): string {
  const days = entry.daysSinceContact;
  const ago = days === 0 ? t('caseload.todayContact') : days === 1 ? t('caseload.oneDay') : t('caseload.days', { count: days });
  return entry.lastContact ? t('caseload.lastContact', { days: ago }) : t('caseload.neverContacted', { days: ago });
}
