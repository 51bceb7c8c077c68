/**
 * Runs the extension's page extractor on a saved HTML file and prints one JSON object:
 *
 *   npm run --silent extract -- <file.html> --url <page url> [--selection <text>]
 *
 * Same code as the extension: `extractPage` on a linkedom document, then `parseExtraction`, then
 * the platform adapters (`recognizeSite`, shown as `site`) and the popup's candidates
 * (`candidatesFor`). Bad arguments or an unreadable file: a message on stderr, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Candidate } from '../utils/extract/candidates';
import { parseExtraction, type Extraction } from '../utils/extract/extraction';
import { extractPage } from '../utils/extract/index';
import { candidatesFor } from '../utils/sites/candidates';
import { recognizeSite, type SiteInfo } from '../utils/sites/index';

export interface FileExtraction extends Extraction {
  /** What the page is on its platform, when a site adapter knows it. */
  site: SiteInfo | undefined;
  candidates: Candidate[];
}

/**
 * Decodes saved HTML bytes. Saved pages are usually re-encoded as UTF-8 but keep their original
 * `<meta charset>`, so valid UTF-8 wins; otherwise the charset declared in the first 4 KB.
 */
export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4_096));
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

/** Extracts a page from its HTML, as the extension would on that page at `url`. */
export function extractHtml(html: string, url: string, selection?: string): FileExtraction {
  const { document } = parseHTML(html);
  const doc: Document = document;
  // linkedom has no contentType; a saved .html file is HTML.
  if (!doc.contentType) Object.defineProperty(doc, 'contentType', { value: 'text/html' });
  const extraction = parseExtraction(extractPage(doc, url, selection));
  return { ...extraction, site: recognizeSite(url, extraction), candidates: candidatesFor(extraction, url) };
}

const USAGE = 'usage: npm run --silent extract -- <file.html> --url <page url> [--selection <text>]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(args: string[]): void {
  let file: string | undefined;
  let url: string | undefined;
  let selection: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    const value = () => inline ?? args[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--url') url = value();
    else if (flag === '--selection') selection = value();
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else fail(`unexpected argument ${arg}`);
  }
  if (!file) fail('missing the HTML file');
  if (!url) fail('missing --url');
  try {
    const { protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') fail(`--url must be an http(s) URL, got ${url}`);
  } catch {
    fail(`--url is not a URL: ${url}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const e = extractHtml(decodeHtml(bytes), url, selection);
  // The main fields always appear (null when the page does not say), in a stable order.
  const out = {
    kind: e.kind,
    title: e.title ?? null,
    description: e.description ?? null,
    url: e.url ?? null,
    siteName: e.siteName ?? null,
    publishedAt: e.publishedAt ?? null,
    modifiedAt: e.modifiedAt ?? null,
    lang: e.lang ?? null,
    image: e.image ?? null,
    duration: e.duration ?? null,
    authors: e.authors,
    organizations: e.organizations,
    publisher: e.publisher ?? null,
    channel: e.channel ?? null,
    news: e.news ?? false,
    keywords: e.keywords,
    feeds: e.feeds,
    site: e.site ?? null,
    candidates: e.candidates,
    skipped: e.skipped,
    pageUrl: e.pageUrl ?? null,
    ...(e.selection && { selection: e.selection }),
    ...(e.unreadable && { unreadable: e.unreadable }),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
