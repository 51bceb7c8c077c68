/** What went wrong, in the words the error carries, for a message shown to the person. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
