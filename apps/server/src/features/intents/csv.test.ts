import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV cells', () => {
  it.each(['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises a cell a spreadsheet would run as a formula: %j', (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });

  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('dit "bonjour", puis part')).toBe('"dit ""bonjour"", puis part"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it('writes a UTF-8 BOM and CRLF line ends', () => {
    expect(toCsv(['a'], [['é']])).toBe('\uFEFF"a"\r\n"é"\r\n');
  });
});
