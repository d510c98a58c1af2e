/**
 * Norwegian organisation number (organisasjonsnummer): 9 digits, the last a
 * modulus-11 check digit with weights 3 2 7 6 5 4 3 2. A remainder that
 * gives check digit 10 means the number cannot exist.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

export function normalizeOrgnr(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

export function isValidOrgnr(raw: string): boolean {
  const digits = normalizeOrgnr(raw);
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[8]);
}

/** "974 760 673" */
export function formatOrgnr(digits: string): string {
  return digits.length === 9 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}
