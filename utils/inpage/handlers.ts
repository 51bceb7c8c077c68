import { browser } from 'wxt/browser';
import { z } from 'zod';
import { readTab, type TabInfo } from '../capture/read-tab';
import { quickSavePage } from '../capture/quick-save';
import { type PlnDatabase, findSaved } from '../db';
import { onPageMessage, type InPageState } from '../messaging/content-protocol';
import { readSender } from '../messaging/sender';
import { getSettings } from '../settings';
import { inPageSites, siteFor } from './sites';

/** The sender's tab, when it is this extension's script on a site the person enabled. */
export async function trustedTab(from: unknown): Promise<TabInfo> {
  const sender = readSender(from);
  const tab = sender.tab;
  if (sender.id !== browser.runtime.id || tab?.id === undefined || !tab.url) throw new Error('Refused: not from a tab');
  const site = siteFor(tab.url, inPageSites());
  const settings = await getSettings();
  if (!site || !settings.inPageSites.includes(site.id))
    throw new Error('Refused: in-page buttons are off on this site');
  return { id: tab.id, url: tab.url, title: tab.title, windowId: tab.windowId };
}

export async function stateFor(db: PlnDatabase, url: string | undefined): Promise<InPageState> {
  const saved = url ? await findSaved(db, url) : undefined;
  return saved ? { saved: true, title: saved.title } : { saved: false };
}

/** Saves what the page is mostly about: the person on a profile, the video on a watch page. */
export async function saveFromPage(db: PlnDatabase, tab: TabInfo): Promise<InPageState> {
  const { source } = await quickSavePage(db, await readTab(tab), undefined);
  return { saved: true, title: source.title };
}

const NoData = z.undefined();

export function registerInPageHandlers(db: PlnDatabase, hooks: { afterWrite?: () => void } = {}): void {
  onPageMessage('inPageState', async ({ data, sender }) => {
    NoData.parse(data);
    return stateFor(db, (await trustedTab(sender)).url);
  });
  onPageMessage('inPageSave', async ({ data, sender }) => {
    NoData.parse(data);
    const state = await saveFromPage(db, await trustedTab(sender));
    hooks.afterWrite?.();
    return state;
  });
}
