import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseLinkwarden } from './linkwarden';
import type { ParsedImport } from './types';

describe('Linkwarden JSON', () => {
  it('reads links with their collection (and those above) and tags as topics', () => {
    const result = parseLinkwarden(fixture('linkwarden.json')) as ParsedImport;
    expect(result.rows.map((r) => [r.line, r.title, r.topics])).toEqual([
      [12, 'Personal learning networks', ['Learning', 'pln']],
      [29, 'arxiv.org/abs/1706.03762', ['Learning', 'Papers']],
      [47, 'Écoles et réseaux', ['Learning', 'Papers', 'français']],
    ]);
    expect(result.rows[0]).toMatchObject({
      description: 'What a PLN is',
      createdAt: Date.parse('2024-03-01T10:00:00.000Z'),
    });
    expect(issueReasons(result.invalid)).toEqual([{ line: 38, reason: 'no web address' }]);
  });

  it('is recognised by its content', () => {
    expect(parseImportFile('backup.json', fixture('linkwarden.json'))).toMatchObject({ format: 'linkwarden' });
  });
});
