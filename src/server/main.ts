import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig, type ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { describeStorage, openDatabase } from './db/openDatabase.ts';
import { demoBanner, seedDemo } from './seedDemo.ts';

// Connections still open this long after a stop signal are cut.
const SHUTDOWN_GRACE_MS = 5_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: ServerConfig;
try {
  config = readConfig(process.env, process.cwd(), process.argv.slice(2));
} catch (error) {
  fail((error as Error).message);
}

if (!existsSync(path.join(config.distDir, 'index.html'))) {
  fail(
    `Fant ikke ${path.join(config.distDir, 'index.html')}: appen er ikke bygget.\n` +
      'Kjør npm run build først (eller npm start, som bygger og starter).',
  );
}

// Storage first: the server keeps nothing of its own between requests, so
// several can run against one PostgreSQL (DATABASE_URL).
let db: Database;
let demoLogin: Awaited<ReturnType<typeof seedDemo>> = null;
try {
  db = await openDatabase(config);
  const applied = await migrate(db);
  if (applied.length > 0) console.log(`Database (${describeStorage(config)}): la inn ${applied.join(', ')}`);
  if (config.demo) demoLogin = await seedDemo(db, new Date());
} catch (error) {
  fail(`Databasen (${describeStorage(config)}) kunne ikke åpnes: ${(error as Error).message}`);
}

const app = createApp({ distDir: config.distDir, db, trustProxy: config.trustProxy });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
  const url = `http://localhost:${info.port}`;
  console.log(`Femtrinn kjører på ${url} (${describeStorage(config)})`);
  if (demoLogin) console.log(demoBanner(demoLogin, url));
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') fail(`Porten ${config.port} er i bruk. Velg en annen med PORT=…`);
  if (error.code === 'EACCES') fail(`Har ikke lov til å lytte på port ${config.port}. Velg en annen med PORT=…`);
  fail(`Serveren kunne ikke starte: ${error.message}`);
});

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) {
    // A second Ctrl+C: the user does not want to wait.
    process.exit(1);
  }
  stopping = true;
  console.log(`${signal}: Femtrinn stopper …`);
  server.close((error) => {
    void db
      .close()
      .catch((closeError: Error) => console.error(`Feil da databasen ble lukket: ${closeError.message}`))
      .then(() => {
        if (error) fail(`Feil da serveren stoppet: ${error.message}`);
        process.exit(0);
      });
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, SHUTDOWN_GRACE_MS).unref();
}

process.on('SIGINT', stop);
process.on('SIGTERM', stop);
