import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a backup file of `count` articles, each with kept text of about `clipChars` characters
 * (in blocks of at most 19,500), one record at a time so that the test's own memory stays small.
 * Returns the file's size in bytes.
 */
export async function writeLargeBackup(path: string, count: number, clipChars: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  const words = ['spaced', 'repetition', 'retrieval', 'practice', 'interleaving', 'feedback', 'deliberate', 'recall'];
  await write(
    `{\n  "format": "pln-capture-backup",\n  "version": 1,\n  "exportedAt": 1700000000000,\n  "sources": [\n`,
  );
  for (let i = 0; i < count; i++) {
    const source = {
      id: `large-${i}`,
      kind: 'article',
      category: 'blogs',
      title: `Long read ${i}`,
      url: `https://essays.example/${i}`,
      creators: [],
      topics: ['learning'],
      feeds: [],
      profiles: [],
      aliases: [`https://essays.example/${i}`],
      status: 'to_explore',
      createdAt: 1_600_000_000_000 + i,
      updatedAt: 1_600_000_000_000 + i,
      visits: 0,
    };
    await write(`    ${JSON.stringify(source)}${i < count - 1 ? ',' : ''}\n`);
  }
  await write('  ],\n  "trash": [],\n  "clips": [\n');
  for (let i = 0; i < count; i++) {
    const blocks: { type: string; text: string }[] = [];
    for (let left = clipChars; left > 0; left -= 19_500) {
      let text = '';
      for (let w = i + blocks.length; text.length < Math.min(left, 19_500) - 12; w++)
        text += `${words[w % words.length]} `;
      blocks.push({ type: 'p', text: text.trim() });
    }
    const clip = { sourceId: `large-${i}`, blocks, truncated: false, words: 0, clippedAt: 1_600_000_000_000 + i };
    await write(`    ${JSON.stringify(clip)}${i < count - 1 ? ',' : ''}\n`);
  }
  await write('  ]\n}\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}
