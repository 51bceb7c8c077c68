import { describe, expect, it } from 'vitest';
import { dom, page } from '../../tests/fixtures/extract/dom';
import { readDocument } from './document';

const URL_ = 'https://example.org/blog/post?utm_source=x';

describe('readDocument', () => {
  it('reads title, canonical (absolute), lang and the author link', () => {
    const doc = page(
      `<title>  My   post </title><link rel="canonical" href="/blog/post"><link rel="author" href="/about">`,
      '',
      'lang="pt-BR"',
    );
    expect(readDocument(doc, URL_)).toEqual({
      base: URL_,
      title: 'My post',
      canonical: 'https://example.org/blog/post',
      lang: 'pt-BR',
      authorUrl: 'https://example.org/about',
      me: [],
      tags: [],
      audio: false,
    });
  });

  it('collects rel=tag texts, and says a page is a sound: one <audio>, or an audio enclosure', () => {
    const tagged = page(
      '',
      `<a rel="tag" href="/t/memory">memory</a> <a rel="category tag" href="/c/learning"> Learning </a>`,
    );
    expect(readDocument(tagged, URL_)).toMatchObject({ tags: ['memory', 'Learning'], audio: false });
    expect(readDocument(page('', '<audio controls src="/ep1.mp3"></audio>'), URL_).audio).toBe(true);
    // Several players are an article's samples, or a list of episodes.
    expect(readDocument(page('', '<audio src="/a.mp3"></audio><audio src="/b.mp3"></audio>'), URL_).audio).toBe(false);
    expect(readDocument(page('<link rel="enclosure" type="audio/mpeg" href="/ep1.mp3">'), URL_).audio).toBe(true);
    expect(readDocument(page('<link rel="enclosure" type="image/png" href="/ep1.png">'), URL_).audio).toBe(false);
  });

  it('collects rel=me links from <link> and <a>, resolved and deduplicated', () => {
    const doc = page(
      `<link rel="me" href="https://social.example.net/@ada"><link rel="me authn" href="mailto:ada@example.org">`,
      `<a rel="me noopener" href="/about">About</a><a rel="me" href="https://social.example.net/@ada">again</a><a rel="nofollow" href="/x">x</a>`,
    );
    expect(readDocument(doc, URL_).me).toEqual(['https://social.example.net/@ada', 'https://example.org/about']);
  });

  it('resolves against <base href> and finds rel tokens in any case and order', () => {
    const doc = page(`<base href="https://cdn.example.net/root/"><link rel="alternate CANONICAL" href="post">`);
    expect(readDocument(doc, URL_)).toMatchObject({
      base: 'https://cdn.example.net/root/',
      canonical: 'https://cdn.example.net/root/post',
    });
  });

  it('keeps only http(s) links, and no humans.txt as an author', () => {
    const doc = page(`<link rel="canonical" href="javascript:alert(1)"><link rel="author" href="/humans.txt">`);
    expect(readDocument(doc, URL_)).toMatchObject({ canonical: undefined, authorUrl: undefined });
    const mail = page(`<link rel="author" href="mailto:jane@example.org">`);
    expect(readDocument(mail, URL_).authorUrl).toBeUndefined();
  });

  it('drops a language attribute that is not a language tag', () => {
    expect(readDocument(page('', '', 'lang="{{ lang }}"'), URL_).lang).toBeUndefined();
  });

  it('caps a huge <title>', () => {
    const doc = dom(`<html><head><title>${'long '.repeat(50_000)}</title></head></html>`);
    expect(readDocument(doc, URL_).title?.length).toBeLessThanOrEqual(500);
  });

  it('copes with a page URL that is not http(s)', () => {
    const doc = page(`<link rel="canonical" href="/x">`);
    expect(readDocument(doc, 'about:blank')).toMatchObject({ base: undefined, canonical: undefined });
  });
});
