import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES, RowCollector, exactUrl, guessKind, parseTime, titleFromUrl, urlProblem } from './rows';
import { issueReasons } from './test-issues';
import { problemText } from '../errors';

describe('urlProblem', () => {
  it.each([
    ['javascript:alert(1)', 'not a web address (javascript:)'],
    ['JavaScript:alert(1)', 'not a web address (javascript:)'],
    ['data:text/html,hi', 'not a web address (data:)'],
    ['file:///etc/passwd', 'not a web address (file:)'],
    ['place:sort=8', 'not a web address (place:)'],
    ['', 'no web address'],
    [undefined, 'no web address'],
    ['example.com/page', 'not a web address'],
    [`https://example.com/${'a'.repeat(3000)}`, 'web address too long'],
  ])('%s', (url, reason) => {
    expect(problemText(urlProblem(url))).toBe(reason);
  });
});

describe('guessKind', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc', 'video'],
    ['https://vimeo.com/76979871', 'video'],
    ['https://www.dailymotion.com/video/x7xyz', 'video'],
    ['https://www.ted.com/talks/some_talk', 'video'],
    ['https://example.com/media/talk.mp4', 'video'],
    ['https://www.youtube.com/@channel', 'article'],
    ['https://vimeo.com/about', 'article'],
    ['https://example.com/post', 'article'],
  ])('%s → %s', (url, kind) => {
    expect(guessKind(url)).toBe(kind);
  });
});

describe('parseTime', () => {
  it.each([
    ['1609459200', 1_609_459_200_000],
    ['1609459200123', 1_609_459_200_123],
    ['1609459200123456', 1_609_459_200_123],
    ['2023-04-12T08:15:30.000Z', 1_681_287_330_000],
    ['Wed, 12 Apr 2023 08:15:30 GMT', 1_681_287_330_000],
    ['0', undefined],
    ['-5', undefined],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
    ['99999999999999999999', undefined],
  ])('%s', (value, ms) => {
    expect(parseTime(value)).toBe(ms);
  });
});

describe('titleFromUrl / exactUrl', () => {
  it('makes a readable title from host and path', () => {
    expect(titleFromUrl('https://example.com/posts/caf%C3%A9')).toBe('example.com/posts/café');
    expect(titleFromUrl('https://example.com/')).toBe('example.com');
  });

  it('keeps a feed address as written, checks it like normalizeUrl', () => {
    expect(exactUrl(' https://user:pw@example.com/feed/?utm_source=x#top ')).toBe(
      'https://example.com/feed/?utm_source=x',
    );
    expect(exactUrl('javascript:alert(1)')).toBeUndefined();
    expect(exactUrl('/relative/feed')).toBeUndefined();
  });
});

describe('RowCollector', () => {
  it('normalizes addresses, merges repeats into the first row and counts them', () => {
    const rows = new RowCollector('csv');
    rows.add({ line: 1, url: 'https://example.com/a?utm_source=x', title: 'A', topics: ['Rust', 'learning'] });
    rows.add({
      line: 2,
      url: 'https://EXAMPLE.com/a/',
      title: 'A again',
      topics: ['Learning', 'Go'],
      description: 'Filled in',
    });
    rows.add({ line: 3, url: 'https://example.com/b', topics: [] });
    const result = rows.result('generic');
    expect(result.duplicatesInFile).toBe(1);
    expect(result.rows).toEqual([
      {
        line: 1,
        kind: 'article',
        title: 'A',
        url: 'https://example.com/a',
        topics: ['Rust', 'learning', 'Go'],
        feeds: [],
        description: 'Filled in',
      },
      { line: 3, kind: 'article', title: 'example.com/b', url: 'https://example.com/b', topics: [], feeds: [] },
    ]);
    expect(result.variant).toBe('generic');
  });

  it('bounds every field', () => {
    const rows = new RowCollector('csv');
    rows.add({
      line: 1,
      url: 'https://example.com/',
      title: `  ${'t'.repeat(600)}  `,
      description: 'd'.repeat(3_000),
      note: 'n'.repeat(30_000),
      quote: 'q'.repeat(6_000),
      topics: Array.from({ length: 80 }, (_, i) => `topic ${i} ${'x'.repeat(100)}`),
      feeds: Array.from({ length: 30 }, (_, i) => ({ url: `https://example.com/feed${i}`, type: 'rss' as const })),
      createdAt: 1e20,
    });
    const [row] = rows.result().rows;
    expect(row?.title).toHaveLength(500);
    expect(row?.description).toHaveLength(2_000);
    expect(row?.note).toHaveLength(20_000);
    expect(row?.quote).toHaveLength(5_000);
    expect(row?.topics).toHaveLength(50);
    expect(row?.topics.every((t) => t.length <= 60)).toBe(true);
    expect(row?.feeds).toHaveLength(20);
    expect(row?.createdAt).toBeUndefined();
  });

  it('lists the first refused rows and counts them all', () => {
    const rows = new RowCollector('csv');
    for (let i = 1; i <= MAX_LISTED_ISSUES + 5; i++) rows.add({ line: i, url: `javascript:void(${i})` });
    const result = rows.result();
    expect(result.invalidCount).toBe(MAX_LISTED_ISSUES + 5);
    expect(issueReasons(result.invalid)).toHaveLength(MAX_LISTED_ISSUES);
    expect(issueReasons(result.invalid)[0]).toEqual({ line: 1, reason: 'not a web address (javascript:)' });
  });
});
