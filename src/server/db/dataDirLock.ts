import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'femtrinn.lock';

/**
 * PGlite keeps its files in one folder that only one process may open: a
 * second one (an admin command while the server runs) would corrupt it. The
 * lock file holds the owner's pid; a lock left by a process that is gone is
 * taken over. Returns the function that lets go.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `Databasen i ${dataDir} er i bruk av en annen prosess (pid ${owner}). ` +
            'Stopp serveren først, eller bruk PostgreSQL (DATABASE_URL) når flere prosesser skal bruke den.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Fikk ikke låst ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
