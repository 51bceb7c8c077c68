import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithPopup, withExtensionAndServer } from './browser';

/**
 * Kinds beyond the blog post, in the popup of the real extension (Chromium): fixture pages of real
 * markup patterns on 127.0.0.1, a host no site adapter knows, so only the markup can say what
 * each page is.
 */
const env = withExtensionAndServer();

const capture = (path: string) => openWithPopup(env, path);

const kindOf = (popup: Page) => popup.getByRole('combobox', { name: 'Kind', exact: true }).inputValue();
const categoryOf = (popup: Page) => popup.getByRole('combobox', { name: 'Category', exact: true }).inputValue();
const people = (popup: Page) => popup.getByRole('region', { name: 'People behind this page' });
const where = (popup: Page) => popup.getByRole('region', { name: 'Where it was published' });

describe('the popup on pages that are not blog posts', () => {
  it('a paper with citation tags on an ordinary site: Paper, Research and reference, by its authors', async () => {
    const { page, popup } = await capture('/paper-citation-tags.html');
    await expect.poll(() => kindOf(popup)).toBe('paper');
    expect(await categoryOf(popup)).toBe('research');
    expect(await popup.getByRole('region', { name: 'This page', exact: true }).textContent()).toContain('Paper');
    // Its authors as people ("Last, First" turned around), and not the "admin" of <meta name=author>.
    const authors = people(popup);
    expect(await authors.getByRole('combobox', { name: 'Category for Ada Lovelace' }).inputValue()).toBe('experts');
    expect(await authors.getByRole('combobox', { name: 'Category for Grace M. Hopper' }).count()).toBe(1);
    expect(await authors.getByRole('combobox', { name: /admin/i }).count()).toBe(0);
    // Published in its journal.
    expect(await where(popup).getByRole('button', { name: 'Save publication' }).count()).toBe(1);
    expect(await where(popup).textContent()).toContain('Journal of Workplace Learning');
    await popup.close();
    await page.close();
  });

  it('a podcast episode with an audio player: Podcast episode, its show in Podcasts, its host a person', async () => {
    const { page, popup } = await capture('/podcast-episode.html');
    await expect.poll(() => kindOf(popup)).toBe('podcast_episode');
    expect(await categoryOf(popup)).toBe('podcasts');
    const show = where(popup);
    expect(await show.getByRole('combobox', { name: 'Category for The Learning Loop Podcast' }).inputValue()).toBe(
      'podcasts',
    );
    expect(await show.getByRole('button', { name: 'Save channel' }).count()).toBe(1);
    expect(await show.getByRole('button', { name: 'Save publication' }).count()).toBe(0);
    expect(await people(popup).getByRole('combobox', { name: 'Category for Sam Host' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('a code repository: no article, its owner offered as an organization and not as a person', async () => {
    const { page, popup } = await capture('/repository.html');
    await expect.poll(() => kindOf(popup)).toBe('community');
    expect(await categoryOf(popup)).toBe('communities');
    expect(await popup.getByRole('button', { name: 'Follow' }).count()).toBe(1);
    expect(await people(popup).count()).toBe(0);
    const owner = where(popup).getByRole('combobox', { name: 'Category for acme-learning' });
    expect(await owner.inputValue()).toBe('organizations');
    expect(await where(popup).textContent()).toContain('Organization');
    await popup.close();
    await page.close();
  });

  it("a person's own site with a representative h-card: the person, to follow", async () => {
    const { page, popup } = await capture('/personal-site.html');
    await expect.poll(() => kindOf(popup)).toBe('person');
    expect(await popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Ada Lovelace');
    expect(await categoryOf(popup)).toBe('experts');
    expect(await popup.getByRole('button', { name: 'Follow' }).count()).toBe(1);
    // The person is the page itself, not one of its posts' authors offered again.
    expect(await people(popup).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
