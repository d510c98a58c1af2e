import { randomUUID } from 'node:crypto';
import type { Me, Role, TeamInfo } from '../../protocol/protocol.ts';
import type { Queryable } from '../db/database.ts';

/** Users, teams and who belongs where. Passwords arrive here already hashed. */

export const ROLES: readonly Role[] = ['specialist', 'supervisor', 'admin'];

export interface UserRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

/** Usernames compare without case and surrounding spaces: «Kari» and «kari » are one user. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function createTeam(db: Queryable, name: string, now: Date): Promise<TeamInfo> {
  const id = randomUUID();
  await db.query('INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)', [id, name.trim(), now.toISOString()]);
  await db.query('INSERT INTO team_counters (team_id, last_seq) VALUES ($1, 0)', [id]);
  return { id, name: name.trim() };
}

/** A team by id or by exact name. */
export async function findTeam(db: Queryable, idOrName: string): Promise<TeamInfo | undefined> {
  const rows = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM teams WHERE id = $1 OR name = $1 ORDER BY (id = $1) DESC LIMIT 1',
    [idOrName.trim()],
  );
  return rows[0];
}

export async function createUser(
  db: Queryable,
  user: { username: string; name: string; role: Role; passwordHash: string },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db.query('INSERT INTO users (id, username, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    normaliseUsername(user.username),
    user.name.trim(),
    user.role,
    user.passwordHash,
    now.toISOString(),
  ]);
  return id;
}

const userColumns = 'id, username, name, role, password_hash AS "passwordHash", disabled_at IS NOT NULL AS disabled';

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow & Record<string, unknown>>(`SELECT ${userColumns} FROM users WHERE username = $1`, [
    normaliseUsername(username),
  ]);
  return rows[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow & Record<string, unknown>>(`SELECT ${userColumns} FROM users WHERE id = $1`, [id]);
  return rows[0];
}

export async function setPasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
}

/** Adds the membership; true if it was new. */
export async function addMember(db: Queryable, teamId: string, userId: string, now: Date): Promise<boolean> {
  const rows = await db.query(
    'INSERT INTO memberships (team_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING team_id',
    [teamId, userId, now.toISOString()],
  );
  return rows.length === 1;
}

export async function teamsOf(db: Queryable, userId: string): Promise<TeamInfo[]> {
  return db.query<{ id: string; name: string }>(
    'SELECT t.id, t.name FROM teams t JOIN memberships m ON m.team_id = t.id WHERE m.user_id = $1 ORDER BY t.name, t.id',
    [userId],
  );
}

export async function countUsers(db: Queryable): Promise<number> {
  const rows = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM users');
  return rows[0]?.count ?? 0;
}

/** What the app needs to know about the signed-in user: who, which teams, and the colleagues in them. */
export async function describeUser(db: Queryable, user: Pick<UserRow, 'id' | 'username' | 'name' | 'role'>): Promise<Me> {
  const teams = await teamsOf(db, user.id);
  const members = await db.query<{ id: string; name: string; teamId: string }>(
    `SELECT u.id, u.name, m.team_id AS "teamId"
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.team_id IN (SELECT team_id FROM memberships WHERE user_id = $1) AND u.disabled_at IS NULL
      ORDER BY m.team_id, u.name, u.id`,
    [user.id],
  );
  return { user: { id: user.id, username: user.username, name: user.name, role: user.role }, teams, members };
}

export interface UserListing {
  username: string;
  name: string;
  role: Role;
  teams: string[];
}

export async function listUsers(db: Queryable, teamId?: string): Promise<UserListing[]> {
  const rows = await db.query<{ username: string; name: string; role: Role; teams: string[] | null }>(
    `SELECT u.username, u.name, u.role,
            (SELECT json_agg(t.name ORDER BY t.name) FROM memberships m JOIN teams t ON t.id = m.team_id
              WHERE m.user_id = u.id) AS teams
       FROM users u
      WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.team_id = $1)
      ORDER BY u.username`,
    [teamId ?? null],
  );
  return rows.map((row) => ({ ...row, teams: row.teams ?? [] }));
}
