import { describe, expect, it } from 'vitest';
import { discord } from './discord';
import { read, shape } from './test-page';

describe('discord', () => {
  it.each([
    ['https://discord.gg/abc123', 'community/community'],
    ['https://discord.com/invite/abc123', 'community/community'],
    ['https://discordapp.com/invite/abc123', 'community/community'],
    ['https://discord.com/servers/ada-club-123456789', 'community/community'],
    ['https://discord.com/channels/1/2', undefined],
    ['https://discord.com/', undefined],
    ['https://example.com/invite/abc123', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(discord, url))).toBe(expected));

  it('names the community from the invite title', () => {
    expect(
      read(discord, 'https://discord.com/invite/abc123', {
        title: 'Join the Ada Club Discord Server!',
        image: 'https://cdn.discordapp.com/icon.png',
      })?.subject,
    ).toEqual({
      kind: 'community',
      site: 'Discord',
      name: 'Ada Club',
      url: 'https://discord.gg/abc123',
      image: 'https://cdn.discordapp.com/icon.png',
      feeds: [],
    });
  });
});
