import { format, parseISO } from 'date-fns';
import { enGB, nb } from 'date-fns/locale';
import type { IsoDate } from '../../domain/dates';
import type { Language } from './dictionary';

const LOCALES = { nb, en: enGB };

/** "23. nov. 2026" in Norwegian, "23 Nov 2026" in English. */
export function formatDate(date: IsoDate, language: Language): string {
  return format(parseISO(date), 'd. MMM yyyy', { locale: LOCALES[language] }).replace(/^(\d+)\. /, language === 'en' ? '$1 ' : '$1. ');
}

/** "tirsdag 23. november" for headings and the Today block. */
export function formatLongDate(date: IsoDate, language: Language): string {
  return format(parseISO(date), language === 'en' ? 'EEEE d MMMM' : 'EEEE d. MMMM', { locale: LOCALES[language] });
}

export function formatTime(instant: string | Date, language: Language): string {
  return format(typeof instant === 'string' ? new Date(instant) : instant, 'HH:mm', { locale: LOCALES[language] });
}
