import { createHash, randomBytes } from 'node:crypto';

/** An opaque bearer token: 256 random bits. The client keeps it; the server keeps only its hash. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 is enough here (not scrypt): the token is random, not a guessable password. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
