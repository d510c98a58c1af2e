import { formatHlc, receiveHlc, tickHlc, type Hlc, type HlcState } from '../domain/hlc';
import { newId } from '../domain/ids';
import type { FemtrinnDb } from './db';

interface DeviceState {
  deviceId: string;
  clock: HlcState;
  /** Server time minus device time, learnt from the last answer of the team's server. */
  offsetMs?: number;
}

const KEY = 'device';

async function readState(db: FemtrinnDb): Promise<DeviceState> {
  const entry = await db.meta.get(KEY);
  return (entry?.value as DeviceState | undefined) ?? { deviceId: newId().slice(-12), clock: { wall: 0, counter: 0 } };
}

/**
 * The next clock stamp for a local write. It reads and stores the clock
 * inside the caller's transaction, so two tabs writing at once still get
 * distinct, ordered stamps. The wall time is the device's corrected by the
 * offset to the server's clock, and never behind a stamp already seen.
 */
export async function nextStamp(db: FemtrinnDb, now: Date = new Date()): Promise<Hlc> {
  const state = await readState(db);
  const clock = tickHlc(state.clock, now.getTime() + (state.offsetMs ?? 0));
  await db.meta.put({ key: KEY, value: { ...state, clock } satisfies DeviceState });
  return formatHlc(clock, state.deviceId);
}

/**
 * After applying remote changes: move the clock past the newest stamp seen,
 * so a later edit on this device wins over what it has seen. Call inside the
 * transaction that applies them.
 */
export async function receiveStamp(db: FemtrinnDb, remote: Hlc, now: Date = new Date()): Promise<void> {
  const state = await readState(db);
  const clock = receiveHlc(state.clock, remote, now.getTime() + (state.offsetMs ?? 0));
  await db.meta.put({ key: KEY, value: { ...state, clock } satisfies DeviceState });
}

/** Remembers how far the server's clock is from this device's (server minus device, ms). */
export async function setClockOffset(db: FemtrinnDb, offsetMs: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const state = await readState(db);
    await db.meta.put({ key: KEY, value: { ...state, offsetMs } satisfies DeviceState });
  });
}

export async function clockOffset(db: FemtrinnDb): Promise<number> {
  return (await readState(db)).offsetMs ?? 0;
}

export async function deviceId(db: FemtrinnDb): Promise<string> {
  const entry = await db.meta.get(KEY);
  if (entry) return (entry.value as DeviceState).deviceId;
  return db.transaction('rw', db.meta, async () => {
    const state = await readState(db);
    await db.meta.put({ key: KEY, value: state satisfies DeviceState });
    return state.deviceId;
  });
}
