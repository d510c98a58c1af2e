import { profileInputSchema, type Profile, type ProfileInput } from '../domain/profile';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, type SaveResult } from './saveResult';

/** One vocational profile per jobseeker, edited in place (merged per field). */
export const profiles = {
  async forPerson(jobseekerId: string): Promise<Profile | undefined> {
    const found = await database().profiles.where('jobseekerId').equals(jobseekerId).first();
    return found && !found.deleted ? found : undefined;
  },

  async save(jobseekerId: string, input: ProfileInput): Promise<SaveResult<Profile>> {
    const parsed = profileInputSchema.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const existing = await profiles.forPerson(jobseekerId);
    const value = await writeRecord<Profile>(
      'profiles',
      (meta) => ({ ...meta, jobseekerId, ...parsed.data }),
      existing ? { id: existing.id } : {},
    );
    return { ok: true, value };
  },
};
