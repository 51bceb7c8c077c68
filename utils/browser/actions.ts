import type { PlnDatabase, SaveResult } from '../db';
import { clipTab, linkTextIn, readTab, type TabInfo } from '../capture/read-tab';
import { quickSavePage, saveLink, saveQuote } from '../capture/quick-save';
import { CLIPPABLE_KINDS } from '../capture/request';
import { flashResult, refreshBadges } from './badge';
import { errorText } from '../errors';

/**
 * What the context menus and keyboard commands do. Each takes what the browser hands its
 * listener, so tests call exactly what a click or a shortcut calls.
 */
export type Action = 'save-page' | 'save-link' | 'save-quote';

export interface ActionInput {
  tab: TabInfo;
  linkUrl?: string | undefined;
  linkText?: string | undefined;
  selectionText?: string | undefined;
}

export async function runAction(db: PlnDatabase, action: Action, input: ActionInput): Promise<SaveResult> {
  switch (action) {
    case 'save-page': {
      const reading = await readTab(input.tab);
      const clip = reading.ok && CLIPPABLE_KINDS.has(reading.extraction.kind) ? await clipTab(input.tab.id) : undefined;
      return quickSavePage(db, reading, clip);
    }
    case 'save-link': {
      const url = input.linkUrl ?? '';
      const text = input.linkText ?? input.selectionText ?? (await linkTextIn(input.tab.id, url));
      return saveLink(db, { url, text, fromPage: input.tab });
    }
    case 'save-quote':
      return saveQuote(db, await readTab(input.tab), input.selectionText ?? '');
  }
}

/** Runs an action and reports on the tab's icon; never throws. */
export async function runActionWithFeedback(db: PlnDatabase, action: Action, input: ActionInput) {
  try {
    const result = await runAction(db, action, input);
    await refreshBadges(db, { whenOn: true }).catch(() => undefined);
    await flashResult(db, input.tab.id, { ok: true, title: result.source.title });
    return result;
  } catch (error) {
    await flashResult(db, input.tab.id, { ok: false, error: errorText(error) });
    return undefined;
  }
}
