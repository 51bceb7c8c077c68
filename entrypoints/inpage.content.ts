import { defineContentScript } from 'wxt/utils/define-content-script';
import { InPageButton } from '@/utils/inpage/button';
import { siteFor } from '@/utils/inpage/sites';

/**
 * The in-page "Add to PLN" button. Never in the manifest: the background registers it at run
 * time only on the sites the person turned on (utils/inpage/registration.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    const site = siteFor(location.href);
    const root = document.documentElement;
    if (!site || root.dataset.plnInpage) return;
    root.dataset.plnInpage = '1';
    const button = new InPageButton(site);
    // Sites render late and re-render on in-app navigation: look again when the page changes,
    // a few times a second at most, for as long as the page lives.
    let pending = false;
    const refresh = () => {
      if (pending) return;
      pending = true;
      ctx.setTimeout(() => {
        pending = false;
        void button.place();
      }, 300);
    };
    new MutationObserver(refresh).observe(document.body, { childList: true, subtree: true });
    ctx.addEventListener(window, 'wxt:locationchange', refresh);
    ctx.onInvalidated(() => {
      button.remove();
      delete root.dataset.plnInpage;
    });
    refresh();
  },
});
