import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom, page } from '../../tests/fixtures/extract/dom';
import { findHeadline, readByline, socialName } from './byline';

const BASE = 'https://example.org/2018/06/why-we-forget/';
const fixture = (name: string) =>
  dom(readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8'));
const TITLE = 'Field Notes Weekly - Why we forget, and what to do about it';

describe('findHeadline', () => {
  it('finds the heading that is the title, or one half of a "Site - Post" title', () => {
    const doc = page('', `<h2>Field Notes Weekly</h2><h1>Why we forget, and what to do about it</h1>`);
    expect(findHeadline(doc, [TITLE])?.localName).toBe('h1');
    expect(
      findHeadline(page('', `<div class="h2 title">The Memory Effect</div>`), ['The Memory Effect'])?.textContent,
    ).toBe('The Memory Effect');
    // A blog's header names the site and links home: it is not the post's headline.
    const blog = page(
      '',
      `<h1><a href="https://example.org/">Kitchen Notes</a></h1><h2><a href="/2019/03/lemon-tart/">lemon tart</a></h2>`,
    );
    expect(findHeadline(blog, ['Kitchen Notes » lemon tart'], BASE)?.localName).toBe('h2');
  });

  it('finds nothing when no heading is the title (a tag page: "Memory" is not the title)', () => {
    expect(findHeadline(fixture('listing.html'), ['Tag: memory - Field Notes Weekly'])).toBeUndefined();
    expect(findHeadline(page('', '<h1>Anything</h1>'), [undefined, ''])).toBeUndefined();
  });
});

describe('readByline', () => {
  it('reads the byline and the date next to the headline, with one person per author link', () => {
    expect(readByline(fixture('byline.html'), [TITLE], BASE)).toEqual({
      headline: 'Why we forget, and what to do about it',
      authors: [
        { name: 'Jane Doe', url: 'https://example.org/author/jane-doe/' },
        { name: 'John Roe', url: 'https://example.org/author/john-roe/' },
      ],
      publishedAt: '2018-06-03',
    });
  });

  it('reads "By Name" text, a date element before the headline, a <time> after it', () => {
    const before = page(
      '',
      `<div class="post"><div class="date">Thursday, March 14, 2019</div><h2>lemon tart</h2><p>By Jane Doe • 5 min read</p></div>`,
    );
    expect(readByline(before, ['lemon tart'], BASE)).toEqual({
      headline: 'lemon tart',
      authors: [{ name: 'By Jane Doe' }],
      publishedAt: '2019-03-14',
    });
    const parent = page(
      '',
      `<article><div class="title"><h1>shell scripts for toys</h1></div><div class="time"><h2> June 03, 2018 </h2></div>
       <footer><time datetime="2024-01-01">later</time></footer></article>`,
    );
    expect(readByline(parent, ["A tinkerer's notebook - shell scripts for toys"], BASE).publishedAt).toBe('2018-06-03');
    const time = page(
      '',
      `<h1>Post</h1><div class="meta"><a rel="author" href="/u/jane">Jane Doe</a> on <time datetime="2021-03-04T03:05:00-04:00">Aug 14</time></div>`,
    );
    expect(readByline(time, ['Post'], BASE)).toMatchObject({
      authors: [{ name: 'Jane Doe', url: 'https://example.org/u/jane' }],
      publishedAt: '2021-03-04T03:05:00-04:00',
    });
  });

  it('reads the innermost byline element of a wrapper, never text glued from several elements', () => {
    const doc = page(
      '',
      `<header><h1>Post</h1></header><div class="content-byline-wrapper"><div class="author-item"><span class="author-byline">Jane Doe</span></div>
       <div><span>Updated </span><time datetime="2019-05-25T13:38:00.000Z">May 25, 2019</time></div><a href="#">Copy link</a></div>`,
    );
    expect(readByline(doc, ['Post'], BASE)).toMatchObject({
      authors: [{ name: 'Jane Doe' }],
      publishedAt: '2019-05-25T13:38:00.000Z',
    });
  });

  it('is conservative: nothing far from the headline, no sentence starting with "by", no names with digits', () => {
    const far = page(
      '',
      `<p class="quote__byline">By A Famous Person</p><div><div><div><div><div><h1>Post</h1></div></div></div></div></div>`,
    );
    expect(readByline(far, ['Post'], BASE).authors).toEqual([]);
    const sentence = page(
      '',
      `<h1>Post</h1><p>by continuing to read you agree</p><p class="author">Updated 2019 Copy link</p>`,
    );
    expect(readByline(sentence, ['Post'], BASE).authors).toEqual([]);
    expect(readByline(page('', '<h1>Other</h1><p class="byline">By Jane Doe</p>'), ['Post'], BASE)).toEqual({
      authors: [],
    });
  });

  it('skips dates of updates and comments', () => {
    const doc = page(
      '',
      `<h1>Post</h1><p class="updated-date">March 3, 2024</p><p class="comment-date">March 4, 2024</p><p class="post-date">March 1, 2024</p>`,
    );
    expect(readByline(doc, ['Post'], BASE).publishedAt).toBe('2024-03-01');
  });
});

describe('socialName', () => {
  it.each([
    ['Ada Lovelace (@ada) / Example', 'Ada Lovelace'],
    ['Grace Hopper (@grace.social.example)', 'Grace Hopper'],
    ['Lin Yu (@linyu) on Example', 'Lin Yu'],
    ['Jane (@jane@social.example.net)', 'Jane'],
    ['Life on Mars on Example: "A post about life on Mars" / Example', 'Life on Mars'],
    ['Donald Duck on Example: “Quack”', 'Donald Duck'],
    ['How to learn (@ work)', undefined],
    ['Just a title', undefined],
    [undefined, undefined],
  ])('%s → %s', (title, expected) => expect(socialName(title)).toBe(expected));
});
