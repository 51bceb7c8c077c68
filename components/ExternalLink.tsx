import type { ComponentChildren } from 'preact';
import { isHttpUrl } from '@/utils/url/http';

/**
 * A link to a page on the web. Only http(s) addresses become links; anything else (a
 * `javascript:` URL a page tried to slip in) is shown as plain text.
 */
export function ExternalLink(props: {
  href: string | undefined;
  children: ComponentChildren;
  class?: string;
  label?: string;
  /** Called when the person opens the link (click, middle click or keyboard). */
  onOpen?: () => void;
  /** -1 takes the link out of the tab order (a list row that is not the current one). */
  tabIndex?: number;
}) {
  if (!props.href || !isHttpUrl(props.href)) return <span class={props.class}>{props.children}</span>;
  return (
    <a
      class={props.class}
      href={props.href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={props.label}
      tabIndex={props.tabIndex}
      onClick={props.onOpen}
      onAuxClick={(e) => e.button === 1 && props.onOpen?.()}
    >
      {props.children}
    </a>
  );
}
