import { describe, expect, it } from 'vitest';
import { page } from '../../tests/fixtures/extract/dom';
import { absUrl, clean, cleanText, isoDate, langTag, meta, readMetas } from './util';

describe('clean', () => {
  it('collapses white space, drops control, zero-width and bidi characters, and caps', () => {
    expect(clean('  a\u200B\u0007b \n\t c\u202E\uFEFF  ', 100)).toBe('ab c');
    expect(clean('abcdef', 3)).toBe('abc');
    expect(clean('   ', 10)).toBeUndefined();
    expect(clean(42, 10)).toBeUndefined();
    expect(clean({ toString: () => 'x' }, 10)).toBeUndefined();
  });

  it('never leaves half a surrogate pair at the cut', () => {
    expect(clean('ab😀', 3)).toBe('ab');
  });

  it('keeps markup as plain text', () => {
    expect(clean('<img src=x onerror=alert(1)>', 100)).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('cleanText', () => {
  it('keeps line breaks but collapses the rest', () => {
    expect(cleanText('  one\r\n\r\n\r\n\r\ntwo  \t three \n', 100)).toBe('one\n\ntwo three');
  });
});

describe('absUrl', () => {
  it.each([
    ['/a/b?c=1', 'https://example.org/a/b?c=1'],
    ['img.png', 'https://example.org/dir/img.png'],
    ['//cdn.example.org/x.jpg', 'https://cdn.example.org/x.jpg'],
    ['  http://example.net/  ', 'http://example.net/'],
    ['javascript:alert(1)', undefined],
    ['data:image/png;base64,AAAA', undefined],
    ['mailto:a@example.org', undefined],
    ['', undefined],
    [`https://example.org/${'a'.repeat(3000)}`, undefined],
  ])('%s → %s', (input, expected) => {
    expect(absUrl(input, 'https://example.org/dir/page')).toBe(expected);
  });

  it('needs no base for absolute URLs and rejects non-strings', () => {
    expect(absUrl('https://example.org', undefined)).toBe('https://example.org/');
    expect(absUrl('/relative', undefined)).toBeUndefined();
    expect(absUrl(42)).toBeUndefined();
  });
});

describe('isoDate', () => {
  it.each([
    ['2024-03-01T09:00:00+00:00', '2024-03-01T09:00:00+00:00'],
    ['2024-03-01t09:00:00z', '2024-03-01T09:00:00Z'],
    ['2024/3/1', '2024-03-01'],
    ['2024-03', '2024-03'],
    ['2024', '2024'],
    ['2024-03-01 10:00', '2024-03-01'],
    ['2024-13-01', undefined],
    ['March 3, 2024', '2024-03-03T00:00:00.000Z'],
    ['Jane Doe 2024', undefined],
    ['yesterday', undefined],
    ['12345', undefined],
    [42, undefined],
  ])('%s → %s', (input, expected) => {
    const out = isoDate(input);
    // Date.parse reads "March 3, 2024" in local time; only the date part is stable across zones.
    if (typeof expected === 'string' && expected.endsWith('.000Z')) expect(out).toMatch(/^2024-03-0[234]T/);
    else expect(out).toBe(expected);
  });
});

describe('langTag', () => {
  it.each([
    ['en', 'en'],
    ['pt-BR', 'pt-BR'],
    ['en_US', 'en-US'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['english please', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => expect(langTag(input)).toBe(expected));
});

describe('readMetas', () => {
  it('reads property= and name=, lower-cases keys and keeps every value in order', () => {
    const metas = readMetas(
      page(`<meta property="OG:Title" content="A"><meta name="og:title" content="B">
            <meta name="citation_author" content="X"><meta name="citation_author" content="Y">
            <meta name="empty" content=""><meta name="no-content">`),
    );
    expect(metas.get('og:title')).toEqual(['A', 'B']);
    expect(metas.get('citation_author')).toEqual(['X', 'Y']);
    expect(metas.has('empty')).toBe(false);
    expect(meta(metas, 'missing', 'citation_author')).toBe('X');
  });

  it('skips blank values when picking the first', () => {
    const metas = readMetas(page(`<meta name="description" content="   "><meta name="description" content="Real">`));
    expect(meta(metas, 'description')).toBe('Real');
  });

  it('bounds values per key and the length of each value', () => {
    const many = Array.from({ length: 150 }, (_, i) => `<meta name="k" content="v${i}">`).join('');
    const huge = `<meta name="big" content="${'x'.repeat(100_000)}">`;
    const metas = readMetas(page(many + huge));
    expect(metas.get('k')).toHaveLength(100);
    expect(metas.get('big')?.[0]?.length).toBeLessThanOrEqual(8_192);
  });
});
