import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The client's address, for the login limit. Behind a proxy or load balancer
 * (TRUST_PROXY=1) it is the first address in X-Forwarded-For; otherwise the
 * socket's, so a client cannot pick its own by sending the header.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'ukjent';
  } catch {
    // app.request() in tests has no socket.
    return 'ukjent';
  }
}
