import { parseArgs } from 'node:util';
import type { Role } from '../protocol/protocol.ts';
import { hashPassword } from './auth/password.ts';
import type { Database } from './db/database.ts';
import { addMember, createTeam, createUser, findTeam, findUserByUsername, listUsers, ROLES, setPasswordHash } from './store/accounts.ts';
import { listDevices, revokeDevice, revokeUserSessions } from './store/sessions.ts';

export interface AdminIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks for a password without showing it (the CLI reads the terminal; tests answer directly). */
  askPassword: (prompt: string) => Promise<string>;
  now: () => Date;
}

/** Exit codes: 0 done, 1 refused (not found, exists, invalid), 2 wrong use of the command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const USAGE = `Bruk: npm run admin -- <kommando> [valg]

  create-team    --name NAVN
  create-user    --username BRUKERNAVN --name "FULLT NAVN" --role specialist|supervisor|admin
                 --team TEAM [--password PASSORD]
  add-member     --username BRUKERNAVN --team TEAM
  reset-password --username BRUKERNAVN [--password PASSORD]
  list-users     [--team TEAM]
  list-devices   --username BRUKERNAVN
  revoke-device  --username BRUKERNAVN --device ENHETS-ID

TEAM er teamets navn eller id. Uten --password spør kommandoen etter passordet
(det vises ikke; --password havner i skallets historikk).
Databasen: DATABASE_URL (PostgreSQL) eller DATA_DIR (innebygd, standard ./data).`;

export const MIN_PASSWORD_LENGTH = 10;

class Refusal extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.failed,
  ) {
    super(message);
  }
}

/** Runs one admin command against `db`; returns the exit code. Never throws for a user's mistake. */
export async function runAdmin(argv: readonly string[], db: Database, io: AdminIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        username: { type: 'string' },
        role: { type: 'string' },
        team: { type: 'string' },
        password: { type: 'string' },
        device: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...extra] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(USAGE);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    if (extra.length > 0) throw new Refusal(`Ukjent argument: ${extra.join(' ')}`, EXIT.usage);
    const handler = commands[command];
    if (!handler) throw new Refusal(`Ukjent kommando «${command}».\n\n${USAGE}`, EXIT.usage);
    await handler(values, db, io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Refusal) {
      io.err(error.message);
      return error.code;
    }
    if (
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
    ) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

type Values = Partial<Record<'name' | 'username' | 'role' | 'team' | 'password' | 'device', string>>;
type Command = (values: Values, db: Database, io: AdminIo) => Promise<void>;

function required(values: Values, key: keyof Values): string {
  const value = values[key]?.trim();
  if (!value) throw new Refusal(`Mangler --${key}.`, EXIT.usage);
  return value;
}

async function teamOf(db: Database, values: Values) {
  const name = required(values, 'team');
  const team = await findTeam(db, name);
  if (!team) throw new Refusal(`Fant ikke teamet «${name}». Se teamene med list-users, eller lag det med create-team.`);
  return team;
}

async function userOf(db: Database, values: Values) {
  const username = required(values, 'username');
  const user = await findUserByUsername(db, username);
  if (!user) throw new Refusal(`Fant ikke brukeren «${username}».`);
  return user;
}

async function newPassword(values: Values, io: AdminIo): Promise<string> {
  let password = values.password;
  if (password === undefined) {
    password = await io.askPassword('Nytt passord: ');
    if ((await io.askPassword('Gjenta passordet: ')) !== password) throw new Refusal('Passordene er ikke like.');
  }
  if (password.length < MIN_PASSWORD_LENGTH) throw new Refusal(`Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`);
  return password;
}

const commands: Record<string, Command> = {
  async 'create-team'(values, db, io) {
    const name = required(values, 'name');
    if (await findTeam(db, name)) throw new Refusal(`Teamet «${name}» finnes allerede.`);
    const team = await createTeam(db, name, io.now());
    io.out(`Laget teamet «${team.name}» (id ${team.id}).`);
  },

  async 'create-user'(values, db, io) {
    const username = required(values, 'username');
    const name = required(values, 'name');
    const role = required(values, 'role') as Role;
    if (!ROLES.includes(role)) throw new Refusal(`Ukjent rolle «${role}». Velg ${ROLES.join(', ')}.`, EXIT.usage);
    if (!/^[a-z0-9._@-]{2,100}$/i.test(username)) {
      throw new Refusal('Brukernavnet kan ha bokstaver a–z, tall og . _ @ - (2–100 tegn).', EXIT.usage);
    }
    const team = await teamOf(db, values);
    if (await findUserByUsername(db, username)) throw new Refusal(`Brukernavnet «${username}» er tatt.`);
    const passwordHash = await hashPassword(await newPassword(values, io));
    await db.transaction(async (tx) => {
      const userId = await createUser(tx, { username, name, role, passwordHash }, io.now());
      await addMember(tx, team.id, userId, io.now());
    });
    io.out(`Laget ${role} «${username}» (${name}) i teamet «${team.name}».`);
  },

  async 'add-member'(values, db, io) {
    const user = await userOf(db, values);
    const team = await teamOf(db, values);
    const added = await addMember(db, team.id, user.id, io.now());
    io.out(added ? `«${user.username}» er nå med i «${team.name}».` : `«${user.username}» var allerede med i «${team.name}».`);
  },

  async 'reset-password'(values, db, io) {
    const user = await userOf(db, values);
    const passwordHash = await hashPassword(await newPassword(values, io));
    const ended = await db.transaction(async (tx) => {
      await setPasswordHash(tx, user.id, passwordHash);
      return revokeUserSessions(tx, user.id, io.now());
    });
    io.out(`Nytt passord for «${user.username}». ${ended} innlogging(er) er avsluttet.`);
  },

  async 'list-users'(values, db, io) {
    const team = values.team === undefined ? undefined : await teamOf(db, values);
    const users = await listUsers(db, team?.id);
    if (users.length === 0) {
      io.out('Ingen brukere.');
      return;
    }
    for (const user of users) io.out(`${user.username}\t${user.role}\t${user.name}\t${user.teams.join(', ') || '(ingen team)'}`);
  },

  async 'list-devices'(values, db, io) {
    const user = await userOf(db, values);
    const devices = await listDevices(db, user.id);
    if (devices.length === 0) io.out(`«${user.username}» har ikke logget inn på noen enhet.`);
    for (const device of devices) {
      io.out(
        `${device.deviceId}\t${device.name ?? '(uten navn)'}\tsist sett ${device.lastSeenAt.toISOString()}${device.revoked ? '\tSPERRET' : ''}`,
      );
    }
  },

  async 'revoke-device'(values, db, io) {
    const user = await userOf(db, values);
    const deviceId = required(values, 'device');
    if (!(await revokeDevice(db, user.id, deviceId, io.now()))) {
      throw new Refusal(`«${user.username}» har ingen enhet med id «${deviceId}». Se list-devices.`);
    }
    io.out(`Enheten ${deviceId} er sperret: innloggingene på den er avsluttet, og den kan ikke logge inn igjen.`);
  },
};
