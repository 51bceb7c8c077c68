import { t } from '../i18n';
import { sendFromPage, type InPageState } from '../messaging/content-protocol';
import type { InPageSite } from './sites';

const HOST_TAG = 'pln-capture-button';

/** What the button says: add the page, saved already, or the save failed. */
type Label = 'add' | 'saved' | 'error';

const STYLE = `
:host { all: initial; display: inline-block; margin-inline-start: 8px; vertical-align: middle; }
button {
  font: 600 12px/1.2 system-ui, sans-serif; color: #fff; background: #0f766e; border: 1px solid #0f766e;
  border-radius: 999px; padding: 4px 10px; cursor: pointer; display: inline-grid;
}
/* Every label sits in the same cell and only one is visible: the button is as wide as its
   widest label in every state, so the page cannot tell by its size whether it is saved. */
.label { grid-area: 1 / 1; visibility: hidden; text-align: center; }
.label.shown { visibility: visible; }
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
  private labels: Record<Label, HTMLElement> | undefined;
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
      const label = (text: string) => {
        const span = this.doc.createElement('span');
        span.className = 'label';
        span.textContent = text;
        return span;
      };
      this.labels = { add: label(t('inpage_add')), saved: label(t('inpage_saved')), error: label(t('inpage_error')) };
      this.button.append(this.labels.add, this.labels.saved, this.labels.error);
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
      this.render({ saved: false }, false, 'error');
    } finally {
      this.button.disabled = false;
    }
  }

  private render(state: InPageState, busy = false, shown: Label = state.saved ? 'saved' : 'add') {
    if (!this.button || !this.labels) return;
    this.button.disabled = busy;
    this.button.setAttribute('aria-pressed', String(state.saved));
    for (const [name, span] of Object.entries(this.labels)) span.classList.toggle('shown', name === shown);
    this.button.title = state.saved && state.title ? t('badge_saved', state.title) : t('inpage_add_title');
  }
}
