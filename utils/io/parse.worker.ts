import { parseImportFile } from './detect';
import { errorText } from '../errors';

/** Reads an import file off the page's main thread, so that a large file leaves the page responsive. */
self.onmessage = (event: MessageEvent<{ name: string; text: string; size: number }>) => {
  const { name, text, size } = event.data;
  try {
    self.postMessage({ result: parseImportFile(name, text, size) });
  } catch (error) {
    self.postMessage({ result: { error: errorText(error) } });
  }
};
