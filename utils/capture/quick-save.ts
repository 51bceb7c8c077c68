import { findSaved, saveAtAddress, savePerson, saveSource, type PlnDatabase, type SaveResult } from '../db';
import type { Extraction } from '../extract/extraction';
import { LIMITS } from '../model/fields';
import { cleanText } from '../text';
import { isHttpUrl } from '../url/http';
import type { ClipInput } from '../model/clip';
import { normalizeUrl } from '../url/normalize';
import { ProblemError } from '../errors';
import { draftForPage, pageInput, pageUrlOf } from './draft';
import type { TabInfo, TabReading } from './read-tab';
import { captureRequest, pageSubject } from './request';
import { candidatesFor } from '../sites/candidates';
import { recognizeSite } from '../sites';
import { parseExtraction } from '../extract/extraction';

/** What the person asked to save is nothing that can be: not a web page, not a web link, no text. */
export class NothingToSaveError extends ProblemError {
  constructor(code: 'problem_nothing_tab' | 'problem_nothing_link' | 'problem_nothing_selected') {
    super(code);
    this.name = 'NothingToSaveError';
  }
}

/**
 * Saves the page of a tab in one step (keyboard command, context menu): what the page says,
 * its default category, its authors linked where they are saved, and its text for an article.
 * A page already saved is updated the same way; what the person wrote (note, topics) stays,
 * and selected text is added to its quote rather than replacing it.
 */
export async function quickSavePage(
  db: PlnDatabase,
  reading: TabReading,
  clip: ClipInput | undefined,
  now: number = Date.now(),
  quote: string | undefined = reading.ok ? reading.extraction.selection : undefined,
): Promise<SaveResult> {
  const extraction: Extraction | undefined = reading.ok ? { ...reading.extraction, selection: undefined } : undefined;
  const url = pageUrlOf(extraction, reading.tab);
  if (!url) throw new NothingToSaveError('problem_nothing_tab');
  // What the page is about, with platform knowledge: the person on a profile, the video on a watch page.
  const candidates = extraction ? candidatesFor(extraction, reading.tab.url) : [];
  const subject = pageSubject(candidates);
  return saveAtAddress(
    db,
    url,
    (existing) => {
      const draft = draftForPage(extraction, reading.tab, existing, subject);
      const page = pageInput(draft, extraction, reading.tab, existing, now);
      return { request: captureRequest(page, candidates, clip), quote };
    },
    now,
  );
}

/** Saves the target of a link, titled with the link's text. */
export async function saveLink(
  db: PlnDatabase,
  link: { url: string; text?: string | undefined; fromPage?: TabInfo | undefined },
  now: number = Date.now(),
): Promise<SaveResult> {
  const url = normalizeUrl(link.url);
  if (!url) throw new NothingToSaveError('problem_nothing_link');
  const existing = await findSaved(db, url);
  if (existing) return { source: existing, created: false };
  const u = new URL(url);
  const pageUrl = link.fromPage?.url && isHttpUrl(link.fromPage.url) ? link.fromPage.url : undefined;
  const provenance = pageUrl ? { pageUrl, pageTitle: link.fromPage?.title, capturedAt: now } : undefined;
  // A link to a profile or a channel that a site adapter knows saves a person or a channel.
  const site = recognizeSite(url, parseExtraction({ pageUrl: url, url }));
  const subject = site?.subject?.url && normalizeUrl(site.subject.url) === url ? site.subject : undefined;
  const title =
    link.text?.trim() ||
    subject?.name ||
    (subject?.handle && `@${subject.handle}`) ||
    `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  if (subject?.kind === 'person') {
    return savePerson(
      db,
      { person: { kind: 'person', title, url, feeds: subject.feeds.length ? subject.feeds : undefined, provenance } },
      now,
    );
  }
  return saveSource(
    db,
    {
      kind: subject?.kind ?? site?.kind ?? 'article',
      title,
      url,
      feeds: subject?.feeds.length ? subject.feeds : undefined,
      provenance,
    },
    now,
  );
}

/**
 * Adds selected text to the quote of the page's source, saving the page first if it is not
 * saved yet. A quote already there is kept; the new one follows it.
 */
export async function saveQuote(
  db: PlnDatabase,
  reading: TabReading,
  quote: string,
  now: number = Date.now(),
): Promise<SaveResult> {
  if (!cleanText(quote, LIMITS.quote)) throw new NothingToSaveError('problem_nothing_selected');
  return quickSavePage(db, reading, undefined, now, quote);
}
