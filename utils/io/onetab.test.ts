import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseOneTab } from './onetab';
import type { ParsedImport } from './types';

describe('OneTab', () => {
  it('reads "URL | Title" lines; a title may hold " | " itself', () => {
    const result = parseOneTab(fixture('onetab.txt')) as ParsedImport;
    expect(result.rows.map((r) => [r.line, r.title])).toEqual([
      [1, 'Spaced Repetition for Efficient Learning'],
      [2, 'The Feynman Technique | Farnam Street'],
      [4, 'example.com/no-title'],
      [5, '学習 - Wikipedia'],
    ]);
    expect(issueReasons(result.invalid)).toEqual([{ line: 6, reason: 'not a web address (ftp:)' }]);
  });

  it('is recognised by its content', () => {
    expect(parseImportFile('onetab', fixture('onetab.txt'))).toMatchObject({ format: 'onetab' });
    expect(parseImportFile('t.txt', 'https://a.example | A\nsomething else\n')).toMatchObject({
      format: 'onetab',
      invalid: [{ line: 2 }],
    });
  });
});
