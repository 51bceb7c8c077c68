import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithPopup, withExtensionAndServer } from './browser';
import { record, sourcesBy } from './db';

/**
 * The popup as a person uses it from the keyboard and after saving: the focus on the title,
 * Enter and Ctrl+Enter to save, Escape to close; one saved state (Saved, Update, Undo, Show in
 * side panel); and the people it may already know ("Same person as …?", a site whose rel=me
 * links point at a saved profile).
 */

const env = withExtensionAndServer();

const openPopup = (path: string) => openWithPopup(env, path);

const statuses = (popup: Page) => popup.getByRole('status').allTextContents();
/** One message, which starts so (a plain page adds that it had no article text to keep). */
const says = (start: string): unknown[] => [
  expect.stringMatching(new RegExp(`^${start.replace(/[.?*+()]/g, '\\$&')}`)),
];
/** The form's buttons by accessible name (a decorative ✓ is hidden from it). */
const buttonNames = (popup: Page) =>
  popup.locator('form .actions button').evaluateAll((buttons) =>
    buttons.map(
      (b) =>
        b.getAttribute('aria-label') ??
        [...b.childNodes]
          .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
          .map((n) => n.textContent)
          .join('')
          .trim(),
    ),
  );
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.tagName) : null;
  });

interface Stored {
  id: string;
  url?: string;
  title: string;
  note?: string;
  aliases: string[];
}
const articles = (page: Page) => sourcesBy<Stored>(page, 'kind', 'article');
const people = (page: Page) => sourcesBy<Stored>(page, 'kind', 'person');

describe('the popup from the keyboard', () => {
  it('has the focus on the title, says that Enter saves, and Enter saves', async () => {
    const { page, popup } = await openPopup('/plain.html?flow=enter');
    const title = popup.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => focused(popup)).toBe('Title');
    const hint = popup.getByText('Enter saves, Ctrl+Enter from the note, Esc closes.');
    expect(await hint.isVisible()).toBe(true);
    // The hint is the title field's description, for a screen reader too.
    expect(await title.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));

    await popup.keyboard.press('Enter');
    await expect.poll(() => statuses(popup)).toEqual(says('Saved to Blogs and newsletters.'));
    expect(await popup.getByRole('button', { name: 'Saved', exact: true }).count()).toBe(1);
    await expect
      .poll(async () => (await articles(popup)).map((s) => s.url))
      .toContain(env.server.url('/plain.html?flow=enter'));
    await popup.close();
    await page.close();
  });

  it('saves with Ctrl+Enter from the note', async () => {
    const { page, popup } = await openPopup('/plain.html?flow=ctrl');
    const note = popup.getByRole('textbox', { name: 'Note' });
    await note.focus();
    await popup.keyboard.type('Read it again next week.');
    await popup.keyboard.press('Control+Enter');
    await expect.poll(() => statuses(popup)).toEqual(says('Saved to Blogs and newsletters.'));
    const saved = (await articles(popup)).find((s) => s.url === env.server.url('/plain.html?flow=ctrl'));
    expect(saved?.note).toBe('Read it again next week.');
    // The note is a note: the key did not add a line to it.
    expect(await note.inputValue()).toBe('Read it again next week.');
    await popup.close();
    await page.close();
  });

  it('closes with Escape, except where Escape clears what is being typed', async () => {
    const { page, popup } = await openPopup('/plain.html?flow=escape');
    const topics = popup.getByRole('combobox', { name: 'Topics' });
    await topics.fill('half a topi');
    await topics.press('Escape');
    expect(await topics.inputValue()).toBe('');
    expect(popup.isClosed()).toBe(false);
    await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Escape').catch(() => undefined)]);
    expect(popup.isClosed()).toBe(true);
    await page.close();
  });
});

