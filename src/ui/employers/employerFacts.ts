import type { EmployerSummary, PlacementCounts } from '../../domain/employerRegister';
import type { MessageKey, Params } from '../i18n/dictionary';
import type { Language } from '../i18n/dictionary';
import { formatDate } from '../i18n/formatDate';

type T = (key: MessageKey, params?: Params) => string;

/** "Siste kontakt 3. mar. 2025 · 4 kontakter", or that there has been none. */
export function contactSummaryText(summary: EmployerSummary, t: T, language: Language): string {
  if (summary.contactCount === 0 || !summary.lastContactDate) return t('employers.noContacts');
  const count = summary.contactCount === 1 ? t('employers.contactsOne') : t('employers.contactsMany', { count: summary.contactCount });
  return `${t('employers.lastContact', { date: formatDate(summary.lastContactDate, language) })} · ${count}`;
}

/** "Formidlinger: 1 nå, 2 tidligere", or just how many when their status is not known. */
export function placementText(counts: PlacementCounts, t: T): string {
  if (counts.total === 0) return t('employers.noPlacements');
  if (counts.present + counts.past === counts.total) return t('employers.placements', { present: counts.present, past: counts.past });
  return t('employers.placementsTotal', { count: counts.total });
}
