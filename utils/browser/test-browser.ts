import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * For unit tests of the wiring: WXT's fakeBrowser implements runtime, tabs, storage and the
 * toolbar button; the APIs it leaves out (context menus, commands, permissions, ports) are
 * stood in for here, and put back after each test.
 */

/** A browser event a test fires itself. */
export interface FakeEvent<A extends unknown[]> {
  addListener(listener: (...args: A) => unknown): void;
  removeListener(listener: (...args: A) => unknown): void;
  hasListener(listener: (...args: A) => unknown): boolean;
  /** Calls every listener, as the browser does, and waits for what they return. */
  trigger(...args: A): Promise<unknown[]>;
}

export function fakeEvent<A extends unknown[]>(): FakeEvent<A> {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
    hasListener: (listener) => listeners.includes(listener),
    trigger: (...args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

const restores: (() => void)[] = [];
afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
  fakeBrowser.reset();
});

/** Puts `value` in place of `object[key]` for the current test. */
export function stand<T extends object, K extends keyof T>(object: T, key: K, value: unknown): void {
  const before = object[key];
  object[key] = value as T[K];
  restores.push(() => {
    object[key] = before;
  });
}
