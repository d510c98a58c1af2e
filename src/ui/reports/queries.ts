import { useLiveQuery } from 'dexie-react-hooks';
import { reports } from '../../data/reportRepository';
import { loadCaseLogs, loadPersonExport, loadReportSources, type PersonLog, type PersonRecords } from '../../data/reportQueries';
import type { NavReport } from '../../domain/reports/navReport';

/** Live queries of the report screens; `undefined` means still loading. */

export function useCaseLogs(): PersonLog[] | undefined {
  return useLiveQuery(loadCaseLogs, []);
}

/** Every record that may be about a person, for the full export; `null` when there is no such person. */
export function usePersonRecords(jobseekerId: string): PersonRecords | null | undefined {
  return useLiveQuery(() => loadPersonExport(jobseekerId), [jobseekerId]);
}

export function useReportSources(jobseekerId: string) {
  return useLiveQuery(() => loadReportSources(jobseekerId), [jobseekerId]);
}

/** One report; `null` when there is no such report. */
export function useReport(id: string): NavReport | null | undefined {
  return useLiveQuery(async () => (await reports.get(id)) ?? null, [id]);
}

export function usePersonReports(jobseekerId: string): NavReport[] | undefined {
  return useLiveQuery(() => reports.forPerson(jobseekerId), [jobseekerId]);
}
