import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** What the background answers a message with: the messaging library's envelope. */
export interface Answer {
  res?: unknown;
  err?: { message: string };
}

/**
 * For tests: sends a message as the browser delivers it (the messaging library's envelope) through
 * the fake browser's runtime.onMessage, from `sender`, and resolves with the answer. A listener
 * must say it answers later (return true), as listeners of async work do.
 */
export async function sendAs(type: string, data: unknown, sender: object): Promise<Answer> {
  let answered: (answer: Answer) => void = () => undefined;
  const answer = new Promise<Answer>((resolve) => (answered = resolve));
  const [handled, result] = await Promise.all([
    fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, (response: unknown) =>
      answered(response as Answer),
    ),
    answer,
  ]);
  expect(handled).toContain(true);
  return result;
}
