import { describe, expect, it } from 'vitest';
import { ld, page } from '../../tests/fixtures/extract/dom';
import { readJsonLd } from './jsonld';

const BASE = 'https://example.org/posts/1';
const read = (...scripts: unknown[]) => readJsonLd(page(scripts.map(ld).join('')), BASE);

describe('readJsonLd', () => {
  it('reads an Article with its author, image, date and publisher', () => {
    const out = read({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Headline',
      name: 'Name',
      description: 'Description.',
      image: { '@type': 'ImageObject', url: '/img/a.jpg' },
      datePublished: '2024-03-01T09:00:00Z',
      url: '/posts/1',
      inLanguage: 'en',
      author: { '@type': 'Person', name: 'Jane Doe', url: '/people/jane', image: 'https://example.org/jane.png' },
      publisher: { '@type': 'Organization', name: 'Example Media' },
    });
    expect(out).toEqual({
      types: ['Article'],
      title: 'Headline',
      description: 'Description.',
      image: 'https://example.org/img/a.jpg',
      url: 'https://example.org/posts/1',
      publishedAt: '2024-03-01T09:00:00Z',
      publisher: 'Example Media',
      publisherAgent: { name: 'Example Media', url: undefined, image: undefined, sameAs: [], person: false },
      siteName: undefined,
      lang: 'en',
      authors: [
        { name: 'Jane Doe', url: 'https://example.org/people/jane', image: 'https://example.org/jane.png', sameAs: [] },
      ],
      notPeople: ['Example Media'],
      orgs: [],
      keywords: [],
      news: false,
    });
  });

  it('reads dateModified, duration, sameAs, and the publisher with its url and logo', () => {
    const out = read({
      '@type': 'BlogPosting',
      headline: 'H',
      dateModified: '2024-04-02T10:00:00Z',
      duration: 'PT12M',
      author: {
        '@type': 'Person',
        name: 'Jane Doe',
        sameAs: ['https://social.example.net/@jane', 'javascript:alert(1)', '/me'],
      },
      publisher: {
        '@type': 'Organization',
        name: 'Pub',
        url: '/pub',
        logo: { '@type': 'ImageObject', url: '/logo.png' },
      },
    });
    expect(out).toMatchObject({
      modifiedAt: '2024-04-02T10:00:00Z',
      duration: 'PT12M',
      authors: [
        {
          name: 'Jane Doe',
          url: 'https://social.example.net/@jane',
          sameAs: ['https://social.example.net/@jane', 'https://example.org/me'],
        },
      ],
      publisherAgent: { name: 'Pub', url: 'https://example.org/pub', image: 'https://example.org/logo.png' },
    });
  });

  it('does not take a Person publisher (a personal site) for a publication', () => {
    expect(
      read({ '@type': 'BlogPosting', publisher: { '@type': 'Person', name: 'Jane Doe' } }).publisherAgent,
    ).toBeUndefined();
  });

  it("takes an event's organizer as its publisher, and a person organizer as an author", () => {
    const group = read({
      '@type': 'Event',
      name: 'Learning in public, monthly',
      organizer: {
        '@type': 'Organization',
        name: 'Ada Club',
        url: 'https://events.example/ada-club/',
        logo: 'https://events.example/logo.png',
      },
    });
    expect(group).toMatchObject({
      publisher: 'Ada Club',
      publisherAgent: {
        name: 'Ada Club',
        url: 'https://events.example/ada-club/',
        image: 'https://events.example/logo.png',
      },
      authors: [],
    });
    const host = read({
      '@type': 'Event',
      name: 'Office hours',
      organizer: { '@type': 'Person', name: 'Ada Lovelace' },
    });
    expect(host.publisher).toBeUndefined();
    expect(host.authors).toEqual([{ name: 'Ada Lovelace', url: undefined, image: undefined, sameAs: [] }]);
    const both = read({
      '@type': 'Event',
      publisher: { '@type': 'Organization', name: 'Venue' },
      organizer: { '@type': 'Organization', name: 'Ada Club' },
    });
    expect(both.publisher).toBe('Venue');
  });

  it("reads a video's channel from its author, and an episode's show from partOfSeries", () => {
    const video = read({
      '@type': 'VideoObject',
      name: 'V',
      author: { '@type': 'Person', name: 'Some Channel', url: 'https://video.example.net/@channel' },
    });
    expect(video.channel).toMatchObject({ name: 'Some Channel', url: 'https://video.example.net/@channel' });
    const episode = read({
      '@graph': [
        { '@type': 'PodcastSeries', '@id': '#show', name: 'The Show', url: '/show', image: '/show.png' },
        {
          '@type': 'PodcastEpisode',
          name: 'Ep 1',
          partOfSeries: { '@id': '#show' },
          author: { '@type': 'Person', name: 'Host' },
        },
      ],
    });
    expect(episode.channel).toMatchObject({
      name: 'The Show',
      url: 'https://example.org/show',
      image: 'https://example.org/show.png',
    });
    expect(read({ '@type': 'Article', author: { '@type': 'Person', name: 'A' } }).channel).toBeUndefined();
  });

  it('says who a profile page is about', () => {
    const out = read({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Ada', url: '/ada', sameAs: ['https://code.example.net/ada'] },
    });
    expect(out.about).toEqual({
      name: 'Ada',
      url: 'https://example.org/ada',
      image: undefined,
      sameAs: ['https://code.example.net/ada'],
      person: true,
    });
    expect(read({ '@type': 'Organization', name: 'Org' }).about).toMatchObject({ name: 'Org', person: false });
    expect(read({ '@type': 'Article', headline: 'A' }, { '@type': 'Person', name: 'P' }).about).toBeUndefined();
  });

  it('reads capitalized keys that templates write', () => {
    const out = read({ '@type': 'NewsArticle', Headline: 'Cap', DatePublished: '2019-04-06', Description: 'D.' });
    expect(out).toMatchObject({ title: 'Cap', publishedAt: '2019-04-06', description: 'D.' });
  });

  it('repairs trailing commas and empty values, and reports what it could not read', () => {
    const skipped: string[] = [];
    const out = readJsonLd(
      page(ld('{"@type": "Article", "headline": "Repaired", "image": {"url": "", "width": , }, }') + ld('{ nope')),
      BASE,
      (r) => skipped.push(r),
    );
    expect(out.title).toBe('Repaired');
    expect(skipped).toEqual(['json-ld: invalid JSON in script 2']);
  });

  it('falls back to name for the title and to uploadDate for the date', () => {
    const out = read({ '@type': 'VideoObject', name: 'A video', uploadDate: '2023-05-06', thumbnailUrl: ['/t.jpg'] });
    expect(out).toMatchObject({
      types: ['VideoObject'],
      title: 'A video',
      publishedAt: '2023-05-06',
      image: 'https://example.org/t.jpg',
    });
  });

  it('picks the main node in an @graph and resolves @id references (author, image, publisher, page)', () => {
    const out = read({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#website', name: 'Example Site' },
        { '@type': 'Organization', '@id': '#org', name: 'Example Org' },
        { '@type': 'BreadcrumbList', name: 'Crumbs' },
        {
          '@type': 'WebPage',
          '@id': 'https://example.org/posts/1#page',
          name: 'Page',
          url: 'https://example.org/posts/1',
        },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe', sameAs: ['https://social.example.net/@jane'] },
        {
          '@type': 'BlogPosting',
          headline: 'The post',
          author: [{ '@id': '#jane' }, { '@id': '#org' }, { '@id': '#missing' }],
          image: { '@id': '#img' },
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@id': 'https://example.org/posts/1#page' },
        },
        { '@type': 'ImageObject', '@id': '#img', contentUrl: 'https://cdn.example.org/p.jpg' },
      ],
    });
    expect(out).toMatchObject({
      types: ['BlogPosting'],
      title: 'The post',
      image: 'https://cdn.example.org/p.jpg',
      url: 'https://example.org/posts/1',
      publisher: 'Example Org',
      siteName: 'Example Site',
      authors: [{ name: 'Jane Doe', url: 'https://social.example.net/@jane' }],
    });
    expect(out.notPeople).toContain('Example Org');
  });

  it('uses the @id of an unresolved mainEntityOfPage as the URL', () => {
    expect(read({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://example.org/canonical' } }).url).toBe(
      'https://example.org/canonical',
    );
  });

  it('resolves a partial node to the fullest node with its @id, and drops the #fragment of a page @id', () => {
    const out = read({
      '@graph': [
        {
          '@type': 'Article',
          author: { '@type': 'Person', '@id': '#p' },
          mainEntityOfPage: { '@id': 'https://example.org/p#webpage' },
        },
        { '@type': 'Person', '@id': '#p', name: 'Jane Doe', url: 'https://jane.example.org/' },
      ],
    });
    expect(out).toMatchObject({
      url: 'https://example.org/p',
      authors: [{ name: 'Jane Doe', url: 'https://jane.example.org/' }],
    });
  });

  it('handles @type arrays and full IRIs', () => {
    expect(read({ '@type': ['CreativeWork', 'http://schema.org/ScholarlyArticle'], name: 'Paper' }).types).toEqual([
      'CreativeWork',
      'ScholarlyArticle',
    ]);
    expect(
      read([
        { '@type': 'WebSite', name: 'S' },
        { '@type': 'schema:NewsArticle', headline: 'N' },
      ]).title,
    ).toBe('N');
  });

  it('prefers the article over a Person or an Organization, and a page over a Person', () => {
    expect(
      read(
        { '@type': 'Person', name: 'P' },
        { '@type': 'Organization', name: 'O' },
        { '@type': 'Article', headline: 'A' },
      ).title,
    ).toBe('A');
    expect(read({ '@type': 'Person', name: 'P' }, { '@type': 'WebPage', name: 'W' }).types).toEqual(['WebPage']);
    expect(read({ '@type': 'Organization', name: 'O' }, { '@type': 'Person', name: 'P' }).types).toEqual(['Person']);
    expect(read({ '@type': 'WebSite', name: 'S' }).types).toEqual(['WebSite']);
  });

  it('follows mainEntity: a ProfilePage about a Person', () => {
    const out = read({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Ada Lovelace', description: 'Analyst.', image: '/ada.png' },
    });
    expect(out).toMatchObject({
      types: ['ProfilePage'],
      title: 'Ada Lovelace',
      description: 'Analyst.',
      image: 'https://example.org/ada.png',
    });
  });

  it('finds a more specific node through mainEntity', () => {
    expect(read({ '@type': 'WebPage', name: 'W', mainEntity: { '@type': 'Course', name: 'C' } })).toMatchObject({
      types: ['Course'],
      title: 'C',
    });
  });

  it('terminates on reference cycles', () => {
    const out = read({
      '@graph': [
        { '@type': 'WebPage', '@id': '#a', name: 'A', mainEntity: { '@id': '#b' } },
        { '@type': 'WebPage', '@id': '#b', name: 'B', mainEntity: [{ '@id': '#a' }, { '@id': '#b' }] },
        {
          '@type': 'Article',
          '@id': '#c',
          headline: 'C',
          mainEntity: { '@id': '#c' },
          author: [{ '@id': '#c' }, { '@id': '#p' }],
        },
        {
          '@type': 'Person',
          '@id': '#p',
          name: 'Jane Doe',
          author: { '@id': '#p' },
          knows: { '@id': '#c' },
          image: { '@id': '#p' },
        },
      ],
    });
    expect(out).toMatchObject({ types: ['Article'], title: 'C', authors: [{ name: 'Jane Doe' }] });
    expect(out.notPeople).toEqual([]);
  });

  it('skips invalid JSON-LD and keeps the valid scripts', () => {
    const out = readJsonLd(
      page(
        ld('{ "@type": "Article", "headline": ') +
          ld('not json at all') +
          ld('<!-- {"@type": "Article", "headline": "Wrapped\nin a comment"} -->'),
      ),
      BASE,
    );
    expect(out.title).toBe('Wrapped in a comment');
  });

  it('ignores values of the wrong type', () => {
    const out = read({
      '@type': 'Article',
      headline: 123,
      name: { '@value': 'Value object' },
      description: ['', 'Second'],
      image: {},
      author: 42,
      creator: [null, true, { name: { nested: 1 } }, 'Jane Doe'],
      datePublished: 20240301,
      publisher: 'Plain string',
      mainEntityOfPage: true,
    });
    expect(out).toMatchObject({
      title: 'Value object',
      description: 'Second',
      image: undefined,
      publishedAt: undefined,
      publisher: undefined,
      url: undefined,
    });
    expect(out.authors).toEqual([{ name: 'Jane Doe' }]);
  });

  it('never takes an Organization author for a person', () => {
    const out = read({
      '@type': 'NewsArticle',
      author: [
        { '@type': 'NewsMediaOrganization', name: 'The Daily' },
        { '@type': ['Person'], givenName: 'Jane', familyName: 'Doe' },
      ],
    });
    expect(out.authors).toEqual([{ name: 'Jane Doe', url: undefined, image: undefined, sameAs: [] }]);
    expect(out.notPeople).toEqual(['The Daily']);
  });

  it('decodes HTML entities that templates leave in JSON-LD, but keeps markup as text', () => {
    const out = read({ '@type': 'Article', headline: 'It&#8217;s &amp; &lt;b&gt;bold&lt;/b&gt; &#x1F600; &bogus;' });
    expect(out.title).toBe('It’s & <b>bold</b> 😀 &bogus;');
  });

  it('returns nothing for a page without JSON-LD', () => {
    expect(readJsonLd(page('<title>t</title>'), BASE)).toEqual({
      types: [],
      authors: [],
      notPeople: [],
      orgs: [],
      keywords: [],
      siteName: undefined,
    });
  });

  it('reads prefixed keys, as a JSON-LD block whose @context is an object defines them', () => {
    const out = read({
      '@context': { schema: 'http://schema.org/', '@language': 'en' },
      '@type': 'schema:NewsArticle',
      'schema:headline': 'Prefixed',
      'schema:author': { '@type': 'schema:Person', 'schema:name': 'Jane Doe' },
      'http://schema.org/datePublished': '2024-05-06',
    });
    expect(out).toMatchObject({
      types: ['NewsArticle'],
      title: 'Prefixed',
      publishedAt: '2024-05-06',
      authors: [{ name: 'Jane Doe' }],
    });
    expect(
      read({ '@context': { '@vocab': 'https://schema.org/' }, '@type': 'Article', author: 'Jo Roe' }).authors,
    ).toEqual([{ name: 'Jo Roe' }]);
  });

  it('takes a page whose main entity is a Person for a profile, and a node with a codeRepository for code', () => {
    const out = read({ '@type': 'WebPage', name: 'About', mainEntity: { '@type': 'Person', name: 'Ada Lovelace' } });
    expect(out).toMatchObject({ types: ['WebPage', 'ProfilePage'], about: { name: 'Ada Lovelace', person: true } });
    // A page about a course stays a course.
    expect(read({ '@type': 'WebPage', mainEntity: { '@type': 'Course', name: 'C' } }).types).toEqual(['Course']);
    const app = read({
      '@type': 'SoftwareApplication',
      name: 'Tool',
      codeRepository: 'https://forge.example/acme/tool',
    });
    expect(app.types).toEqual(['SoftwareApplication', 'SoftwareSourceCode']);
  });

  it('keeps organizations credited as authors apart, with their address and logo', () => {
    const out = read({
      '@type': 'NewsArticle',
      headline: 'Syndicated',
      author: { '@type': 'Organization', name: 'Wire Outlet', url: 'https://wire.example/', logo: '/wire.png' },
      creator: { '@type': 'Organization', name: 'Wire Outlet' },
      publisher: { '@type': 'NewsMediaOrganization', name: 'Portal News' },
    });
    expect(out).toMatchObject({
      authors: [],
      notPeople: ['Wire Outlet', 'Wire Outlet', 'Portal News'],
      orgs: [
        { name: 'Wire Outlet', url: 'https://wire.example/', image: 'https://example.org/wire.png' },
        { name: 'Wire Outlet' },
      ],
    });
  });

  it('says news: a NewsArticle, or an article of a NewsMediaOrganization, with an organization as publisher', () => {
    const org = { '@type': 'Organization', name: 'The Daily' };
    expect(read({ '@type': 'NewsArticle', publisher: org }).news).toBe(true);
    expect(read({ '@type': 'ReportageNewsArticle', publisher: org }).news).toBe(true);
    expect(read({ '@type': 'Article', publisher: { '@type': 'NewsMediaOrganization', name: 'D' } }).news).toBe(true);
    expect(read({ '@type': 'NewsArticle' }).news).toBe(false);
    expect(read({ '@type': 'NewsArticle', publisher: { '@type': 'Person', name: 'Jo' } }).news).toBe(false);
    expect(read({ '@type': 'BlogPosting', publisher: org }).news).toBe(false);
  });

  it('reads keywords (a list or one comma-separated string) and what the page is about', () => {
    expect(read({ '@type': 'Article', keywords: 'memory, learning ,sleep' }).keywords).toEqual([
      'memory',
      ' learning ',
      'sleep',
    ]);
    const out = read({
      '@type': 'Article',
      keywords: ['memory', { '@type': 'DefinedTerm', name: 'Spaced repetition' }],
      about: [{ '@type': 'Thing', name: 'Cognitive science' }, 'Sleep'],
    });
    expect(out.keywords).toEqual(['memory', 'Spaced repetition', 'Cognitive science', 'Sleep']);
  });

  it('reads at most 50 scripts', () => {
    const filler = Array.from({ length: 50 }, () => ld({ '@type': 'BreadcrumbList' })).join('');
    const skipped: string[] = [];
    expect(
      readJsonLd(page(filler + ld({ '@type': 'Article', headline: 'Late' })), BASE, (r) => skipped.push(r)).title,
    ).toBeUndefined();
    expect(skipped).toEqual(['json-ld: over 50 scripts, rest ignored']);
    expect(readJsonLd(page(ld({ '@type': 'Article', headline: 'Early' }) + filler), BASE).title).toBe('Early');
  });

  it('survives nesting deeper than the call stack', () => {
    // An unguarded walk would overflow the stack, and the headline of this script would be lost.
    const deep = `[{"x": ${'['.repeat(200_000)}${']'.repeat(200_000)}}, {"@type": "Article", "headline": "Deep"}]`;
    expect(readJsonLd(page(ld(deep)), BASE).title).toBe('Deep');
  });

  it('bounds huge strings', () => {
    const big = { '@type': 'Article', headline: 'x'.repeat(400_000), author: { name: 'y '.repeat(200_000) } };
    const out = readJsonLd(page(ld(big)), BASE);
    expect(out.title).toHaveLength(500);
    expect(out.authors[0]?.name?.length).toBeLessThanOrEqual(1_000);
  });

  it('skips a script over 1,000,000 characters, and says so', () => {
    const skipped: string[] = [];
    expect(
      readJsonLd(page(ld({ '@type': 'Article', headline: 'x'.repeat(1_000_001) })), BASE, (r) => skipped.push(r)).types,
    ).toEqual([]);
    expect(skipped).toEqual(['json-ld: script 1 over 1000000 characters']);
  });

  it('reports nesting it did not follow', () => {
    const skipped: string[] = [];
    const deep = `[{"x": ${'['.repeat(100)}${']'.repeat(100)}}, {"@type": "Article", "headline": "Deep"}]`;
    expect(readJsonLd(page(ld(deep)), BASE, (r) => skipped.push(r)).title).toBe('Deep');
    expect(skipped).toEqual(['json-ld: nesting deeper than 12 levels ignored']);
  });
});
