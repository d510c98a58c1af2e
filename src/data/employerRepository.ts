import {
  contactPersonInputSchema,
  employerInputSchema,
  type ContactPerson,
  type ContactPersonInput,
  type Employer,
  type EmployerInput,
} from '../domain/employer';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

const alive = <T extends { deleted?: boolean | undefined }>(record: T | undefined): T | undefined =>
  record && !record.deleted ? record : undefined;

/** [EMPLOYER-4] Another employer on the device already has this orgnr. */
async function orgnrTaken(orgnr: string, exceptId?: string): Promise<boolean> {
  if (orgnr === '') return false;
  const found = await database().employers.where('orgnr').equals(orgnr).toArray();
  return found.some((employer) => !employer.deleted && employer.id !== exceptId);
}

/** The team's employer register (shared, mutable: merged per field). */
export const employers = {
  async add(input: EmployerInput): Promise<SaveResult<Employer>> {
    const parsed = employerInputSchema.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (await orgnrTaken(parsed.data.orgnr)) return invalid({ orgnr: 'error.orgnrTaken' });
    const value = await writeRecord<Employer>('employers', (meta) => ({ ...meta, ...parsed.data }));
    return { ok: true, value };
  },

  async update(id: string, input: EmployerInput): Promise<SaveResult<Employer>> {
    const parsed = employerInputSchema.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (!(await employers.get(id))) return invalid({ form: 'error.notFound' });
    if (await orgnrTaken(parsed.data.orgnr, id)) return invalid({ orgnr: 'error.orgnrTaken' });
    const value = await writeRecord<Employer>('employers', (meta, current) => ({ ...current!, ...parsed.data, ...meta }), { id });
    return { ok: true, value };
  },

  async get(id: string): Promise<Employer | undefined> {
    return alive(await database().employers.get(id));
  },

  async list(): Promise<Employer[]> {
    return (await database().employers.toArray()).filter((employer) => !employer.deleted);
  },
};

/** Contact persons (kontaktpersoner) at an employer. */
export const contactPersons = {
  async add(employerId: string, input: ContactPersonInput): Promise<SaveResult<ContactPerson>> {
    const parsed = contactPersonInputSchema.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (!(await employers.get(employerId))) return invalid({ form: 'error.notFound' });
    const value = await writeRecord<ContactPerson>('contactPersons', (meta) => ({ ...meta, employerId, ...parsed.data }));
    return { ok: true, value };
  },

  async update(id: string, input: ContactPersonInput): Promise<SaveResult<ContactPerson>> {
    const parsed = contactPersonInputSchema.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (!(await contactPersons.get(id))) return invalid({ form: 'error.notFound' });
    const value = await writeRecord<ContactPerson>('contactPersons', (meta, current) => ({ ...current!, ...parsed.data, ...meta }), {
      id,
    });
    return { ok: true, value };
  },

  async get(id: string): Promise<ContactPerson | undefined> {
    return alive(await database().contactPersons.get(id));
  },

  /** The decision maker first, then by name. */
  async forEmployer(employerId: string): Promise<ContactPerson[]> {
    const found = await database().contactPersons.where('employerId').equals(employerId).toArray();
    return found
      .filter((person) => !person.deleted)
      .sort((a, b) => Number(b.decisionMaker) - Number(a.decisionMaker) || a.name.localeCompare(b.name, 'nb'));
  },
};
