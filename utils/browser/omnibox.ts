import { browser } from 'wxt/browser';
import { type PlnDatabase, listSources } from '../db';
import { t } from '../i18n';
import { isHttpUrl } from '../url/http';
import type { Source } from '../model/source';
import { matchSources } from '../search/filter';

const MAX_SUGGESTIONS = 6;

/** Chrome reads suggestion descriptions as XML; Firefox shows them as plain text. */
export function escapeDescription(text: string, xml: boolean): string {
  if (!xml) return text;
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** Saved sources matching what was typed after the `pln` keyword, best first. */
export async function omniboxMatches(db: PlnDatabase, text: string): Promise<Source[]> {
  if (!text.trim()) return [];
  const sources = await listSources(db);
  return matchSources(sources, text)
    .filter((s) => s.url !== undefined)
    .slice(0, MAX_SUGGESTIONS);
}

export function registerOmnibox(db: PlnDatabase, xml: boolean): void {
  void browser.omnibox.setDefaultSuggestion({ description: escapeDescription(t('omnibox_default', '%s'), xml) });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void omniboxMatches(db, text).then((matches) =>
      suggest(
        matches.map((s) => ({
          content: s.url ?? '',
          description: escapeDescription(`${s.title}${s.siteName ? ` — ${s.siteName}` : ''}`, xml),
        })),
      ),
    );
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void (async () => {
      // A suggestion's content is its address; anything else typed is a search in the side panel page.
      const url = isHttpUrl(text) ? text : browser.runtime.getURL(`/sidepanel.html?q=${encodeURIComponent(text)}`);
      if (disposition === 'currentTab') {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id !== undefined) return browser.tabs.update(tab.id, { url });
      }
      return browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
    })();
  });
}
