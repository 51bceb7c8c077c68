import { defineExtensionMessaging } from '@webext-core/messaging';

/** What the in-page button is told about the page it sits on. */
export interface InPageState {
  saved: boolean;
  title?: string;
}

/**
 * Messages from the in-page button (a content script, on a site the person enabled). They carry
 * no data: the background works from the sender's tab, as the browser reports it, and reads
 * the page itself; nothing the page's script could forge is trusted.
 */
export interface ContentProtocolMap {
  inPageState(): InPageState;
  inPageSave(): InPageState;
}

export const { sendMessage: sendFromPage, onMessage: onPageMessage } = defineExtensionMessaging<ContentProtocolMap>();
