import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { combineImports, withoutEmails } from './combine';
import { parseBibtex } from './bibtex';
import { parseLinkedInConnections } from './linkedin';
import { parseRis } from './ris';
import type { ImportRow } from '../model/import-row';
import { LIMITS } from '../model/fields';
import type { ParsedImport } from './types';

describe('combineImports', () => {
  const bib = parseBibtex(fixture('references.bib')) as ParsedImport;
  const ris = parseRis(fixture('references.ris')) as ParsedImport;

  it('merges one address from two files into one row, joining what each knows, and names it', () => {
    const combined = combineImports([
      { name: 'refs.bib', parsed: bib },
      { name: 'refs.ris', parsed: ris },
    ]);
    expect(combined.formats).toEqual(['bibtex', 'ris']);
    // Three papers are in both files; the RIS file adds one of its own.
    expect(combined.rows).toHaveLength(5);
    expect(combined.acrossFiles.map((d) => d.title)).toEqual([
      'Connectivism: A Learning Theory for the Digital Age',
      'The challenges to connectivist learning on open online networks',
      'Connectivism and Connective Knowledge',
    ]);
    expect(combined.acrossFiles[0]?.files).toEqual(['refs.bib', 'refs.ris']);
    expect(combined.invalid.map((i) => ({ file: i.file, ...issueReasons([i])[0] }))).toEqual([
      { file: 'refs.bib', line: 38, reason: 'no web address and no DOI' },
      { file: 'refs.ris', line: 38, reason: 'no web address and no DOI' },
    ]);
    expect(combined.invalidCount).toBe(2);
    // The files' own rows are left as they were.
    expect(bib.rows[0]?.topics).toEqual(['connectivism', 'learning theory']);
  });

  it('joins authors and feeds across files as within one: names whatever the case, within the limits', () => {
    const file = (row: Partial<ImportRow>): ParsedImport => ({
      format: 'csl-json',
      rows: [
        { line: 1, kind: 'paper', title: 'A paper', url: 'https://papers.example/1', topics: [], feeds: [], ...row },
      ],
      invalid: [],
      invalidCount: 0,
      duplicatesInFile: 0,
    });
    const names = (prefix: string) => Array.from({ length: 40 }, (_, i) => ({ name: `${prefix} ${i}` }));
    const feeds = (prefix: string) =>
      Array.from({ length: 15 }, (_, i) => ({ url: `https://${prefix}.example/feed/${i}`, type: 'rss' as const }));
    const { rows } = combineImports([
      { name: 'a.json', parsed: file({ creators: [{ name: 'Jane Doe' }, ...names('A')], feeds: feeds('a') }) },
      {
        name: 'b.json',
        parsed: file({ creators: [{ name: 'JANE DOE' }, ...names('B')], feeds: feeds('b'), category: 'research' }),
      },
    ]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.creators).toHaveLength(LIMITS.creators);
    expect(row?.creators?.filter((c) => c.name.toLowerCase() === 'jane doe')).toEqual([{ name: 'Jane Doe' }]);
    expect(row?.feeds).toHaveLength(LIMITS.feeds);
    expect(row?.category).toBe('research');
  });

  it('leaves email addresses out unless they are kept', () => {
    const linkedin = parseLinkedInConnections(fixture('linkedin-connections.csv')) as ParsedImport;
    const { rows } = combineImports([{ name: 'Connections.csv', parsed: linkedin }]);
    expect(rows.filter((r) => r.email)).toHaveLength(2);
    expect(withoutEmails(rows).filter((r) => 'email' in r)).toEqual([]);
    expect(withoutEmails(rows)[0]?.note).toBe('Lead Programmer, Notes · Analytical Engines Ltd');
  });
});
