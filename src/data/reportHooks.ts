import { useLiveQuery } from 'dexie-react-hooks';
import type { Jobseeker } from '../domain/jobseeker';
import type { NavReport } from '../domain/reports/navReport';
import type { AnyRecord } from '../domain/reports/personExport';
import { database } from './db';
import { currentIdentity, type Identity } from './identity';
import { jobseekers } from './jobseekerRepository';
import { reports } from './reportRepository';
import { loadCaseLogs, loadEmployerNames, loadPersonRecords, loadReportSources, type PersonLog } from './reportQueries';

/** Live hooks for the report screens; `undefined` means still loading. */

export function useCaseLogs(): PersonLog[] | undefined {
  return useLiveQuery(() => loadCaseLogs(), []);
}

/** Who uses this device, for "my" cases. */
export function useIdentity(): Identity | undefined {
  return useLiveQuery(() => currentIdentity(database()), []);
}

export interface PersonRecords {
  jobseeker: Jobseeker;
  records: Record<string, AnyRecord[]>;
  employerNames: Map<string, string>;
}

/** Every record that may be about a person, for the full export; `null` when there is no such person. */
export function usePersonRecords(jobseekerId: string): PersonRecords | null | undefined {
  return useLiveQuery(async () => {
    const jobseeker = await jobseekers.get(jobseekerId);
    if (!jobseeker) return null;
    const records = await loadPersonRecords(jobseekerId);
    const employerIds = Object.values(records)
      .flat()
      .flatMap((record) => (typeof record.employerId === 'string' ? [record.employerId] : []));
    return { jobseeker, records, employerNames: await loadEmployerNames(employerIds) };
  }, [jobseekerId]);
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
