import { failure, type Failure } from './respond.ts';

export type JsonBody = { ok: true; value: unknown } | { ok: false; failure: Failure };

/**
 * Reads a request's JSON body, never more than `maxBytes`: a declared
 * Content-Length over it is refused before reading, and a body that turns
 * out longer (chunked, or lying) is cut off as soon as it passes the limit.
 * Wrong content type, bad UTF-8 or malformed JSON are 4xx failures, never throws.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return refuse(failure(415, 'invalid-body', 'Innholdet må være JSON (Content-Type: application/json).'));
  }
  const tooLarge = failure(413, 'too-large', `Forespørselen er større enn ${maxBytes} byte. Send færre endringer om gangen.`);
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) {
    return refuse(/^\d+$/.test(declared) ? tooLarge : failure(400, 'invalid-body', 'Ugyldig Content-Length.'));
  }
  const bytes = await readAtMost(request, maxBytes);
  if (bytes === null) return refuse(tooLarge);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(failure(400, 'invalid-body', 'Innholdet er ikke gyldig UTF-8.'));
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refuse(failure(400, 'invalid-body', 'Innholdet er ikke gyldig JSON.'));
  }
}

function refuse(f: Failure): JsonBody {
  return { ok: false, failure: f };
}

/** The body's bytes, or null as soon as there are more than `maxBytes`. */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
