import { describe, expect, it } from 'vitest';
import { stackExchange } from './stack-exchange';
import { read, shape } from './test-page';

describe('stack overflow and stack exchange', () => {
  it.each([
    ['https://stackoverflow.com/users/22656/jon-skeet', 'profile/person'],
    ['https://stackoverflow.com/users/22656', 'profile/person'],
    ['https://unix.stackexchange.com/users/1/someone', 'profile/person'],
    ['https://superuser.com/users/5/x', 'profile/person'],
    ['https://stackoverflow.com/questions/927358/how-do-i-undo', 'post/article'],
    ['https://stackoverflow.com/questions', undefined],
    ['https://stackoverflow.com/users/not-a-number', undefined],
    ['https://stackexchange.com/users/1', undefined],
    ['https://example.com/users/22656', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(stackExchange, url))).toBe(expected));

  it("on a user: the person, named from the title, with their activity's Atom feed", () => {
    const info = read(stackExchange, 'https://stackoverflow.com/users/22656/jon-skeet', {
      title: 'User Jon Skeet - Stack Overflow',
    });
    expect(info?.subject).toEqual({
      kind: 'person',
      site: 'Stack Overflow',
      name: 'Jon Skeet',
      url: 'https://stackoverflow.com/users/22656/jon-skeet',
      feeds: [{ url: 'https://stackoverflow.com/feeds/user/22656', type: 'atom' }],
    });
    expect(read(stackExchange, 'https://unix.stackexchange.com/users/1/x')?.subject?.site).toBe('Stack Exchange');
  });

  it("gives a question's author when the page names one at a user address", () => {
    const info = read(stackExchange, 'https://stackoverflow.com/questions/1/x', {
      authors: [{ name: 'Ada', url: 'https://stackoverflow.com/users/7/ada' }],
    });
    expect(info?.creator).toMatchObject({ kind: 'person', name: 'Ada', url: 'https://stackoverflow.com/users/7/ada' });
  });
});
