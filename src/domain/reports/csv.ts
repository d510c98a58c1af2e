import type { IsoDate } from '../dates';

/** A date cell, written dd.mm.yyyy as Norwegian Excel reads it. */
export interface CsvDate {
  kind: 'date';
  value: IsoDate;
}
/** A percentage as a number with a decimal comma ("45,5"), empty when there is nothing to take a share of. */
export interface CsvPercent {
  kind: 'percent';
  value: number | null;
}
export type CsvCell = string | number | null | CsvDate | CsvPercent;

export const csvDate = (value: IsoDate): CsvDate => ({ kind: 'date', value });
export const csvPercent = (value: number | null): CsvPercent => ({ kind: 'percent', value });

/** Excel opens a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
export const BYTE_ORDER_MARK = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

function decimal(value: number, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return text.replace('.', ',');
}

/**
 * Text that starts like a formula (=, +, -, @) is run by Excel when the file
 * opens (CSV injection): a leading apostrophe keeps it plain text.
 */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return decimal(cell);
  if (typeof cell === 'string') return safeText(cell);
  if (cell.kind === 'date') {
    const [year, month, day] = cell.value.split('-');
    return cell.value === '' ? '' : `${day}.${month}.${year}`;
  }
  return cell.value === null ? '' : decimal(cell.value, 1);
}

/** Quotes a field that holds the separator, a quote or a line break; quotes inside are doubled. */
function quoted(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * [CSV-1] A table as a CSV file that opens correctly in Norwegian Excel:
 * UTF-8 with a byte order mark, semicolons between fields (the comma is the
 * decimal sign), CRLF line ends, dates as dd.mm.yyyy, decimal commas.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map((cell) => quoted(cellText(cell))).join(SEPARATOR)).join(LINE_END) + LINE_END;
}
