/**
 * Faults for unit tests on fake-indexeddb: the n-th write from now fails as a full disk fails in a
 * browser. The request is refused with a QuotaExceededError, the transaction aborts (its other
 * requests end in AbortError), and nothing of it is written.
 */
interface PendingRequest {
  operation: () => unknown;
}
interface FakeTransaction {
  _requests: PendingRequest[];
}

export function failWriteAfter(writes: number, name = 'QuotaExceededError'): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => IDBRequest>;
  const original = { put: proto.put, add: proto.add };
  let count = 0;
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = original[method].apply(this, args);
      count += 1;
      if (count === writes + 1) {
        const pending = (this.transaction as unknown as FakeTransaction)._requests.at(-1);
        if (pending)
          pending.operation = () => {
            throw new DOMException('The quota has been exceeded.', name);
          };
      }
      return request;
    };
  }
  return () => Object.assign(proto, original);
}
