import { MAX_PULL_LIMIT, type TeamInfo } from '../../protocol/protocol.ts';
import { failure, type Failure } from '../http/respond.ts';

/** A page when the device asks for no size: large enough that a first sync takes few requests. */
export const DEFAULT_PULL_LIMIT = 1000;

export interface PullQuery {
  teamId: string;
  after: number;
  limit: number;
}

/**
 * `?cursor=N&limit=M&team=ID`. The cursor is a change number of one team's
 * feed (0 before the first), so a user in several teams pulls each team on
 * its own, naming it with `team`; a user in one team may leave `team` out.
 */
export function parsePullQuery(
  params: { cursor?: string; limit?: string; team?: string },
  teams: readonly TeamInfo[],
): { ok: true; value: PullQuery } | { ok: false; failure: Failure } {
  const invalid = (message: string) => ({ ok: false as const, failure: failure(400, 'invalid-body', message) });
  const cursor = params.cursor ?? '0';
  if (!/^\d{1,15}$/.test(cursor)) return invalid('cursor må være et heltall ≥ 0.');
  const limit = params.limit ?? String(DEFAULT_PULL_LIMIT);
  if (!/^\d{1,6}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PULL_LIMIT) {
    return invalid(`limit må være et heltall fra 1 til ${MAX_PULL_LIMIT}.`);
  }
  let teamId = params.team;
  if (teamId === undefined) {
    if (teams.length !== 1) {
      return teams.length === 0
        ? { ok: false, failure: failure(403, 'forbidden-team', 'Du er ikke medlem av noe team.') }
        : invalid('Du er med i flere team: oppgi hvilket med team=…');
    }
    teamId = teams[0]!.id;
  } else if (!teams.some((team) => team.id === teamId)) {
    return { ok: false, failure: failure(403, 'forbidden-team', 'Du er ikke medlem av dette teamet.') };
  }
  return { ok: true, value: { teamId, after: Number(cursor), limit: Number(limit) } };
}
