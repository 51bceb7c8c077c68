import { parseImportFile } from './detect';
import type { ImportFileResult } from './format';

/**
 * Parses an import file in a web worker; where a worker cannot start, on the page itself
 * (the same function, so the same result).
 */
export function parseInWorker(name: string, text: string, size: number): Promise<ImportFileResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(parseImportFile(name, text, size));
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ result: ImportFileResult }>) => {
      worker.terminate();
      resolve(event.data.result);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseImportFile(name, text, size));
    };
    worker.postMessage({ name, text, size });
  });
}
