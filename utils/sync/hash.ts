/**
 * Canonical text and short hashes of record values: how a sync tells which fields changed
 * since it last looked, without keeping a second copy of every record.
 */

/** JSON with object keys sorted and undefined members left out: equal values, equal text. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** cyrb53 (a public-domain 53-bit string hash) of the text: 14 hex digits. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A short fingerprint of a value, the same for equal values whatever their key order. */
export function hashValue(value: unknown): string {
  return cyrb53(canonical(value));
}

/**
 * A quick fingerprint of a whole record, sensitive to key order (JSON.stringify is native and
 * fast): equal fingerprints mean an unchanged record; different ones are looked at field by field.
 */
export function fingerprint(value: unknown): string {
  return cyrb53(JSON.stringify(value) ?? 'undefined');
}

/** Whether two values are equal as data (key order and undefined members aside). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
