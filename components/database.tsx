import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { PlnDatabase } from '@/utils/db';

const DatabaseContext = createContext<PlnDatabase | undefined>(undefined);

/**
 * Gives the views below it the database, from their entrypoint: a view reads through the data
 * layer's functions (utils/db) with the database it gets from `useDatabase`, and never opens one.
 */
export function DatabaseProvider(props: { database: PlnDatabase; children: ComponentChildren }) {
  return <DatabaseContext.Provider value={props.database}>{props.children}</DatabaseContext.Provider>;
}

/** The database the entrypoint provides (see `DatabaseProvider`). */
export function useDatabase(): PlnDatabase {
  const database = useContext(DatabaseContext);
  if (!database) throw new Error('No database: the entrypoint renders its view inside a DatabaseProvider');
  return database;
}
