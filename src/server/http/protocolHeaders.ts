import type { MiddlewareHandler } from 'hono';
import { HEADER_PROTOCOL, HEADER_SCHEMA, MIN_PROTOCOL_VERSION } from '../../protocol/protocol.ts';
import { failure, sendFailure } from './respond.ts';

export const UPGRADE_MESSAGE = 'Appen er for gammel for serveren. Last inn siden på nytt eller oppdater appen for å synkronisere.';

/**
 * Every API call but health names the protocol it speaks (and the record
 * schema it writes). A client below MIN_PROTOCOL_VERSION, or one that sends no
 * version at all (it predates them), is told to upgrade: 426.
 */
export function protocolHeaders(now: () => Date): MiddlewareHandler {
  return async (c, next) => {
    const protocol = c.req.header(HEADER_PROTOCOL);
    const schema = c.req.header(HEADER_SCHEMA);
    if (protocol === undefined) return sendFailure(c, now, failure(426, 'upgrade-required', UPGRADE_MESSAGE));
    if (!isVersion(protocol) || (schema !== undefined && !isVersion(schema))) {
      return sendFailure(c, now, failure(400, 'invalid-body', `${HEADER_PROTOCOL} og ${HEADER_SCHEMA} må være heltall.`));
    }
    if (Number(protocol) < MIN_PROTOCOL_VERSION) {
      return sendFailure(c, now, failure(426, 'upgrade-required', UPGRADE_MESSAGE));
    }
    await next();
  };
}

function isVersion(value: string): boolean {
  return /^\d{1,6}$/.test(value.trim());
}
