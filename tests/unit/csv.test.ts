import { describe, expect, it } from 'vitest';
import { csvDate, csvPercent, toCsv } from '../../src/domain/reports/csv';
import { parseCsv } from './csvParse';

describe('toCsv', () => {
  it('[CSV-1] starts with a byte order mark and ends every line with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(text).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it('[CSV-1] reads back the same fields, however awkward the text', () => {
    const awkward = ['Fjellvik; Astrid', 'Sa "ja" til praksis', 'To\r\nlinjer', 'Én linje\nmed LF', 'Æøå og é', ''];
    expect(parseCsv(toCsv([awkward, ['enkel']]))).toEqual([awkward, ['enkel']]);
  });

  it('[CSV-1] quotes only fields that need it', () => {
    expect(toCsv([['uten', 'med;semikolon', 'med "sitat"']])).toBe('\uFEFFuten;"med;semikolon";"med ""sitat"""\r\n');
  });

  it('[CSV-1] writes dates as dd.mm.yyyy', () => {
    expect(parseCsv(toCsv([[csvDate('2026-11-23'), csvDate('2025-01-05')]]))).toEqual([['23.11.2026', '05.01.2025']]);
  });

  it('[CSV-1] writes percentages and decimals with a decimal comma, and no share as an empty field', () => {
    expect(parseCsv(toCsv([[csvPercent(42.6829), csvPercent(100), csvPercent(null), 37.5, 164]]))).toEqual([
      ['42,7', '100,0', '', '37,5', '164'],
    ]);
  });

  it('keeps text that Excel would run as a formula as plain text', () => {
    expect(parseCsv(toCsv([['=HYPERLINK("x")', '+47 912', '-', '@sum', 'Vanlig']]))).toEqual([
      ['\'=HYPERLINK("x")', "'+47 912", "'-", "'@sum", 'Vanlig'],
    ]);
  });

  it('writes a negative number as a number', () => {
    expect(parseCsv(toCsv([[-3]]))).toEqual([['-3']]);
  });

  it('writes an empty cell for null', () => {
    expect(parseCsv(toCsv([[null, 'x']]))).toEqual([['', 'x']]);
  });
});

describe('parseCsv (the test reader itself)', () => {
  it('refuses a file without a byte order mark', () => {
    expect(() => parseCsv('a;b\r\n')).toThrow(/byte order mark/);
  });

  it('refuses bare line feeds', () => {
    expect(() => parseCsv('\uFEFFa;b\nc\r\n')).toThrow(/CRLF/);
  });
});
