/**
 * CSV text as RFC 4180 describes it: fields separated by commas, records by
 * CRLF, a field quoted when it holds a comma, a quote or a line break, and a
 * quote inside doubled. A field a spreadsheet would run as a formula (one that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return: OWASP's "CSV
 * injection") is prefixed with an apostrophe, so it shows as the text it is.
 * The text begins with a byte order mark, so spreadsheets read å, ä, ö and ø as
 * UTF-8. Pure, no DOM.
 */

/** What a spreadsheet may take for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, made safe and quoted as needed. Numbers are written as they are. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV text: the header row, then one record per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
