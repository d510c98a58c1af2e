import type { LoginRequest } from '../../protocol/protocol.ts';
import { failure, type Failure } from '../http/respond.ts';

export const DEVICE_ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** A login body: username, password and the device's id (and maybe its name), all strings. */
export function validateLogin(body: unknown): { ok: true; value: LoginRequest } | { ok: false; failure: Failure } {
  const invalid = (message: string) => ({ ok: false as const, failure: failure(400, 'invalid-body', message) });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('Innholdet må være et JSON-objekt.');
  const { username, password, deviceId, deviceName } = body as Record<string, unknown>;
  if (typeof username !== 'string' || username.trim() === '' || username.length > 100) {
    return invalid('Brukernavn mangler.');
  }
  if (typeof password !== 'string' || password === '' || password.length > 1000) return invalid('Passord mangler.');
  if (typeof deviceId !== 'string' || !DEVICE_ID_PATTERN.test(deviceId)) {
    return invalid('deviceId må være 1–100 tegn: bokstaver, tall, . _ : -');
  }
  if (deviceName !== undefined && (typeof deviceName !== 'string' || deviceName.length > 100)) {
    return invalid('deviceName må være tekst på høyst 100 tegn.');
  }
  return { ok: true, value: { username, password, deviceId, ...(deviceName ? { deviceName } : {}) } };
}
