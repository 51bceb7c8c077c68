import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseReadwise, pythonList } from './readwise';
import type { ParsedImport } from './types';

describe('Readwise Reader CSV', () => {
  it('reads saved documents with their tags; archive is archived; the feed is skipped', () => {
    const result = parseReadwise(fixture('readwise-reader.csv')) as ParsedImport;
    expect(result.rows.map((r) => [r.title, r.topics, r.status])).toEqual([
      ['How to Take Smart Notes', ['notes', 'pkm'], undefined],
      ['The "Zettelkasten" Method', ['pkm'], 'archived'],
      ['学習について', ['日本語', "learner's notes"], undefined],
      ['Empty tags', [], undefined],
    ]);
    expect(result.rows.some((r) => r.url.includes('feed-item'))).toBe(false);
    expect(result.rows[0]?.createdAt).toBe(Date.parse('2023-04-02T10:11:12Z'));
  });

  it('reads tags written as a Python list', () => {
    expect(pythonList(`['a', "b's", 'c\\'d']`)).toEqual(['a', "b's", "c'd"]);
    expect(pythonList('[]')).toEqual([]);
    expect(pythonList('x, y')).toEqual(['x', 'y']);
  });

  it('is recognised by its header', () => {
    expect(parseImportFile('Reader.csv', fixture('readwise-reader.csv'))).toMatchObject({ format: 'readwise' });
  });
});
