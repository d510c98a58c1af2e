// The protocol's properties, shared by the runs against the fake and the real server.
import fc from 'fast-check';
import { expect } from 'vitest';
import { compareHlc, type Hlc } from '../../src/domain/hlc';
import type { Jobseeker } from '../../src/domain/jobseeker';
import { addJobseeker, addNote, editJobseeker } from './records';
import type { Fault, SimDevice } from './simDevice';
import { createWorld, recordsOf, type TestServer } from './syncWorld';

const EDITABLE = ['phone', 'goalText', 'address', 'counsellorName'] as const;
/** Within the server's 5-minute limit, either way. */
const MAX_SKEW_MS = 4 * 60_000;

export type Command =
  | { kind: 'create'; device: number }
  | { kind: 'edit'; device: number; pick: number; field: (typeof EDITABLE)[number]; value: string }
  | { kind: 'note'; device: number; pick: number }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'sync'; device: number; fault: Fault | 'none' }
  | { kind: 'editDuringSync'; device: number; pick: number; field: (typeof EDITABLE)[number]; value: string }
  | { kind: 'network'; device: number; online: boolean }
  | { kind: 'replay'; device: number; pick: number }
  | { kind: 'tick'; ms: number };

const device = fc.nat({ max: 3 });
const pick = fc.nat({ max: 20 });
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('create' as const), device }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      pick,
      field: fc.constantFrom(...EDITABLE),
      value: fc.constantFrom('a', 'b', 'c', 'æøå', ''),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('editDuringSync' as const),
      device,
      pick,
      field: fc.constantFrom(...EDITABLE),
      value: fc.constantFrom('x', 'y'),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('note' as const), device, pick }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      fault: fc.constantFrom('none', 'none', 'drop', 'lose', 'duplicate'),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('network' as const), device, online: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('replay' as const), device, pick }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 90_000 }) }), weight: 2 },
);

const skews = fc.array(fc.integer({ min: -MAX_SKEW_MS, max: MAX_SKEW_MS }), { minLength: 2, maxLength: 4 });

export const scenarioArb = fc.record({
  skews,
  shared: fc.constant(false),
  commands: fc.array(commandArb, { minLength: 1, maxLength: 14 }),
});

export interface Scenario {
  skews: number[];
  /** Start with one person every device has (and leave the other-team check to the broad property). */
  shared: boolean;
  commands: Command[];
}

/** Conflicts on purpose: one person on every device, two fields, edits while syncs are under way. */
const FOCUSED = ['phone', 'goalText'] as const;
const focusedCommandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    device,
    pick: fc.constant(0),
    field: fc.constantFrom(...FOCUSED),
    value: fc.constantFrom('a', 'b'),
  }),
  fc.record({
    kind: fc.constant('editDuringSync' as const),
    device,
    pick: fc.constant(0),
    field: fc.constantFrom(...FOCUSED),
    value: fc.constantFrom('x', 'y'),
  }),
  fc.record({ kind: fc.constant('sync' as const), device, fault: fc.constantFrom('none', 'none', 'lose', 'duplicate') }),
  fc.record({ kind: fc.constant('note' as const), device, pick: fc.constant(0) }),
  fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 20_000 }) }),
);

export const conflictScenarioArb = fc.record({
  skews,
  shared: fc.constant(true),
  commands: fc.array(focusedCommandArb, { minLength: 2, maxLength: 10 }),
});

/** What every write stamped, to compute the expected end state without the merge function. */
interface Written {
  table: string;
  recordId: string;
  fields: Record<string, unknown>;
  hlc: Hlc;
}

async function lastEntry(device: SimDevice): Promise<Written | undefined> {
  return device.db.outbox.orderBy('seq').last();
}

