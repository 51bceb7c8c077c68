import { describe, expect, it } from 'vitest';
import { telegram } from './telegram';
import { read, shape } from './test-page';

describe('telegram', () => {
  it.each([
    ['https://t.me/teslahunt', 'channel/channel'],
    ['https://t.me/s/teslahunt', 'channel/channel'],
    ['https://telegram.me/teslahunt', 'channel/channel'],
    ['https://t.me/teslahunt/15513', 'post/article'],
    ['https://t.me/s/teslahunt/15513', 'post/article'],
    ['https://t.me/+AbCdEf123', 'community/community'],
    ['https://t.me/joinchat/AbCdEf123', 'community/community'],
    ['https://t.me/share/url?url=x', undefined],
    ['https://t.me/addstickers/set', undefined],
    ['https://t.co/d0rwf2dLIp', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(telegram, url, { title: 'Tesla Hunt' }))).toBe(expected));

  it('on a channel: the channel, handle and image; on a post: the channel the page names', () => {
    expect(
      read(telegram, 'https://t.me/teslahunt', { title: 'Tesla Hunt', image: 'https://cdn4.cdn-telegram.org/a.jpg' })
        ?.subject,
    ).toEqual({
      kind: 'channel',
      site: 'Telegram',
      name: 'Tesla Hunt',
      url: 'https://t.me/teslahunt',
      handle: '@teslahunt',
      image: 'https://cdn4.cdn-telegram.org/a.jpg',
      feeds: [],
    });
    expect(read(telegram, 'https://t.me/teslahunt/2351', { title: 'Tesla Hunt' })?.creator).toMatchObject({
      kind: 'channel',
      name: 'Tesla Hunt',
      url: 'https://t.me/teslahunt',
    });
    expect(read(telegram, 'https://t.me/ada_bot', { title: 'Telegram: Contact @ada_bot' })?.subject?.name).toBe(
      '@ada_bot',
    );
  });
});
