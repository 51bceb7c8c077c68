import { parseImportFile } from './detect';
import type { ImportError } from './types';

/** Reads an import file off the page's main thread, so that a large file leaves the page responsive. */
self.onmessage = (event: MessageEvent<{ name: string; text: string; size: number }>) => {
  const { name, text, size } = event.data;
  try {
    self.postMessage({ result: parseImportFile(name, text, size) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    self.postMessage({ result: { error: { code: 'problem_unreadable_file', subs: [detail] } } satisfies ImportError });
  }
};
