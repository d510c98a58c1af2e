import * as z from 'zod/mini';

/**
 * Fields every stored record carries. `updatedAt` is a hybrid logical clock
 * stamp; `deleted` marks a tombstone that is kept, never removed, so a delete
 * wins over older edits from a device that was offline.
 */
export const recordMetaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  teamId: z.string().check(z.minLength(1)),
  createdBy: z.string().check(z.minLength(1)),
  updatedAt: z.string().check(z.minLength(1)),
  deleted: z.optional(z.boolean()),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** The fields a user edits, without the stored metadata. */
export type Editable<T> = Omit<T, keyof RecordMeta>;
