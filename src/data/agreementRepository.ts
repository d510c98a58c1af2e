import { agreementInputSchema, type Agreement, type AgreementInput } from '../domain/agreement';
import type { IsoDate } from '../domain/dates';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, type SaveResult } from './saveResult';

/** One collaboration agreement per jobseeker, edited in place (merged per field). */
export const agreements = {
  async forPerson(jobseekerId: string): Promise<Agreement | undefined> {
    const found = await database().agreements.where('jobseekerId').equals(jobseekerId).first();
    return found && !found.deleted ? found : undefined;
  },

  async save(jobseekerId: string, input: AgreementInput, today: IsoDate): Promise<SaveResult<Agreement>> {
    const parsed = agreementInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const existing = await agreements.forPerson(jobseekerId);
    const value = await writeRecord<Agreement>(
      'agreements',
      (meta) => ({ ...meta, jobseekerId, ...parsed.data }),
      existing ? { id: existing.id } : {},
    );
    return { ok: true, value };
  },
};
