/**
 * A part of a whole in per cent, or null when there is no whole to take a
 * share of (a period with no cases): "0 %" would claim something was measured.
 */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}
