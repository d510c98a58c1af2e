import { useLiveQuery } from 'dexie-react-hooks';
import { loadQuickLogCandidates } from '../../data/placementQueries';
import type { IsoDate } from '../../domain/dates';
import type { QuickLogCandidate } from '../../domain/quickLog';

/** Everyone the quick log can offer, with what its ordering rule needs; `undefined` while loading. */
export function useQuickLogCandidates(today: IsoDate): QuickLogCandidate[] | undefined {
  return useLiveQuery(() => loadQuickLogCandidates(today), [today]);
}
