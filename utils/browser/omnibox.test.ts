import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PlnDatabase, saveSource } from '../db';
import { freshDatabase } from '../db/test-db';
import { escapeDescription, omniboxMatches } from './omnibox';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('omnibox', () => {
  it('escapes descriptions for Chrome and leaves them for Firefox', () => {
    expect(escapeDescription('Tom & <Jerry>', true)).toBe('Tom &amp; &lt;Jerry&gt;');
    expect(escapeDescription('Tom & <Jerry>', false)).toBe('Tom & <Jerry>');
  });

  it('suggests saved sources with an address that match every word typed', async () => {
    await saveSource(db, { kind: 'article', title: 'Spaced repetition', url: 'https://a.example/1' }, 1);
    await saveSource(db, { kind: 'article', title: 'Spaced learning', url: 'https://a.example/2' }, 2);
    await saveSource(db, { kind: 'person', title: 'Spaced Person' }, 3);
    expect((await omniboxMatches(db, 'spaced')).map((s) => s.url)).toEqual([
      'https://a.example/2',
      'https://a.example/1',
    ]);
    expect((await omniboxMatches(db, 'spaced rep')).map((s) => s.title)).toEqual(['Spaced repetition']);
    expect(await omniboxMatches(db, '  ')).toEqual([]);
  });
});
