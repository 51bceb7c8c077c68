import { browser, type Browser } from 'wxt/browser';
import type { PlnDatabase } from '../db';
import { openSidePanel } from '../navigation';
import { resolveTab, tabInfo } from '../capture/read-tab';
import { runActionWithFeedback } from './actions';

export const COMMANDS = {
  savePage: 'save-page',
  openSidePanel: 'open-side-panel',
} as const;

/** What a keyboard command does. The side panel is opened within the command, as browsers require. */
export async function onCommand(db: PlnDatabase, command: string, tab: Browser.tabs.Tab | undefined) {
  const target = tabInfo(tab) ?? (await resolveTab(''));
  if (command === COMMANDS.openSidePanel) return openSidePanel(target?.windowId);
  if (command === COMMANDS.savePage && target) return runActionWithFeedback(db, 'save-page', { tab: target });
  return undefined;
}

export function registerCommands(db: PlnDatabase): void {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(db, command, tab));
}
