import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { mastodonAccount, parseMastodonFollows } from './mastodon';
import type { ParsedImport } from './types';

const read = (text: string) => parseMastodonFollows(text) as ParsedImport;

describe('Mastodon follows', () => {
  it('reads the export with its header: each account a person at their profile, named by the handle', () => {
    const result = read(fixture('mastodon-follows.csv'));
    expect(result.rows.map((r) => [r.title, r.url, r.kind, r.category, r.status])).toEqual([
      ['@ada@mastodon.social', 'https://mastodon.social/@ada', 'person', 'experts', 'following'],
      ['@grace@hachyderm.io', 'https://hachyderm.io/@grace', 'person', 'experts', 'following'],
      ['@yuki@mstdn.jp', 'https://mstdn.jp/@yuki', 'person', 'experts', 'following'],
    ]);
    expect(issueReasons(result.invalid)).toEqual([
      { line: 5, reason: '“not an account” is not a Mastodon account address (user@server)' },
    ]);
    expect(result.duplicatesInFile).toBe(1);
  });

  it('reads older exports without a header', () => {
    const result = read(fixture('mastodon-follows-old.csv'));
    expect(result.rows.map((r) => r.title)).toEqual([
      '@ada@mastodon.social',
      '@grace@hachyderm.io',
      '@Мария@mastodon.social',
    ]);
    expect(result.rows[0]?.line).toBe(1);
  });

  it('is recognised by its content, whatever the file is called', () => {
    expect(parseImportFile('following_accounts.csv', fixture('mastodon-follows.csv'))).toMatchObject({
      format: 'mastodon',
    });
    expect(parseImportFile('export', fixture('mastodon-follows-old.csv'))).toMatchObject({ format: 'mastodon' });
  });

  it('refuses a file with its header and nothing readable, naming the format and the line', () => {
    const result = parseImportFile('follows.csv', 'Account address,Show boosts\nhello world,true\n');
    expect(result).toEqual({
      error: {
        code: 'problem_wrong_shape',
        subs: ['2', { code: 'problem_row_not_account', subs: ['hello world'] }],
        list: ['format_mastodon'],
      },
    });
  });

  it('makes a profile address of an account address only', () => {
    expect(mastodonAccount('@Ada@Mastodon.Social')).toEqual({
      url: 'https://mastodon.social/@Ada',
      handle: '@Ada@mastodon.social',
    });
    expect(mastodonAccount('ada@localhost')).toBeUndefined();
    expect(mastodonAccount('javascript:alert(1)@x.y')).toBeUndefined();
  });
});
