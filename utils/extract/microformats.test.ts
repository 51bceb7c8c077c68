import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom, page } from '../../tests/fixtures/extract/dom';
import { readMicroformats } from './microformats';

const BASE = 'https://notes.example.org/posts/1';
const fixture = (name: string) =>
  dom(readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8'));

describe('readMicroformats', () => {
  it("reads the h-entry: name, dates and p-author h-card, not a comment's author", () => {
    const out = readMicroformats(fixture('microformats.html'), [BASE], BASE);
    expect(out).toEqual({
      title: 'Notes on spaced repetition',
      publishedAt: '2023-11-05T08:00:00Z',
      modifiedAt: '2023-12-01',
      authors: [{ name: 'Lin Yu', url: 'https://lin.example.org/', image: 'https://notes.example.org/lin.jpg' }],
      card: { name: 'Lin Notes', url: 'https://notes.example.org/', image: undefined },
    });
  });

  it('reads classic hAtom: .author .vcard .fn, abbr.published', () => {
    const doc = page(
      '',
      `<div class="post hentry"><h1 class="entry-title">T</h1>
        <span class="byline">by <span class="author vcard"><a class="url fn" href="/author/jane">Jane Doe</a></span></span>
        <abbr class="published" title="2022-02-03T20:38:00Z">8:38 pm</abbr></div>`,
    );
    expect(readMicroformats(doc, [], BASE)).toMatchObject({
      title: 'T',
      publishedAt: '2022-02-03T20:38:00Z',
      authors: [{ name: 'Jane Doe', url: 'https://notes.example.org/author/jane' }],
    });
  });

  it('reads no entry from a listing, and no representative card among several', () => {
    const out = readMicroformats(fixture('listing.html'), [BASE], BASE);
    expect(out).toEqual({ authors: [], card: undefined });
    const cards = page(
      '',
      `<div class="h-card"><span class="p-name">A</span></div><div class="h-card"><span class="p-name">B</span></div>`,
    );
    expect(readMicroformats(cards, [BASE], BASE).card).toBeUndefined();
  });

  it("prefers the h-card whose u-url is the page's", () => {
    const doc = page(
      '',
      `<div class="h-card"><a class="u-url p-name" href="https://other.example.net/">Other</a></div>
       <div class="h-card"><a class="u-url" href="/posts/1"><span class="p-name">Me</span></a><img class="u-photo" src="/me.jpg"></div>`,
    );
    expect(readMicroformats(doc, [BASE], BASE).card).toEqual({
      name: 'Me',
      url: BASE,
      image: 'https://notes.example.org/me.jpg',
    });
  });
});
