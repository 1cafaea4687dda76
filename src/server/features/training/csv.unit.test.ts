import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads plain, quoted and empty fields, CRLF and LF, with or without a BOM', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n1,"x, y",\n"say ""hi""",,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', ''],
      ['say "hi"', '', '3'],
    ]);
    expect(parseCsv(Buffer.from('工号,学时\n001,2.5\n', 'utf8'))).toEqual([
      ['工号', '学时'],
      ['001', '2.5'],
    ]);
  });

  it('keeps line breaks inside quotes and ignores a missing final newline', () => {
    expect(parseCsv('a,"line1\nline2"\r\nb,c')).toEqual([
      ['a', 'line1\nline2'],
      ['b', 'c'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
