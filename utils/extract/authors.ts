import { MAX, MONTH, absUrl, clean } from './util';

/** An author as a reader found it: a raw name (maybe several people, maybe a URL), a URL, an image. */
export interface AuthorCandidate {
  name?: string;
  url?: string;
  image?: string;
  /** Other profiles of the same person (JSON-LD sameAs, rel=me). */
  sameAs?: readonly string[];
  /** One person per value (citation_author): never split, "Last, First" is turned around. */
  whole?: boolean;
}

export interface Author {
  name: string;
  url?: string;
  image?: string;
  sameAs?: string[];
}

const URLISH = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|\/)/i;
/** A byline's prefix, in the languages bylines are written in. */
const BY = /^(?:(?:written|posted|published|reported|words|text|story)\s+)?(?:by|par|por|av|door|przez)\b\s*:?\s*/i;
/** "Von", "De", "Di", "Da" start names too ("Da Silva"): a prefix only before a whole name. */
const PARTICLE = /^(?:[Vv]on|[Dd][aei])\s+(?=\p{Lu}\S*\s+\p{Lu})/u;
const SPLIT = /\s*[,;&|•·]\s*|\s+\/\s+|\s+(?:and|und|et|e|og|och)\s+/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|ph\.?d|m\.?d|mba|esq)\.?$/i;
const LAST_FIRST = /^([^\s,;&|/]+),\s*([^\s,;&|/]+)$/;
/** A call to action glued to a byline ("Jane Doe. Retweet this article!", "Jane Doe Follow"): cut off. */
const ACTION =
  /[\s.,:;!|·•–—-]*\b(?:(?:re-?)?tweet|follow|share|subscribe|e-?mail|contact|(?:view|see|read) (?:all|more|profile|bio)|more (?:by|from)|all (?:posts|articles|stories))\b.*$/i;
