import { browser, type Browser } from 'wxt/browser';
import { parseExtraction, type Extraction } from '../extract/extraction';
import { freshExtraction } from '../extract/freshness';
import { ClipInput, type ClipInput as ClipInputType } from '../model/clip';
import { isHttpUrl } from '../url/http';
import { errorText } from '../errors';

/** Why the popup could not read a tab's page. */
export type UnreadableReason =
  | 'restricted' // a browser page (chrome://, about:, the new tab page, another extension)
  | 'store' // an extension store, where browsers forbid scripts
  | 'pdf' // the browser's PDF viewer
  | 'not-html' // an image, a text file, some other document
  | 'file' // a file on this computer, which needs the browser's "allow access to file URLs"
  | 'loading' // the page has not finished loading
  | 'no-access' // no permission for this tab (the popup was not opened from it)
  | 'failed'; // anything else, with the browser's message

export interface TabInfo {
  id: number;
  windowId?: number | undefined;
  url?: string | undefined;
  title?: string | undefined;
}

export type TabReading =
  | { ok: true; tab: TabInfo; extraction: Extraction }
  | { ok: false; tab: TabInfo; reason: UnreadableReason; detail?: string };

const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/addons\.opera\.com\//,
];

/** What can be said about a tab from its address alone, before trying to read it. */
export function unreadableByUrl(url: string | undefined): UnreadableReason | undefined {
  if (url === undefined || url === '') return 'no-access';
  if (STORE_PAGES.some((re) => re.test(url))) return 'store';
  if (url.startsWith('file:')) return 'file';
  if (!isHttpUrl(url)) return 'restricted';
  return undefined;
}

/** Turns the browser's error on injection into a reason a person can act on. */
export function reasonForError(message: string): UnreadableReason {
  if (/cannot be scripted|extensions gallery|webstore/i.test(message)) return 'store';
  if (/chrome:\/\/|edge:\/\/|about:|moz-extension|chrome-extension|privileged/i.test(message)) return 'restricted';
  if (/permission|cannot access|missing host/i.test(message)) return 'no-access';
  if (/error page|frame.*removed|no frame|document.*not.*ready/i.test(message)) return 'loading';
  return 'failed';
}

/** The tab to capture: `?tabId=N` in the page's address, else the active tab of this window. */
export async function resolveTab(search: string): Promise<TabInfo | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    return tabInfo(tab);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tabInfo(tab);
}

/** What the capture needs of a browser tab. */
export function tabInfo(tab: Browser.tabs.Tab | undefined): TabInfo | undefined {
  return tab?.id === undefined ? undefined : { id: tab.id, windowId: tab.windowId, url: tab.url, title: tab.title };
}

/** Injects the extraction script into the tab and validates what it returns. */
export async function readTab(tab: TabInfo): Promise<TabReading> {
  const byUrl = unreadableByUrl(tab.url);
  if (byUrl) return { ok: false, tab, reason: byUrl };
  const current = await browser.tabs.get(tab.id).catch(() => undefined);
  if (current?.status === 'loading') return { ok: false, tab, reason: 'loading' };
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['/extract.js'],
    });
    const extraction = freshExtraction(parseExtraction(result?.result));
    if (extraction.unreadable) return { ok: false, tab, reason: extraction.unreadable };
    if (!extraction.pageUrl) return { ok: false, tab, reason: 'failed', detail: 'no result' };
    return { ok: true, tab, extraction };
  } catch (error) {
    const detail = errorText(error);
    return { ok: false, tab, reason: reasonForError(detail), detail };
  }
}

/**
 * Injects the clipping script (Mozilla's Readability) and returns the article's readable text,
 * or undefined when the page has none or cannot be read. What it returns is validated here and
 * again by the background.
 */
export async function clipTab(tabId: number): Promise<ClipInputType | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/clip.js'] });
    const clip = ClipInput.safeParse(result?.result);
    // The validated, bounded text: what the page returned beyond the bounds is not sent on.
    return clip.success && clip.data.blocks.length > 0 ? clip.data : undefined;
  } catch {
    return undefined;
  }
}

/** The text of a link on the page (context menus give the link's address, not its text). */
export async function linkTextIn(tabId: number, href: string): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (target: string) => {
        for (const a of Array.from(document.querySelectorAll('a[href]'))) {
          if ((a as HTMLAnchorElement).href === target) return (a.textContent ?? '').trim().slice(0, 500);
        }
        return '';
      },
      args: [href],
    });
    return typeof result?.result === 'string' && result.result ? result.result : undefined;
  } catch {
    return undefined;
  }
}
