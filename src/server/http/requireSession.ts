import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.ts';
import { hashToken } from '../auth/tokens.ts';
import { findSession, type SessionUser } from '../store/sessions.ts';
import { failure, sendFailure } from './respond.ts';

export type SessionEnv = { Variables: { session: SessionUser } };

const LOGIN_AGAIN = 'Du er ikke innlogget, eller innloggingen er utløpt. Logg inn på nytt.';

/** `Authorization: Bearer <token>` of a live session, or a JSON 401. The session goes to `c.get('session')`. */
export function requireSession(db: Database, now: () => Date): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(c.req.header('authorization')?.trim() ?? '');
    const session = match ? await findSession(db, hashToken(match[1]!), now()) : undefined;
    if (!session) {
      c.header('WWW-Authenticate', 'Bearer');
      return sendFailure(c, now, failure(401, 'unauthorized', LOGIN_AGAIN));
    }
    c.set('session', session);
    await next();
  };
}
