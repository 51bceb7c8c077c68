import { issueReasons } from './test-issues';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/io/load';
import { parseImportFile } from './detect';
import { parseLinkedInConnections } from './linkedin';
import type { ParsedImport } from './types';

describe('LinkedIn connections', () => {
  it('reads past the Notes lines: each connection a person among Peers, position and company as a note', () => {
    const result = parseLinkedInConnections(fixture('linkedin-connections.csv')) as ParsedImport;
    expect(result.rows.map((r) => [r.title, r.url, r.category, r.note])).toEqual([
      [
        'Ada Lovelace',
        'https://www.linkedin.com/in/ada-lovelace',
        'peers',
        'Lead Programmer, Notes · Analytical Engines Ltd',
      ],
      ['Grace Hopper', 'https://www.linkedin.com/in/gracehopper', 'peers', 'Rear Admiral · US Navy'],
      ['Åse Ødegård', 'https://www.linkedin.com/in/aseodegard', 'peers', undefined],
      ['李 小龍', 'https://www.linkedin.com/in/li-xiaolong', 'peers', '師傅 · 武館'],
    ]);
    expect(result.rows.every((r) => r.kind === 'person')).toBe(true);
    expect(result.rows[0]?.createdAt).toBe(Date.parse('12 Mar 2021'));
    expect(issueReasons(result.invalid)).toEqual([{ line: 9, reason: 'no web address' }]);
  });

  it('reads email addresses for the page to drop unless the person keeps them', () => {
    const result = parseLinkedInConnections(fixture('linkedin-connections.csv')) as ParsedImport;
    expect(result.rows.map((r) => r.email)).toEqual(['ada@example.org', undefined, undefined, 'li@example.cn']);
  });

  it('is recognised with or without its Notes lines', () => {
    expect(parseImportFile('Connections.csv', fixture('linkedin-connections.csv'))).toMatchObject({
      format: 'linkedin',
    });
    const bare =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,L,https://www.linkedin.com/in/a,,,,\n';
    expect(parseImportFile('c.csv', bare)).toMatchObject({ format: 'linkedin', rows: [{ title: 'Ada L' }] });
  });
});
