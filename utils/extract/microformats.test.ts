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
    expect(out).toMatchObject({
      title: 'Notes on spaced repetition',
      publishedAt: '2023-11-05T08:00:00Z',
      modifiedAt: '2023-12-01',
      authors: [{ name: 'Lin Yu', url: 'https://lin.example.org/', image: 'https://notes.example.org/lin.jpg' }],
      card: { name: 'Lin Notes', url: 'https://notes.example.org/', image: undefined },
      owner: false,
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
    expect(out).toEqual({ authors: [], card: undefined, owner: false });
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
    expect(readMicroformats(doc, [BASE], BASE).card).toMatchObject({
      name: 'Me',
      url: BASE,
      image: 'https://notes.example.org/me.jpg',
    });
  });
});

describe('the representative h-card (microformats.org/wiki/representative-h-card-parsing)', () => {
  const HOME = 'https://ada.example/';
  const other = `<div class="h-card"><a class="u-url p-name" href="https://friend.example/">A friend</a></div>`;

  it('1. an h-card whose u-uid and u-url are the page', () => {
    const doc = page(
      '',
      `${other}<div class="h-card"><a class="u-url u-uid p-name" href="/">Ada Lovelace</a>
         <img class="u-photo" src="/ada.jpg" alt=""></div>`,
    );
    expect(readMicroformats(doc, [HOME], HOME)).toMatchObject({
      card: { name: 'Ada Lovelace', url: HOME, image: 'https://ada.example/ada.jpg' },
      owner: true,
    });
  });

  it('2. else an h-card with a u-url that is also a rel=me link of the page', () => {
    const doc = page(
      '',
      `${other}<div class="h-card"><span class="p-name">Ada Lovelace</span>
         <a class="u-url" href="https://social.example/@ada">@ada</a></div>`,
    );
    const out = readMicroformats(doc, ['https://ada.example/about'], HOME, ['https://social.example/@ada']);
    expect(out).toMatchObject({ card: { name: 'Ada Lovelace' }, owner: true });
    // Without the rel=me link, neither card is the page's.
    expect(readMicroformats(doc, ['https://ada.example/about'], HOME).owner).toBe(false);
  });

  it('3. else the only h-card, when a u-url of it is the page (trailing slash and fragment aside)', () => {
    const doc = page(
      '',
      `<div class="h-card"><a class="u-url p-name" href="https://ada.example">Ada Lovelace</a></div>`,
    );
    expect(readMicroformats(doc, ['https://ada.example/#top'], HOME)).toMatchObject({
      card: { name: 'Ada Lovelace' },
      owner: true,
    });
    // Among two h-cards, a u-url at the page is not enough without u-uid.
    const two = page('', `${other}<div class="h-card"><a class="u-url p-name" href="/">Ada Lovelace</a></div>`);
    expect(readMicroformats(two, [HOME], HOME)).toMatchObject({ card: { name: 'Ada Lovelace' }, owner: false });
  });

  it('is not the page itself when the page is an entry (a post on the same site)', () => {
    const doc = page(
      '',
      `<div class="h-card"><a class="u-url u-uid p-name" href="/">Ada Lovelace</a></div>
       <article class="h-entry"><h1 class="p-name">A post</h1></article>`,
    );
    expect(readMicroformats(doc, [HOME], HOME).owner).toBe(false);
  });
});
