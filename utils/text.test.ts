import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, foldForSearch, nameKey } from './text';

describe('text', () => {
  it('cleans a line: invisible characters dropped, white space collapsed, cut', () => {
    expect(cleanLine('  Spaced\u200B  repetition\n\tworks ', 100)).toBe('Spaced repetition works');
    expect(cleanLine('abcdef', 3)).toBe('abc');
  });

  it('cleans a text, keeping line breaks (at most one blank line)', () => {
    expect(cleanText('First\r\n\r\n\r\n  second \u0007line', 100)).toBe('First\n\n second line');
  });

  it('compares names by letters and digits, case ignored', () => {
    expect(nameKey('Jane-Doe')).toBe(nameKey(' jane  doe '));
    expect(nameKey('A. L.')).toBe('a l');
    expect(nameKey('José')).not.toBe(nameKey('Jose'));
    expect(nameKey(undefined)).toBe('');
  });

  it('folds case and accents for search', () => {
    expect(foldForSearch('Café ÉCLAIR')).toBe('cafe eclair');
  });
});
