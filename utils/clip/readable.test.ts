import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ClipInput, CLIP_LIMITS, clipText } from '../model/clip';
import { readArticle, toBlocks } from './readable';

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: spaced practice, retrieval and feedback make learning stick, and this sentence is long enough to count.</p>`,
  ).join('\n');

const page = `<!doctype html><html><head><title>How memory works</title></head><body>
<nav><a href="/">Home</a><a href="/about">About</a></nav>
<article>
  <h1>How memory works</h1>
  <p class="byline">By Jane Doe</p>
  ${paragraphs(6)}
  <h2>Try it</h2>
  <ul><li>Five cards a day</li><li>Review before bed</li></ul>
  <blockquote>Forgetting is the friend of learning.</blockquote>
  <pre>cards = review(cards)</pre>
  <script>window.__ran = 1</script>
</article>
<footer>© Someone · Privacy · Terms</footer>
</body></html>`;

describe('readArticle', () => {
  it('keeps the article as text blocks and leaves navigation, footer and scripts out', () => {
    const { document } = parseHTML(page);
    const clip = ClipInput.parse(readArticle(document));
    const text = clipText(clip);
    expect(text).toContain('Paragraph 1: spaced practice');
    expect(text).toContain('Paragraph 6');
    expect(clip.blocks).toContainEqual({ type: 'li', text: 'Five cards a day' });
    expect(clip.blocks).toContainEqual({ type: 'quote', text: 'Forgetting is the friend of learning.' });
    expect(clip.blocks).toContainEqual({ type: 'pre', text: 'cards = review(cards)' });
    expect(clip.blocks.some((b) => b.type === 'h' && b.text === 'Try it')).toBe(true);
    expect(text).not.toContain('Privacy');
    expect(text).not.toContain('__ran');
    expect(clip.truncated).toBe(false);
  });

  it('does not touch the page it reads', () => {
    const { document } = parseHTML(page);
    const before = document.documentElement.outerHTML;
    readArticle(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('finds no article on a page without one', () => {
    const { document } = parseHTML('<html><body><nav>Home</nav></body></html>');
    expect(readArticle(document)).toBeUndefined();
  });
});

describe('ClipInput', () => {
  it('bounds a huge article and says it was cut', () => {
    const block = 'x'.repeat(10_000);
    const clip = ClipInput.parse({ blocks: Array.from({ length: 40 }, () => ({ type: 'p', text: block })) });
    expect(clipText(clip).length).toBeLessThanOrEqual(CLIP_LIMITS.chars + 40 * 2);
    expect(clip.blocks.length).toBe(20);
    expect(clip.truncated).toBe(true);
  });

  it('drops empty blocks and coerces unknown block types to paragraphs', () => {
    const clip = ClipInput.parse({
      blocks: [
        { type: 'p', text: '  ' },
        { type: 'marquee', text: 'hi' },
      ],
    });
    expect(clip.blocks).toEqual([{ type: 'p', text: 'hi' }]);
  });

  it('turns a nested block into its parts', () => {
    const { document } = parseHTML('<div><ul><li><p>One</p><p>Two</p></li></ul></div>');
    expect(toBlocks(document.querySelector('div') as unknown as Node)).toEqual([
      { type: 'p', text: 'One' },
      { type: 'p', text: 'Two' },
    ]);
  });
});
