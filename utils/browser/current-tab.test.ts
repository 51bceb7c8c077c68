import { describe, expect, it } from 'vitest';
import { describeTab } from './current-tab';

describe('describeTab', () => {
  it.each([
    [undefined, { state: 'none' }],
    [{ id: -1, url: 'https://a.example/' }, { state: 'none' }], // TAB_ID_NONE
    [{ id: 3 }, { state: 'no-access', tabId: 3 }], // no `tabs` permission, no host access
    [
      { id: 3, url: '' },
      { state: 'no-access', tabId: 3 },
    ],
    [
      { id: 3, url: 'chrome://newtab/' },
      { state: 'not-web', tabId: 3 },
    ],
    [
      { id: 3, url: 'chrome-extension://abc/options.html' },
      { state: 'not-web', tabId: 3 },
    ],
    [
      { id: 3, url: 'file:///home/a.html' },
      { state: 'not-web', tabId: 3 },
    ],
    [
      { id: 3, url: 'https://a.example/post', title: 'Post' },
      { state: 'web', tabId: 3, url: 'https://a.example/post', title: 'Post' },
    ],
  ])('%j → %j', (tab, view) => {
    expect(describeTab(tab)).toEqual(view);
  });
});
