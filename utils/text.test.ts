import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, foldForSearch, nameKey } from './text';

describe('text', () => {
  it('cleans a line: invisible characters dropped, white space collapsed, cut', () => {
    expect(cleanLine('  Spaced\u200B  repetition\n\tworks ', 100)).toBe('Spaced repetition works');
    expect(cleanLine('abcdef', 3)).toBe('abc');
  });

  it('never leaves half a character at the cut', () => {
    expect(cleanLine('ab\u{1F600}', 3)).toBe('ab');
    expect(cleanText('ab\u{1F600}', 3)).toBe('ab');
  });

  it('drops direction overrides, isolates, marks and every other invisible format character', () => {
    const hidden = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E', // embeddings and overrides
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069', // isolates
      '\u200E',
      '\u200F',
      '\u061C', // direction marks
      '\u200B',
      '\u2060',
      '\u2061',
      '\u2064',
      '\uFEFF',
      '\u00AD',
      '\u206A',
      '\uFFF9', // zero-width, invisible operators
      '\u0085',
      '\u009B', // C1 controls
      '\u{E0001}',
      '\u{E0041}', // a language tag, a tag letter outside a flag
    ];
    for (const c of hidden) expect(cleanLine(`Invoice ${c}fdp.exe`, 100), JSON.stringify(c)).toBe('Invoice fdp.exe');
    for (const c of hidden) expect(cleanText(`a${c}b\nc`, 100), JSON.stringify(c)).toBe('ab\nc');
    // A zero-width joiner or non-joiner between Latin letters only hides a difference.
    expect(cleanLine('pay\u200Dpal and pay\u200Cpal', 100)).toBe('paypal and paypal');
  });

  it('keeps the joiners and format characters a script or an emoji needs', () => {
    const kept = [
      'Family 👨\u200D👩\u200D👧', // emoji ZWJ sequence
      'On fire ❤️\u200D🔥 and 👩🏽\u200D💻', // after a variation selector and a skin tone
      'Flag 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', // England: tag characters
      'می\u200Cخواهم', // Persian: ZWNJ between Arabic letters
      'क्\u200Dष and ಕ\u200Cಕ', // Devanagari and Kannada joiners
      '\u0600\u0661\u0662 and \u06DD', // Arabic number sign, end of ayah
      '\u{13430} \u{1BCA0} \u{1D173}', // hieroglyph, shorthand and musical format controls
    ];
    for (const text of kept) expect(cleanLine(text, 200)).toBe(text);
  });

  it('cleans a text, keeping line breaks (at most one blank line)', () => {
    expect(cleanText('First\r\n\r\n\r\n  second \u0007line', 100)).toBe('First\n\n second line');
  });

  it('compares names by letters and digits, case ignored', () => {
    expect(nameKey('Jane-Doe')).toBe(nameKey(' jane  doe '));
    expect(nameKey('A. L.')).toBe('a l');
    expect(nameKey('  Hello, World! — Ça va?  ')).toBe('hello world ça va');
    expect(nameKey(undefined)).toBe('');
    expect(nameKey('José')).not.toBe(nameKey('Jose'));
    expect(nameKey(undefined)).toBe('');
  });

  it('folds case and accents for search', () => {
    expect(foldForSearch('Café ÉCLAIR')).toBe('cafe eclair');
  });
});
