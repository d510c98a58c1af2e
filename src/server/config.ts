import path from 'node:path';

export interface ServerConfig {
  port: number;
  /** undefined: every interface, IPv4 and IPv6 (Node's default). */
  host: string | undefined;
  distDir: string;
}

/** Reads PORT, HOST and DIST_DIR; throws an Error with a readable message. */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
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
  };
}
