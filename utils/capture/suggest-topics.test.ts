import { describe, expect, it } from 'vitest';
import { suggestTopics } from './suggest-topics';

describe('suggestTopics', () => {
  it('folds the page tags onto the topics in use, those first, at most five', () => {
    const keywords = ['Spaced Repetition', '#Memory', 'flashcards', 'Anki', 'study tips', 'habits', 'sleep'];
    expect(suggestTopics(keywords, ['memory', 'spaced repetition', 'writing'], [])).toEqual([
      'spaced repetition',
      'memory',
      'flashcards',
      'Anki',
      'study tips',
    ]);
  });

  it('leaves out what is chosen already, repeats, empties and phrases', () => {
    const keywords = ['memory', 'MEMORY', ' ', 'how to remember everything you read', 'anki'];
    expect(suggestTopics(keywords, ['Memory'], ['anki'])).toEqual(['Memory']);
    expect(suggestTopics(keywords, [], ['memory', 'Anki'])).toEqual([]);
  });

  it('suggests nothing for a page without tags', () => {
    expect(suggestTopics([], ['memory'], [])).toEqual([]);
  });
});