async function run(device: SimDevice, command: Command, writes: Written[]): Promise<void> {
  const known = (await device.db.jobseekers.toArray()).sort((a, b) => a.id.localeCompare(b.id));
  const chosen = (index: number): Jobseeker | undefined => known[index % Math.max(1, known.length)];
  const before = await lastEntry(device);
  const remember = async () => {
    const after = await device.db.outbox.orderBy('seq').reverse().toArray();
    for (const entry of after) {
      if (before && entry.hlc <= before.hlc) break;
      writes.push(entry);
    }
  };
  switch (command.kind) {
    case 'create':
      await addJobseeker(device, { name: `Person ${writes.length}` });
      return remember();
    case 'edit': {
      const person = chosen(command.pick);
      if (person) await editJobseeker(device, person.id, { [command.field]: `${command.value}${writes.length}` });
      return remember();
    }
    case 'note': {
      const person = chosen(command.pick);
      if (person) await addNote(device, person.id, `Notat ${writes.length} fra ${device.name}`);
      return remember();
    }
    case 'delete': {
      const person = chosen(command.pick);
      if (person) await device.remove('jobseekers', [person.id]);
      return remember();
    }
    case 'sync':
      if (command.fault !== 'none') device.network.inject(command.fault);
      await device.sync();
      device.network.clearFaults();
      return;
    case 'editDuringSync': {
      // The user saves an edit after the push, while the pull's answer is on its way.
      const person = chosen(command.pick);
      if (person)
        device.network.beforePullAnswer = async () =>
          void (await editJobseeker(device, person.id, { [command.field]: `${command.value}${writes.length}` }));
      await device.sync();
      device.network.beforePullAnswer = undefined;
      return remember();
    }
    case 'network':
      device.network.online = command.online;
      return;
    case 'replay':
      if (device.network.online && device.network.sentPushes.length > 0)
        await device.network.replay(command.pick % device.network.sentPushes.length);
      return;
    case 'tick':
      return;
  }
}

/** Per record: each field's value from the write with the latest stamp; deleted if any write deleted it. */
function expectedState(writes: readonly Written[]): Map<string, Record<string, unknown>> {
  const latest = new Map<string, Map<string, { value: unknown; hlc: Hlc }>>();
  for (const write of writes) {
    const key = `${write.table}/${write.recordId}`;
    const fields = latest.get(key) ?? new Map<string, { value: unknown; hlc: Hlc }>();
    for (const [field, value] of Object.entries(write.fields)) {
      const seen = fields.get(field);
      if (field === 'deleted' ? value === true : !seen || compareHlc(write.hlc, seen.hlc) > 0) fields.set(field, { value, hlc: write.hlc });
    }
    latest.set(key, fields);
  }
  return new Map([...latest].map(([key, fields]) => [key, Object.fromEntries([...fields].map(([field, { value }]) => [field, value]))]));
}

/**
 * [SYNC-3] Whatever happens on the way (partitions, dropped requests, lost
 * answers, batches sent twice or replayed late, clocks off by minutes), once
 * every device is back online and has synced twice: every device holds
 * exactly the server's data, every write's field holds the value with the
 * latest stamp (so edits of different fields are all kept), no note is lost
 * and no deleted person comes back; another team sees none of it.
 */
export async function checkConvergence(server: TestServer, scenario: Scenario, startMs: number): Promise<void> {
  const world = await createWorld(server, scenario.skews, startMs);
  try {
    const writes: Written[] = [];
    if (scenario.shared) {
      await run(world.devices[0]!, { kind: 'create', device: 0 }, writes);
      for (const device of world.devices) await device.sync();
    }
    for (const command of scenario.commands) {
      if (command.kind === 'tick') {
        world.time.now += command.ms;
        server.setTime(world.time.now);
      }
      const target = world.devices[('device' in command ? command.device : 0) % world.devices.length]!;
      await run(target, command, writes);
    }
    for (const device of world.devices) device.network.online = true;
    for (let round = 0; round < 2; round += 1) {
      for (const device of world.devices) {
        const outcome = await device.sync();
        expect(outcome, `${device.name} round ${round}`).toEqual({ ok: true, retry: false });
      }
    }

    const serverView = await server.serverRecords(world.team.teamId);
    for (const device of world.devices) {
      expect(await device.db.outbox.count(), `${device.name} outbox`).toBe(0);
      expect(await recordsOf(device), `${device.name} holds the server's data`).toEqual(serverView);
    }
    if (!scenario.shared) {
      // A new device of the team gets the same from the feed; another team's device gets nothing.
      expect(await recordsOf(await world.freshDevice()), 'a new device').toEqual(serverView);
      expect((await recordsOf(await world.outsiderDevice())).size, 'another team sees nothing').toBe(0);
    }
    const expected = expectedState(writes);
    expect([...serverView.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, fields] of expected) expect(serverView.get(key), key).toMatchObject(fields);
    for (const write of writes.filter((each) => each.table === 'notes'))
      expect(serverView.get(`notes/${write.recordId}`)?.text, 'note kept').toBe(write.fields.text);
  } finally {
    await world.close();
  }
}
