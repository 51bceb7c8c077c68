/**
 * Mastodon's "Follows" CSV, from a server's data export (Preferences → Import and export → Data
 * export → Follows): `Account address,Show boosts,Notify on new posts,Languages` and one account
 * (`ada@mastodon.social`) a row; older exports have no header. Each account becomes a person
 * with their profile `https://<instance>/@<user>`, named by the handle until they are visited.
 */
import { CsvReader } from './csv-reader';
import type { FileFormat } from './format';
import { RowCollector } from './rows';
import type { ImportError, ParsedImport } from './types';
import { firstLine } from './csv-table';

/** `user@instance`, with or without a leading `@`: the user and the instance's host. */
const ACCOUNT = /^@?([\p{L}\p{N}_.-]{1,64})@((?:[\p{L}\p{N}-]{1,63}\.)+[\p{L}\p{N}-]{2,63})$/u;
/** A row of an export: an account, then booleans and languages. */
const ROW =
  /^@?[\p{L}\p{N}_.-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.)+[\p{L}\p{N}-]{2,63}(?:,(?:true|false)?){0,2}(?:,.*)?$/iu;

/** The profile address and handle of an account address, if it is one. */
export function mastodonAccount(address: string): { url: string; handle: string } | undefined {
  const match = ACCOUNT.exec(address.trim());
  if (!match) return undefined;
  const [, user = '', host = ''] = match;
  return { url: `https://${host.toLowerCase()}/@${user}`, handle: `@${user}@${host.toLowerCase()}` };
}

export function parseMastodonFollows(text: string): ParsedImport | ImportError {
  const rows = new RowCollector('mastodon');
  const reader = new CsvReader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ',');
  let first = true;
  for (let r = reader.next(); r; r = reader.next()) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const cell = (r.fields[0] ?? '').trim();
    if (first) {
      first = false;
      if (cell.toLowerCase() === 'account address') continue;
    }
    if (r.error) {
      rows.refuse(r.line, r.error);
      continue;
    }
    const account = mastodonAccount(cell);
    if (!account) {
      rows.refuse(r.line, { code: 'problem_row_not_account', subs: [cell.slice(0, 80)] });
      continue;
    }
    rows.add({
      line: r.line,
      url: account.url,
      title: account.handle,
      kind: 'person',
      category: 'experts',
      status: 'following',
    });
  }
  return rows.result();
}

/** Its header, or (older exports) lines that are all account addresses. */
function sniff(head: string): 'sure' | false {
  if (/^account address(?:,|$)/.test(firstLine(head))) return 'sure';
  const lines = head
    .split(/\r\n|\n|\r/)
    .slice(0, 6)
    .map((l) => l.trim())
    .filter(Boolean);
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  return complete.length > 0 && complete.every((l) => ROW.test(l)) ? 'sure' : false;
}

export const mastodonFormat: FileFormat<'mastodon'> = {
  id: 'mastodon',
  label: 'format_mastodon',
  extensions: [],
  sniff: ({ head }) => sniff(head),
  parse: parseMastodonFollows,
};
