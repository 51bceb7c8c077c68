import { describe, expect, it } from 'vitest';
import { CsvReader, MAX_COLUMNS, sniffDelimiter, type CsvRecord, type Delimiter } from './csv-reader';
import { problemText } from '../errors';

/** Every record of a CSV text, read as parseCsv reads them: one at a time. */
function readCsv(text: string, delimiter: Delimiter = sniffDelimiter(text)): CsvRecord[] {
  const reader = new CsvReader(text, delimiter);
  const out: CsvRecord[] = [];
  for (let r = reader.next(); r; r = reader.next()) out.push(r);
  return out;
}

describe('readCsv (RFC 4180)', () => {
  it('reads quoted fields, doubled quotes, delimiters and line breaks inside quotes', () => {
    expect(readCsv('a,"b,c","say ""hi""","two\nlines",\r\nx,y\r\n')).toEqual([
      { line: 1, fields: ['a', 'b,c', 'say "hi"', 'two\nlines', ''] },
      { line: 3, fields: ['x', 'y'] },
    ]);
  });

  it('takes CRLF, LF and CR line ends, and skips a byte order mark', () => {
    expect(readCsv('\uFEFFa,b\r\nc,d\ne,f\rg,h').map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'a', 'b'],
      [2, 'c', 'd'],
      [3, 'e', 'f'],
      [4, 'g', 'h'],
    ]);
  });

  it('counts lines inside quoted fields, so that later rows keep their true line numbers', () => {
    const records = readCsv('h\n"1\r\n2\r3\n4"\nnext');
    expect(records.map((r) => r.line)).toEqual([1, 2, 6]);
  });

  it('sniffs the delimiter from the header line', () => {
    expect(sniffDelimiter('url;title;tags\nhttps://a,b;c;d')).toBe(';');
    expect(sniffDelimiter('url\ttitle\n')).toBe('\t');
    expect(sniffDelimiter('"a;b;c",url\n')).toBe(',');
    expect(sniffDelimiter('url')).toBe(',');
    expect(readCsv('a;"b;c"\n1;2', ';')).toEqual([
      { line: 1, fields: ['a', 'b;c'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('marks a stray quote in an unquoted field, or after a closing quote, with its line', () => {
    const records = readCsv('ok,1\nbad "quote",2\n"closed"then text,3\n"spaces after"  ,4\nok,5');
    expect(records.map((r) => [r.line, r.error && problemText(r.error)])).toEqual([
      [1, undefined],
      [2, 'stray quote in an unquoted field on line 2'],
      [3, 'stray quote: text after a closing quote on line 3'],
      [4, undefined],
      [5, undefined],
    ]);
    expect(records[3]?.fields).toEqual(['spaces after', '4']);
  });

  it('does not let a quote that is never closed swallow the rest of the file', () => {
    const records = readCsv('a,b\n"never closed,1\nc,d\ne,f');
    expect(records.map((r) => [r.line, r.fields, r.error && problemText(r.error)])).toEqual([
      [1, ['a', 'b'], undefined],
      [2, ['never closed', '1'], 'a quote opened on line 2 is never closed'],
      [3, ['c', 'd'], undefined],
      [4, ['e', 'f'], undefined],
    ]);
  });

  it('says which lines a broken row spans', () => {
    const records = readCsv('"a\nb"x,1\nok,2');
    expect(records[0]?.error && problemText(records[0].error)).toBe(
      'stray quote: text after a closing quote on line 2 (the row runs from line 1 to line 2)',
    );
    expect(records[1]).toEqual({ line: 3, fields: ['ok', '2'] });
  });

  it('bounds the number of columns', () => {
    const [record] = readCsv(','.repeat(MAX_COLUMNS + 10));
    expect(record?.fields).toHaveLength(MAX_COLUMNS);
    expect(record?.error && problemText(record.error)).toBe(`more than ${MAX_COLUMNS} columns`);
  });
});
