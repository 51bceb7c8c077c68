import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { listPaths, parseKarakeep } from './karakeep';
import type { ParsedImport } from './types';

describe('Karakeep JSON', () => {
  it('reads links with their lists (and the lists above) and tags as topics', () => {
    const result = parseKarakeep(fixture('karakeep.json')) as ParsedImport;
    expect(result.rows.map((r) => [r.line, r.title, r.topics, r.status])).toEqual([
      [3, 'Learning in public', ['Learning', 'Writing'], undefined],
      [12, 'example.com/untitled', [], 'archived'],
      [29, 'Ørsted og elektromagnetisme', ['Learning', 'fysikk'], undefined],
    ]);
    expect(result.rows[0]).toMatchObject({ note: 'Start here', createdAt: 1_712_000_000_000 });
    expect(issueReasons(result.invalid)).toEqual([{ line: 21, reason: 'a text without a web address' }]);
  });

  it('follows parentId without looping', () => {
    const paths = listPaths([
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
    ]);
    expect(paths.get('a')).toEqual(['B', 'A']);
  });

  it('is recognised by its content', () => {
    expect(parseImportFile('karakeep-export.json', fixture('karakeep.json'))).toMatchObject({ format: 'karakeep' });
    expect(parseImportFile('k.json', '{"bookmarks": [{"content": {"type": "text"}}]}')).toMatchObject({
      error: { code: 'problem_wrong_shape', subs: ['1', { code: 'problem_row_no_web_address', subs: ['text'] }] },
    });
  });
});

describe('a Karakeep export that is not valid JSON', () => {
  it('is refused with the line where it stops reading', () => {
    const broken = '{\n  "bookmarks": [\n    { "title": "a" },\n    { "title": "b" oops },\n  ]\n}\n';
    expect(parseImportFile('k.json', broken)).toEqual({
      error: {
        code: 'problem_wrong_shape',
        subs: ['4', '{ "title": "b" oops },'],
        list: ['format_karakeep'],
      },
    });
  });
});
