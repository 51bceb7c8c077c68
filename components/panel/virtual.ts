/**
 * Which rows of a long list to render: those in view, and `overscan` more on each side.
 * Rows have one height; `listTop` is the list's top relative to the top of the viewport
 * (negative once scrolled past), as getBoundingClientRect gives it.
 */
export function visibleRange(
  count: number,
  rowHeight: number,
  listTop: number,
  viewportHeight: number,
  overscan: number,
): { start: number; end: number } {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, -listTop) / rowHeight);
  const last = Math.ceil(Math.max(0, viewportHeight - listTop) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}

/** The indexes to render: the range, plus one more (the focused row) wherever it is, in order. */
export function renderedIndexes(range: { start: number; end: number }, keep: number | undefined): number[] {
  const out: number[] = [];
  if (keep !== undefined && keep >= 0 && keep < range.start) out.push(keep);
  for (let i = range.start; i < range.end; i++) out.push(i);
  if (keep !== undefined && keep >= range.end) out.push(keep);
  return out;
}
