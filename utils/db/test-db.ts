import { PlnDatabase } from './database';

let counter = 0;

/** A fresh, empty database on fake-indexeddb for one test. */
export function freshDatabase(): PlnDatabase {
  counter += 1;
  return new PlnDatabase(`test-${counter}-${crypto.randomUUID()}`);
}

/** The same database as another context of the extension holds it: a connection of its own. */
export function otherContext(db: PlnDatabase): PlnDatabase {
  return new PlnDatabase(db.name);
}
