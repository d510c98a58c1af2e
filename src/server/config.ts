import path from 'node:path';

export interface ServerConfig {
  port: number;
  /** undefined: every interface, IPv4 and IPv6 (Node's default). */
  host: string | undefined;
  distDir: string;
  /** PGlite's folder (DATA_DIR, default ./data); unused when databaseUrl is set. */
  dataDir: string;
  /** DATABASE_URL: PostgreSQL instead of the embedded database. */
  databaseUrl: string | undefined;
  /** TRUST_PROXY=1: behind a proxy, the client's address is the first in X-Forwarded-For. */
  trustProxy: boolean;
  /** Make a demo team and user on an empty database: not with --no-demo nor NODE_ENV=production. */
  demo: boolean;
}

/** Reads PORT, HOST, DIST_DIR, DATA_DIR, DATABASE_URL, TRUST_PROXY, NODE_ENV and --no-demo; throws an Error with a readable message. */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string, args: readonly string[] = []): ServerConfig {
  const rawPort = env.PORT?.trim() || '8080';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new Error(`PORT må være et tall fra 0 til 65535, ikke «${rawPort}».`);
  }
  return {
    port,
    // Phones on the team's network reach the server, so listen on all
    // interfaces unless HOST narrows it (e.g. HOST=127.0.0.1 behind a proxy).
    host: env.HOST?.trim() || undefined,
    distDir: path.resolve(cwd, env.DIST_DIR?.trim() || 'dist'),
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || 'data'),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    trustProxy: ['1', 'true', 'yes'].includes(env.TRUST_PROXY?.trim().toLowerCase() ?? ''),
    demo: !args.includes('--no-demo') && env.NODE_ENV !== 'production',
  };
}

function databaseUrl(raw: string | undefined): string | undefined {
  const url = raw?.trim();
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('DATABASE_URL må begynne med postgres:// (for eksempel postgres://bruker:passord@localhost:5432/femtrinn).');
  }
  return url;
}
