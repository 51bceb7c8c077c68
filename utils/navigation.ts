import { browser } from 'wxt/browser';
import { isHttpUrl } from './model/fields';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/** Opens the side panel (Chrome, Edge) or the sidebar (Firefox) of the current window. */
export async function openSidePanel(): Promise<void> {
  const g = globalThis as { chrome?: { sidePanel?: SidePanelApi }; browser?: { sidebarAction?: SidebarActionApi } };
  if (g.browser?.sidebarAction) return g.browser.sidebarAction.open();
  const win = await browser.windows.getCurrent();
  if (g.chrome?.sidePanel && win.id !== undefined) return g.chrome.sidePanel.open({ windowId: win.id });
}

export function openNetworkPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Opens a saved source's page in a new tab; only web addresses are opened. */
export async function openInTab(url: string): Promise<void> {
  if (!isHttpUrl(url)) return;
  await browser.tabs.create({ url });
}
