import { describe, expect, it } from 'vitest';
import { ld, page } from '../../tests/fixtures/extract/dom';
import { parseExtraction } from './extraction';
import { extractPage } from './index';

/** Who a page names, through the whole extractor: the patterns real bylines and templates use. */
const PAGE_URL = 'https://news.example/2026/03/schools-try-retrieval';
const authors = (head: string, body = ''): string[] =>
  parseExtraction(extractPage(page(head, body), PAGE_URL)).authors.map((a) => a.name);

describe('people from real bylines', () => {
  it('cuts a call to action glued to a byline', () => {
    const body = `<article><h1>Schools try retrieval</h1><p class="byline">Jane Doe. Retweet this article!</p></article>`;
    expect(authors('', body)).toEqual(['Jane Doe']);
    expect(authors(`<meta name="author" content="Jane Doe Follow">`)).toEqual(['Jane Doe']);
  });

  it('does not split job titles and business units off as people', () => {
    expect(authors(`<meta name="author" content="Jane Doe, Vice President, Acme Cloud">`)).toEqual(['Jane Doe']);
    expect(authors(ld({ '@type': 'Article', author: ['Jane Doe', 'Head of Research', 'Acme Labs'] }))).toEqual([
      'Jane Doe',
    ]);
  });

  it('never cuts or splits inside parentheses', () => {
    expect(authors(`<meta name="author" content="John M. Smith (">`)).toEqual(['John M. Smith']);
    expect(authors(`<meta name="author" content="Jean Dupont (avec Marie Curie et Paul Martin)">`)).toEqual([
      'Jean Dupont',
    ]);
  });

  it('reads bylines in other languages', () => {
    const byline = (text: string): string[] =>
      authors('<title>Dans la classe</title>', `<article><h1>Dans la classe</h1><p>${text}</p></article>`);
    expect(byline('Par Jean Dupont')).toEqual(['Jean Dupont']);
    expect(byline('Von Max Mustermann')).toEqual(['Max Mustermann']);
    expect(byline('Av Kari Nordmann')).toEqual(['Kari Nordmann']);
    expect(byline('Di Maria Rossi')).toEqual(['Maria Rossi']);
    expect(byline('Por Juan Pérez')).toEqual(['Juan Pérez']);
    expect(byline('Door Jan de Vries')).toEqual(['Jan de Vries']);
  });

  it('takes a real author over a placeholder in <meta>', () => {
    for (const placeholder of ['author', 'admin', '{{author}}', '[object Object]', 'Unknown']) {
      const head = `<title>In class</title><meta name="author" content="${placeholder}">`;
      const body = `<article><h1>In class</h1><p class="byline">By Jane Doe</p></article>`;
      expect(authors(head, body)).toEqual(['Jane Doe']);
    }
  });

  it('reads the author of a JSON-LD block whose @context is an object', () => {
    const block = ld({
      '@context': { '@vocab': 'https://schema.org/', schema: 'https://schema.org/' },
      '@type': 'schema:NewsArticle',
      'schema:author': { '@type': 'schema:Person', 'schema:name': 'Jane Doe' },
    });
    expect(authors(block)).toEqual(['Jane Doe']);
  });

  it('finds a plain "By Name" byline in the article header, with a date after the name', () => {
    // The <title> is not the headline: the article's only <h1> is.
    const body = `<nav><a href="/">News</a></nav><article><header><h1>Schools try retrieval practice</h1>
      <p>By Jane Doe on March 3, 2026</p></header><p>Text.</p></article>`;
    expect(authors('<title>Retrieval in class | News</title>', body)).toEqual(['Jane Doe']);
  });
});

describe('title and topics', () => {
  it('takes the <h1> when <title> is empty, before the address', () => {
    const out = extractPage(page('<title>   </title>', '<article><h1>Notes on notes</h1></article>'), PAGE_URL);
    expect(out.title).toBe('Notes on notes');
  });

  it("collects the page's own tags once each, trimmed, at most 30", () => {
    const many = Array.from({ length: 40 }, (_, i) => `tag ${i}`).join(', ');
    const out = extractPage(
      page(
        `<meta property="article:tag" content=" Memory "><meta name="keywords" content="memory, MEMORY, , Sleep, ${many}">`,
        '<a rel="tag" href="/t/sleep">sleep</a>',
      ),
      PAGE_URL,
    );
    expect(out.keywords?.slice(0, 3)).toEqual(['Memory', 'sleep', 'tag 0']);
    expect(out.keywords).toHaveLength(30);
  });
});
