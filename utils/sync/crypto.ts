import { z } from 'zod';
import { concatBytes, fromBase64, fromUtf8, toBase64, utf8, type Bytes } from './bytes';
import { Damaged, KeyChanged, UnsupportedVersion, WrongPassphrase } from './errors';

/**
 * End-to-end encryption of the sync files with WebCrypto. The key is AES-256-GCM, derived from
 * the person's passphrase by PBKDF2-SHA-256 (OWASP's 600,000 iterations) with a random salt
 * that the server keeps in `keyinfo.json`, beside a key check value: a known text encrypted
 * with the key, which tells a wrong passphrase apart from a damaged file.
 *
 * Every file is `version byte · 12-byte random IV · ciphertext with its 16-byte tag`, and its
 * path in the sync folder is bound to it as additional authenticated data: a file renamed,
 * replayed under another name, truncated or altered does not decrypt, and is refused.
 */

export const FILE_FORMAT = 1;
export const KDF_ITERATIONS = 600_000;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT_BYTES = 16;
const CHECK_TEXT = 'pln-capture key check';

/** The key a sync encrypts with, and the salt and iterations it was derived with. */
export interface SyncKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
}

const Base64 = z
  .string()
  .max(1_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** `keyinfo.json`: how to derive the key from the passphrase, and how to check it. */
export const KeyInfo = z.object({
  format: z.literal('pln-capture-keyinfo'),
  version: z.number().int().positive(),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(KDF_ITERATIONS).max(10_000_000),
  salt: Base64,
  check: Base64,
});
export type KeyInfo = z.output<typeof KeyInfo>;

function checkAad(salt: string, iterations: number): string {
  return `keyinfo:${FILE_FORMAT}:${salt}:${iterations}`;
}

/** The key for this passphrase and salt. Extractable only when the person asked to be remembered. */
export async function deriveKey(
  passphrase: string,
  salt: string,
  iterations: number = KDF_ITERATIONS,
  extractable = false,
): Promise<SyncKey> {
  if (!passphrase) throw new TypeError('A passphrase is needed');
  const base = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: fromBase64(salt), iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iterations };
}

/** The keyinfo that describes this key (to set up a folder, or to put it back when it is gone). */
export async function keyInfoFor(key: SyncKey): Promise<KeyInfo> {
  const check = await encryptBytes(key, checkAad(key.salt, key.iterations), utf8(CHECK_TEXT));
  return {
    format: 'pln-capture-keyinfo',
    version: FILE_FORMAT,
    kdf: 'PBKDF2-SHA-256',
    iterations: key.iterations,
    salt: key.salt,
    check: toBase64(check),
  };
}

/** A new key from a passphrase, with a fresh random salt, and the keyinfo to keep on the server. */
export async function createKey(
  passphrase: string,
  options: { iterations?: number; extractable?: boolean } = {},
): Promise<{ key: SyncKey; keyInfo: KeyInfo }> {
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
  const key = await deriveKey(passphrase, salt, options.iterations ?? KDF_ITERATIONS, options.extractable ?? false);
  return { key, keyInfo: await keyInfoFor(key) };
}

/** Reads `keyinfo.json` as the server gave it; throws Damaged or UnsupportedVersion. */
export function parseKeyInfo(bytes: Uint8Array, path: string): KeyInfo {
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(bytes));
  } catch {
    throw new Damaged(path, 'not JSON');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > FILE_FORMAT) throw new UnsupportedVersion(path, version);
  const parsed = KeyInfo.safeParse(json);
  if (!parsed.success) throw new Damaged(path, parsed.error.issues[0]?.message ?? 'invalid key information');
  if (fromBase64(parsed.data.salt).length !== SALT_BYTES) throw new Damaged(path, 'the salt has the wrong length');
  return parsed.data;
}

