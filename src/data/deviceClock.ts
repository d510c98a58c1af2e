import { formatHlc, tickHlc, type Hlc, type HlcState } from '../domain/hlc';
import { newId } from '../domain/ids';
import type { FemtrinnDb } from './db';

interface DeviceState {
  deviceId: string;
  clock: HlcState;
}

const KEY = 'device';

/**
 * The next clock stamp for a local write. It reads and stores the clock
 * inside the caller's transaction, so two tabs writing at once still get
 * distinct, ordered stamps.
 */
export async function nextStamp(db: FemtrinnDb, now: Date = new Date()): Promise<Hlc> {
  const entry = await db.meta.get(KEY);
  const state = (entry?.value as DeviceState | undefined) ?? { deviceId: newId().slice(-12), clock: { wall: 0, counter: 0 } };
  const clock = tickHlc(state.clock, now.getTime());
  await db.meta.put({ key: KEY, value: { ...state, clock } satisfies DeviceState });
  return formatHlc(clock, state.deviceId);
}

export async function deviceId(db: FemtrinnDb): Promise<string> {
  const entry = await db.meta.get(KEY);
  if (entry) return (entry.value as DeviceState).deviceId;
  return db.transaction('rw', db.meta, async () => (await nextStamp(db)).split('-').slice(2).join('-'));
}
