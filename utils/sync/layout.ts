import { DEVICE_ID } from './hlc';

/**
 * The sync folder on the server:
 *
 *   pln-capture/keyinfo.json                          salt, iterations, key check (no secret)
 *   pln-capture/devices/<deviceId>/log-<seq>.bin       an encrypted batch of this device's changes
 *   pln-capture/devices/<deviceId>/snapshot-<seq>.bin  an encrypted full state, covering every seq before it
 *
 * Each device writes only under its own folder and reads the others'; no two devices ever write
 * the same path, so a server that ignores conditional requests cannot lose a write. Sequence
 * numbers of a device's files never repeat: each file is a seq, log or snapshot.
 */

export const ROOT = 'pln-capture';
export const KEYINFO_PATH = `${ROOT}/keyinfo.json`;
export const DEVICES_DIR = `${ROOT}/devices`;
const SEQ_DIGITS = 10;

export type FileKind = 'log' | 'snapshot';

export function deviceDir(deviceId: string): string {
  if (!DEVICE_ID.test(deviceId)) throw new TypeError(`Not a device id: ${deviceId}`);
  return `${DEVICES_DIR}/${deviceId}`;
}

export function fileName(kind: FileKind, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq >= 10 ** SEQ_DIGITS) throw new RangeError(`Bad sequence ${seq}`);
  return `${kind}-${String(seq).padStart(SEQ_DIGITS, '0')}.bin`;
}

/** The path of a device's file in the sync folder: what its encryption is bound to. */
export function filePath(deviceId: string, kind: FileKind, seq: number): string {
  return `${deviceDir(deviceId)}/${fileName(kind, seq)}`;
}

const NAME = /^(log|snapshot)-(\d{10})\.bin$/;

export function parseFileName(name: string): { kind: FileKind; seq: number } | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const seq = Number(match[2]);
  return seq >= 1 ? { kind: match[1] as FileKind, seq } : undefined;
}

export interface ListedFile {
  name: string;
  size: number;
}

/** A device's files by sequence number (a log wins over a snapshot under the same seq). */
export function filesBySeq(listing: readonly ListedFile[]): Map<number, { kind: FileKind; size: number }> {
  const out = new Map<number, { kind: FileKind; size: number }>();
  for (const file of listing) {
    const parsed = parseFileName(file.name);
    if (!parsed) continue;
    if (out.get(parsed.seq)?.kind === 'log') continue;
    out.set(parsed.seq, { kind: parsed.kind, size: file.size });
  }
  return out;
}

/**
 * What to read of another device's files, in order, after the last seq applied (`cursor`):
 * every seq from there on while there is no gap. At a gap (logs compacted away, or a file
 * missing), the latest snapshot past the cursor stands in for everything before it; with no
 * such snapshot, reading stops until the device writes one.
 */
export function planReads(
  listing: readonly ListedFile[],
  cursor: number,
  skip: ReadonlySet<number> = new Set(),
): { kind: FileKind; seq: number }[] {
  const files = filesBySeq(listing);
  const snapshots = [...files].filter(([, f]) => f.kind === 'snapshot').map(([seq]) => seq);
  const plan: { kind: FileKind; seq: number }[] = [];
  let at = cursor;
  for (;;) {
    const next = files.get(at + 1);
    if (next && !skip.has(at + 1)) {
      plan.push({ kind: next.kind, seq: at + 1 });
      at += 1;
      continue;
    }
    const jump = Math.max(...snapshots.filter((seq) => seq > at + 1 && !skip.has(seq)), -1);
    if (jump < 0) return plan;
    plan.push({ kind: 'snapshot', seq: jump });
    at = jump;
  }
}

/** Other devices' ids from the listing of the devices folder. */
export function deviceIds(listing: readonly { name: string; type?: string }[], self: string): string[] {
  return listing
    .filter((entry) => entry.type !== 'file' && DEVICE_ID.test(entry.name) && entry.name !== self)
    .map((entry) => entry.name)
    .sort();
}