/** Checks that a key opens this keyinfo: KeyChanged when the salt differs, WrongPassphrase when it does not open. */
export async function verifyKey(keyInfo: KeyInfo, key: SyncKey): Promise<void> {
  if (keyInfo.salt !== key.salt || keyInfo.iterations !== key.iterations) throw new KeyChanged();
  let text: string;
  try {
    text = fromUtf8(await decryptBytes(key, checkAad(keyInfo.salt, keyInfo.iterations), fromBase64(keyInfo.check)));
  } catch {
    throw new WrongPassphrase();
  }
  if (text !== CHECK_TEXT) throw new WrongPassphrase();
}

/** The key for the folder whose keyinfo this is; throws WrongPassphrase. */
export async function unlock(keyInfo: KeyInfo, passphrase: string, extractable = false): Promise<SyncKey> {
  const key = await deriveKey(passphrase, keyInfo.salt, keyInfo.iterations, extractable);
  await verifyKey(keyInfo, key);
  return key;
}

/** Whether `key` is the key this sync state's files were written with. */
export function keyId(key: Pick<SyncKey, 'salt' | 'iterations'>): string {
  return `${key.iterations}:${key.salt}`;
}

async function encryptBytes(key: SyncKey, aad: string, plaintext: Uint8Array): Promise<Bytes> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(aad) },
    key.key,
    plaintext as Bytes,
  );
  return concatBytes(new Uint8Array([FILE_FORMAT]), iv, new Uint8Array(sealed));
}

/** Throws a DOMException (OperationError) when the bytes do not open; callers say what that means. */
async function decryptBytes(key: SyncKey, aad: string, bytes: Uint8Array): Promise<Bytes> {
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES) throw new RangeError('too short');
  const opened = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.slice(1, 1 + IV_BYTES), additionalData: utf8(aad) },
    key.key,
    bytes.slice(1 + IV_BYTES),
  );
  return new Uint8Array(opened);
}

function fileAad(path: string): string {
  return `pln-capture:${FILE_FORMAT}:${path}`;
}

/** Encrypts one file's content for its place in the sync folder (`path`, relative to it). */
export function encryptFile(key: SyncKey, path: string, plaintext: Uint8Array): Promise<Bytes> {
  return encryptBytes(key, fileAad(path), plaintext);
}

/**
 * The content of the file at `path`. The key is known good (checked against keyinfo), so a file
 * that does not open was damaged, cut, or moved from another path: Damaged, never applied.
 */
export async function decryptFile(key: SyncKey, path: string, bytes: Uint8Array): Promise<Bytes> {
  if (bytes.length === 0) throw new Damaged(path, 'the file is empty');
  if (bytes[0] !== FILE_FORMAT) {
    if ((bytes[0] ?? 0) > FILE_FORMAT) throw new UnsupportedVersion(path, bytes[0] ?? 0);
    throw new Damaged(path, 'unknown format');
  }
  try {
    return await decryptBytes(key, fileAad(path), bytes);
  } catch {
    throw new Damaged(path, 'it does not decrypt: cut, altered, or not written for this place');
  }
}

/** A key kept by a person who chose "remember": the raw key as JWK, with its salt and iterations. */
export const StoredKey = z.object({
  jwk: z.object({ kty: z.literal('oct'), k: z.string().max(100), alg: z.string().max(20).optional() }).loose(),
  salt: Base64,
  iterations: z.number().int().positive(),
});
export type StoredKey = z.output<typeof StoredKey>;

/** Exports a key derived as extractable, to keep it across browser restarts. */
export async function exportSyncKey(key: SyncKey): Promise<StoredKey> {
  const jwk = await crypto.subtle.exportKey('jwk', key.key);
  return StoredKey.parse({ jwk, salt: key.salt, iterations: key.iterations });
}

/** A kept key, imported back as non-extractable: usable, never readable again by script. */
export async function importSyncKey(stored: unknown): Promise<SyncKey> {
  const { jwk, salt, iterations } = StoredKey.parse(stored);
  const key = await crypto.subtle.importKey('jwk', jwk as JsonWebKey, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { key, salt, iterations };
}
