/**
 * Line numbers for the records of a JSON export (JSON.parse keeps none): where each object at a
 * path starts, so that a refused record is named by its line like a CSV row. A path is a list of
 * keys, `*` for any index of a list: `['bookmarks', '*']`, `['collections', '*', 'links', '*']`.
 */

interface Level {
  list: boolean;
  /** The key or `*` that leads to this level from its parent. */
  step: string;
  /** In an object: whether the next string is a key. */
  expectKey: boolean;
  /** In a list: whether the next value starts an element. */
  expectElement: boolean;
  key: string;
}

/**
 * Lines (1-based) where the elements at each of these paths start, in file order, by path
 * (joined with '/'). Every element of a list is counted, whatever it is, so that the n-th line
 * is the n-th element's.
 */
export function objectLines(text: string, paths: readonly (readonly string[])[]): Map<string, number[]> {
  const wanted = new Map(paths.map((p) => [p.join('/'), [] as number[]]));
  const stack: Level[] = [];
  let line = 1;
  const n = text.length;
  const path = () =>
    stack
      .slice(1)
      .map((l) => l.step)
      .join('/');
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (top?.list && top.expectElement && c !== 10 && c !== 13 && c !== 32 && c !== 9 && c !== 93) {
      top.expectElement = false;
      const at = path();
      wanted.get(at ? `${at}/*` : '*')?.push(line);
    }
    if (c === 10) line++;
    else if (c === 34) {
      // A string: read to its closing quote (a key, or a value that is skipped).
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 34) {
        if (text.charCodeAt(j) === 92) j++;
        else if (text.charCodeAt(j) === 10) line++;
        j++;
      }
      if (top && !top.list && top.expectKey) {
        top.key = text.slice(i + 1, Math.min(j, i + 1 + 200));
        top.expectKey = false;
      }
      i = j;
    } else if (c === 123 || c === 91) {
      const step = top ? (top.list ? '*' : top.key) : '';
      stack.push({ list: c === 91, step, expectKey: c === 123, expectElement: c === 91, key: '' });
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44 && top) {
      if (top.list) top.expectElement = true;
      else top.expectKey = true;
    }
  }
  return wanted;
}

/** JSON.parse, or undefined for a text that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The line where JSON.parse stops reading a text (engines word the place differently), if it does. */
export function jsonErrorLine(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const lineColumn = /line (\d+) column \d+/i.exec(message);
    if (lineColumn?.[1]) return Number(lineColumn[1]);
    const position = /position (\d+)/i.exec(message);
    if (position) return text.slice(0, Number(position[1])).split('\n').length;
    // Cut short: the last line.
    return /end of (?:JSON|data)|unterminated|unexpected end/i.test(message)
      ? text.trimEnd().split('\n').length
      : undefined;
  }
}
