import type { Role } from '../../protocol/protocol.ts';
import type { Queryable } from '../db/database.ts';

/** Devices and login sessions. Tokens are stored only as their SHA-256 hash. */

export interface SessionUser {
  tokenHash: string;
  userId: string;
  username: string;
  name: string;
  role: Role;
  deviceId: string;
}

/** Registers the device for the user (or notes it was seen); false if it was revoked. */
export async function touchDevice(db: Queryable, userId: string, deviceId: string, name: string | undefined, now: Date): Promise<boolean> {
  const rows = await db.query<{ revoked: boolean }>(
    `INSERT INTO devices (user_id, device_id, name, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (user_id, device_id) DO UPDATE
        SET last_seen_at = EXCLUDED.last_seen_at, name = COALESCE(EXCLUDED.name, devices.name)
     RETURNING revoked_at IS NOT NULL AS revoked`,
    [userId, deviceId, name ?? null, now.toISOString()],
  );
  return rows[0]?.revoked !== true;
}

export async function createSession(
  db: Queryable,
  session: { tokenHash: string; userId: string; deviceId: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db.query('INSERT INTO sessions (token_hash, user_id, device_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    session.tokenHash,
    session.userId,
    session.deviceId,
    now.toISOString(),
    session.expiresAt.toISOString(),
  ]);
}

/** The session's user, if the token is known, not expired, not revoked, and neither user nor device is blocked. */
export async function findSession(db: Queryable, tokenHash: string, now: Date): Promise<SessionUser | undefined> {
  const rows = await db.query<SessionUser & Record<string, unknown>>(
    `SELECT s.token_hash AS "tokenHash", u.id AS "userId", u.username, u.name, u.role, s.device_id AS "deviceId"
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       JOIN devices d ON d.user_id = s.user_id AND d.device_id = s.device_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2
        AND u.disabled_at IS NULL AND d.revoked_at IS NULL`,
    [tokenHash, now.toISOString()],
  );
  return rows[0];
}

export async function revokeSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash, now.toISOString()]);
}

/** Ends every session of the user (after a password reset). */
export async function revokeUserSessions(db: Queryable, userId: string, now: Date): Promise<number> {
  const rows = await db.query('UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING token_hash', [
    userId,
    now.toISOString(),
  ]);
  return rows.length;
}

/** Blocks the device (a lost phone): its sessions end and it cannot log in again. False if unknown. */
export async function revokeDevice(db: Queryable, userId: string, deviceId: string, now: Date): Promise<boolean> {
  const rows = await db.query(
    'UPDATE devices SET revoked_at = COALESCE(revoked_at, $3) WHERE user_id = $1 AND device_id = $2 RETURNING device_id',
    [userId, deviceId, now.toISOString()],
  );
  if (rows.length === 0) return false;
  await db.query('UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND device_id = $2 AND revoked_at IS NULL', [
    userId,
    deviceId,
    now.toISOString(),
  ]);
  return true;
}

export interface DeviceListing {
  deviceId: string;
  name: string | null;
  lastSeenAt: Date;
  revoked: boolean;
}

export async function listDevices(db: Queryable, userId: string): Promise<DeviceListing[]> {
  return db.query<DeviceListing & Record<string, unknown>>(
    `SELECT device_id AS "deviceId", name, last_seen_at AS "lastSeenAt", revoked_at IS NOT NULL AS revoked
       FROM devices WHERE user_id = $1 ORDER BY last_seen_at DESC`,
    [userId],
  );
}
