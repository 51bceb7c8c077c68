import { browser, type Browser } from 'wxt/browser';
import type { PlnDatabase } from '../db';
import { t } from '../i18n';
import { tabInfo } from '../capture/read-tab';
import { runActionWithFeedback, type Action } from './actions';

type Context = 'page' | 'link' | 'selection';

const MENUS: { id: Action; title: () => string; contexts: [Context] }[] = [
  { id: 'save-page', title: () => t('menu_save_page'), contexts: ['page'] },
  { id: 'save-link', title: () => t('menu_save_link'), contexts: ['link'] },
  { id: 'save-quote', title: () => t('menu_save_quote'), contexts: ['selection'] },
];

/** Creates the context menu items (again: on install and on each start). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const menu of MENUS) {
    browser.contextMenus.create({ id: menu.id, title: menu.title(), contexts: menu.contexts });
  }
}

/** What a click on one of the menu items does. */
export function onMenuClicked(
  db: PlnDatabase,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
) {
  const target = tabInfo(tab);
  const action = MENUS.find((m) => m.id === info.menuItemId)?.id;
  if (!target || !action) return Promise.resolve(undefined);
  return runActionWithFeedback(db, action, {
    tab: target,
    linkUrl: info.linkUrl,
    linkText: (info as { linkText?: string }).linkText,
    selectionText: info.selectionText,
  });
}

export function registerMenus(db: PlnDatabase): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(db, info, tab));
}
