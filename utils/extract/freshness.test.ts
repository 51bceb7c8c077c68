import { describe, expect, it } from 'vitest';
import { parseExtraction } from './extraction';
import { freshExtraction } from './freshness';

const watch = (id: string) => `https://video.example/watch?v=${id}`;

describe('freshExtraction', () => {
  it('drops metadata left over from the page an app was loaded at', () => {
    const e = parseExtraction({
      pageUrl: watch('second'),
      loadedUrl: watch('first'),
      url: watch('first'),
      title: 'First video',
      docTitle: 'Second video - Video Site',
      description: 'About the first',
      kind: 'video',
      authors: [{ name: 'First channel' }],
    });
    const fresh = freshExtraction(e);
    expect(fresh).toMatchObject({
      url: watch('second'),
      title: 'Second video - Video Site',
      kind: 'article',
      authors: [],
    });
    expect(fresh.description).toBeUndefined();
    expect(fresh.skipped.at(-1)).toMatch(/loaded earlier/);
  });

  it('keeps metadata an app updated as it moved, and pages loaded where they are', () => {
    const updated = parseExtraction({
      pageUrl: watch('second'),
      loadedUrl: watch('first'),
      url: watch('second'),
      title: 'Second video',
    });
    expect(freshExtraction(updated)).toBe(updated);
    const loadedHere = parseExtraction({
      pageUrl: 'https://blog.example/a?utm_source=x',
      loadedUrl: 'https://blog.example/a?utm_source=x',
      url: 'https://blog.example/posts/a',
      title: 'A',
    });
    expect(freshExtraction(loadedHere)).toBe(loadedHere);
    const noEntry = parseExtraction({ pageUrl: watch('x'), url: watch('y'), title: 'Y' });
    expect(freshExtraction(noEntry)).toBe(noEntry);
  });
});
