import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, hashPassword, randomPassword, verifyPassword } from '../../src/server/auth/password.ts';
import { hashToken, newToken } from '../../src/server/auth/tokens.ts';

const cheap = { N: 1024, r: 8, p: 1 };

describe('passwords (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('riktig hest batteri', cheap);
    expect(await verifyPassword('riktig hest batteri', stored)).toBe(true);
    expect(await verifyPassword('riktig hest batteri ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('stores the parameters and a fresh salt with every hash', async () => {
    const a = await hashPassword('samme passord', cheap);
    const b = await hashPassword('samme passord', cheap);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('samme');
  });

  it('uses a real cost by default', async () => {
    expect(DEFAULT_SCRYPT.N).toBeGreaterThanOrEqual(2 ** 15);
    const stored = await hashPassword('standard', DEFAULT_SCRYPT);
    expect(stored.startsWith(`scrypt$${2 ** 15}$8$1$`)).toBe(true);
    expect(await verifyPassword('standard', stored)).toBe(true);
  });

  it('treats text that is not one of its hashes as no match, never a crash', async () => {
    for (const stored of ['', 'plain', 'scrypt$x$8$1$abc$def', 'bcrypt$1$2$3$4$5', 'scrypt$1024$8$1$abc$short']) {
      expect(await verifyPassword('plain', stored)).toBe(false);
    }
  });

  it('makes readable random passwords', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => randomPassword()));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  });
});

describe('session tokens', () => {
  it('are long and random, and stored as a SHA-256 hash', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
  });
});