describe('one saved state', () => {
  it('reads Saved after saving, Update once a field changes, with Undo and Show in side panel', async () => {
    const { page, popup } = await openPopup('/plain.html?flow=saved');
    expect(await buttonNames(popup)).toEqual(['Save']);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    // One message, and the button says what is true now.
    await expect.poll(() => statuses(popup)).toEqual(says('Saved to Blogs and newsletters.'));
    expect(await buttonNames(popup)).toEqual(['Saved', 'Undo', 'Show in side panel']);

    await popup.getByRole('textbox', { name: 'Note' }).fill('Worth a second look.');
    expect(await buttonNames(popup)).toEqual(['Update', 'Undo', 'Show in side panel']);
    await popup.getByRole('button', { name: 'Update' }).click();
    await expect.poll(() => statuses(popup)).toEqual(says('Updated in Blogs and newsletters.'));
    expect(await buttonNames(popup)).toEqual(['Saved', 'Undo', 'Show in side panel']);
    const [saved] = (await articles(popup)).filter((s) => s.url === env.server.url('/plain.html?flow=saved'));
    expect(saved?.note).toBe('Worth a second look.');

    // Undo takes back what this popup did: the new source goes to the trash, nothing is lost.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => statuses(popup)).toEqual(['Undone: it left your network (it waits in the trash).']);
    expect(await buttonNames(popup)).toEqual(['Save']);
    expect((await articles(popup)).some((s) => s.id === saved?.id)).toBe(false);
    const trashed = await record<{ source: Stored }>(popup, 'trash', saved!.id);
    expect(trashed?.source.title).toBe('A page with nothing but a title');
    await popup.close();
    await page.close();
  });

  it('reverts what an update changed on a source saved before', async () => {
    const { page, popup } = await openPopup('/plain.html?flow=enter');
    await expect
      .poll(() => statuses(popup))
      .toEqual([expect.stringMatching(/^In your network since .+, in Blogs and newsletters\.$/)]);
    expect(await buttonNames(popup)).toEqual(['Saved', 'Show in side panel']);
    await popup.getByRole('textbox', { name: 'Title' }).fill('A plain page, renamed');
    await popup.getByRole('button', { name: 'Update' }).click();
    await expect.poll(() => statuses(popup)).toEqual(says('Updated in Blogs and newsletters.'));
    const id = (await articles(popup)).find((s) => s.url === env.server.url('/plain.html?flow=enter'))!.id;
    expect((await record<Stored>(popup, 'sources', id))?.title).toBe('A plain page, renamed');

    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => statuses(popup)).toEqual(['Undone: it is back as it was.']);
    expect((await record<Stored>(popup, 'sources', id))?.title).toBe('A page with nothing but a title');
    expect(await popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('A page with nothing but a title');
    expect(await buttonNames(popup)).toEqual(['Saved', 'Show in side panel']);
    await popup.close();
    await page.close();
  });

  it('shows the saved source in the side panel', async () => {
    const panel = await env.browser.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 800 });
    const { page, popup } = await openPopup('/plain.html?flow=ctrl');
    await Promise.all([popup.waitForEvent('close'), popup.getByRole('button', { name: 'Show in side panel' }).click()]);
    // The panel shows the source's details (a side panel opened by the browser, or this one).
    const panels = () => env.browser.context.pages().filter((p) => p.url().includes('/sidepanel.html'));
    await expect
      .poll(async () => {
        for (const p of panels()) {
          if (await p.getByRole('region', { name: 'A page with nothing but a title' }).count()) return true;
        }
        return false;
      })
      .toBe(true);
    await page.close();
    await panel.close();
  });
});

describe('people the network may already know', () => {
  it('offers "Same person as …?" for a saved person of the same name, and adds the profile to them', async () => {
    const x = await openPopup('/person-x.html');
    await x.popup.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect.poll(() => buttonNames(x.popup)).toContain('Following');
    await x.popup.close();
    await x.page.close();

    const { page, popup } = await openPopup('/person-site.html');
    await expect.poll(() => popup.getByText('Same person as Kiko Beats?').count()).toBe(1);
    // Never on the name alone: saving as it stands makes a new person.
    expect(await buttonNames(popup)).toEqual(['Follow']);
    await popup.getByRole('button', { name: "Add as Kiko Beats's profile" }).click();
    await expect.poll(() => statuses(popup)).toEqual(['Added to Kiko Beats, as one more of their profiles.']);
    const [kiko, ...others] = await people(popup);
    expect(others).toEqual([]);
    expect(kiko?.aliases).toEqual([env.server.url('/person-x.html'), env.server.url('/person-site.html')]);
    expect(await buttonNames(popup)).toEqual(['Following', 'Undo', 'Show in side panel']);

    // Undo: Kiko Beats as before, with one profile.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await people(popup))[0]?.aliases).toEqual([env.server.url('/person-x.html')]);
    await popup.close();
    await page.close();
  });

  it('says whose site links to a saved profile (rel=me), and saving adds it to that person', async () => {
    const { page, popup } = await openPopup('/person-home.html');
    await expect.poll(() => popup.getByText('This is Kiko Beats’s site', { exact: false }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Add to Kiko Beats' }).click();
    await expect.poll(() => statuses(popup)).toEqual(['Added to Kiko Beats, as one more of their profiles.']);
    const all = await people(popup);
    expect(all.map((p) => p.title)).toEqual(['Kiko Beats']);
    expect(all[0]?.aliases).toContain(env.server.url('/person-home.html'));
    await popup.close();
    await page.close();
  });
});
