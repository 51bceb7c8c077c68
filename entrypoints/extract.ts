import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '@/utils/extract';

/**
 * Injected into a tab on demand by the popup (activeTab + scripting). Its return value is the
 * page's raw Extraction, which the popup validates before use.
 */
export default defineUnlistedScript(() =>
  extractPage(document, location.href, window.getSelection()?.toString() ?? ''),
);
