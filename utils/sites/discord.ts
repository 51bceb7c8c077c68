import { agent, onHost, segments, strip } from './helpers';
import { hostOf } from '../url/host';
import type { SiteAdapter, SiteInfo } from './types';

const SITE = 'Discord';

/** The invite code in discord.gg/code, discord.com/invite/code, discordapp.com/invite/code. */
function inviteCode(url: URL): string | undefined {
  const parts = segments(url);
  const code = hostOf(url) === 'discord.gg' ? parts[0] : parts[0] === 'invite' ? parts[1] : undefined;
  return code && /^[\w-]{2,40}$/.test(code) ? code : undefined;
}

/** Discord: invites and server pages, as the community they open. Discord has no feeds. */
export const discord: SiteAdapter = {
  id: 'discord',
  name: SITE,
  matches: (url) => onHost(url, 'discord.gg', 'discord.com', 'discordapp.com'),
  read(url, page): SiteInfo | undefined {
    const code = inviteCode(url);
    const [first, server] = segments(url);
    const address = code
      ? `https://discord.gg/${code}`
      : first === 'servers' && server
        ? `https://discord.com/servers/${encodeURIComponent(server)}`
        : undefined;
    if (!address) return undefined;
    // "Join the Ada Club Discord Server!"
    const name = strip(
      page.title?.match(/^Join (?:the )?(.{1,100}?)(?: Discord)? Server!?$/i)?.[1] ?? page.title,
      /\s+[|-]\s+Discord$/i,
    );
    return {
      site: SITE,
      type: 'community',
      kind: 'community',
      subject: agent(SITE, 'community', { name, url: address, image: page.image }),
    };
  },
};

// Test URLs:
// https://discord.gg/abc123
// https://discord.com/invite/abc123
// https://discord.com/servers/ada-club-123456789
