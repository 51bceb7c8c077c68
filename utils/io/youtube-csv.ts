/**
 * YouTube's subscriptions, from the account's data export (Google Takeout → YouTube and YouTube
 * Music → subscriptions → subscriptions.csv): `Channel Id,Channel Url,Channel Title`. Each
 * channel becomes a Channel (Videos and channels), followed, with its uploads feed.
 */
import { readTable, firstLine, type TableRow } from './csv-table';
import type { FileFormat } from './format';
import { RowCollector, type RowDraft } from './rows';
import { plainText } from './text';
import type { ImportError, ParsedImport } from './types';

const isHeader = (keys: readonly string[]) => keys.includes('channel id') && keys.includes('channel url');

function draft(row: TableRow): RowDraft {
  const id = (row.get('channel id') ?? '').trim();
  const channel = /^UC[\w-]{22}$/.test(id);
  // Takeout writes http:// addresses: the channel's https page is the one a capture saves.
  const url = channel ? `https://www.youtube.com/channel/${id}` : (row.get('channel url') ?? '').trim();
  const title = row.get('channel title');
  return {
    line: row.line,
    url,
    ...(title !== undefined && { title: plainText(title) }),
    kind: 'channel',
    category: 'videos',
    status: 'following',
    feeds: channel ? [{ url: `https://www.youtube.com/feeds/videos.xml?channel_id=${id}`, type: 'atom' }] : [],
  };
}

export function parseYouTubeSubscriptions(text: string): ParsedImport | ImportError {
  const table = readTable(text, isHeader);
  if (!table) return { error: { code: 'problem_csv_no_url' } };
  const rows = new RowCollector('youtube-csv');
  for (const row of table.rows) {
    if (row.error) rows.refuse(row.line, row.error);
    else rows.add(draft(row));
  }
  return rows.result();
}

export const youtubeCsvFormat: FileFormat<'youtube-csv'> = {
  id: 'youtube-csv',
  label: 'format_youtube_csv',
  extensions: [],
  sniff: ({ head }) => (/^channel id,channel url(?:,|$)/.test(firstLine(head)) ? 'sure' : false),
  parse: parseYouTubeSubscriptions,
};
