import type { FemtrinnDb } from '../data/db';
import { deviceId } from '../data/deviceClock';
import { adoptLogin } from '../data/signIn';
import { readSession } from '../data/syncMeta';
import { ApiError, type ApiClient, type FailureCode } from './apiClient';

export type LoginOutcome = { ok: true } | { ok: false; code: FailureCode | 'other-user' | 'no-team' };

/** Logs this device in and keeps the session on it (see `adoptLogin` for what moves to the team). */
export async function logIn(db: FemtrinnDb, api: ApiClient, username: string, password: string): Promise<LoginOutcome> {
  try {
    const response = await api.login({ username, password, deviceId: await deviceId(db) });
    const outcome = await adoptLogin(db, response);
    return outcome === 'ok' ? { ok: true } : { ok: false, code: outcome };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, code: error.code };
    throw error;
  }
}

/** Ends the session on the server when it answers (a token that cannot be revoked now expires by itself), then removes every record from this device. */
export async function logOut(db: FemtrinnDb, api: ApiClient): Promise<void> {
  const session = await readSession(db);
  if (session && !session.expired) await api.logout(session.token).catch(() => undefined);
  await db.delete();
  await db.open();
}
