/**
 * The site an http(s) address is on, as people name it: its host in lower case, without a
 * trailing dot or a leading "www.", "m." or "mobile." (www.example.com, m.example.com and
 * example.com are one site). Undefined for anything but an http(s) address. Reads the string
 * without parsing it, so that it is cheap on a whole collection.
 */
export function hostOf(url: string | URL | undefined): string | undefined {
  const href = url instanceof URL ? url.href : url;
  const match = href === undefined ? null : /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(href);
  return match?.[1]
    ?.toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:www|m|mobile)\./, '');
}
