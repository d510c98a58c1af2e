import type { IsoDate } from '../domain/dates';
import { newPlacementSchema, placementDetailsSchema, type NewPlacementInput, type Placement, type PlacementDetailsInput } from '../domain/placement';
import { applyPlacementStatus, placementStatusChangeSchema, type PlacementStatusChangeInput } from '../domain/placementStatus';
import { database } from './db';
import { contactPersons, employers } from './employerRepository';
import { jobseekers } from './jobseekerRepository';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

const alive = (placement: Placement | undefined) => (placement && !placement.deleted ? placement : undefined);

/** The employer must be in the register, and a chosen contact person must work there. */
async function employerProblem(employerId: string, contactPersonId: string): Promise<Record<string, string> | null> {
  if (!(await employers.get(employerId))) return { employerId: 'error.notFound' };
  if (contactPersonId === '') return null;
  const person = await contactPersons.get(contactPersonId);
  return person && person.employerId === employerId ? null : { contactPersonId: 'error.contactPersonElsewhere' };
}

/**
 * Placements (formidlinger): shared records, edited in place and merged per
 * field. Saving a placement never moves the person's step: the screen offers
 * that, and only the user's yes changes it (through `cases.changeStep`).
 */
export const placements = {
  async add(jobseekerId: string, input: NewPlacementInput, today: IsoDate): Promise<SaveResult<Placement>> {
    const parsed = newPlacementSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (!(await jobseekers.get(jobseekerId))) return invalid({ form: 'error.notFound' });
    const problem = await employerProblem(parsed.data.employerId, parsed.data.contactPersonId);
    if (problem) return invalid(problem);
    const value = await writeRecord<Placement>('placements', (meta) => ({
      ...meta,
      jobseekerId,
      ...parsed.data,
      endDate: '',
      endReason: '',
      endNote: '',
    }));
    return { ok: true, value };
  },

  /** Edits what the form shows; the status changes only through `changeStatus`. */
  async update(id: string, input: PlacementDetailsInput): Promise<SaveResult<Placement>> {
    const parsed = placementDetailsSchema.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (!(await placements.get(id))) return invalid({ form: 'error.notFound' });
    const problem = await employerProblem(parsed.data.employerId, parsed.data.contactPersonId);
    if (problem) return invalid(problem);
    const value = await writeRecord<Placement>('placements', (meta, current) => ({ ...current!, ...parsed.data, ...meta }), { id });
    return { ok: true, value };
  },

  /** [PLACEMENT-1] Start, end (with date and reason) or take up again. */
  async changeStatus(id: string, input: PlacementStatusChangeInput, today: IsoDate): Promise<SaveResult<Placement>> {
    const parsed = placementStatusChangeSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const existing = await placements.get(id);
    if (!existing) return invalid({ form: 'error.notFound' });
    const applied = applyPlacementStatus(existing, parsed.data);
    if (!applied.ok) return invalid({ [applied.field]: applied.problem });
    const value = await writeRecord<Placement>('placements', (meta, current) => ({ ...current!, ...applied.fields, ...meta }), { id });
    return { ok: true, value };
  },

  async get(id: string): Promise<Placement | undefined> {
    return alive(await database().placements.get(id));
  },

  /** A person's placements, the latest start first (a person may hold more than one). */
  async forPerson(jobseekerId: string): Promise<Placement[]> {
    return latestFirst(await database().placements.where('jobseekerId').equals(jobseekerId).toArray());
  },

  async forEmployer(employerId: string): Promise<Placement[]> {
    return latestFirst(await database().placements.where('employerId').equals(employerId).toArray());
  },
};

function latestFirst(found: Placement[]): Placement[] {
  return found.filter((placement) => !placement.deleted).sort((a, b) => (a.startDate === b.startDate ? 0 : a.startDate < b.startDate ? 1 : -1));
}
