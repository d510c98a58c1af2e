import path from 'node:path';

export type SafePath = { kind: 'ok'; relativePath: string; segments: string[] } | { kind: 'malformed' } | { kind: 'forbidden' };

/**
 * Turns a URL path (still percent-encoded, as in `new URL(url).pathname`) into a
 * path inside the served folder, or refuses it. Each segment is decoded on its
 * own, so an encoded `%2F`, `%5C`, `%00` or `..` can never climb out; dot
 * files and dot folders are refused too, since dist/ has none to serve.
 */
export function safeRelativePath(urlPath: string): SafePath {
  const rawSegments = urlPath.split('/').slice(1);
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'malformed' };
    }
    // An empty last segment is a trailing slash (`/`, `/oversikt/`); an empty
    // one in the middle (`//`) is never a path the app makes.
    if (segment === '') {
      if (index === rawSegments.length - 1) continue;
      return { kind: 'forbidden' };
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return { kind: 'forbidden' };
    segments.push(segment);
  }
  return { kind: 'ok', relativePath: segments.join('/'), segments };
}

/** Absolute file path for segments from safeRelativePath, checked to stay inside root. */
export function resolveInside(root: string, segments: string[]): string | null {
  const absolute = path.resolve(root, ...segments);
  const inside = absolute === root || absolute.startsWith(root + path.sep);
  return inside ? absolute : null;
}
