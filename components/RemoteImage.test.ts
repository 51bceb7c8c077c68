import { describe, expect, it } from 'vitest';
import { isSecureImage } from './RemoteImage';

describe('isSecureImage', () => {
  it.each([
    ['https://cdn.example/a.png', true],
    ['http://cdn.example/a.png', false],
    ['http://127.0.0.1:8080/a.png', true],
    ['http://localhost/a.png', true],
    ['javascript:alert(1)', false],
    ['data:image/png;base64,AAAA', false],
  ])('%s → %s', (src, ok) => {
    expect(isSecureImage(src)).toBe(ok);
  });
});
