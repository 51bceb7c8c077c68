import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseGoodreads, stars } from './goodreads';
import type { ParsedImport } from './types';

describe('Goodreads library', () => {
  const result = parseGoodreads(fixture('goodreads-library.csv')) as ParsedImport;

  it('reads each book as a Book with its authors, shelf as status and rating as stars', () => {
    expect(result.invalid).toEqual([]);
    expect(result.rows.map((r) => [r.title, r.kind, r.category, r.status, r.note])).toEqual([
      ['Steve Jobs', 'book', 'research', 'archived', '★★★★☆'],
      [
        'The Pragmatic Programmer: From Journeyman to Master',
        'book',
        'research',
        'following',
        '★★★★★\nRead it twice, still learning.',
      ],
      ['Thinking in Systems', 'book', 'research', 'to_explore', undefined],
      ['Сто лет одиночества', 'book', 'research', 'archived', '★★★☆☆'],
    ]);
    expect(result.rows[1]).toMatchObject({
      url: 'https://www.goodreads.com/book/show/4099',
      creators: [{ name: 'Andrew Hunt' }, { name: 'David Thomas' }],
      topics: ['programming', 'favorites'],
      description: '1999 · Addison-Wesley Professional · ISBN 9780201616224',
    });
    expect(result.rows[3]?.creators).toEqual([{ name: 'Габриэль Гарсиа Маркес' }]);
    expect(result.rows[0]?.createdAt).toBe(Date.parse('2012-01-10'));
  });

  it('is recognised by its header; a row without a book id is refused with its line', () => {
    expect(parseImportFile('goodreads_library_export.csv', fixture('goodreads-library.csv'))).toMatchObject({
      format: 'goodreads',
    });
    expect(parseImportFile('x.csv', 'Book Id,Title,Author\nabc,T,A\n')).toMatchObject({
      error: { code: 'problem_wrong_shape', subs: ['2', { code: 'problem_row_no_book_id', subs: ['abc'] }] },
    });
    expect(stars(2)).toBe('★★☆☆☆');
  });
});
