import { fieldErrors, type ValidationFailure } from '../domain/validation';

/** A save either gives the stored record, or field errors (reason codes) and changes nothing. */
export type SaveResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export function invalid<T>(errors: Record<string, string>): SaveResult<T> {
  return { ok: false, errors };
}

export function fromZodError<T>(error: ValidationFailure): SaveResult<T> {
  return invalid(fieldErrors(error));
}