/** Roles and placeholders, job titles ("Vice President") and units ("Acme Cloud"): not people. */
const NOT_A_NAME =
  /\b(?:staff|bureau|newsroom|c[eftom]o|s?e?vp|head of|(?:president|director|manager|officer|editor|(?:co-?)?founder|partner|analyst|engineer|developer|consultant|evangelist|advocate|reporter|correspondent|columnist|contributor|writer|producer|researcher|scientist|professor)s?)\b|\b(?:cloud|inc|llc|ltd|gmbh|corp(?:oration)?|compan(?:y|ies)|group|team|labs?|division|department|services|solutions|technolog(?:y|ies)|systems|software|university|institute|foundation|association|agency|desk)\.?$|^(?:admin(?:istrator)?|editorial(?: board)?|the editors|guest(?: author)?|anonymous|unknown|author|webmaster|null|undefined|none|n\/a)$|^(?:updated|published|posted|modified|edited|last updated)\b|\{\{|\}\}|\$\{|\[object\b/i;
const isDate = (s: string) => /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(s) || (/\d/.test(s) && MONTH.test(s));

const key = (name: string) => name.normalize('NFKC').toLowerCase();

/** Without its prefixes ("By", "Par", "Von"...). */
const unprefix = (s: string) => s.replace(BY, '').replace(PARTICLE, '');

/**
 * The people named in one author string: "By Jane Doe and John Roe" → Jane Doe, John Roe;
 * "A, B & C" → three people; "Doe, Jane" → Jane Doe. URLs, e-mail addresses, dates, roles
 * ("Staff", "Admin", "Updated 3 hours ago"), job titles ("Vice President"), units ("Acme
 * Cloud"), placeholders ("{{author}}") and calls to action ("Follow") are not names. What is in
 * parentheses is not part of a name ("Jane Doe (she/her)", "A (with B and C)"), and nothing is
 * split inside them. Markup is left as plain text.
 */
export function authorNames(raw: unknown, whole = false): string[] {
  let s = clean(raw, MAX.authors) ?? '';
  if (URLISH.test(s)) return [];
  s = unprefix(
    s
      .replace(/\b(?:https?:\/\/|www\.)\S+|[^\s@()<>]+@[^\s@()<>]+\.[a-z]{2,}/gi, ' ')
      .replace(/<\s*>|\[\s*\]/g, ' ')
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      // Parentheses hold no name: what they enclose goes, and so does a half-open one's rest.
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\(.*|^[^(]*\)/g, '')
      .replace(ACTION, '')
      .trim(),
  ).replace(/,?\s+et\.?\s+al\.?$/i, '');
  const m = whole ? /^([^,]+),\s*([^,]+)$/.exec(s) : LAST_FIRST.exec(s);
  if (m?.[1] && m[2] && !SUFFIX.test(m[2])) s = `${m[2]} ${m[1]}`;
  const parts: string[] = [];
  for (const part of whole ? [s] : s.split(SPLIT, 50)) {
    const prev = parts.length - 1;
    if (SUFFIX.test(part) && prev >= 0) parts[prev] += `, ${part}`;
    else parts.push(part);
  }
  return parts
    .map((p) => clean(unprefix(p.trim()), MAX.name) ?? '')
    .filter(
      (p) =>
        p.length >= 2 &&
        p.length <= 100 &&
        p.split(' ').length <= 8 &&
        /\p{L}/u.test(p) &&
        !URLISH.test(p) &&
        !NOT_A_NAME.test(p) &&
        !isDate(p),
    );
}

/**
 * Merges author candidates from the readers. `sources` are in order of trust: the first source
 * that names at least one person decides who the authors are; later sources only add a url or
 * an image to a person with the same name (case-insensitive), so that a site-wide
 * `<meta name=author>` cannot add a stranger to an article whose JSON-LD names its author.
 * A URL without a name (article:author as a URL, link[rel=author], a Person with only a url)
 * becomes the url of the sole author, if there is exactly one; names are never made up from URLs.
 * Names in `exclude` (organizations) are not people: those that a source names before anyone is
 * decided go to `orgs`, as organizations credited with the page.
 */
export function mergeAuthors(
  sources: readonly (readonly AuthorCandidate[])[],
  base?: string,
  exclude: readonly string[] = [],
  orgs: string[] = [],
): Author[] {
  const excluded = new Set(exclude.map(key));
  const people = new Map<string, Author & { sameAs: string[] }>();
  const urls: string[] = [];
  for (const source of sources) {
    const decided = people.size > 0;
    for (const c of source.slice(0, 200)) {
      const raw = typeof c.name === 'string' ? c.name.trim() : '';
      const url = absUrl(URLISH.test(raw) ? raw : c.url, base);
      const names = authorNames(raw, c.whole).filter((n) => !excluded.has(key(n)) || (!decided && !orgs.push(n)));
      if (!names.length) {
        if (url) urls.push(url);
        continue;
      }
      // A url, image or profile given for "A and B" belongs to neither for sure.
      const one = names.length === 1;
      const sameAs = one ? (c.sameAs ?? []).slice(0, 50).map((u) => absUrl(u, base)) : [];
      for (const name of names) {
        const person = people.get(key(name));
        const found = { name, url: one ? url : undefined, image: one ? absUrl(c.image, base) : undefined, sameAs: [] };
        const target = person ?? (decided ? undefined : found);
        if (!target) continue;
        target.url ??= found.url;
        target.image ??= found.image;
        for (const u of sameAs) if (u && !target.sameAs.includes(u)) target.sameAs.push(u);
        if (!person) people.set(key(name), found);
      }
    }
  }
  const authors = [...people.values()].slice(0, 20);
  const sole = authors.length === 1 ? authors[0] : undefined;
  if (sole && !sole.url) sole.url = urls[0];
  return authors.map(({ name, url, image, sameAs }) => {
    const others = sameAs.filter((u) => u !== url).slice(0, 20);
    return { name, ...(url && { url }), ...(image && { image }), ...(others.length && { sameAs: others }) };
  });
}
