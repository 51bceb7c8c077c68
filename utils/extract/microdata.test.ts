import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom, page } from '../../tests/fixtures/extract/dom';
import { readMicrodata } from './microdata';

const BASE = 'https://example.org/posts/1';
const fixture = (name: string) =>
  dom(readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8'));

describe('readMicrodata', () => {
  it('reads the main item: a video, its author as channel, dates and duration (link content, meta content)', () => {
    const out = readMicrodata(fixture('video.html'), BASE);
    expect(out).toMatchObject({
      types: ['VideoObject'],
      title: 'How compilers work',
      publishedAt: '2023-05-06T07:08:09+02:00',
      modifiedAt: undefined,
      duration: 'PT12M34S',
      publisher: undefined,
      authors: [
        { name: 'Compiler Club', url: 'https://video.example.com/@compilerclub', image: undefined, sameAs: [] },
      ],
      notPeople: [],
      orgs: [],
      channel: { name: 'Compiler Club', url: 'https://video.example.com/@compilerclub', image: undefined },
    });
  });

  it('picks the item holding the <h1> among items of the same type (an article among a list of others)', () => {
    const doc = page(
      '',
      `<ul>${[1, 2, 3].map((i) => `<li itemscope itemtype="http://schema.org/Article"><span itemprop="author">Other ${i}</span></li>`).join('')}</ul>
       <article itemscope itemtype="http://schema.org/BlogPosting">
         <div><h2><a rel="author" href="/in/rhea"><span itemprop="author">Rhea Joshi</span></a></h2></div>
         <h1 itemprop="headline">The post</h1>
         <time itemprop="datePublished" datetime="2019-05-26T19:38:36.000Z">May 26, 2019</time>
         <ul itemscope itemtype="http://schema.org/Comment"><li itemprop="author">Commenter</li></ul>
       </article>`,
    );
    expect(readMicrodata(doc, BASE)).toMatchObject({
      types: ['BlogPosting'],
      title: 'The post',
      publishedAt: '2019-05-26T19:38:36.000Z',
      authors: [{ name: 'Rhea Joshi' }],
    });
  });

  it('reads nothing from a listing: several items alike and none holding the <h1>', () => {
    const out = readMicrodata(fixture('listing.html'), BASE);
    expect(out).toMatchObject({ types: [], authors: [], notPeople: [], publishedAt: undefined, modifiedAt: undefined });
    expect(out.title).toBeUndefined();
  });

  it('reads a plain-text author with its single link, and a nested Person with given and family names', () => {
    const plain = page(
      '',
      `<div itemscope itemtype="http://schema.org/SoftwareSourceCode"><span itemprop="author"><a href="/acme">acme</a></span></div>`,
    );
    expect(readMicrodata(plain, BASE).authors).toEqual([
      { name: 'acme', url: 'https://example.org/acme', image: undefined, sameAs: [] },
    ]);
    const nested = page(
      '',
      `<div itemscope itemtype="https://schema.org/Article"><div itemprop="author" itemscope itemtype="https://schema.org/Person">
        <span itemprop="givenName">Jane</span> <span itemprop="familyName">Doe</span><link itemprop="sameAs" href="https://social.example.net/@jane">
        <img itemprop="image" src="/jane.png"></div></div>`,
    );
    // As in JSON-LD, a person without a url is at their first other profile.
    expect(readMicrodata(nested, BASE).authors).toEqual([
      {
        name: 'Jane Doe',
        url: 'https://social.example.net/@jane',
        image: 'https://example.org/jane.png',
        sameAs: ['https://social.example.net/@jane'],
      },
    ]);
  });

  it('takes an Organization author for no person (nor an owner GitHub marks as one), and reads the publisher name', () => {
    const doc = page(
      '',
      `<div itemscope itemtype="https://schema.org/NewsArticle">
         <span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Wire Service</span></span>
         <span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="The Paper"></span></div>`,
    );
    expect(readMicrodata(doc, BASE)).toMatchObject({
      authors: [],
      notPeople: ['Wire Service', 'The Paper'],
      orgs: [{ name: 'Wire Service' }],
      publisher: 'The Paper',
      channel: undefined,
    });
    const repo = page(
      '',
      `<div itemscope itemtype="http://schema.org/SoftwareSourceCode"><span class="author" itemprop="author">
         <a class="url fn" rel="author" data-hovercard-type="organization" href="/acme">acme</a></span>
         <strong itemprop="name"><a href="/acme/tool">tool</a></strong></div>`,
    );
    expect(readMicrodata(repo, BASE)).toMatchObject({
      types: ['SoftwareSourceCode'],
      authors: [],
      orgs: [{ name: 'acme', url: 'https://example.org/acme' }],
    });
  });

  it('reads dates given outside any item (<meta itemprop> in <head>)', () => {
    const doc = page(
      `<meta itemprop="datePublished" content="2019-04-16T11:30:00.000Z"><meta itemprop="dateModified" content="2019-04-17">`,
    );
    expect(readMicrodata(doc, BASE)).toMatchObject({
      publishedAt: '2019-04-16T11:30:00.000Z',
      modifiedAt: '2019-04-17',
    });
  });

  it('keeps markup as text and bounds names', () => {
    const doc = page(
      '',
      `<div itemscope itemtype="https://schema.org/Article"><span itemprop="author">&lt;b&gt;Jane&lt;/b&gt;\u200B ${'x'.repeat(5_000)}</span></div>`,
    );
    const name = readMicrodata(doc, BASE).authors[0]?.name ?? '';
    expect(name.startsWith('<b>Jane</b> x')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(1_000);
  });
});
