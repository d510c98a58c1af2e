import { useLiveQuery } from 'dexie-react-hooks';
import { loadFidelitySources, type DeviceFidelitySources } from '../../../data/fidelityQueries';
import type { FidelityPeriod } from '../../../domain/reports/fidelity/period';

/** Live, so the measures follow what is logged and synced; `undefined` while loading. */
export function useFidelitySources(period: FidelityPeriod): DeviceFidelitySources | undefined {
  return useLiveQuery(() => loadFidelitySources(period), [period.from, period.to]);
}
