import { Hono } from 'hono';
import { MAX_BATCH_BYTES, type PullResponse, type PushResponse } from '../../protocol/protocol.ts';
import type { Database } from '../db/database.ts';
import { protocolHeaders } from '../http/protocolHeaders.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { requireSession, type SessionEnv } from '../http/requireSession.ts';
import { failure, sendFailure, sendJson } from '../http/respond.ts';
import { teamsOf } from '../store/accounts.ts';
import { writeAudit } from '../store/audit.ts';
import { pullChanges } from '../store/pullStore.ts';
import { applyPush } from '../store/pushStore.ts';
import { parsePullQuery } from '../sync/pullQuery.ts';
import { validatePush } from '../sync/validatePush.ts';

export interface SyncRouteOptions {
  db: Database;
  now: () => Date;
}

/** POST /sync/push and GET /sync/pull: parse, authorise, hand to the store. */
export function syncRoutes({ db, now }: SyncRouteOptions): Hono<SessionEnv> {
  const routes = new Hono<SessionEnv>();
  const guard = [protocolHeaders(now), requireSession(db, now)] as const;

  routes.post('/sync/push', ...guard, async (c) => {
    const session = c.get('session');
    if (session.role === 'supervisor') {
      return sendFailure(c, now, failure(403, 'forbidden-role', 'Som veileder kan du lese teamets saker, men ikke endre dem.'));
    }
    const body = await readJsonBody(c.req.raw, MAX_BATCH_BYTES);
    if (!body.ok) return sendFailure(c, now, body.failure);
    const push = validatePush(body.value, now());
    if (!push.ok) return sendFailure(c, now, push.failure);
    if (push.value.deviceId !== session.deviceId) {
      return sendFailure(c, now, failure(400, 'invalid-body', 'deviceId er ikke enheten du logget inn med.'));
    }
    const teams = await teamsOf(db, session.userId);
    const outcome = await applyPush(db, {
      userId: session.userId,
      deviceId: session.deviceId,
      teamIds: teams.map((team) => team.id),
      mutations: push.value.mutations,
      now: now(),
    }).catch((error: unknown) => {
      // Data the database refuses (SQLSTATE class 22) is the client's fault, not a crash.
      if (String((error as { code?: unknown }).code).startsWith('22')) {
        return { ok: false as const, failure: failure(400, 'invalid-body', 'Endringene inneholder verdier som ikke kan lagres.') };
      }
      throw error;
    });
    if (!outcome.ok) {
      const { code, message } = outcome.failure;
      await writeAudit(
        db,
        { action: 'push-refused', userId: session.userId, deviceId: session.deviceId, detail: { code, message } },
        now(),
      );
      return sendFailure(c, now, outcome.failure);
    }
    // `cursor` names one team's feed: the one the batch wrote to, else the user's first; `cursors` has them all.
    const mainTeam = outcome.touchedTeams.length === 1 ? outcome.touchedTeams[0] : teams[0]?.id;
    return sendJson<Omit<PushResponse, 'serverTime'>>(c, now, {
      results: outcome.results,
      cursor: mainTeam === undefined ? 0 : (outcome.cursors[mainTeam] ?? 0),
      cursors: outcome.cursors,
    });
  });

  routes.get('/sync/pull', ...guard, async (c) => {
    const session = c.get('session');
    const query = parsePullQuery(c.req.query(), await teamsOf(db, session.userId));
    if (!query.ok) return sendFailure(c, now, query.failure);
    const { teamId, after, limit } = query.value;
    const page = await pullChanges(db, { teamId, after, limit });
    const cursor = page.changes.at(-1)?.seq ?? after;
    if (page.changes.length > 0) {
      await writeAudit(
        db,
        {
          action: 'pull',
          userId: session.userId,
          deviceId: session.deviceId,
          teamId,
          detail: { after, cursor, count: page.changes.length },
        },
        now(),
      );
    }
    return sendJson<Omit<PullResponse, 'serverTime'>>(c, now, { changes: page.changes, cursor, hasMore: page.hasMore });
  });

  return routes;
}
