/**
 * Apart from the WebDAV client (webdav.ts), so that the settings page can check an address
 * without loading the client's library.
 */

/**
 * Whether an address may be a sync server: https, or http on this computer only (a password
 * and the encrypted files never cross a network in the clear). Returns the problem, if any.
 */
export function serverUrlProblem(url: string): 'invalid' | 'not-https' | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid';
  }
  if (parsed.username || parsed.password) return 'invalid';
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol !== 'http:') return 'invalid';
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) ? undefined : 'not-https';
}
