import type { IsoDate } from '../domain/dates';
import { employerContactInputSchema, newestContactsFirst, type EmployerContact, type EmployerContactInput } from '../domain/employerContact';
import { database } from './db';
import { employers } from './employerRepository';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

const alive = (contacts: EmployerContact[]) => contacts.filter((contact) => !contact.deleted);

/** Employer contacts (arbeidsgiverkontakter) are append-only events, like notes. */
export const employerContacts = {
  async add(input: EmployerContactInput, today: IsoDate): Promise<SaveResult<EmployerContact>> {
    const parsed = employerContactInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    if (!(await employers.get(parsed.data.employerId))) return invalid({ employerId: 'error.notFound' });
    const value = await writeRecord<EmployerContact>('employerContacts', (meta) => ({ ...meta, ...parsed.data }));
    return { ok: true, value };
  },

  /** An employer's contacts, newest first. */
  async forEmployer(employerId: string): Promise<EmployerContact[]> {
    const found = await database()
      .employerContacts.where('[employerId+date]')
      .between([employerId, ''], [employerId, '\uffff'])
      .toArray();
    return newestContactsFirst(alive(found));
  },

  /** The contacts made for a jobseeker (by name), newest first. */
  async forPerson(jobseekerId: string): Promise<EmployerContact[]> {
    return newestContactsFirst(alive(await database().employerContacts.where('jobseekerIds').equals(jobseekerId).toArray()));
  },

  async list(): Promise<EmployerContact[]> {
    return alive(await database().employerContacts.toArray());
  },
};
