import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkConvergence, conflictScenarioArb, scenarioArb } from './convergence.property';
import { startRealServer, type RealServer } from './realServer';

// [SYNC-3] Several simulated devices against the real server code on in-memory
// PGlite. Seeded, so a failure repeats; 200 runs per property (kept small
// each, so the file stays within about a minute on two cores).
let server: RealServer;
const START = Date.UTC(2026, 10, 23, 8, 0, 0);

beforeAll(async () => {
  server = await startRealServer();
});

afterAll(async () => {
  await server?.close();
});

describe('team sync against the real server', () => {
  it('every device ends with the server’s data whatever the network does: partitions, lost answers, repeated and late batches, skewed clocks', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, (scenario) => checkConvergence(server, scenario, START)),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it('devices editing one person at once keep every edit of a different field, and the latest of the same field [MERGE-1] [SYNC-1]', async () => {
    await fc.assert(
      fc.asyncProperty(conflictScenarioArb, (scenario) => checkConvergence(server, scenario, START)),
      { seed: 20261124, numRuns: 200 },
    );
  });
});
