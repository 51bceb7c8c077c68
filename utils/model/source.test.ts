import { describe, expect, it } from 'vitest';
import { Source, SourceInput, cleanTopics } from './source';
import { defaultCategory, KINDS, CATEGORIES } from './vocabulary';
import { parseExtraction } from '../extract/extraction';

const base = {
  id: 'a1',
  kind: 'article',
  category: 'blogs',
  title: 'A post',
  status: 'to_explore',
  createdAt: 1,
  updatedAt: 1,
} as const;

describe('Source', () => {
  it('accepts a minimal source and fills defaults', () => {
    const s = Source.parse(base);
    expect(s.creators).toEqual([]);
    expect(s.topics).toEqual([]);
  });

  it('cleans text fields and bounds them', () => {
    const s = Source.parse({
      ...base,
      title: '  Hello\u200B \n world  ',
      description: 'x'.repeat(5_000),
      siteName: '   ',
    });
    expect(s.title).toBe('Hello world');
    expect(s.description).toHaveLength(2_000);
    expect(s.siteName).toBeUndefined();
  });

  it.each([['javascript:alert(1)'], ['data:text/html,hi'], ['file:///etc/passwd'], ['not a url']])(
    'refuses the link %s',
    (url) => {
      expect(Source.safeParse({ ...base, url }).success).toBe(false);
      expect(Source.safeParse({ ...base, image: url }).success).toBe(false);
    },
  );

  it('refuses an empty title, an unknown kind, a rating out of range', () => {
    expect(Source.safeParse({ ...base, title: ' \u200B ' }).success).toBe(false);
    expect(Source.safeParse({ ...base, kind: 'tweet' }).success).toBe(false);
    expect(Source.safeParse({ ...base, reliability: { rating: 6 } }).success).toBe(false);
    expect(Source.safeParse({ ...base, reliability: { rating: 2.5 } }).success).toBe(false);
    expect(Source.safeParse({ ...base, reliability: { rating: 4, reason: 'peer reviewed' } }).success).toBe(true);
    // The checklist behind a rating: known checks only, once each, in the checklist's order.
    expect(
      Source.parse({ ...base, reliability: { rating: 4, checks: ['evidence', 'author', 'evidence'] } }).reliability,
    ).toEqual({ rating: 4, reason: undefined, checks: ['author', 'evidence'] });
    expect(Source.safeParse({ ...base, reliability: { rating: 4, checks: ['vibes'] } }).success).toBe(false);
    // Its place in the review queue.
    expect(Source.parse({ ...base, review: { step: 2, at: 5 } }).review).toEqual({ step: 2, at: 5 });
    expect(Source.safeParse({ ...base, review: { step: -1, at: 5 } }).success).toBe(false);
  });

  it('lets an input leave id, category, status and times to the repository', () => {
    expect(SourceInput.safeParse({ kind: 'video', title: 'Talk' }).success).toBe(true);
  });

  it('gives every kind a default category', () => {
    for (const kind of KINDS) expect(CATEGORIES).toContain(defaultCategory(kind));
    expect(defaultCategory('person')).toBe('experts');
    expect(defaultCategory('podcast_episode')).toBe('podcasts');
  });

  it('starts a news article and its outlet in Research and reference', () => {
    expect(defaultCategory('article', true)).toBe('research');
    expect(defaultCategory('publication', true)).toBe('research');
    expect(defaultCategory('article')).toBe('blogs');
    // News names no person, show or video differently.
    expect(defaultCategory('person', true)).toBe('experts');
    expect(defaultCategory('video', true)).toBe('videos');
  });
});

describe('cleanTopics', () => {
  it('trims, drops hashes, empties and case-insensitive repeats', () => {
    expect(cleanTopics([' #Machine  learning ', 'machine learning', '', 'Rust'])).toEqual(['Machine learning', 'Rust']);
  });
});

describe('parseExtraction', () => {
  it('keeps good fields and drops bad ones without throwing', () => {
    const e = parseExtraction({
      url: 'javascript:alert(1)',
      pageUrl: 'https://example.org/post',
      title: 42,
      description: ' A  post ',
      kind: 'nonsense',
      authors: [{ name: 'Ada' }, { name: '' }, 'bob', { name: 'Eve', url: 'data:x' }],
    });
    expect(e.url).toBeUndefined();
    expect(e.pageUrl).toBe('https://example.org/post');
    expect(e.title).toBeUndefined();
    expect(e.description).toBe('A post');
    expect(e.kind).toBe('article');
    expect(e.authors).toEqual([
      { name: 'Ada', sameAs: [] },
      { name: 'Eve', sameAs: [] },
    ]);
    expect(e.feeds).toEqual([]);
  });

  it('turns anything that is not an object into an empty extraction', () => {
    expect(parseExtraction(null).authors).toEqual([]);
    expect(parseExtraction('x').kind).toBe('article');
  });
});
