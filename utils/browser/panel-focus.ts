import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { SourceId } from '../model/source';

/**
 * "Show in side panel": the popup opens the panel and asks it, through session storage, to show
 * one source. The panel may be opening (it reads the request when it starts) or open already
 * (it hears the change). A request is answered once, by the panel of the same window, and one
 * left unanswered goes stale after a minute.
 */
const FocusRequest = z.object({ id: SourceId, windowId: z.number().int().optional(), at: z.number() });
type FocusRequest = z.output<typeof FocusRequest>;

const STALE_MS = 60_000;
const item = storage.defineItem<FocusRequest | null>('session:panelFocus', { fallback: null });

export async function requestPanelFocus(id: string, windowId: number | undefined, now = Date.now()): Promise<void> {
  await item.setValue({ id, windowId, at: now });
}

/**
 * Calls `onFocus` with the source each request names, for this window's panel. Returns the
 * function that stops listening.
 */
export function watchPanelFocus(windowId: number | undefined, onFocus: (id: string) => void): () => void {
  let stopped = false;
  const take = (value: unknown) => {
    const parsed = FocusRequest.safeParse(value);
    if (stopped || !parsed.success) return;
    const request = parsed.data;
    if (Date.now() - request.at > STALE_MS) return;
    if (request.windowId !== undefined && windowId !== undefined && request.windowId !== windowId) return;
    void item.setValue(null);
    onFocus(request.id);
  };
  void item.getValue().then(take, () => undefined);
  const unwatch = item.watch(take);
  return () => {
    stopped = true;
    unwatch();
  };
}
