import { Readability } from '@mozilla/readability';
import type { ClipBlock, ClipInput } from '../model/clip';

const BLOCKS: Record<string, ClipBlock['type']> = {
  P: 'p',
  H1: 'h',
  H2: 'h',
  H3: 'h',
  H4: 'h',
  H5: 'h',
  H6: 'h',
  LI: 'li',
  BLOCKQUOTE: 'quote',
  PRE: 'pre',
  DT: 'p',
  DD: 'p',
  FIGCAPTION: 'p',
  TD: 'p',
  TH: 'p',
};

/** The article's content as a list of text blocks: paragraphs, headings, list items, quotes, code. */
export function toBlocks(root: Node): ClipBlock[] {
  const blocks: ClipBlock[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const type = BLOCKS[el.tagName.toUpperCase()];
      // A block that holds other blocks (a list item with paragraphs) is read through them.
      if (type && !(type !== 'pre' && el.querySelector('p, li, pre, blockquote, h1, h2, h3, h4, h5, h6'))) {
        const text = el.textContent ?? '';
        if (text.trim()) blocks.push({ type, text });
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  // Text directly in containers (no block element at all): keep it as one paragraph.
  if (blocks.length === 0 && root.textContent?.trim()) blocks.push({ type: 'p', text: root.textContent });
  return blocks;
}

const MIN_ARTICLE_CHARS = 140;

/**
 * Runs Mozilla's Readability on a copy of the page and returns the article's readable text.
 * Returns undefined when the page has no article to speak of.
 */
export function readArticle(doc: Document): ClipInput | undefined {
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability<ClipBlock[]>(copy, {
    maxElemsToParse: 20_000,
    charThreshold: 300,
    serializer: toBlocks,
  }).parse();
  const chars = article?.content?.reduce((n, b) => n + b.text.trim().length, 0) ?? 0;
  // A few words of navigation are not an article worth keeping.
  if (!article?.content || chars < MIN_ARTICLE_CHARS) return undefined;
  return {
    title: article.title ?? undefined,
    byline: article.byline ?? undefined,
    excerpt: article.excerpt ?? undefined,
    blocks: article.content,
  };
}
