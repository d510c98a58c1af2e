import type { IsoDate } from '../domain/dates';
import { isFinal, reportInputSchema, shareReportSchema, type NavReport, type ReportInput, type ShareReportInput } from '../domain/reports/navReport';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

const alive = (report: NavReport | undefined) => (report && !report.deleted ? report : undefined);

/** Reports to the NAV counsellor: drafts edited in place, final once shared ([REPORT-3]). */
export const reports = {
  async get(id: string): Promise<NavReport | undefined> {
    return alive(await database().reports.get(id));
  },

  /** A person's reports, newest period first. */
  async forPerson(jobseekerId: string): Promise<NavReport[]> {
    const found = await database().reports.where('jobseekerId').equals(jobseekerId).toArray();
    return found.filter((report) => !report.deleted).sort((a, b) => (a.periodTo === b.periodTo ? (a.id < b.id ? 1 : -1) : a.periodTo < b.periodTo ? 1 : -1));
  },

  /** Saves a draft: a new one, or changes to one not yet shared. */
  async save(jobseekerId: string, input: ReportInput, id?: string): Promise<SaveResult<NavReport>> {
    const parsed = reportInputSchema.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (id !== undefined) {
      const existing = await reports.get(id);
      if (!existing) return invalid({ form: 'error.notFound' });
      if (isFinal(existing)) return invalid({ form: 'error.reportFinal' });
    }
    const value = await writeRecord<NavReport>(
      'reports',
      (meta, existing) => ({ informed: false, sharedDate: '', ...existing, ...meta, jobseekerId, ...parsed.data }),
      id === undefined ? {} : { id },
    );
    return { ok: true, value };
  },

  /** [REPORT-2] Marks a draft as shared with the NAV counsellor, once the jobseeker has been told. */
  async share(id: string, input: ShareReportInput, today: IsoDate): Promise<SaveResult<NavReport>> {
    const parsed = shareReportSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const existing = await reports.get(id);
    if (!existing) return invalid({ form: 'error.notFound' });
    if (isFinal(existing)) return invalid({ form: 'error.reportFinal' });
    const value = await writeRecord<NavReport>('reports', (meta, current) => ({ ...current!, ...meta, informed: true, sharedDate: parsed.data.sharedDate }), {
      id,
    });
    return { ok: true, value };
  },
};
