import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index';
import { queryTerms, terms } from './text';

function build(docs: Record<string, string>) {
  const index = new SearchIndex();
  for (const [id, text] of Object.entries(docs)) index.add(id, 'v1', text);
  return index;
}

const ids = (index: SearchIndex, query: string, all: readonly string[]) => {
  const hits = index.search(query);
  return hits === undefined ? 'all' : all.filter((id) => hits.has(id));
};

const DOCS = {
  a: 'Spaced repetition for engineers. The Learning Loop',
  b: 'Learning how to learn: a course',
  c: 'Café au lait explained',
  d: 'Rust for engineers',
};
const ALL = Object.keys(DOCS);

describe('text', () => {
  it('cuts folded words', () => {
    expect(terms('Five-card PLAN, café! five')).toEqual(['five', 'card', 'plan', 'cafe']);
  });
  it('keeps the words of a query that no other word starts', () => {
    expect(queryTerms('learn Learning  l')).toEqual(['learning']);
    expect(queryTerms('  ')).toEqual([]);
  });
});

describe('SearchIndex', () => {
  it.each([
    ['', 'all'],
    ['learn', ['a', 'b']],
    ['l', ['a', 'b', 'c']], // "lait" too
    ['engineers', ['a', 'd']],
    ['eng rust', ['d']],
    ['RUST ENG', ['d']],
    ['cafe', ['c']],
    ['café', ['c']],
    ['petition', []], // words are matched from their start
    ['zebra', []],
    ['learning zebra', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(build(DOCS), query, ALL)).toEqual(expected);
  });

  it('re-indexes and removes', () => {
    const index = build(DOCS);
    index.add('a', 'v2', 'Interleaving practice');
    expect(ids(index, 'spaced', ALL)).toEqual([]);
    expect(ids(index, 'interleav', ALL)).toEqual(['a']);
    expect(index.stamp('a')).toBe('v2');
    index.remove('b');
    expect(ids(index, 'learn', ALL)).toEqual([]);
    expect(index.has('b')).toBe(false);
    expect(index.size).toBe(3);
    expect(index.search('engineers')?.count).toBe(1);
  });

  it('saves compactly and comes back the same, then keeps changing', () => {
    const index = build(DOCS);
    index.add('a', 'v2', 'Interleaving practice for engineers');
    index.remove('c');
    expect(index.waste).toBeGreaterThan(0);
    const snapshot = index.snapshot();
    expect(index.waste).toBe(0);
    expect(JSON.parse(snapshot.ids)).toEqual(['b', 'd', 'a']);
    expect(snapshot.terms.split('\n')).toEqual([...snapshot.terms.split('\n')].sort());
    expect(snapshot.terms.split('\n')).not.toContain('cafe'); // dropped with its only source

    const loaded = SearchIndex.fromSnapshot(structuredClone(snapshot));
    expect(loaded).toBeDefined();
    for (const query of ['learn', 'eng', 'interleaving', 'cafe', 'spaced', 'for']) {
      expect(ids(loaded!, query, ALL)).toEqual(ids(index, query, ALL));
    }
    expect(loaded!.stamp('a')).toBe('v2');

    loaded!.add('e', 'v1', 'Zettelkasten for engineers');
    loaded!.add('d', 'v2', 'Rust, the book');
    expect(ids(loaded!, 'eng', [...ALL, 'e'])).toEqual(['a', 'e']);
    expect(ids(loaded!, 'zett book', [...ALL, 'e'])).toEqual([]);
    expect(ids(loaded!, 'book', [...ALL, 'e'])).toEqual(['d']);
  });

  it('refuses a snapshot it cannot read', () => {
    expect(SearchIndex.fromSnapshot(undefined)).toBeUndefined();
    expect(SearchIndex.fromSnapshot({ format: 99 })).toBeUndefined();
    const snapshot = build(DOCS).snapshot();
    expect(SearchIndex.fromSnapshot({ ...snapshot, starts: new Uint32Array(1) })).toBeUndefined();
    expect(SearchIndex.fromSnapshot({ ...snapshot, ids: 'not json' })).toBeUndefined();
  });

  it('finds new words among many, before and after they are sorted in', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 3_000; i++) index.add(`d${i}`, 'v', `word${i} common`);
    expect(index.search('word2999')?.count).toBe(1); // placed in the sorted terms by now
    index.add('x', 'v', 'aardvark');
    expect(index.search('aard')?.count).toBe(1); // still pending
    expect(index.search('common')?.count).toBe(3_000);
  });
});
