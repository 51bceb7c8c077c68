import { describe, expect, it } from 'vitest';
import { ClockSkew, Damaged, NotWebDav, SyncError, Unauthorized, UnsupportedVersion } from './errors';

describe('sync errors', () => {
  it('are Errors and SyncErrors, with their code, their own name and what they carry', () => {
    const cases: [SyncError, string, string, Record<string, unknown>][] = [
      [new Unauthorized(403), 'unauthorized', 'Unauthorized', { status: 403 }],
      [new Damaged('log/a.bin', 'cut short'), 'damaged', 'Damaged', { path: 'log/a.bin' }],
      [new UnsupportedVersion('key.json', 9), 'unsupported-version', 'UnsupportedVersion', { version: 9 }],
      [new ClockSkew(3_600_000), 'clock-skew', 'ClockSkew', { aheadMs: 3_600_000 }],
      [new NotWebDav('an HTML page'), 'not-webdav', 'NotWebDav', {}],
    ];
    for (const [error, code, name, fields] of cases) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(SyncError);
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error).toMatchObject(fields);
      expect(String(error)).toMatch(new RegExp(`^${name}: `));
    }
    expect(new Damaged('a', 'b')).not.toBeInstanceOf(Unauthorized);
    expect(new ClockSkew(120_000).message).toContain('2 minutes ahead');
  });
});
