/**
 * A tiny reader for the CSV dialect Norwegian Excel opens (semicolons, CRLF,
 * double quotes doubled inside quoted fields), to read exports back in tests.
 * It refuses what Excel would misread: a missing byte order mark or a bare LF.
 */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('No byte order mark: Excel would not read the file as UTF-8');
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else if (char === '\n') throw new Error(`A bare line feed at ${index}: lines must end with CRLF`);
    else field += char;
  }
  if (quoted) throw new Error('A quoted field never ends');
  if (field !== '' || row.length > 0) throw new Error('The last line has no CRLF');
  return rows;
}
