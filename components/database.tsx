import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { PlnDatabase } from '@/utils/db';
import { errorText } from '@/utils/errors';

const DatabaseContext = createContext<PlnDatabase | undefined>(undefined);

/**
 * Gives the views below it the database, from their entrypoint: a view reads through the data
 * layer's functions (utils/db) with the database it gets from `useDatabase`, and never opens one.
 * The views appear once the database is open; when it cannot be opened (a newer version of the
 * extension upgraded it, the disk failed) the page says why instead of showing an empty collection.
 */
export function DatabaseProvider(props: { database: PlnDatabase; children: ComponentChildren }) {
  // Already open (a read the entrypoint started opened it): the views appear at once.
  const [state, setState] = useState<{ open: boolean; error?: string }>(() => ({ open: props.database.isOpen() }));
  useEffect(() => {
    props.database.open().then(
      () => setState((s) => (s.open ? s : { open: true })),
      (error: unknown) => setState({ open: false, error: errorText(error) }),
    );
  }, [props.database]);
  if (state.error !== undefined) {
    return (
      <main class="database-error">
        <p role="alert" class="message error">
          {state.error}
        </p>
      </main>
    );
  }
  if (!state.open) return null;
  return <DatabaseContext.Provider value={props.database}>{props.children}</DatabaseContext.Provider>;
}

/** The database the entrypoint provides (see `DatabaseProvider`). */
export function useDatabase(): PlnDatabase {
  const database = useContext(DatabaseContext);
  if (!database) throw new Error('No database: the entrypoint renders its view inside a DatabaseProvider');
  return database;
}
