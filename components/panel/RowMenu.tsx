import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';

export interface MenuItem {
  label: string;
  /** The accessible name, which says which source it acts on. */
  name: string;
  run: () => void;
  danger?: boolean;
}

interface Props {
  source: Source;
  items: readonly MenuItem[];
  /** Where it opens, in the list's coordinates: below the button, or above it near the bottom of the window. */
  position: { top: number } | { bottom: number };
  /** Closes it; `refocus` puts the focus back on the button that opened it. */
  onClose: (refocus: boolean) => void;
}

/**
 * The actions of one row, behind its "Actions for …" button (the WAI-ARIA menu button pattern):
 * the first item has the focus when it opens; Up, Down, Home and End move between items; Escape
 * closes it back to the button; Tab, or a click elsewhere, closes it.
 */
export function RowMenu({ source, items, position, onClose }: Props) {
  const menu = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [source.id]);

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(buttons.length - 1),
      Escape: () => onClose(true),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      e.stopPropagation();
      run();
    } else if (e.key === 'Tab') onClose(false);
  };

  return (
    <ul
      ref={menu}
      role="menu"
      class="row-menu"
      aria-label={t('panel_actions_for', source.title)}
      style={position}
      onKeyDown={onKeyDown}
      onFocusOut={(e) => {
        if (!menu.current?.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
    >
      {items.map((item) => (
        <li role="none" key={item.label}>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            class={item.danger ? 'danger' : undefined}
            aria-label={item.name}
            onClick={() => {
              onClose(false);
              item.run();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
