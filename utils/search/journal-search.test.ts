import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../model/journal';
import { journalMatches } from './journal-search';
import { queryTerms } from './text';

const entry = (id: string, text: string, sourceIds: string[] = []): JournalEntry => ({
  id,
  text,
  createdAt: 0,
  goalIds: [],
  sourceIds,
});
const ENTRIES = [
  entry('new', 'Spaced repetition: review just before you forget.', ['post']),
  entry('mid', 'Lærte mye om læringsmål i kveld.'),
  entry('old', 'A talk on deliberate practice, and a café conversation.', ['jane']),
];
const TITLES: Record<string, string> = { post: 'Five cards a day', jane: 'Jane Doe' };
const find = (query: string) => journalMatches(ENTRIES, queryTerms(query), (id) => TITLES[id]).map((e) => e.id);

describe('journalMatches', () => {
  it('finds entries in which every word of the query begins a word, as you type', () => {
    expect(find('rev')).toEqual(['new']);
    expect(find('spaced forget')).toEqual(['new']);
    expect(find('spaced practice')).toEqual([]);
  });

  it('finds an entry by the title of a source or person it names', () => {
    expect(find('jane')).toEqual(['old']);
    expect(find('cards repetition')).toEqual(['new']);
  });

  it('folds case and accents, as the source search does', () => {
    expect(find('CAFE')).toEqual(['old']);
    expect(find('lærte')).toEqual(['mid']);
  });

  it('keeps the journal’s order, and finds nothing for an empty query', () => {
    expect(find('a')).toEqual(['new', 'old']);
    expect(find('')).toEqual([]);
  });
});
