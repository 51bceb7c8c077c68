import { describe, expect, it } from 'vitest';
import { MarkupReader, type Token } from './markup';

function tokens(text: string, rawText: string[] = []): Token[] {
  const reader = new MarkupReader(text, { rawText });
  const out: Token[] = [];
  for (let t = reader.next(); t; t = reader.next()) out.push(t);
  return out;
}

function tags(text: string, rawText: string[] = []) {
  return tokens(text, rawText).flatMap((t) =>
    t.type === 'tag'
      ? [
          `${t.closing ? '/' : ''}${t.name}${t.selfClosing ? '/' : ''}${[...t.attrs].map(([k, v]) => ` ${k}=${v}`).join('')}`,
        ]
      : [],
  );
}

describe('MarkupReader', () => {
  it('reads tags and attributes: quoted either way, unquoted, bare; names lower-cased; references decoded', () => {
    expect(tags(`<A HREF="https://a.example/?x=1&amp;y=2" add_date=123 Tags='a,b' PRIVATE>t</A>`)).toEqual([
      'a href=https://a.example/?x=1&y=2 add_date=123 tags=a,b private=',
      '/a',
    ]);
    expect(tags('<outline text="x > y" xmlUrl="u"/>')).toEqual(['outline/ text=x > y xmlurl=u']);
  });

  it('keeps the first of repeated attributes', () => {
    expect(tags('<a href="first" HREF="second">')).toEqual(['a href=first']);
  });

  it('skips comments, doctypes and processing instructions; returns CDATA as text', () => {
    const result = tokens('<?xml version="1.0"?><!DOCTYPE x><!-- <a href="no"> --><b><![CDATA[<a>&amp;]]></b>');
    expect(result.map((t) => (t.type === 'tag' ? t.name : `${t.cdata ? 'cdata' : 'text'}:${t.raw}`))).toEqual([
      'b',
      'cdata:<a>&amp;',
      'b',
    ]);
  });

  it('never reads the content of raw-text elements', () => {
    expect(tags('<script>var s = "<a href=\'x\'>";</script><a href="y">', ['script'])).toEqual(['script', 'a href=y']);
    expect(tags('<script>never closed <a href="z">', ['script'])).toEqual(['script']);
  });

  it('takes a lone "<" for text', () => {
    const result = tokens('a < b <3 <a>');
    expect(result.filter((t) => t.type === 'text').map((t) => (t.type === 'text' ? t.raw : ''))).toEqual([
      'a ',
      '< b ',
      '<3 ',
    ]);
  });

  it('does not let an unclosed quote swallow the rest of the file', () => {
    expect(tags('<a href="https://x.example>Title</a>\n<a href="https://y.example">')).toEqual([
      'a href=https://x.example',
      '/a',
      'a href=https://y.example',
    ]);
  });

  it('gives 1-based line numbers', () => {
    const reader = new MarkupReader('<a>\n\n<b>\r\n<c>');
    const lines: number[] = [];
    for (let t = reader.next(); t; t = reader.next()) if (t.type === 'tag') lines.push(reader.lineAt(t.start));
    expect(lines).toEqual([1, 3, 4]);
  });
});

describe('MarkupReader on hostile input', () => {
  it.each([
    ['"<" and no ">"', '<a '.repeat(700_000)],
    ['closing tags and no ">"', '</a'.repeat(700_000)],
    ['unclosed quotes and no ">"', '<a x="'.repeat(350_000)],
    ['doctypes and no ">"', '<!x'.repeat(700_000)],
    ['tags with many attributes', `<a ${'x=1 '.repeat(500_000)}>`],
  ])('reads 2 MB of %s in linear time', (_name, text) => {
    const reader = new MarkupReader(text, { rawText: ['script'] });
    while (reader.next());
    expect(reader.pos).toBe(text.length);
  });
});
