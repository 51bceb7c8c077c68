import { describe, expect, it } from 'vitest';
import { page } from '../../tests/fixtures/extract/dom';
import { readMetaTags } from './meta';

describe('readMetaTags', () => {
  it('reads authors by family, description, application-name', () => {
    const tags = readMetaTags(
      page(`
        <meta name="author" content="Jane Doe">
        <meta name="citation_author" content="Doe, Jane">
        <meta name="citation_author" content="Roe, John">
        <meta name="citation_author" content="Poe, Edgar A.">
        <meta name="parsely-author" content="P Author">
        <meta name="sailthru.author" content="S Author">
        <meta name="DC.creator" content="D Creator">
        <meta name="description" content="  A   description. ">
        <meta name="application-name" content="The App">`),
    );
    expect(tags).toEqual({
      authors: ['Jane Doe'],
      // DC.creator is one person per value, like citation_author.
      citationAuthors: ['Doe, Jane', 'Roe, John', 'Poe, Edgar A.', 'D Creator'],
      otherAuthors: ['P Author', 'S Author'],
      description: 'A description.',
      applicationName: 'The App',
      publishedAt: undefined,
      modifiedAt: undefined,
      publisher: undefined,
      // citation_author alone does not make a paper.
      scholarly: false,
      title: undefined,
      journal: undefined,
      keywords: [],
      repo: false,
    });
  });

  it('says a page is scholarly from the Google Scholar / Highwire tags, with its title and journal', () => {
    const tags = readMetaTags(
      page(`
        <meta name="citation_title" content="On the growth of memory">
        <meta name="citation_author" content="Lovelace, Ada">
        <meta name="citation_journal_title" content="Journal of Learning">
        <meta name="citation_doi" content="10.1234/jl.2024.5">
        <meta name="citation_publication_date" content="2024/05/06">
        <meta name="citation_pdf_url" content="https://example.org/paper.pdf">
        <meta name="citation_keywords" content="memory; learning">`),
    );
    expect(tags).toMatchObject({
      scholarly: true,
      title: 'On the growth of memory',
      journal: 'Journal of Learning',
      citationAuthors: ['Lovelace, Ada'],
      publishedAt: '2024-05-06',
      keywords: ['memory', ' learning'],
    });
    expect(readMetaTags(page(`<meta name="citation_doi" content="10.1/x">`)).scholarly).toBe(true);
    expect(readMetaTags(page(`<meta name="prism.doi" content="10.1/x">`)).scholarly).toBe(true);
  });

  it('reads the bepress_ and dcterms. spellings as the citation_ and DC ones', () => {
    const tags = readMetaTags(
      page(`
        <meta name="bepress_citation_title" content="A thesis">
        <meta name="bepress_citation_author" content="Roe, John">
        <meta name="dcterms.creator" content="Poe, Edgar">
        <meta name="dcterms.issued" content="2021-09-01">`),
    );
    expect(tags).toMatchObject({
      scholarly: true,
      title: 'A thesis',
      citationAuthors: ['Roe, John', 'Poe, Edgar'],
      publishedAt: '2021-09-01',
    });
  });

  it('says a page is scholarly from a Dublin Core type, not from Dublin Core alone', () => {
    const dc = (type: string) =>
      readMetaTags(page(`<meta name="DC.type" content="${type}"><meta name="DC.title" content="T">`));
    expect(dc('Text.Serial.Journal')).toMatchObject({ scholarly: true, title: 'T' });
    expect(dc('Thesis').scholarly).toBe(true);
    expect(dc('preprint').scholarly).toBe(true);
    // Blogs' templates write DC.type "Text" on every post.
    expect(dc('Text')).toMatchObject({ scholarly: false, title: undefined });
  });

  it('reads the subject tags of keywords, news_keywords and DC.subject', () => {
    const tags = readMetaTags(
      page(`<meta name="keywords" content="memory, learning"><meta name="news_keywords" content="sleep">
            <meta name="DC.subject" content="Psychology">`),
    );
    expect(tags.keywords).toEqual(['memory', ' learning', 'sleep', 'Psychology']);
  });

  it("says a page is a code repository's: go-import / go-source, GitHub's repository metadata", () => {
    expect(
      readMetaTags(
        page(`<meta name="go-import" content="forge.example/acme/tool git https://forge.example/acme/tool.git">`),
      ).repo,
    ).toBe(true);
    expect(readMetaTags(page(`<meta name="go-source" content="forge.example/acme/tool _ _ _">`)).repo).toBe(true);
    expect(readMetaTags(page(`<meta name="octolytics-dimension-repository_nwo" content="acme/tool">`)).repo).toBe(true);
    expect(readMetaTags(page(`<meta name="generator" content="Hugo">`)).repo).toBe(false);
  });

  it('takes the first date meta that parses, in order of precedence', () => {
    const doc = page(`
      <meta name="date" content="2001-01-01">
      <meta name="DC.date" content="2002-02-02">
      <meta name="parsely-pub-date" content="not a date">
      <meta name="citation_publication_date" content="2024/3/1">`);
    expect(readMetaTags(doc).publishedAt).toBe('2024-03-01');
    expect(
      readMetaTags(page(`<meta name="date" content="2001-01-01"><meta name="DC.date" content="2002-02-02">`))
        .publishedAt,
    ).toBe('2002-02-02');
    expect(readMetaTags(page(`<meta name="datePublished" content="2019-05-06T07:08:09Z">`)).publishedAt).toBe(
      '2019-05-06T07:08:09Z',
    );
  });

  it('reads modification dates, more publication-date names, and <meta name=publisher> (not a URL)', () => {
    const doc = page(`
      <meta name="article.published" content="2019-04-16T11:30:00.000Z">
      <meta name="article.updated" content="2019-04-17T08:00:00.000Z">
      <meta name="publisher" content="Wire Daily">`);
    expect(readMetaTags(doc)).toMatchObject({
      publishedAt: '2019-04-16T11:30:00.000Z',
      modifiedAt: '2019-04-17T08:00:00.000Z',
      publisher: 'Wire Daily',
    });
    expect(
      readMetaTags(page(`<meta name="publisher" content="https://plus.example.com/1">`)).publisher,
    ).toBeUndefined();
    expect(readMetaTags(page(`<meta name="DC.date.modified" content="2020-01-02">`)).modifiedAt).toBe('2020-01-02');
  });
});
