import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { putRecords, record } from './db';

/**
 * The same source edited in two side panels at once (two windows), and a bulk edit made while a
 * form is open: nobody's change is silently undone.
 */

let browser: ExtensionBrowser;
let left: Page;
let right: Page;

const TITLE = 'Desirable difficulties';
const NOW = Date.now();

interface Stored {
  title: string;
  note?: string;
  topics: string[];
  updatedAt: number;
}

const stored = () => record<Stored>(left, 'sources', 'dd');

beforeAll(async () => {
  browser = await launchWithExtension();
  const seed = await browser.openExtensionPage('options.html');
  await putRecords(seed, 'sources', [
    {
      id: 'dd',
      kind: 'article',
      category: 'blogs',
      status: 'to_explore',
      title: TITLE,
      url: 'https://learning.example/dd',
      aliases: ['https://learning.example/dd'],
      creators: [],
      topics: ['memory'],
      feeds: [],
      profiles: [],
      visits: 0,
      createdAt: NOW - 1000,
      updatedAt: NOW - 1000,
    },
  ]);
  await seed.close();
  left = await browser.openExtensionPage('sidepanel.html');
  right = await browser.openExtensionPage('sidepanel.html');
});

afterAll(async () => {
  await browser?.close({ removeProfile: true });
});

/** Opens the edit form of the source titled `title` in a side panel. */
async function edit(panel: Page, title: string) {
  await panel.bringToFront();
  await panel.getByRole('button', { name: `Actions for ${title}`, exact: true }).click();
  await panel.getByRole('menuitem', { name: `Edit ${title}`, exact: true }).click();
  const form = panel.getByRole('form', { name: `Edit ${title}` });
  await form.waitFor();
  return form;
}

/** Saves a form; back at the list when it saved. */
async function save(panel: Page, form: ReturnType<Page['getByRole']>) {
  await panel.bringToFront();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
}

describe('two side panels editing one source', () => {
  it('keeps both when they change different fields: a note in one, the title in the other', async () => {
    const a = await edit(left, TITLE);
    const b = await edit(right, TITLE);
    await a.getByRole('textbox', { name: 'Note' }).fill('Spacing beats massing.');
    await save(left, a);
    await a.waitFor({ state: 'detached' });
    await b.getByRole('textbox', { name: 'Title' }).fill('Desirable difficulties, explained');
    await save(right, b);
    await b.waitFor({ state: 'detached' });
    await expect
      .poll(stored)
      .toMatchObject({ title: 'Desirable difficulties, explained', note: 'Spacing beats massing.' });
  });

  it('refuses the second save of the same field, says so, and reloads the saved value on request', async () => {
    const title = 'Desirable difficulties, explained';
    const a = await edit(left, title);
    const b = await edit(right, title);
    await a.getByRole('textbox', { name: 'Note' }).fill('From the left panel.');
    await save(left, a);
    await a.waitFor({ state: 'detached' });
    await b.getByRole('textbox', { name: 'Note' }).fill('From the right panel.');
    await b.getByRole('textbox', { name: 'Title' }).fill('Difficulties that help');
    await save(right, b);
    const alert = b.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('changed elsewhere since you opened this form: Note');
    expect(await stored()).toMatchObject({ title, note: 'From the left panel.' });

    await b.getByRole('button', { name: 'Reload the saved version' }).click();
    expect(await b.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('From the left panel.');
    // The change that did not conflict stays in the form, and now saves.
    expect(await b.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Difficulties that help');
    await save(right, b);
    await b.waitFor({ state: 'detached' });
    await expect.poll(stored).toMatchObject({ title: 'Difficulties that help', note: 'From the left panel.' });
  });

  it('does not undo a bulk topic change made while the form was open', async () => {
    const title = 'Difficulties that help';
    const b = await edit(right, title);
    await left.evaluate(async () => {
      const panel = (
        globalThis as unknown as { plnPanel: { sendMessage(type: string, data: unknown): Promise<unknown> } }
      ).plnPanel;
      await panel.sendMessage('bulkUpdate', { ids: ['dd'], change: { addTopics: ['spacing'] } });
    });
    await expect.poll(async () => (await stored())?.topics).toEqual(['memory', 'spacing']);
    await b.getByRole('textbox', { name: 'Note' }).fill('Edited while the topic was added.');
    await save(right, b);
    await b.waitFor({ state: 'detached' });
    await expect
      .poll(stored)
      .toMatchObject({ topics: ['memory', 'spacing'], note: 'Edited while the topic was added.' });
  });
});
