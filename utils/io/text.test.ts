import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeAttribute, escapeMarkup, htmlToText, looksLikeMarkup, plainText } from './text';

describe('decodeEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&lt;b&gt; &quot;q&quot; &apos;a&apos;', '<b> "q" \'a\''],
    ['it&#39;s &#x2019; &#X2014;', 'it\u2019s \u2019 \u2014'.replace('\u2019s', "'s")],
    [
      'caf&eacute; &nbsp;&mdash;&hellip;&euro;&yuml;&iquest;&szlig;',
      'caf\u00e9 \u00a0\u2014\u2026\u20ac\u00ff\u00bf\u00df',
    ],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['&unknown; &amp &copy', '&unknown; &amp &copy'],
    ['&amp;lt;', '&lt;'],
    ['no references', 'no references'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and comments with their content, and tags', () => {
    expect(htmlToText('<b>Hi</b> <script>alert("x")</script>there<style>p{}</style><!-- c -->&amp; you')).toBe(
      'Hi  there & you',
    );
    expect(htmlToText('a<br>b<p>c</p>')).toBe('a b c ');
    expect(htmlToText('<img src=x onerror="alert(1)">Text')).toBe('Text');
    expect(htmlToText('before<script>never closed')).toBe('before ');
  });

  it('keeps escaped markup as text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });
});

describe('looksLikeMarkup / plainText', () => {
  it.each([
    ['<b>Bold</b> title', true],
    ['<img src=x onerror=alert(1)>', true],
    ['<script>alert(1)</script>', true],
    ['Line<br>break', true],
    ['The <canvas> element', false],
    ['a < b and c > d', false],
    ['Tom &amp; Jerry', false],
  ])('%s → %s', (value, markup) => {
    expect(looksLikeMarkup(value)).toBe(markup);
  });

  it('turns markup into text, leaves text alone', () => {
    expect(plainText('<b>Bold</b> &amp; brave<script>x()</script>')).toBe('Bold & brave ');
    expect(plainText('The <canvas> element & more')).toBe('The <canvas> element & more');
  });
});

describe('escaping', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeAttribute('a\nb\tc\r')).toBe('a&#10;b&#9;c&#13;');
  });

  it('round-trips through decodeEntities', () => {
    const text = `Ada's "notes" <on> A & B\nline`;
    expect(decodeEntities(escapeAttribute(text))).toBe(text);
  });
});
