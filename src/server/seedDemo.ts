import { hashPassword, randomPassword } from './auth/password.ts';
import type { Database } from './db/database.ts';
import { addMember, countUsers, createTeam, createUser } from './store/accounts.ts';

export const DEMO_TEAM = 'Demo-team (fiktivt)';
export const DEMO_USERNAME = 'demo';

/**
 * On a database with no users: a demo team and a specialist in it, with a
 * random password, so a first `npm start` can be tried at once. Returns the
 * login, or null when the database already has users.
 */
export async function seedDemo(
  db: Database,
  now: Date,
  password = randomPassword(),
): Promise<{ username: string; password: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    // Locked so that two servers starting at once against one PostgreSQL seed once.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [7_160_245_012]);
    if ((await countUsers(tx)) > 0) return null;
    const team = await createTeam(tx, DEMO_TEAM, now);
    const userId = await createUser(tx, { username: DEMO_USERNAME, name: 'Demo Demosen (fiktiv)', role: 'specialist', passwordHash }, now);
    await addMember(tx, team.id, userId, now);
    return { username: DEMO_USERNAME, password };
  });
}

export function demoBanner(login: { username: string; password: string }, url: string): string {
  return [
    '',
    `Tom database: laget «${DEMO_TEAM}» med en fiktiv bruker, så du kan prøve appen.`,
    `  Åpne        ${url}`,
    `  Brukernavn  ${login.username}`,
    `  Passord     ${login.password}`,
    'Passordet vises bare nå (nytt: npm run admin -- reset-password --username demo).',
    'Legg aldri inn ekte personopplysninger i demo-teamet. Lag ekte team og brukere med',
    '  npm run admin -- create-team --name "…"   og   npm run admin -- create-user …',
    '',
  ].join('\n');
}
