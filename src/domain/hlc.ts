/**
 * Hybrid logical clock. A stamp is `wall-counter-device` with fixed-width
 * parts, so comparing two stamps as strings orders them in time, then by
 * counter, then by device id (the tie-breaker that makes every device agree).
 */
export type Hlc = string;

export interface HlcState {
  wall: number;
  counter: number;
}

const WALL_WIDTH = 13; // milliseconds since 1970 fit in 13 digits until year 2286
const COUNTER_WIDTH = 5;

export function formatHlc(state: HlcState, deviceId: string): Hlc {
  const wall = String(state.wall).padStart(WALL_WIDTH, '0');
  const counter = state.counter.toString(36).padStart(COUNTER_WIDTH, '0');
  return `${wall}-${counter}-${deviceId}`;
}

export function parseHlc(stamp: Hlc): HlcState & { deviceId: string } {
  const [wall, counter, ...device] = stamp.split('-');
  return { wall: Number(wall), counter: parseInt(counter ?? '0', 36), deviceId: device.join('-') };
}

/** The next stamp for a local event: never behind the last one, nor behind the wall clock. */
export function tickHlc(last: HlcState, nowMs: number): HlcState {
  if (nowMs > last.wall) return { wall: nowMs, counter: 0 };
  return { wall: last.wall, counter: last.counter + 1 };
}

/** After seeing a remote stamp, the clock moves past it so later local edits win over it. */
export function receiveHlc(last: HlcState, remote: Hlc, nowMs: number): HlcState {
  const seen = parseHlc(remote);
  const wall = Math.max(last.wall, seen.wall, nowMs);
  if (wall === last.wall && wall === seen.wall) return { wall, counter: Math.max(last.counter, seen.counter) + 1 };
  if (wall === last.wall) return { wall, counter: last.counter + 1 };
  if (wall === seen.wall) return { wall, counter: seen.counter + 1 };
  return { wall, counter: 0 };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
