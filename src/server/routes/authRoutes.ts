import { Hono } from 'hono';
import type { LoginResponse } from '../../protocol/protocol.ts';
import { decoyHash, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { validateLogin } from '../auth/validateLogin.ts';
import type { Database } from '../db/database.ts';
import { clientAddress } from '../http/clientAddress.ts';
import { protocolHeaders } from '../http/protocolHeaders.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { requireSession, type SessionEnv } from '../http/requireSession.ts';
import { failure, sendFailure, sendJson } from '../http/respond.ts';
import { describeUser, findUserByUsername, normaliseUsername } from '../store/accounts.ts';
import { writeAudit } from '../store/audit.ts';
import { clearFailures, LOGIN_WINDOW_MS, loginKey, MAX_FAILURES, recentFailures, recordFailure } from '../store/loginFailures.ts';
import { createSession, revokeSession, touchDevice } from '../store/sessions.ts';

export const SESSION_DAYS = 30;
const MAX_LOGIN_BYTES = 16_384;

export interface AuthRouteOptions {
  db: Database;
  now: () => Date;
  trustProxy: boolean;
}

/** POST /login, POST /logout, GET /me. */
export function authRoutes({ db, now, trustProxy }: AuthRouteOptions): Hono<SessionEnv> {
  const routes = new Hono<SessionEnv>();
  const versions = protocolHeaders(now);
  const auth = requireSession(db, now);

  routes.post('/login', versions, async (c) => {
    const body = await readJsonBody(c.req.raw, MAX_LOGIN_BYTES);
    if (!body.ok) return sendFailure(c, now, body.failure);
    const login = validateLogin(body.value);
    if (!login.ok) return sendFailure(c, now, login.failure);
    const { username, password, deviceId, deviceName } = login.value;

    const key = loginKey(normaliseUsername(username), clientAddress(c, trustProxy));
    if ((await recentFailures(db, key, now())) >= MAX_FAILURES) {
      c.header('Retry-After', String(LOGIN_WINDOW_MS / 1000));
      return sendFailure(c, now, failure(429, 'rate-limited', 'For mange mislykkede innlogginger. Vent et kvarter og prøv igjen.'));
    }
    const user = await findUserByUsername(db, username);
    // An unknown user costs a hash too, so timing does not tell who exists.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !matches || user.disabled) {
      await recordFailure(db, key, now());
      await writeAudit(
        db,
        { action: 'login-failed', userId: user?.id ?? null, deviceId, detail: { username: normaliseUsername(username) } },
        now(),
      );
      return sendFailure(c, now, failure(401, 'invalid-credentials', 'Feil brukernavn eller passord.'));
    }
    await clearFailures(db, key);

    const token = newToken();
    const expiresAt = new Date(now().getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
    const allowed = await db.transaction(async (tx) => {
      if (!(await touchDevice(tx, user.id, deviceId, deviceName, now()))) return false;
      await createSession(tx, { tokenHash: hashToken(token), userId: user.id, deviceId, expiresAt }, now());
      await writeAudit(tx, { action: 'login', userId: user.id, deviceId }, now());
      return true;
    });
    if (!allowed) {
      return sendFailure(c, now, failure(403, 'unauthorized', 'Denne enheten er sperret. Kontakt administratoren for teamet.'));
    }
    const me = await describeUser(db, user);
    return sendJson<Omit<LoginResponse, 'serverTime'>>(c, now, { token, expiresAt: expiresAt.toISOString(), ...me });
  });

  routes.post('/logout', versions, auth, async (c) => {
    const session = c.get('session');
    await revokeSession(db, session.tokenHash, now());
    await writeAudit(db, { action: 'logout', userId: session.userId, deviceId: session.deviceId }, now());
    return sendJson(c, now, { ok: true });
  });

  routes.get('/me', versions, auth, async (c) => {
    const session = c.get('session');
    return sendJson(c, now, await describeUser(db, { id: session.userId, ...session }));
  });

  return routes;
}
