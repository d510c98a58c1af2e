import type { FemtrinnDb } from './db';

/** Who writes on this device, and for which team. */
export interface Identity {
  userId: string;
  teamId: string;
}

/**
 * Until the user logs in to a team's server, records belong to this device's
 * own local team; logging in (the sync issue) assigns the real team.
 */
export const LOCAL_IDENTITY: Identity = { userId: 'local-user', teamId: 'local-team' };

export async function currentIdentity(db: FemtrinnDb): Promise<Identity> {
  const entry = await db.meta.get('identity');
  return (entry?.value as Identity | undefined) ?? LOCAL_IDENTITY;
}
