import { z } from 'zod';
import { isIsoDate, type IsoDate } from './dates';

/**
 * Building blocks of the record schemas. Every message is a stable reason
 * code (`error.required`), turned into Norwegian or English text by the UI's
 * dictionary, so the rule and its wording live in one place each.
 */
export const requiredText = (max = 200) =>
  z.string().trim().min(1, { error: 'error.required' }).max(max, { error: 'error.tooLong' });

export const optionalText = (max = 4000) => z.string().trim().max(max, { error: 'error.tooLong' }).default('');

export const isoDate = z.string().refine(isIsoDate, { error: 'error.date' });

export const optionalIsoDate = z
  .string()
  .refine((value) => value === '' || isIsoDate(value), { error: 'error.date' })
  .default('');

/** A date that cannot lie after `today` (a referral, a signature, a meeting held). */
export const pastOrTodayDate = (today: IsoDate) =>
  isoDate.refine((value) => value <= today, { error: 'error.dateInFuture' });

/** Norwegian phone number: 8 digits, optionally with +47 or 0047 and spaces. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.-]/g, '');
  const match = /^(?:\+47|0047)?(\d{8})$/.exec(compact);
  return match ? match[1]! : null;
}

export function formatPhone(digits: string): string {
  return digits.length === 8 ? `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}` : digits;
}

export const optionalPhone = z
  .string()
  .trim()
  .default('')
  .refine((value) => value === '' || normalizePhone(value) !== null, { error: 'error.phone' })
  .transform((value) => (value === '' ? '' : normalizePhone(value)!));

export const optionalEmail = z
  .string()
  .trim()
  .default('')
  .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'error.email' });

/** Turns zod issues into `{ field: reasonCode }` for showing beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (!(field in out)) out[field] = issue.message;
  }
  return out;
}
