import { z } from 'zod';
import { LIMITS, Timestamp, optionalLine } from './fields';
import { cleanLine } from '../text';
import { SourceId } from './source';

/** How much readable text a clip keeps at most: enough for a long essay, not a book. */
export const CLIP_LIMITS = { chars: 200_000, blocks: 4_000, block: 20_000 } as const;

export const BLOCK_TYPES = ['p', 'h', 'li', 'quote', 'pre'] as const;

export const ClipBlock = z.object({
  type: z.enum(BLOCK_TYPES).catch('p'),
  text: z
    .string()
    .max(CLIP_LIMITS.block * 2)
    .transform((s) => s.slice(0, CLIP_LIMITS.block)),
});
export type ClipBlock = z.output<typeof ClipBlock>;

/** Keeps blocks, in order, until the character budget is spent; says if it cut. */
function bound(blocks: ClipBlock[]): { blocks: ClipBlock[]; truncated: boolean } {
  const out: ClipBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    const text = block.type === 'pre' ? block.text.replace(/\s+$/, '') : cleanLine(block.text, CLIP_LIMITS.block);
    if (!text) continue;
    if (used + text.length > CLIP_LIMITS.chars || out.length === CLIP_LIMITS.blocks)
      return { blocks: out, truncated: true };
    out.push({ type: block.type, text });
    used += text.length;
  }
  return { blocks: out, truncated: false };
}

/** An article's readable text as the clipping script returns it (untrusted: from the page). */
export const ClipInput = z
  .object({
    title: optionalLine(LIMITS.title).catch(undefined),
    byline: optionalLine(LIMITS.name).catch(undefined),
    excerpt: optionalLine(LIMITS.description).catch(undefined),
    blocks: z.array(ClipBlock).max(CLIP_LIMITS.blocks * 4),
    truncated: z.boolean().catch(false).optional(),
  })
  .transform(({ blocks, truncated, ...rest }) => {
    const bounded = bound(blocks);
    return { ...rest, blocks: bounded.blocks, truncated: (truncated ?? false) || bounded.truncated };
  });
export type ClipInput = z.input<typeof ClipInput>;

/** A clip as stored, apart from its source and keyed by it. */
export const Clip = z.object({
  sourceId: SourceId,
  title: z.string().optional(),
  byline: z.string().optional(),
  excerpt: z.string().optional(),
  blocks: z.array(z.object({ type: z.enum(BLOCK_TYPES), text: z.string() })),
  truncated: z.boolean(),
  words: z.number().int().nonnegative(),
  clippedAt: Timestamp,
});
export type Clip = z.output<typeof Clip>;

export function clipText(clip: Pick<Clip, 'blocks'>): string {
  return clip.blocks.map((b) => b.text).join('\n\n');
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
