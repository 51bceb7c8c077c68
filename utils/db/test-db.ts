import { PlnDatabase } from './database';

let counter = 0;

/** A fresh, empty database on fake-indexeddb for one test. */
export function freshDatabase(): PlnDatabase {
  counter += 1;
  return new PlnDatabase(`test-${counter}-${crypto.randomUUID()}`);
}
