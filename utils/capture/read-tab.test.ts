import { describe, expect, it } from 'vitest';
import { reasonForError, unreadableByUrl } from './read-tab';

describe('unreadableByUrl', () => {
  it.each([
    ['https://blog.example/post', undefined],
    ['http://127.0.0.1:8080/', undefined],
    ['file:///home/me/page.html', 'file'],
    ['chrome://settings/', 'restricted'],
    ['about:blank', 'restricted'],
    ['edge://newtab/', 'restricted'],
    ['chrome-extension://abc/popup.html', 'restricted'],
    ['view-source:https://a.example/', 'restricted'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    [undefined, 'no-access'],
    ['', 'no-access'],
  ])('%s → %s', (url, reason) => {
    expect(unreadableByUrl(url)).toBe(reason);
  });
});

describe('reasonForError', () => {
  it.each([
    ['The extensions gallery cannot be scripted.', 'store'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
    ],
    ['Missing host permission for the tab', 'no-access'],
    ['Cannot access a chrome:// URL', 'restricted'],
    ['Frame with ID 0 is showing error page', 'loading'],
    ['Something else went wrong', 'failed'],
  ])('%s → %s', (message, reason) => {
    expect(reasonForError(message)).toBe(reason);
  });
});
