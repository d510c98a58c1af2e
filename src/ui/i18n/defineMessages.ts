/**
 * A feature's texts in both languages. The type makes every key present in
 * both, so a missing English text is a compile error, not a blank on screen.
 */
export function defineMessages<K extends string>(messages: { nb: Record<K, string>; en: Record<K, string> }) {
  return messages;
}
