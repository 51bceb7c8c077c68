import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseOmnivore } from './omnivore';
import type { ParsedImport } from './types';

describe('Omnivore export', () => {
  it('reads items with their labels; an archived state is archived', () => {
    const result = parseOmnivore(fixture('omnivore.json')) as ParsedImport;
    expect(result.rows.map((r) => [r.line, r.title, r.topics, r.status])).toEqual([
      [2, 'The Art of Learning', ['learning', 'practice'], undefined],
      [17, 'Archived one', [], 'archived'],
      [40, '배움의 네트워크', ['한국어'], undefined],
    ]);
    expect(issueReasons(result.invalid)).toEqual([{ line: 32, reason: 'no web address' }]);
  });

  it('is recognised by its content', () => {
    expect(parseImportFile('metadata_0_to_20.json', fixture('omnivore.json'))).toMatchObject({ format: 'omnivore' });
  });
});
