import type { IsoDate } from '../domain/dates';
import { jobseekerInputSchema, type Jobseeker, type JobseekerInput } from '../domain/jobseeker';
import { findSimilarNames } from '../domain/nameMatch';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

export const jobseekers = {
  async add(input: JobseekerInput, today: IsoDate, options: { demo?: boolean } = {}): Promise<SaveResult<Jobseeker>> {
    const parsed = jobseekerInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const value = await writeRecord<Jobseeker>('jobseekers', (meta) => ({
      ...meta,
      ...parsed.data,
      specialistId: meta.createdBy,
      ...(options.demo ? { demo: true } : {}),
    }));
    return { ok: true, value };
  },

  async update(id: string, input: JobseekerInput, today: IsoDate): Promise<SaveResult<Jobseeker>> {
    const parsed = jobseekerInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const existing = await database().jobseekers.get(id);
    if (!existing || existing.deleted) return invalid({ form: 'error.notFound' });
    const value = await writeRecord<Jobseeker>('jobseekers', (meta, current) => ({ ...current!, ...parsed.data, ...meta }), { id });
    return { ok: true, value };
  },

  /** [HANDOVER-1] Hands the person over to a colleague; notes and history stay with the person. */
  async handOver(id: string, specialistId: string): Promise<SaveResult<Jobseeker>> {
    const existing = await database().jobseekers.get(id);
    if (!existing || existing.deleted) return invalid({ form: 'error.notFound' });
    if (specialistId.trim() === '') return invalid({ specialistId: 'error.required' });
    const value = await writeRecord<Jobseeker>('jobseekers', (meta, current) => ({ ...current!, specialistId, ...meta }), { id });
    return { ok: true, value };
  },

  async get(id: string): Promise<Jobseeker | undefined> {
    const found = await database().jobseekers.get(id);
    return found && !found.deleted ? found : undefined;
  },

  async list(): Promise<Jobseeker[]> {
    return (await database().jobseekers.toArray()).filter((person) => !person.deleted);
  },

  /** [DUP-1] People already on the device whose names look like this one. */
  async similarTo(name: string, exceptId?: string): Promise<Jobseeker[]> {
    return findSimilarNames(name, await jobseekers.list(), exceptId);
  },

  /** Whether the made-up demo caseload is on the device. */
  async hasDemo(): Promise<boolean> {
    return (await jobseekers.list()).some((person) => person.demo === true);
  },
};
