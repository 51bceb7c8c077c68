import { utf8 } from './bytes';
import { createKey, keyInfoFor, parseKeyInfo, unlock, verifyKey, type KeyInfo, type SyncKey } from './crypto';
import { Damaged, NotFound, ServerError } from './errors';
import { KEYINFO_PATH, ROOT } from './layout';
import type { SyncClient } from './webdav';

/**
 * The sync folder's key information (`pln-capture/keyinfo.json`): read it, or write it when
 * the folder is new. Two devices setting up one folder at the same moment both read back what
 * the server kept and use that.
 */

/**
 * The folder's keyinfo, or undefined when there is none. A keyinfo that does not read is read
 * again twice, a moment apart: another device may be writing it right now (setting up).
 */
export async function readKeyInfo(client: SyncClient): Promise<KeyInfo | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return parseKeyInfo(await client.get(KEYINFO_PATH), KEYINFO_PATH);
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      const busy = error instanceof Damaged || (error instanceof ServerError && error.status === 423);
      if (!busy || attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
    }
  }
}

async function writeKeyInfo(client: SyncClient, keyInfo: KeyInfo): Promise<KeyInfo> {
  await client.ensureDir(ROOT);
  try {
    await client.putNew(KEYINFO_PATH, utf8(JSON.stringify(keyInfo, null, 2)));
  } catch (error) {
    // 423 Locked: another device is writing it at this very moment; read what it wrote.
    if (!(error instanceof ServerError && error.status === 423)) throw error;
  }
  return (await readKeyInfo(client)) ?? keyInfo;
}

/**
 * Setup with the person's passphrase: the key of an existing sync folder (WrongPassphrase if it
 * does not open it), or a new key and folder. `extractable` when the person chose "remember".
 */
export async function openSyncFolder(
  client: SyncClient,
  passphrase: string,
  options: { extractable?: boolean; iterations?: number } = {},
): Promise<SyncKey> {
  const existing = await readKeyInfo(client);
  if (existing) return unlock(existing, passphrase, options.extractable);
  const created = await createKey(passphrase, options);
  const kept = await writeKeyInfo(client, created.keyInfo);
  if (kept.salt === created.keyInfo.salt) return created.key;
  // Another device set the folder up meanwhile: use its key information.
  return unlock(kept, passphrase, options.extractable);
}

/**
 * Before each sync: the folder's keyinfo still matches this key (KeyChanged, WrongPassphrase
 * otherwise). When it is gone (the folder was emptied), it is put back from the key.
 */
export async function checkSyncFolder(client: SyncClient, key: SyncKey): Promise<void> {
  const keyInfo = (await readKeyInfo(client)) ?? (await writeKeyInfo(client, await keyInfoFor(key)));
  await verifyKey(keyInfo, key);
}
