import type { IsoDate } from '../domain/dates';
import { jobLeadInputSchema, JOB_LEAD_STATUSES, orderJobLeads, type JobLead, type JobLeadInput, type JobLeadStatus } from '../domain/jobLead';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

/** Job leads (jobbmuligheter) for a jobseeker: mutable records, merged per field. */
export const jobLeads = {
  async add(jobseekerId: string, input: JobLeadInput, today: IsoDate): Promise<SaveResult<JobLead>> {
    const parsed = jobLeadInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const value = await writeRecord<JobLead>('jobLeads', (meta) => ({ ...meta, jobseekerId, ...parsed.data }));
    return { ok: true, value };
  },

  async update(id: string, input: JobLeadInput, today: IsoDate): Promise<SaveResult<JobLead>> {
    const parsed = jobLeadInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (!(await jobLeads.get(id))) return invalid({ form: 'error.notFound' });
    const value = await writeRecord<JobLead>('jobLeads', (meta, current) => ({ ...current!, ...parsed.data, ...meta }), { id });
    return { ok: true, value };
  },

  /** Moves a lead to another status; only the status field changes (and so only it is sent). */
  async setStatus(id: string, status: JobLeadStatus): Promise<SaveResult<JobLead>> {
    if (!JOB_LEAD_STATUSES.includes(status)) return invalid({ status: 'error.required' });
    if (!(await jobLeads.get(id))) return invalid({ form: 'error.notFound' });
    const value = await writeRecord<JobLead>('jobLeads', (meta, current) => ({ ...current!, status, ...meta }), { id });
    return { ok: true, value };
  },

  async get(id: string): Promise<JobLead | undefined> {
    const found = await database().jobLeads.get(id);
    return found && !found.deleted ? found : undefined;
  },

  /** A person's leads: open ones first, rejected last, each newest first. */
  async forPerson(jobseekerId: string): Promise<JobLead[]> {
    const found = await database().jobLeads.where('[jobseekerId+date]').between([jobseekerId, ''], [jobseekerId, '\uffff']).toArray();
    return orderJobLeads(found.filter((lead) => !lead.deleted));
  },
};
