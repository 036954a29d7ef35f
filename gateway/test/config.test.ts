import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readGatewayConfig } from '../src/config.js';

/** Settings read at start: a wrong value stops the start with its name, rather than failing a user later. */
const base = {};
beforeEach(() => {
  vi.stubEnv('GATEWAY_SECRET', 'x'.repeat(32));
  vi.stubEnv('DATABASE_URL', 'postgres://127.0.0.1/none');
  vi.stubEnv('JWT_SECRET', 'y'.repeat(32));
  return () => vi.unstubAllEnvs();
});

describe('PUBLIC_URL, the origin of calendar subscription addresses', () => {
  it('is absent unless set, and kept as an origin when it is', () => {
    expect(readGatewayConfig(base).publicUrl).toBeUndefined();
    expect(readGatewayConfig({ ...base, PUBLIC_URL: 'https://mentoring.example.ru/some/path' }).publicUrl).toBe(
      'https://mentoring.example.ru',
    );
  });

  it('refuses to start on an address that is not http(s)', () => {
    expect(() => readGatewayConfig({ ...base, PUBLIC_URL: 'mentoring.example.ru' })).toThrow(/PUBLIC_URL/);
    expect(() => readGatewayConfig({ ...base, PUBLIC_URL: 'ftp://mentoring.example.ru' })).toThrow(/http\(s\)/);
  });
});
