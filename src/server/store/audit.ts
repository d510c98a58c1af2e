import type { Queryable } from '../db/database.ts';

/** Who read or wrote personal data, what, and when: one row per request. */
export interface AuditEntry {
  action: 'login' | 'login-failed' | 'logout' | 'push' | 'push-refused' | 'pull';
  userId: string | null;
  deviceId: string | null;
  teamId?: string | null;
  detail?: Record<string, unknown>;
}

export async function writeAudit(db: Queryable, entry: AuditEntry, now: Date): Promise<void> {
  await db.query('INSERT INTO audit_log (at, user_id, device_id, action, team_id, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)', [
    now.toISOString(),
    entry.userId,
    entry.deviceId,
    entry.action,
    entry.teamId ?? null,
    JSON.stringify(entry.detail ?? {}),
  ]);
}
