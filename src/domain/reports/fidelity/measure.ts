/** What every fidelity measure shares: its target, and whether a value meets it. */

export const FIDELITY_MEASURES = [
  'caseload',
  'firstEmployerContact',
  'employerContactsPerWeek',
  'outOfOffice',
  'followUpFirstMonth',
  'jobRetention',
  'timeInSteps',
] as const;
export type FidelityMeasureId = (typeof FIDELITY_MEASURES)[number];

export type TargetUnit = 'cases' | 'percent' | 'per-week' | 'visits';

/** A number to stay at or under (caseload), or to reach (contacts per week). */
export interface Target {
  comparison: 'at-most' | 'at-least';
  value: number;
  unit: TargetUnit;
}

/**
 * How a measure is computed, for people: `how` is the key of the text that
 * says it in words (nb and en, with the report screens' texts); `target` is
 * null where there is no agreed target.
 */
export interface MeasureDescription {
  id: FidelityMeasureId;
  rule: string;
  target: Target | null;
  how: `fidelity.${FidelityMeasureId}.how`;
}

/** Met, not met, nothing to measure from ("ingen data"), or no target to meet. */
export type Verdict = 'met' | 'not-met' | 'no-data' | 'no-target';

/** [FID-VERDICT-1] No value is "ingen data", never a pass or a fail. */
export function verdictFor(value: number | null, target: Target | null): Verdict {
  if (value === null) return 'no-data';
  if (target === null) return 'no-target';
  return (target.comparison === 'at-most' ? value <= target.value : value >= target.value) ? 'met' : 'not-met';
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
