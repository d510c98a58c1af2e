// How long a browser may keep a file from dist/ without asking again.
//
// Only Vite's content-hashed build output under /assets/ (`index-B2xk9_aZ.js`)
// is immutable: a new build gives it a new name. Everything else — index.html,
// sw.js, registerSW.js, the manifest, icons, workbox-*.js — keeps its name
// across releases, so the browser must revalidate it every time (no-cache still
// lets it reuse the copy after a cheap 304). An immutable sw.js or index.html
// would pin users to an old release.
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

// Vite names hashed files `<name>-<hash>.<ext>`, the hash being 8 base64url
// characters; 6 or more is accepted. Put nothing unhashed in public/assets/.
const hashedAsset = /^assets\/(?:[^/]+\/)*[^/]+-[A-Za-z0-9_-]{6,}\.[A-Za-z0-9]+$/;

/** `relativePath` is the file's path inside dist/, with forward slashes. */
export function cacheControlFor(relativePath: string): string {
  return hashedAsset.test(relativePath) ? IMMUTABLE : REVALIDATE;
}
