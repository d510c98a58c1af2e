import { parseISO } from 'date-fns';
import type { IsoDate } from '../../domain/dates';
import type { Language } from './dictionary';

/**
 * Dates on screen use the browser's own Norwegian (and British English)
 * locale data through Intl, which every browser ships: the same words as
 * date-fns' nb locale ("23. nov. 2026") without carrying that data in the
 * app shell. Date arithmetic stays with date-fns in the domain.
 */
const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

const shortDate = new Map<Language, Intl.DateTimeFormat>();
const clock = new Map<Language, Intl.DateTimeFormat>();

function cached(cache: Map<Language, Intl.DateTimeFormat>, language: Language, options: Intl.DateTimeFormatOptions) {
  let formatter = cache.get(language);
  if (!formatter) cache.set(language, (formatter = new Intl.DateTimeFormat(LOCALES[language], options)));
  return formatter;
}

/** "23. nov. 2026" in Norwegian, "23 Nov 2026" in English. */
export function formatDate(date: IsoDate, language: Language): string {
  return cached(shortDate, language, { day: 'numeric', month: 'short', year: 'numeric' }).format(parseISO(date));
}

/** "14:05" in both languages. */
export function formatTime(instant: string | Date, language: Language): string {
  const value = typeof instant === 'string' ? new Date(instant) : instant;
  return cached(clock, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(value);
}
