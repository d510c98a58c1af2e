import { v7 as uuidv7 } from 'uuid';

/** A string that the type system keeps apart from other strings. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type JobseekerId = Brand<string, 'JobseekerId'>;
export type RecordId = Brand<string, 'RecordId'>;

/** UUIDv7: sortable by creation time and made offline without coordination. */
export function newId<T extends string = string>(): T {
  return uuidv7() as T;
}
