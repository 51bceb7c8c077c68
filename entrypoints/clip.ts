import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticle } from '@/utils/clip/readable';

/**
 * Injected on demand when the person saves an article with "keep its text": returns the
 * article's readable text (Mozilla's Readability), which the popup validates before use.
 */
export default defineUnlistedScript(() => readArticle(document) ?? null);
