/**
 * An import file's bytes as text. UTF-8, with or without a byte-order mark; UTF-16 with one (what
 * Excel and Windows tools save as "Unicode text"); and a file that is not valid UTF-8 is read as
 * Windows-1252, the superset of Latin-1 that older tools wrote ("Café" saved by an old Excel).
 * Reading every file as UTF-8 instead turned UTF-16 into text full of NUL characters, refused as
 * not text, and Latin-1 accents into replacement characters.
 */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
