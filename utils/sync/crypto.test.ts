import { beforeAll, describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from './bytes';
import {
  createKey,
  decryptFile,
  deriveKey,
  encryptFile,
  exportSyncKey,
  importSyncKey,
  keyInfoFor,
  KDF_ITERATIONS,
  parseKeyInfo,
  unlock,
  verifyKey,
  type KeyInfo,
  type SyncKey,
} from './crypto';
import { Damaged, KeyChanged, UnsupportedVersion, WrongPassphrase } from './errors';

const PATH = 'devices/d1/log-0000000001.bin';

let key: SyncKey;
let keyInfo: KeyInfo;

beforeAll(async () => {
  ({ key, keyInfo } = await createKey('correct horse battery staple'));
});

describe('keys', () => {
  it('derives with PBKDF2-SHA-256 at the OWASP count, a 16-byte random salt, non-extractable by default', async () => {
    expect(keyInfo).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: KDF_ITERATIONS, version: 1 });
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(keyInfo.salt)).toHaveLength(16);
    expect(key.key.extractable).toBe(false);
    expect(key.key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key.key)).rejects.toThrow();
    const other = await createKey('correct horse battery staple');
    expect(other.keyInfo.salt).not.toBe(keyInfo.salt);
  });

  it('opens with the right passphrase and tells a wrong one apart', async () => {
    const opened = await unlock(keyInfo, 'correct horse battery staple');
    const sealed = await encryptFile(key, PATH, utf8('hello'));
    expect(fromUtf8(await decryptFile(opened, PATH, sealed))).toBe('hello');
    await expect(unlock(keyInfo, 'wrong horse')).rejects.toBeInstanceOf(WrongPassphrase);
  });

  it('treats the passphrase in Unicode normal form, as typed on any system', async () => {
    const composed = await deriveKey('caf\u00e9', keyInfo.salt);
    const info = await keyInfoFor(composed);
    await expect(unlock(info, 'cafe\u0301')).resolves.toBeDefined();
  });

  it('says when the key was made for another salt (the folder was set up again)', async () => {
    const { keyInfo: other } = await createKey('correct horse battery staple');
    await expect(verifyKey(other, key)).rejects.toBeInstanceOf(KeyChanged);
  });

  it('refuses a damaged keyinfo, and one from a newer version', () => {
    const bytes = utf8(JSON.stringify(keyInfo));
    expect(parseKeyInfo(bytes, 'keyinfo.json')).toEqual(keyInfo);
    expect(() => parseKeyInfo(bytes.slice(0, 40), 'keyinfo.json')).toThrow(Damaged);
    expect(() => parseKeyInfo(utf8(JSON.stringify({ ...keyInfo, iterations: 1000 })), 'keyinfo.json')).toThrow(Damaged);
    expect(() => parseKeyInfo(utf8(JSON.stringify({ ...keyInfo, version: 2 })), 'keyinfo.json')).toThrow(
      UnsupportedVersion,
    );
  });

  it('keeps a remembered key as JWK and imports it back non-extractable', async () => {
    const extractable = await unlock(keyInfo, 'correct horse battery staple', true);
    const stored = await exportSyncKey(extractable);
    expect(stored).toMatchObject({ salt: keyInfo.salt, iterations: KDF_ITERATIONS, jwk: { kty: 'oct' } });
    const imported = await importSyncKey(JSON.parse(JSON.stringify(stored)));
    expect(imported.key.extractable).toBe(false);
    const sealed = await encryptFile(key, PATH, utf8('kept'));
    expect(fromUtf8(await decryptFile(imported, PATH, sealed))).toBe('kept');
    await expect(exportSyncKey(key)).rejects.toThrow();
  });
});

describe('files', () => {
  it('lays out version byte, 12-byte IV and ciphertext with tag, with a fresh IV each time', async () => {
    const a = await encryptFile(key, PATH, utf8('same text'));
    const b = await encryptFile(key, PATH, utf8('same text'));
    expect(a[0]).toBe(1);
    expect(a.length).toBe(1 + 12 + 'same text'.length + 16);
    expect(a.slice(1, 13)).not.toEqual(b.slice(1, 13));
    expect(new TextDecoder('latin1').decode(a)).not.toContain('same text');
  });

  it('refuses a file moved to another path, truncated, altered, emptied or from a newer format', async () => {
    const sealed = await encryptFile(key, PATH, utf8('a change'));
    await expect(decryptFile(key, 'devices/d1/log-0000000002.bin', sealed)).rejects.toBeInstanceOf(Damaged);
    await expect(decryptFile(key, 'devices/d2/log-0000000001.bin', sealed)).rejects.toBeInstanceOf(Damaged);
    await expect(decryptFile(key, PATH, sealed.slice(0, sealed.length - 1))).rejects.toBeInstanceOf(Damaged);
    await expect(decryptFile(key, PATH, sealed.slice(0, 10))).rejects.toBeInstanceOf(Damaged);
    const altered = sealed.slice();
    altered[20] = (altered[20] ?? 0) ^ 1;
    await expect(decryptFile(key, PATH, altered)).rejects.toBeInstanceOf(Damaged);
    await expect(decryptFile(key, PATH, new Uint8Array())).rejects.toBeInstanceOf(Damaged);
    const newer = sealed.slice();
    newer[0] = 2;
    await expect(decryptFile(key, PATH, newer)).rejects.toBeInstanceOf(UnsupportedVersion);
    expect(fromUtf8(await decryptFile(key, PATH, sealed))).toBe('a change');
  });

  it('does not open with another key', async () => {
    const { key: other } = await createKey('another passphrase');
    const sealed = await encryptFile(key, PATH, utf8('private'));
    await expect(decryptFile(other, PATH, sealed)).rejects.toBeInstanceOf(Damaged);
  });
});
