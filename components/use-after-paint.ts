import { useEffect, useState } from 'preact/hooks';

/**
 * False until a frame has been painted with `ready` true (Preact runs effects after the paint).
 * What a page shows below its first screen waits for it, so that the first screen is drawn without
 * waiting for what is below.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (ready && !painted) setPainted(true);
  }, [ready, painted]);
  return painted;
}
