import { describe, expect, it } from 'vitest';
import { bookmarkFolders, findFolder, rowsFromBookmarkFolder, type BookmarkNode } from './browser-bookmarks';
import { issueReasons } from './test-issues';

const tree: BookmarkNode = {
  id: '0',
  title: '',
  children: [
    {
      id: '1',
      title: 'Bookmarks bar',
      children: [
        {
          id: '10',
          title: 'Learning',
          children: [
            {
              id: '100',
              title: 'Spaced repetition',
              url: 'https://learning.example/spaced?utm_source=x',
              dateAdded: 1_700_000_000_000,
            },
            {
              id: '101',
              title: 'Talks',
              children: [{ id: '1010', title: 'A talk', url: 'https://video.example/watch?v=1' }],
            },
            { id: '102', title: 'Bad', url: 'javascript:alert(1)' },
            { id: '103', title: 'Again', url: 'https://learning.example/spaced' },
          ],
        },
        { id: '11', title: 'News', url: 'https://news.example/' },
      ],
    },
  ],
};

describe('browser bookmarks', () => {
  it('lists folders with their paths and counts', () => {
    expect(bookmarkFolders(tree)).toEqual([
      { id: '1', path: 'Bookmarks bar', count: 5 },
      { id: '10', path: 'Bookmarks bar › Learning', count: 4 },
      { id: '101', path: 'Bookmarks bar › Learning › Talks', count: 1 },
    ]);
  });

  it('turns a folder into rows: subfolders become topics, bad and repeated addresses are counted', () => {
    const folder = findFolder(tree, '10');
    if (!folder) throw new Error('no folder');
    const parsed = rowsFromBookmarkFolder(folder);
    expect(parsed.rows).toMatchObject([
      { url: 'https://learning.example/spaced', title: 'Spaced repetition', topics: [], createdAt: 1_700_000_000_000 },
      { url: 'https://video.example/watch?v=1', title: 'A talk', topics: ['Talks'] },
    ]);
    expect(parsed.invalidCount).toBe(1);
    expect(issueReasons(parsed.invalid)[0]?.reason).toMatch(/javascript/);
    expect(parsed.duplicatesInFile).toBe(1);
  });
});
