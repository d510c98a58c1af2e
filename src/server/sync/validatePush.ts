import {
  MAX_BATCH_MUTATIONS,
  MAX_CLOCK_SKEW_MS,
  MIN_PROTOCOL_VERSION,
  SYNC_TABLES,
  type Mutation,
  type PushRequest,
  type SyncTable,
} from '../../protocol/protocol.ts';
import { DEVICE_ID_PATTERN } from '../auth/validateLogin.ts';
import { failure, type Failure } from '../http/respond.ts';
import { UPGRADE_MESSAGE } from '../http/protocolHeaders.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** wall (13 digits) - counter (base 36) - device id, as src/domain/hlc.ts writes it. */
const HLC_PATTERN = /^(\d{13})-[0-9a-z]{1,10}-[A-Za-z0-9._:-]{1,100}$/;
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;
const MAX_DEPTH = 20;

export const CLOCK_SKEW_MESSAGE =
  'Klokken på enheten går feil: endringer er stemplet mer enn 5 minutter fram i tid. ' +
  'Rett dato og klokkeslett på enheten (velg «Still automatisk»), så synkroniseres endringene.';

/**
 * Checks a push body strictly, from its shape down to each field value, and
 * returns it with delete mutations normalised to `{ deleted: true }`. Nothing
 * here reads the database. `now` is the server's clock, for the skew limit.
 */
export function validatePush(body: unknown, now: Date): Checked<PushRequest> {
  const invalid = (message: string): Checked<PushRequest> => ({ ok: false, failure: failure(400, 'invalid-body', message) });
  if (!isPlainObject(body)) return invalid('Innholdet må være et JSON-objekt.');
  const { protocolVersion, schemaVersion, deviceId, mutations } = body;
  if (!isCount(protocolVersion) || !isCount(schemaVersion)) return invalid('protocolVersion og schemaVersion må være heltall.');
  if (protocolVersion < MIN_PROTOCOL_VERSION) return { ok: false, failure: failure(426, 'upgrade-required', UPGRADE_MESSAGE) };
  if (typeof deviceId !== 'string' || !DEVICE_ID_PATTERN.test(deviceId)) return invalid('deviceId mangler eller er ugyldig.');
  if (!Array.isArray(mutations)) return invalid('mutations må være en liste.');
  if (mutations.length > MAX_BATCH_MUTATIONS) {
    return { ok: false, failure: failure(413, 'too-large', `Høyst ${MAX_BATCH_MUTATIONS} endringer i én sending.`) };
  }
  const seen = new Set<number>();
  const checked: Mutation[] = [];
  for (const [index, raw] of mutations.entries()) {
    const result = validateMutation(raw, index, now);
    if (!result.ok) return result;
    if (seen.has(result.value.mutationNumber)) {
      return invalid(`Endring nr. ${result.value.mutationNumber} står flere ganger i sendingen.`);
    }
    seen.add(result.value.mutationNumber);
    checked.push(result.value);
  }
  return { ok: true, value: { protocolVersion, schemaVersion, deviceId, mutations: checked } };
}

function validateMutation(raw: unknown, index: number, now: Date): Checked<Mutation> {
  const where = `mutations[${index}]`;
  const invalid = (message: string): Checked<Mutation> => ({ ok: false, failure: failure(400, 'invalid-body', `${where}: ${message}`) });
  if (!isPlainObject(raw)) return invalid('må være et objekt.');
  const { mutationNumber, table, recordId, op, fields, hlc } = raw;
  if (!isCount(mutationNumber)) return invalid('mutationNumber må være et heltall ≥ 0.');
  if (typeof table !== 'string') return invalid('table mangler.');
  if (!(SYNC_TABLES as readonly string[]).includes(table)) {
    return { ok: false, failure: failure(400, 'unknown-table', `${where}: ukjent tabell «${table.slice(0, 50)}».`) };
  }
  if (typeof recordId !== 'string' || !ID_PATTERN.test(recordId)) return invalid('recordId mangler eller er ugyldig.');
  if (op !== 'put' && op !== 'delete') return invalid('op må være «put» eller «delete».');
  if (!isPlainObject(fields)) return invalid('fields må være et objekt.');
  if (typeof hlc !== 'string') return invalid('hlc mangler.');
  const stamp = HLC_PATTERN.exec(hlc);
  if (!stamp) return invalid('hlc har feil format.');
  if (Number(stamp[1]) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    return { ok: false, failure: failure(409, 'clock-skew', CLOCK_SKEW_MESSAGE) };
  }
  const problem = checkValue(fields, 0);
  if (problem) return invalid(`fields: ${problem}`);
  if ('id' in fields && fields.id !== recordId) return invalid('fields.id er ikke lik recordId.');
  if ('teamId' in fields && (typeof fields.teamId !== 'string' || fields.teamId === '')) return invalid('fields.teamId må være tekst.');
  if ('deleted' in fields && typeof fields.deleted !== 'boolean') return invalid('fields.deleted må være true eller false.');
  return {
    ok: true,
    value: {
      mutationNumber,
      table: table as SyncTable,
      recordId,
      op,
      // A delete carries nothing but the tombstone.
      fields: op === 'delete' ? { deleted: true } : fields,
      hlc,
    },
  };
}

/**
 * What PostgreSQL's jsonb refuses (a NUL character, half a surrogate pair)
 * is refused here as bad input, so the database never fails on it; so are
 * deep nesting and keys that would touch an object's prototype.
 */
function checkValue(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return 'for dypt nøstet.';
  if (typeof value === 'string') return badText(value) ? 'tekst med ugyldige tegn.' : null;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkValue(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === '__proto__' || key === '' || badText(key)) return `ugyldig feltnavn «${key.slice(0, 50)}».`;
    const problem = checkValue(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function badText(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
