import { ClockSkew } from './errors';

/**
 * A hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014): wall
 * time in milliseconds, plus a counter that orders events within one millisecond or while the
 * wall clock lags behind a time already seen, plus the device id that breaks the last ties.
 * Stamps never go backwards on a device, a stamp is later than every stamp the device has
 * received, and they stay close to real time.
 *
 * Encoded as `wwwwwwwwwwww-cccc-device` (12 hex digits of milliseconds, 4 of counter), so that
 * comparing two encoded stamps as strings compares them as clocks.
 */

export const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const HLC_PATTERN = /^[0-9a-f]{12}-[0-9a-f]{4}-[A-Za-z0-9_-]{1,64}$/;
const MAX_WALL = 2 ** 48 - 1;
const MAX_COUNTER = 0xffff;

/** How far ahead of this computer's clock a received stamp may be: a day, by default. */
export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export interface HlcParts {
  wall: number;
  counter: number;
  device: string;
}

export function encodeHlc({ wall, counter, device }: HlcParts): string {
  return `${wall.toString(16).padStart(12, '0')}-${counter.toString(16).padStart(4, '0')}-${device}`;
}

export function parseHlc(stamp: string): HlcParts | undefined {
  if (!HLC_PATTERN.test(stamp)) return undefined;
  return {
    wall: parseInt(stamp.slice(0, 12), 16),
    counter: parseInt(stamp.slice(13, 17), 16),
    device: stamp.slice(18),
  };
}

export function isHlc(value: unknown): value is string {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

/** Orders two stamps: negative when `a` is earlier. Missing stamps come first. */
export function compareHlc(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The latest of these stamps, or undefined when there are none. */
export function maxHlc(...stamps: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const stamp of stamps) if (stamp !== undefined && (best === undefined || stamp > best)) best = stamp;
  return best;
}

export interface HlcOptions {
  /** The wall clock, in epoch milliseconds (Date.now by default). */
  wallClock?: () => number;
  /** Received stamps further ahead of the wall clock than this are refused (ClockSkew). */
  maxDriftMs?: number;
}

export class Hlc {
  private wall = 0;
  private counter = 0;
  private readonly wallClock: () => number;
  readonly maxDriftMs: number;
  readonly device: string;

  constructor(device: string, options: HlcOptions = {}) {
    if (!DEVICE_ID.test(device)) throw new TypeError(`Not a device id: ${device}`);
    this.device = device;
    this.wallClock = options.wallClock ?? Date.now;
    this.maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  }

  private physical(): number {
    return Math.min(Math.max(0, Math.floor(this.wallClock())), MAX_WALL);
  }

  private set(wall: number, counter: number): string {
    // A counter that would overflow moves the clock one millisecond on instead.
    if (counter > MAX_COUNTER) {
      wall += 1;
      counter = 0;
    }
    this.wall = wall;
    this.counter = counter;
    return this.current();
  }

  /** The last stamp issued or received (what to persist between runs). */
  current(): string {
    return encodeHlc({ wall: this.wall, counter: this.counter, device: this.device });
  }

  /** A stamp for a local event: later than every stamp this clock issued or received. */
  now(): string {
    const pt = this.physical();
    if (pt > this.wall) return this.set(pt, 0);
    return this.set(this.wall, this.counter + 1);
  }

  /** Throws ClockSkew when `stamp` is further ahead of this computer's clock than accepted. */
  checkDrift(stamp: string): void {
    const parts = parseHlc(stamp);
    if (!parts) throw new TypeError(`Not a clock stamp: ${stamp}`);
    const ahead = parts.wall - this.physical();
    if (ahead > this.maxDriftMs) throw new ClockSkew(ahead);
  }

  /** Moves the clock past a received stamp (checked for drift first). */
  receive(stamp: string): void {
    this.checkDrift(stamp);
    this.restore(stamp);
  }

  /** Moves the clock past a stamp this device persisted, without the drift check. */
  restore(stamp: string | undefined): void {
    const remote = stamp === undefined ? undefined : parseHlc(stamp);
    if (!remote) return;
    const pt = this.physical();
    const wall = Math.max(this.wall, remote.wall, pt);
    if (wall === this.wall && wall === remote.wall) this.set(wall, Math.max(this.counter, remote.counter) + 1);
    else if (wall === this.wall) this.set(wall, this.counter + 1);
    else if (wall === remote.wall) this.set(wall, remote.counter + 1);
    else this.set(wall, 0);
  }

  /**
   * A stamp for a local edit found by a sync after the fact, placed at the time the data says
   * it was made (`hintMs`, e.g. a record's `updatedAt`) rather than at the time it was found,
   * so that of two edits made offline the later one wins. The stamp stays after `floor` (the
   * clock as the previous sync left it: every edit found now came after it) and never ahead
   * of this clock, which it leaves past the stamp.
   */
  stampAt(hintMs: number | undefined, floor: string | undefined): string {
    if (hintMs === undefined || !Number.isFinite(hintMs)) return this.now();
    const hint = Math.min(Math.max(0, Math.floor(hintMs)), this.physical());
    const low = floor === undefined ? undefined : parseHlc(floor);
    let stamp: HlcParts = { wall: hint, counter: 0, device: this.device };
    if (low && hint <= low.wall) {
      stamp =
        low.counter >= MAX_COUNTER
          ? { wall: low.wall + 1, counter: 0, device: this.device }
          : { wall: low.wall, counter: low.counter + 1, device: this.device };
    }
    const encoded = encodeHlc(stamp);
    if (encoded > this.current()) this.set(stamp.wall, stamp.counter);
    return encoded;
  }
}
