import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';
import { VIEWS, type View } from './use-hash-view';

/** Each view's tab label. */
const VIEW_LABELS: Record<View, MessageKey> = {
  'by-category': 'view_by_category',
  'by-topic': 'view_by_topic',
  'by-person': 'view_by_person',
  graph: 'view_graph',
};

const tabId = (view: View) => `tab-${view}`;
const panelId = (view: View) => `panel-${view}`;

/**
 * The WAI-ARIA tabs pattern: one tab stop for the tab list, arrow keys (and Home, End) move
 * between tabs and show the one reached; the shown panel follows in the tab order. Only the
 * shown panel's content is rendered.
 */
export function ViewTabs(props: {
  view: View;
  onView: (view: View) => void;
  children: (view: View) => ComponentChildren;
}) {
  const { view, onView } = props;
  const go = (next: View) => {
    onView(next);
    document.getElementById(tabId(next))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.indexOf(view);
    const last = VIEWS.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    go(VIEWS[target] ?? view);
  };

  return (
    <>
      <div role="tablist" aria-label={t('views_label')} class="view-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={tabId(v)}
            aria-selected={v === view}
            aria-controls={panelId(v)}
            tabIndex={v === view ? 0 : -1}
            onClick={() => onView(v)}
          >
            {t(VIEW_LABELS[v])}
          </button>
        ))}
      </div>
      {VIEWS.map((v) => (
        <div
          key={v}
          role="tabpanel"
          id={panelId(v)}
          aria-labelledby={tabId(v)}
          tabIndex={0}
          hidden={v !== view}
          class="view-panel"
        >
          {v === view && props.children(v)}
        </div>
      ))}
    </>
  );
}
