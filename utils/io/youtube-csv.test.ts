import { urlProblem } from './rows';
import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseYouTubeSubscriptions } from './youtube-csv';
import type { ParsedImport } from './types';

describe('YouTube subscriptions (CSV)', () => {
  it('reads each channel as a followed Channel with its uploads feed', () => {
    const result = parseYouTubeSubscriptions(fixture('youtube-subscriptions.csv')) as ParsedImport;
    expect(result.rows).toHaveLength(5);
    expect(result.rows[0]).toMatchObject({
      title: 'Computerphile',
      url: 'https://www.youtube.com/channel/UC9-y-6csu5WGm29I7JiwpnA',
      kind: 'channel',
      category: 'videos',
      status: 'following',
      feeds: [{ url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC9-y-6csu5WGm29I7JiwpnA', type: 'atom' }],
    });
    expect(result.rows[2]?.title).toBe('Kurzgesagt – In a Nutshell');
    // No address: made from the channel's id.
    expect(result.rows[4]?.url).toBe('https://www.youtube.com/channel/UCJ0-OtVpF0wOKEqT2Z1HEtA');
    expect(issueReasons(result.invalid)).toEqual([{ line: 7, reason: 'not a web address (javascript:)' }]);
  });

  it('is recognised by its header', () => {
    expect(parseImportFile('subscriptions.csv', fixture('youtube-subscriptions.csv'))).toMatchObject({
      format: 'youtube-csv',
    });
    const wrong = parseImportFile('subscriptions.csv', 'Channel Id,Channel Url,Channel Title\nx,ftp://x,y\n');
    expect(wrong).toMatchObject({ error: { code: 'problem_wrong_shape', subs: ['2', urlProblem('ftp://x')] } });
  });
});
