import { t } from '../i18n';
import { sendFromPage, type InPageState } from '../messaging/content-protocol';
import type { InPageSite } from './sites';

const HOST_TAG = 'pln-capture-button';

const STYLE = `
:host { all: initial; display: inline-block; margin-inline-start: 8px; vertical-align: middle; }
button {
  font: 600 12px/1.2 system-ui, sans-serif; color: #fff; background: #0f766e; border: 1px solid #0f766e;
  border-radius: 999px; padding: 4px 10px; cursor: pointer;
}
button[aria-pressed='true'] { background: #fff; color: #0f766e; }
button:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
button:disabled { opacity: 0.7; cursor: progress; }
`;

/**
 * The "Add to PLN" button beside a profile's or a video's name. Its styles are sealed in a
 * shadow root, so the page's CSS cannot reach it and its CSS cannot reach the page. It asks
 * the background for the state of the page now shown, so it never describes a page the site
 * navigated away from.
 */
export class InPageButton {
  private host: HTMLElement | undefined;
  private button: HTMLButtonElement | undefined;
  private shownFor = '';

  constructor(
    private readonly site: InPageSite,
    private readonly doc: Document = document,
  ) {}

  /** Puts the button beside the page's name (again, if the site re-rendered), and refreshes it. */
  async place(): Promise<boolean> {
    const anchor = this.site.anchors.map((s) => this.doc.querySelector(s)).find((el): el is Element => !!el);
    if (!anchor) return false;
    if (!this.host || !this.host.isConnected || this.host.previousElementSibling !== anchor) {
      this.host?.remove();
      this.host = this.doc.createElement(HOST_TAG);
      const shadow = this.host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = STYLE;
      this.button = this.doc.createElement('button');
      this.button.type = 'button';
      this.button.addEventListener('click', () => void this.save());
      shadow.append(style, this.button);
      anchor.after(this.host);
      this.shownFor = '';
    }
    if (this.shownFor !== location.href) {
      this.shownFor = location.href;
      this.render({ saved: false }, true);
      this.render(await sendFromPage('inPageState').catch(() => ({ saved: false })));
    }
    return true;
  }

  remove(): void {
    this.host?.remove();
    this.host = undefined;
  }

  private async save() {
    if (!this.button) return;
    this.button.disabled = true;
    try {
      this.render(await sendFromPage('inPageSave'));
    } catch {
      this.render({ saved: false });
      this.button.textContent = t('inpage_error');
    } finally {
      this.button.disabled = false;
    }
  }

  private render(state: InPageState, busy = false) {
    if (!this.button) return;
    this.button.disabled = busy;
    this.button.setAttribute('aria-pressed', String(state.saved));
    this.button.textContent = state.saved ? t('inpage_saved') : t('inpage_add');
    this.button.title = state.saved && state.title ? t('badge_saved', state.title) : t('inpage_add_title');
  }
}
