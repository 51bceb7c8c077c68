import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { bibAuthors, latexText, parseBibtex } from './bibtex';
import { parseImportFile } from './detect';
import type { ParsedImport } from './types';

describe('BibTeX', () => {
  const result = parseBibtex(fixture('references.bib')) as ParsedImport;

  it('reads each entry as a Paper (a @book a Book) with authors, address, year and venue', () => {
    expect(result.rows.map((r) => [r.kind, r.title, r.url])).toEqual([
      [
        'paper',
        'Connectivism: A Learning Theory for the Digital Age',
        'http://www.itdl.org/Journal/Jan_05/article01.htm',
      ],
      [
        'paper',
        'The challenges to connectivist learning on open online networks',
        'https://doi.org/10.19173/irrodl.v12i3.882',
      ],
      [
        'book',
        'Connectivism and Connective Knowledge',
        'https://www.downes.ca/files/books/Connective_Knowledge-19May2012.pdf',
      ],
      ['paper', 'On formally undecidable propositions – a note', 'https://doi.org/10.1000/xyz123'],
    ]);
    expect(result.rows[0]).toMatchObject({ description: '2005', topics: ['connectivism', 'learning theory'] });
    // A @string macro.
    expect(result.rows[1]?.siteName).toBe('The International Review of Research in Open and Distributed Learning');
    expect(result.rows[3]?.creators).toEqual([
      { name: 'Kurt Gödel' },
      { name: 'Pál Erdős' },
      { name: 'Karl Johan Åström' },
    ]);
    expect(issueReasons(result.invalid)).toEqual([{ line: 38, reason: 'no web address and no DOI' }]);
  });

  it('turns LaTeX into text and splits authors at "and" outside braces', () => {
    expect(latexText('Schr\\"{o}dinger\\textquoteright s {\\em cat} \\& co --- 50\\%')).toBe(
      'Schrödingers cat & co – 50%',
    );
    expect(latexText('{\\o}resund ~ \\c{c}a')).toBe('øresund ça');
    expect(bibAuthors('{Barnes and Noble} and Knuth, Donald E. and others')).toEqual([
      'Barnes and Noble',
      'Donald E. Knuth',
    ]);
  });

  it('is recognised by its content; an entry that never closes is refused with its line', () => {
    expect(parseImportFile('refs.txt', fixture('references.bib'))).toMatchObject({ format: 'bibtex' });
    expect(parseImportFile('refs.bib', '@article{x,\n  title = {Never closed\n')).toMatchObject({
      error: { code: 'problem_wrong_shape', subs: ['2', { code: 'problem_bib_unclosed_value' }] },
    });
  });
});
