import type { IsoDate } from '../../dates';
import { caseStateOn } from '../caseStateOn';
import { verdictFor, type MeasureDescription, type Verdict } from './measure';
import type { FidelityPerson } from './sources';

/**
 * [FID-CASELOAD-1] Active caseload: the cases a specialist has open (Aktiv
 * or Passiv) at the end of the period's last day. A paused case keeps its
 * place on the caseload; a referral not yet started and an ended case do not.
 * The log does not know anyone's position percentage, so every specialist
 * counts as full time.
 */
export const caseloadMeasure = {
  id: 'caseload',
  rule: 'FID-CASELOAD-1',
  // IPS fidelity scale, item 1 (caseload size): at most 20 per full-time employment specialist.
  target: { comparison: 'at-most', value: 20, unit: 'cases' },
  how: 'fidelity.caseload.how',
} as const satisfies MeasureDescription;

export interface Caseload {
  active: number;
  passive: number;
  /** Active and passive together: the caseload. */
  open: number;
  verdict: Verdict;
}

export function caseloadOn(people: readonly FidelityPerson[], date: IsoDate): Caseload {
  let active = 0;
  let passive = 0;
  for (const { jobseeker, events } of people) {
    if (jobseeker.deleted || jobseeker.referralDate > date) continue;
    const { status } = caseStateOn(events, date);
    if (status === 'active') active += 1;
    if (status === 'passive') passive += 1;
  }
  return { active, passive, open: active + passive, verdict: verdictFor(active + passive, caseloadMeasure.target) };
}

export interface TeamCaseload {
  /** Specialists with at least one open case. */
  specialists: number;
  /** Open cases per specialist with a caseload, on average; null when no one has one. */
  average: number | null;
  highest: number | null;
  /** Met only when no specialist has more than the target: the limit is per specialist. */
  verdict: Verdict;
}

/** [FID-CASELOAD-2] The team: the average over specialists who have cases, met only when every one of them is within the limit. */
export function teamCaseload(perSpecialist: readonly Caseload[]): TeamCaseload {
  const loads = perSpecialist.map((load) => load.open).filter((open) => open > 0);
  if (loads.length === 0) return { specialists: 0, average: null, highest: null, verdict: 'no-data' };
  const highest = Math.max(...loads);
  return {
    specialists: loads.length,
    average: loads.reduce((sum, open) => sum + open, 0) / loads.length,
    highest,
    verdict: verdictFor(highest, caseloadMeasure.target),
  };
}
