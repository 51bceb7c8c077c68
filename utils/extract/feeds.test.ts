import { describe, expect, it } from 'vitest';
import { page } from '../../tests/fixtures/extract/dom';
import { isCommentsFeed, readFeeds, siteNameFromFeed } from './feeds';

const BASE = 'https://example.org/blog/post';

describe('readFeeds', () => {
  it('reads RSS, Atom and JSON feeds announced with rel=alternate, resolved and deduplicated', () => {
    const doc = page(`
      <link rel="alternate" type="application/rss+xml" title=" Site  » Feed " href="/feed/">
      <link rel="alternate" type="application/atom+xml" href="https://example.org/atom.xml">
      <link rel="alternate" type="application/feed+json" title="JSON Feed" href="feed.json">
      <link rel="alternate" type="application/json" title="Topic" href="https://feeds.example.org/topics/42/feed.json">
      <link rel="alternate" type="application/json" title="JSON" href="/wp-json/wp/v2/posts/1">
      <link rel="alternate" type="application/json+oembed" href="/oembed">
      <link rel="alternate" type="APPLICATION/RSS+XML; charset=utf-8" href="/feed/">
      <link rel="stylesheet" type="application/rss+xml" href="/not-a-feed">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" hreflang="fr" href="/fr/">`);
    expect(readFeeds(doc, BASE)).toEqual([
      { url: 'https://example.org/feed/', title: 'Site » Feed', type: 'rss' },
      { url: 'https://example.org/atom.xml', type: 'atom' },
      { url: 'https://example.org/blog/feed.json', title: 'JSON Feed', type: 'json' },
      { url: 'https://feeds.example.org/topics/42/feed.json', title: 'Topic', type: 'json' },
    ]);
  });

  it('reads at most 20 feeds', () => {
    const many = Array.from(
      { length: 30 },
      (_, i) => `<link rel="alternate" type="application/rss+xml" href="/f${i}.xml">`,
    ).join('');
    expect(readFeeds(page(many), BASE)).toHaveLength(20);
  });
});

describe('isCommentsFeed', () => {
  it.each([
    [{ url: 'https://example.org/comments/feed/', type: 'rss' as const }, true],
    [{ url: 'https://example.org/post/feed/', title: 'Site » Post Comments Feed', type: 'rss' as const }, true],
    [{ url: 'https://example.org/feed/', title: 'Site » Feed de los comentarios', type: 'rss' as const }, true],
    [{ url: 'https://example.org/feed/', title: 'Site » Feed', type: 'rss' as const }, false],
  ])('%j → %s', (feed, expected) => expect(isCommentsFeed(feed)).toBe(expected));
});

describe('siteNameFromFeed', () => {
  it.each([
    ['Widget Weekly » Feed', 'Widget Weekly'],
    ['kitchen notes RSS Feed', 'kitchen notes'],
    ['Odds and ends? - Atom', 'Odds and ends?'],
    ['Site RSS2 Feed', 'Site'],
    ['Site: All posts', 'Site'],
    ['Topic', undefined],
    ['RSS', undefined],
    ['My Newsfeed', undefined],
    [undefined, undefined],
  ])('%s → %s', (title, expected) =>
    expect(siteNameFromFeed({ url: 'https://example.org/f', title, type: 'rss' })).toBe(expected),
  );
});
