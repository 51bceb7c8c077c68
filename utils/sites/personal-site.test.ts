import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom } from '../../tests/fixtures/extract/dom';
import { parseExtraction } from '../extract/extraction';
import { extractPage } from '../extract/index';
import { personalSite } from './personal-site';
import { read } from './test-page';

const HOME = `<!doctype html><html><head><title>Ada Lovelace</title>
<link rel="alternate" type="application/rss+xml" title="Ada's notes" href="/feed.xml">
<link rel="alternate" type="application/rss+xml" title="Comments" href="/comments/feed.xml">
<link rel="me" href="https://social.example/@ada"><link rel="me" href="https://github.com/ada">
</head><body><div class="h-card"><img class="u-photo" src="/ada.jpg" alt=""><a class="p-name u-url" href="/">Ada Lovelace</a></div></body></html>`;

describe('personal site', () => {
  it("on the home page of a site whose h-card is at its root: the person, their links and the site's feeds", () => {
    const url = 'https://ada.example/';
    const info = personalSite.read(new URL(url), parseExtraction(extractPage(dom(HOME), url)));
    expect(info?.type).toBe('profile');
    expect(info?.subject).toMatchObject({
      kind: 'person',
      site: 'ada.example',
      name: 'Ada Lovelace',
      url: 'https://ada.example/',
      feeds: [{ url: 'https://ada.example/feed.xml', title: "Ada's notes", type: 'rss' }],
    });
    expect(info?.subject?.sameAs).toEqual(
      expect.arrayContaining(['https://social.example/@ada', 'https://github.com/ada']),
    );
  });

  it('on a post by the owner: the post, made by the person', () => {
    const info = read(personalSite, 'https://ada.example/2024/notes', {
      authors: [{ name: 'Ada Lovelace', url: 'https://ada.example/' }],
    });
    expect(info).toMatchObject({
      site: 'ada.example',
      type: 'post',
      kind: 'article',
      creator: { kind: 'person', name: 'Ada Lovelace', url: 'https://ada.example/' },
    });
  });

  it('leaves pages whose author lives elsewhere, or below the root', () => {
    expect(
      read(personalSite, 'https://blog.example.org/p', {
        authors: [{ name: 'Ada', url: 'https://blog.example.org/authors/ada' }],
      }),
    ).toBeUndefined();
    expect(
      read(personalSite, 'https://blog.example.org/p', { authors: [{ name: 'Ada', url: 'https://ada.example/' }] }),
    ).toBeUndefined();
    expect(read(personalSite, 'https://blog.example.org/p', {})).toBeUndefined();
  });

  it("leaves the extractor's article fixture alone (its author lives under /authors/)", () => {
    const html = readFileSync(new URL('../../tests/fixtures/extract/article.html', import.meta.url), 'utf8');
    expect(
      personalSite.read(
        new URL('https://blog.example.org/posts/x'),
        parseExtraction(extractPage(dom(html), 'https://blog.example.org/posts/x')),
      ),
    ).toBeUndefined();
  });
});
