import { createInterface } from 'node:readline';
import { runAdmin, EXIT, USAGE } from './adminCommands.ts';
import { readConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { describeStorage, openDatabase } from './db/openDatabase.ts';

// `npm run admin -- <command> …`: teams, users, passwords and devices, on the
// same database the server uses (DATABASE_URL, else PGlite in DATA_DIR).

// Piped standard input, read a line at a time (declared before the top-level awaits use it).
let lines: AsyncIterator<string> | undefined;

const argv = process.argv.slice(2);
if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
  console.log(USAGE);
  process.exit(argv.length === 0 ? EXIT.usage : EXIT.ok);
}

let config;
try {
  config = readConfig(process.env, process.cwd());
} catch (error) {
  console.error((error as Error).message);
  process.exit(EXIT.failed);
}

let db;
try {
  db = await openDatabase(config);
  await migrate(db);
} catch (error) {
  console.error(`Databasen (${describeStorage(config)}) kunne ikke åpnes: ${(error as Error).message}`);
  process.exit(EXIT.failed);
}

let code: number;
try {
  code = await runAdmin(argv, db, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    askPassword,
    now: () => new Date(),
  });
} catch (error) {
  console.error(`Feil: ${(error as Error).message}`);
  code = EXIT.failed;
} finally {
  await db.close();
}
process.exit(code);

/** From a terminal: typed without echo. Piped: the next line of standard input. */
function askPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return nextLine();
  return new Promise((resolve, reject) => {
    process.stdout.write(prompt);
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new Error('Avbrutt.'));
          return;
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
    };
    stdin.on('data', onData);
  });
}

async function nextLine(): Promise<string> {
  lines ??= createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const { value, done } = await lines.next();
  if (done) throw new Error('Fikk ikke passordet på standard input.');
  return value;
}
