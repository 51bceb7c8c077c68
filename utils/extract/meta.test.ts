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
      citationAuthors: ['Doe, Jane', 'Roe, John', 'Poe, Edgar A.'],
      otherAuthors: ['P Author', 'S Author', 'D Creator'],
      description: 'A description.',
      applicationName: 'The App',
      publishedAt: undefined,
    });
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
