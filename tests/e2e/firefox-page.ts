import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { waitFor, WAIT_MS } from './firefox';

/**
 * Finding and using elements on the extension's pages in Firefox, by role and accessible name.
 *
 * Every wait here polls from the test with `page.$()`, one query at a time: Puppeteer's own
 * waits (`waitForFunction`, and Locator actions, which check that an element is enabled with
 * it) build a predicate with `new Function()` in the page, which the extension pages' CSP
 * blocks on Firefox ESR 140 (see firefox.ts). Each action is followed by a check of its
 * effect in the test itself.
 */

/** A `::-p-aria` selector for the element with this role and exact accessible name. */
export const role = (roleName: string, name?: string) =>
  name === undefined ? `::-p-aria([role="${roleName}"])` : `::-p-aria([name="${name}"][role="${roleName}"])`;

/** The element `selector` finds, once there is one. The caller disposes of it. */
export async function find(page: Page, selector: string, timeout = WAIT_MS): Promise<ElementHandle<Element>> {
  let found: ElementHandle<Element> | null = null;
  await waitFor(
    selector,
    async () => {
      found = await page.$(selector);
      return found !== null;
    },
    timeout,
  );
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

/** Runs `action` on the element `selector` finds, then lets go of it. */
async function withElement<T>(page: Page, selector: string, action: (el: ElementHandle<Element>) => Promise<T>) {
  const el = await find(page, selector);
  try {
    return await action(el);
  } finally {
    await el.dispose();
  }
}

/** Clicks the element, once it is there and not disabled. */
export async function click(page: Page, selector: string): Promise<void> {
  await waitFor(`${selector} to be enabled`, () =>
    withElement(page, selector, (el) => el.evaluate((e) => !(e as HTMLButtonElement).disabled)),
  );
  await withElement(page, selector, (el) => el.click());
}

/** Replaces the text of a text field by typing, as a person would. */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await withElement(page, selector, async (el) => {
    await el.evaluate((e) => {
      (e as HTMLInputElement).focus();
      (e as HTMLInputElement).select();
    });
    if (text === '') await page.keyboard.press('Backspace');
    else await el.type(text);
  });
}

/** The value of the form field `selector` finds. */
export const valueOf = (page: Page, selector: string) =>
  withElement(page, selector, (el) => el.evaluate((e) => (e as HTMLInputElement).value));

/** The text of the first element `selector` finds, or null while there is none. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  const el = await page.$(selector);
  if (!el) return null;
  try {
    return await el.evaluate((e) => e.textContent ?? '');
  } finally {
    await el.dispose();
  }
}

/** The texts of every element `selector` finds. */
export const textsOf = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => el.textContent?.trim() ?? ''));

/** Chooses files (one, or several at once) in the file input `selector` finds. */
export const upload = (page: Page, selector: string, ...paths: string[]) =>
  withElement(page, selector, (el) => (el as ElementHandle<HTMLInputElement>).uploadFile(...paths));

/** The texts of the page's status lines, to poll for an outcome. */
export const statusTexts = (page: Page) => textsOf(page, role('status'));

/**
 * The path of the file Firefox downloaded into `dir` whose name matches `name`, once it is whole
 * (Firefox writes beside a `.part` file until then); '' while there is none.
 */
export function downloaded(dir: string, name: RegExp): string {
  const found = readdirSync(dir).find((file) => name.test(file));
  const path = found ? join(dir, found) : '';
  return path !== '' && !existsSync(`${path}.part`) ? path : '';
}
