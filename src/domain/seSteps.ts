/** The five steps of the SE model (femtrinnsmodellen, EUSE). */
export const SE_STEPS = [1, 2, 3, 4, 5] as const;
export type SeStep = (typeof SE_STEPS)[number];

export function isSeStep(value: unknown): value is SeStep {
  return typeof value === 'number' && (SE_STEPS as readonly number[]).includes(value);
}
