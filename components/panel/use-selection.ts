import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Entry, LiveCollection } from '@/utils/search/live-collection';

/**
 * The sources ticked in the list, by id. Sources deleted elsewhere leave it; "select all" works on
 * the entries shown.
 */
export function useSelection(collection: LiveCollection, version: number, shown: readonly Entry[]) {
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    setSelection((s) => {
      const kept = [...s].filter((id) => collection.get(id) !== undefined);
      return kept.length === s.size ? s : new Set(kept);
    });
  }, [collection, version]);

  const toggle = useCallback(
    (id: string) =>
      setSelection((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelection(new Set()), []);

  const allShown = selection.size >= shown.length && shown.length > 0 && shown.every((e) => selection.has(e.source.id));
  const someShown = !allShown && selection.size > 0 && shown.some((e) => selection.has(e.source.id));
  const toggleAllShown = () =>
    setSelection((s) => {
      const next = new Set(s);
      if (allShown) for (const e of shown) next.delete(e.source.id);
      else for (const e of shown) next.add(e.source.id);
      return next;
    });

  return { selection, toggle, clear, allShown, someShown, toggleAllShown };
}
