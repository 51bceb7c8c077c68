import { describe, expect, it } from 'vitest';
import { authorNames, mergeAuthors } from './authors';

describe('authorNames', () => {
  it.each([
    ['Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['by: Jane Doe', ['Jane Doe']],
    ['Written by Jane Doe', ['Jane Doe']],
    ['Byron Smith', ['Byron Smith']],
    ['Ann Lee, Bo Chen & Cy Diaz', ['Ann Lee', 'Bo Chen', 'Cy Diaz']],
    ['Ann Lee; Bo Chen | Cy Diaz', ['Ann Lee', 'Bo Chen', 'Cy Diaz']],
    ['Ann Lee / Bo Chen', ['Ann Lee', 'Bo Chen']],
    ['<b>Jane Doe</b>', ['<b>Jane Doe</b>']],
    ['Jane Doe, News Bureau', ['Jane Doe']],
    ['Anna Müller und Jean Dupont', ['Anna Müller', 'Jean Dupont']],
    ['Ana Costa e Rui Lima', ['Ana Costa', 'Rui Lima']],
    ['Ann Lee et al.', ['Ann Lee']],
    ['Doe, Jane', ['Jane Doe']],
    ['Jane Doe, Jr.', ['Jane Doe, Jr.']],
    ['Jane Doe, PhD and John Roe', ['Jane Doe, PhD', 'John Roe']],
    ['Staff', []],
    ['Reuters Staff', []],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['admin', []],
    ['The Editors', []],
    ['Updated 3 hours ago', []],
    ['Published March 3, 2024', []],
    ['2024-03-01', []],
    ['3 March 2024', []],
    ['March Hare', ['March Hare']],
    ['jane@example.org', []],
    ['Jane Doe <jane@example.org>', ['Jane Doe']],
    ['jane@example.org (Jane Doe)', ['Jane Doe']],
    ['Jane Doe (jane@example.org)', ['Jane Doe']],
    ['https://example.org/people/jane', []],
    ['www.example.org/jane', []],
    ['/author/jane', []],
    ['Jane Doe https://jane.example.org', ['Jane Doe']],
    ['1234', []],
    ['—', []],
    ['Jane\u200B Doe\u202E\u0000', ['Jane Doe']],
    // Markup stays text; what is in parentheses is never part of a name.
    ['<img src=x onerror=alert(1)>', ['<img src=x onerror=alert >']],
    ['This is a whole sentence that somebody put into the author field', []],
    // Calls to action glued to a byline.
    ['Jane Doe. Retweet this article!', ['Jane Doe']],
    ['Jane Doe Follow', ['Jane Doe']],
    ['By Jane Doe | Share', ['Jane Doe']],
    ['Jane Doe Email Twitter', ['Jane Doe']],
    // Job titles and business units are not extra people.
    ['Jane Doe, Vice President, Acme Cloud', ['Jane Doe']],
    ['Jane Doe, Senior Product Manager', ['Jane Doe']],
    ['Jane Doe, CTO & Co-founder', ['Jane Doe']],
    ['Vice President', []],
    ['Google Cloud', []],
    ['The Platform Team', []],
    // Parentheses: never cut inside, never split inside, never part of a name.
    ['John M. Smith (', ['John M. Smith']],
    ['John M. Smith (Acme / Research)', ['John M. Smith']],
    ['Jean Dupont (avec Marie Curie et Paul Martin)', ['Jean Dupont']],
    ['Marie Curie et Paul Martin)', []],
    ['Jane Doe (she/her) and John Roe', ['Jane Doe', 'John Roe']],
    ['(Jane Doe)', ['Jane Doe']],
    // Bylines in other languages.
    ['Par Jean Dupont', ['Jean Dupont']],
    ['Von Max Mustermann', ['Max Mustermann']],
    ['Av Kari Nordmann og Ola Nordmann', ['Kari Nordmann', 'Ola Nordmann']],
    ['Di Maria Rossi', ['Maria Rossi']],
    ['Por Juan Pérez y Gasset', ['Juan Pérez y Gasset']],
    ['Door Jan de Vries', ['Jan de Vries']],
    ['De Ana Lima', ['Ana Lima']],
    // ...but "Von", "De", "Di" and "Da" also begin names.
    ['Von Neumann', ['Von Neumann']],
    ['Da Silva', ['Da Silva']],
    ['De la Cruz', ['De la Cruz']],
    // Placeholders.
    ['{{author}}', []],
    ['${author.name}', []],
    ['[object Object]', []],
    ['Unknown', []],
  ])('%j → %j', (raw, expected) => {
    expect(authorNames(raw)).toEqual(expected);
  });

  it('keeps one person per value when told (citation_author), turning "Last, First" around', () => {
    expect(authorNames('Poe, Edgar A.', true)).toEqual(['Edgar A. Poe']);
    expect(authorNames('Ann Lee and Bo Chen', true)).toEqual(['Ann Lee and Bo Chen']);
    expect(authorNames('Doe, Jr.', true)).toEqual(['Doe, Jr.']);
  });

  it('rejects non-strings and bounds its work on huge input', () => {
    expect(authorNames(42)).toEqual([]);
    expect(authorNames(undefined)).toEqual([]);
    const out = authorNames('Jane Doe, '.repeat(100_000));
    expect(out.length).toBeLessThanOrEqual(50);
  });
});

describe('mergeAuthors', () => {
  const BASE = 'https://example.org/post';

  it('lets the first source that names someone decide; later sources only enrich', () => {
    const out = mergeAuthors(
      [
        [{ name: 'Jane Doe' }],
        [{ name: 'Site Team Member' }, { name: 'JANE DOE', url: '/people/jane', image: '/jane.png' }],
      ],
      BASE,
    );
    expect(out).toEqual([
      { name: 'Jane Doe', url: 'https://example.org/people/jane', image: 'https://example.org/jane.png' },
    ]);
  });

  it('falls through sources that name nobody', () => {
    const out = mergeAuthors(
      [[{ name: 'Staff' }, { name: 42 as unknown as string }], [], [{ name: 'By Jane Doe and John Roe' }]],
      BASE,
    );
    expect(out).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
  });

  it('dedupes case-insensitively within a source and keeps the richest entry', () => {
    const out = mergeAuthors(
      [
        [
          { name: 'jane doe' },
          { name: 'Jane Doe', url: 'https://jane.example.org/' },
          { name: 'JANE DOE', image: '/j.png' },
        ],
      ],
      BASE,
    );
    expect(out).toEqual([{ name: 'jane doe', url: 'https://jane.example.org/', image: 'https://example.org/j.png' }]);
  });

  it('gives a URL without a name to the sole author, and never makes a name from it', () => {
    const profile = 'https://social.example.net/jane';
    expect(mergeAuthors([[{ name: profile }], [{ name: 'Jane Doe' }]], BASE)).toEqual([
      { name: 'Jane Doe', url: profile },
    ]);
    expect(mergeAuthors([[{ name: profile }]], BASE)).toEqual([]);
    expect(mergeAuthors([[{ name: 'Ann Lee' }, { name: 'Bo Chen' }], [{ url: profile }]], BASE)).toEqual([
      { name: 'Ann Lee' },
      { name: 'Bo Chen' },
    ]);
    // An author who has a url keeps it.
    expect(mergeAuthors([[{ name: 'Jane Doe', url: '/me' }], [{ url: profile }]], BASE)).toEqual([
      { name: 'Jane Doe', url: 'https://example.org/me' },
    ]);
  });

  it('does not give the url of "A and B" to either', () => {
    expect(mergeAuthors([[{ name: 'Ann Lee and Bo Chen', url: '/ann' }]], BASE)).toEqual([
      { name: 'Ann Lee' },
      { name: 'Bo Chen' },
    ]);
  });

  it('merges sameAs from every source, without the url itself, for one person only', () => {
    const out = mergeAuthors(
      [
        [
          {
            name: 'Jane Doe',
            url: 'https://jane.example.org/',
            sameAs: ['https://social.example.net/@jane', 'https://jane.example.org/'],
          },
        ],
        [
          {
            name: 'jane doe',
            sameAs: ['https://code.example.com/jane', 'https://social.example.net/@jane', 'javascript:x'],
          },
        ],
        [{ name: 'Ann Lee and Jane Doe', sameAs: ['https://other.example.net/'] }],
      ],
      BASE,
    );
    expect(out).toEqual([
      {
        name: 'Jane Doe',
        url: 'https://jane.example.org/',
        sameAs: ['https://social.example.net/@jane', 'https://code.example.com/jane'],
      },
    ]);
  });

  it('excludes organizations', () => {
    expect(mergeAuthors([[{ name: 'The Daily' }], [{ name: 'Jane Doe' }]], BASE, ['the daily'])).toEqual([
      { name: 'Jane Doe' },
    ]);
  });

  it('keeps only http(s) urls and images', () => {
    expect(
      mergeAuthors([[{ name: 'Jane Doe', url: 'javascript:alert(1)', image: 'data:image/png;base64,AA' }]], BASE),
    ).toEqual([{ name: 'Jane Doe' }]);
  });

  it('returns at most 20 people', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      name: `Person Number${String.fromCharCode(65 + (i % 26))}${i}`,
    }));
    expect(mergeAuthors([many], BASE)).toHaveLength(20);
  });
});
