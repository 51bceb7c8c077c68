import { describe, expect, it } from 'vitest';
import { highlight, matchesAny, snippet } from './highlight';
import { queryTerms } from './text';

const marked = (text: string, query: string) =>
  highlight(text, queryTerms(query))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlight', () => {
  it.each([
    ['Spaced repetition for engineers', 'rep eng', 'Spaced [rep]etition for [eng]ineers'],
    ['The Learning Loop', 'learning loop', 'The [Learning] [Loop]'],
    ['Café au lait', 'cafe', '[Café] au lait'],
    ['Cafe\u0301 au lait', 'cafe', '[Cafe\u0301] au lait'], // a combining accent stays with its letter
    ['ÉCOLE école', 'éc', '[ÉC]OLE [éc]ole'],
    ['Try the five-card plan', 'five-card', 'Try the [five]-[card] plan'],
    ['learning learned', 'learn learning', '[learning] learned'], // "learn" adds nothing to "learning"
    ['<img src=x onerror=alert(1)>', 'img', '<[img] src=x onerror=alert(1)>'],
    ['Nothing here', 'zebra', 'Nothing here'],
    ['Anything', '', 'Anything'],
  ])('%j with %j', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Ünïcödé, émojis 🎉 and — dashes';
    expect(
      highlight(text, queryTerms('unicode emojis dashes'))
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('matchesAny', () => {
  it('says whether a query word begins a word of the text', () => {
    expect(matchesAny('Spaced repetition', ['rep'])).toBe(true);
    expect(matchesAny('Spaced repetition', ['pet'])).toBe(false);
    expect(matchesAny(undefined, ['rep'])).toBe(false);
  });
});

describe('snippet', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The Leitner system sorts cards into boxes. ${'Consectetur adipiscing elit. '.repeat(10)}`;

  it('shows the text around the first match, cut at words', () => {
    const piece = snippet(long, queryTerms('leitner'), 80);
    expect(piece).toMatch(/^….*Leitner system.*…$/);
    expect(piece.length).toBeLessThanOrEqual(82);
    expect(piece.slice(1, -1)).toBe(piece.slice(1, -1).trim());
  });

  it('shows the start when nothing matches, and short texts whole', () => {
    expect(snippet(long, queryTerms('zebra'), 40)).toMatch(/^Lorem ipsum.*…$/);
    expect(snippet('Short   text', [], 40)).toBe('Short text');
  });
});
