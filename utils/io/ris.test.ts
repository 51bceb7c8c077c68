import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseRis, risName } from './ris';
import type { ParsedImport } from './types';

describe('RIS', () => {
  const result = parseRis(fixture('references.ris')) as ParsedImport;

  it('reads each reference as a Paper (BOOK a Book) with authors, address, year, venue and keywords', () => {
    expect(result.rows.map((r) => [r.kind, r.title, r.url, r.description])).toEqual([
      [
        'paper',
        'Connectivism: A Learning Theory for the Digital Age',
        'http://www.itdl.org/Journal/Jan_05/article01.htm',
        '2005',
      ],
      [
        'paper',
        'The challenges to connectivist learning on open online networks',
        'https://doi.org/10.19173/irrodl.v12i3.882',
        '2011',
      ],
      [
        'book',
        'Connectivism and Connective Knowledge',
        'https://www.downes.ca/files/books/Connective_Knowledge-19May2012.pdf',
        '2012',
      ],
      ['paper', 'Nettverk for læring', 'https://doi.org/10.1145/3240167.3240200', '2018'],
    ]);
    expect(result.rows[0]?.topics).toEqual(['connectivism', 'learning theory']);
    expect(result.rows[3]).toMatchObject({
      creators: [{ name: 'Jürgen Müller' }, { name: 'Åse Ødegård' }],
      siteName: 'Proceedings of NordiCHI',
    });
    expect(issueReasons(result.invalid)).toEqual([{ line: 38, reason: 'no web address and no DOI' }]);
  });

  it('is recognised by its first tag; names are turned round', () => {
    expect(parseImportFile('export.txt', fixture('references.ris'))).toMatchObject({ format: 'ris' });
    expect(parseImportFile('x.ris', 'TY  - JOUR\nTI  - Only a title\nER  - \n')).toMatchObject({
      error: { code: 'problem_wrong_shape', subs: ['1', { code: 'problem_row_no_address' }] },
    });
    expect(risName('Lovelace, Ada, Jr.')).toBe('Ada Lovelace Jr.');
    expect(risName('Ada Lovelace')).toBe('Ada Lovelace');
  });
});
