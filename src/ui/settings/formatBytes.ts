/** "1,2 MB" in Norwegian, "1.2 MB" in English. */
export function formatBytes(bytes: number, language: 'nb' | 'en'): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: digits })} ${units[unit]}`;
}
