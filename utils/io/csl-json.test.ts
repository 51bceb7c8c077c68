import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { doiUrl, parseCslJson } from './csl-json';
import type { ParsedImport } from './types';

describe('CSL JSON', () => {
  const result = parseCslJson(fixture('zotero-csl.json')) as ParsedImport;

  it('reads each item as a Paper with its authors, its URL or DOI, year and venue', () => {
    expect(result.rows).toHaveLength(3);
    expect(result.rows[0]).toMatchObject({
      kind: 'paper',
      category: 'research',
      title: 'Connectivism: A Learning Theory for the Digital Age',
      url: 'http://www.itdl.org/Journal/Jan_05/article01.htm',
      creators: [{ name: 'George Siemens' }],
      siteName: 'International Journal of Instructional Technology and Distance Learning',
      description: '2005',
    });
    expect(result.rows[1]).toMatchObject({
      url: 'https://doi.org/10.19173/irrodl.v12i3.882',
      creators: [{ name: 'Rita Kop' }, { name: 'George Siemens' }],
    });
    expect(result.rows[2]).toMatchObject({
      url: 'https://doi.org/10.15077/jjet.12345',
      creators: [{ name: '花子 田中' }, { name: 'The PLN Working Group' }],
      description: '2019',
    });
  });

  it('refuses items without an address with their line', () => {
    expect(issueReasons(result.invalid)).toEqual([
      { line: 13, reason: 'no web address and no DOI' },
      { line: 39, reason: 'no web address and no DOI' },
    ]);
  });

  it('is recognised by its content; a list of other JSON is not taken for it', () => {
    expect(parseImportFile('My Library.json', fixture('zotero-csl.json'))).toMatchObject({ format: 'csl-json' });
    expect(parseImportFile('x.json', '[{"type": "article", "author": [], "title": "No link"}]')).toMatchObject({
      error: {
        code: 'problem_wrong_shape',
        subs: ['1', { code: 'problem_row_no_address' }],
        list: ['format_csl_json'],
      },
    });
    expect(doiUrl('doi:10.1000/ABC')).toBe('https://doi.org/10.1000/ABC');
    expect(doiUrl('not a doi')).toBeUndefined();
  });
});
