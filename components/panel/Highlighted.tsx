import { highlight } from '@/utils/search/highlight';

/** Text with the words a search matched in <mark>: text nodes only, never HTML from data. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return <>{highlight(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
