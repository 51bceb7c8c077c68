import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseCsv } from './csv';
import { decodeImportBytes } from './decode';

const utf16 = (text: string, endian: 'le' | 'be') => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    bytes[2 + i * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
};

describe('decodeImportBytes', () => {
  const text = fixture('raindrop.csv');

  it('reads UTF-8, with or without its byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeImportBytes(utf8)).toBe(text);
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
  });

  it('reads UTF-16 with a byte-order mark, as Excel saves "Unicode text"', () => {
    expect(decodeImportBytes(utf16(text, 'le'))).toBe(text);
    expect(decodeImportBytes(utf16(text, 'be'))).toBe(text);
    const rows = parseCsv(decodeImportBytes(utf16(text, 'le')));
    expect(rows).toEqual(parseCsv(text));
  });

  it('reads a file that is not UTF-8 as Windows-1252 (Latin-1)', () => {
    const latin1 = Uint8Array.from(
      'title,url\nCafé crème – naïve,https://example.org/\n',
      (c) => c.charCodeAt(0) & 0xff,
    );
    latin1[latin1.indexOf(0x13)] = 0x96; // the en dash, as Windows-1252 has it
    expect(decodeImportBytes(latin1)).toBe('title,url\nCafé crème – naïve,https://example.org/\n');
  });
});
