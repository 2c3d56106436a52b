/**
 * CSV per RFC 4180 (every cell quoted, quotes doubled, CRLF line ends), with cells that a spreadsheet
 * would run as a formula (=, +, -, @, and tab or carriage return) prefixed by an apostrophe (OWASP CSV injection).
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  // The BOM makes spreadsheet programs read the file as UTF-8 (accents in French names).
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
