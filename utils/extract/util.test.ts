import { describe, expect, it } from 'vitest';
import { page } from '../../tests/fixtures/extract/dom';
import { absUrl, clean, cleanText, isoDate, isoDuration, langTag, meta, readMetas } from './util';

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
    ['2024-03-01 10:00', '2024-03-01T10:00'],
    ['2019-02-01 09:51:00 -0400', '2019-02-01T09:51:00-04:00'],
    ['2019-08-14 10:20:30', '2019-08-14T10:20:30'],
    ['2019-08-14T05:55%Z', '2019-08-14T05:55'],
    ['2024-13-01', undefined],
    ['March 3, 2024', '2024-03-03'],
    ['Thursday, March 14, 2019', '2019-03-14'],
    ['Posted on June 3rd, 2018 at 5:31 pm', '2018-06-03'],
    ['14 Feb, 2018, 10.34PM IST', '2018-02-14'],
    ['Wed Aug 14 05:55:00 2019', '2019-08-14'],
    ['Tue, Mar 5 2019 15:37:00 EST', '2019-03-05T20:37:00.000Z'],
    ['Sat, 23 Oct 2021 01:02:03 +0000', '2021-10-23T01:02:03.000Z'],
    ['March 2024', '2024-03'],
    ['4/6/2019', undefined],
    ['6 years ago', undefined],
    ['Jane Doe 2024', undefined],
    ['yesterday', undefined],
    ['12345', undefined],
    [42, undefined],
  ])('%s → %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});

describe('isoDuration', () => {
  it.each([
    ['PT1H2M3S', 'PT1H2M3S'],
    ['pt2m22s', 'PT2M22S'],
    ['P1DT2H', 'P1DT2H'],
    ['142', 'PT2M22S'],
    ['3600', 'PT1H'],
    ['0', undefined],
    ['P', undefined],
    ['PT', undefined],
    ['2 minutes', undefined],
    [42, undefined],
  ])('%s → %s', (input, expected) => expect(isoDuration(input)).toBe(expected));
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

  it('reports when it stops reading at 3,000 tags', () => {
    const skipped: string[] = [];
    const metas = readMetas(
      page(Array.from({ length: 3_001 }, (_, i) => `<meta name="m${i}" content="v">`).join('')),
      (r) => skipped.push(r),
    );
    expect(metas.has('m2999')).toBe(true);
    expect(metas.has('m3000')).toBe(false);
    expect(skipped).toEqual(['meta: over 3000 tags, rest ignored']);
  });

  it('bounds values per key and the length of each value', () => {
    const many = Array.from({ length: 150 }, (_, i) => `<meta name="k" content="v${i}">`).join('');
    const huge = `<meta name="big" content="${'x'.repeat(100_000)}">`;
    const metas = readMetas(page(many + huge));
    expect(metas.get('k')).toHaveLength(100);
    expect(metas.get('big')?.[0]?.length).toBeLessThanOrEqual(8_192);
  });
});
