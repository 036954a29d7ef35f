import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, issueToken, type TokenConfig } from '../src/auth/index.js';
import { freePort } from '../src/launcher/index.js';
import { closeServer, listen } from '../src/server/index.js';
import { testTokenConfig } from '../src/testing/index.js';

const config = testTokenConfig();
const verify = createTokenVerifier(config);
const key = new TextEncoder().encode(config.secret);

async function rejection(token: string): Promise<{ code: unknown; message: string }> {
  try {
    await verify(token);
  } catch (error) {
    const graphQLError = error as { extensions: Record<string, unknown>; message: string };
    return { code: graphQLError.extensions['code'], message: graphQLError.message };
  }
  throw new Error('token was accepted');
}

const signed = (
  claims: Record<string, unknown>,
  options: { expires?: string; issuer?: string; audience?: string; secret?: Uint8Array } = {},
) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone')
    .setIssuer(options.issuer ?? config.issuer)
    .setAudience(options.audience ?? config.audience)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '1h')
    .sign(options.secret ?? key);

describe('HS256 tokens', () => {
  it('turns a valid token into a viewer with its role and territory scope', async () => {
    const token = await issueToken(config, {
      subject: 'pekhtereva',
      role: 'MUNICIPAL_COORDINATOR',
      scope: { regionCode: '57', municipalityOktmo: '54618000' },
    });
    expect(await verify(token)).toEqual({
      role: 'MUNICIPAL_COORDINATOR',
      subject: 'pekhtereva',
      scope: { regionCode: '57', municipalityOktmo: '54618000' },
    });
  });

  it('refuses an expired token', async () => {
    const token = await signed({ role: 'ANALYST' }, { expires: '-1m' });
    expect(await rejection(token)).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signed(
      { role: 'ANALYST' },
      { secret: new TextEncoder().encode('somebody else’s secret, long enough') },
    );
    expect((await rejection(token)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const token = new UnsecuredJWT({ role: 'REGIONAL_OPERATOR', region: '67' })
      .setSubject('x')
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .encode();
    expect((await rejection(token)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token for another issuer or audience', async () => {
    expect((await rejection(await signed({ role: 'ANALYST' }, { issuer: 'elsewhere' }))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(await signed({ role: 'ANALYST' }, { audience: 'elsewhere' }))).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses an unknown role and a role without the scope it needs', async () => {
    expect(await rejection(await signed({ role: 'ADMIN' }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/Unknown role/),
    });
    expect(await rejection(await signed({ role: 'SCHOOL_CURATOR', region: '67' }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/needs municipalityOktmo, organizationId/),
    });
  });

  it('refuses garbage', async () => {
    expect((await rejection('not.a.token')).code).toBe('UNAUTHENTICATED');
  });
});

describe('RS256 tokens of a region identity provider (JWKS)', () => {
  let server: Server;
  let jwksConfig: TokenConfig;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'region-67', alg: 'RS256', use: 'sig' };
    server = createServer((_, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    const url = await listen(server, await freePort(), '127.0.0.1');
    jwksConfig = {
      kind: 'jwks',
      jwksUrl: url.replace('/graphql', '/jwks.json'),
      issuer: 'https://idp.region67.example',
      audience: 'mentoring-federation',
    };
  });
  afterAll(() => closeServer(server));

  const rsToken = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'region-67' })
      .setSubject('operator@region67')
      .setIssuer('https://idp.region67.example')
      .setAudience('mentoring-federation')
      .setExpirationTime('1h')
      .sign(privateKey);

  it('accepts a token signed by a key of the JWKS', async () => {
    const viewer = await createTokenVerifier(jwksConfig)(await rsToken({ role: 'REGIONAL_OPERATOR', region: '67' }));
    expect(viewer).toEqual({ role: 'REGIONAL_OPERATOR', subject: 'operator@region67', scope: { regionCode: '67' } });
  });

  it('refuses an HS256 token where RS256 is expected', async () => {
    const token = await new SignJWT({ role: 'REGIONAL_OPERATOR', region: '67' })
      .setProtectedHeader({ alg: 'HS256', kid: 'region-67' })
      .setSubject('x')
      .setIssuer('https://idp.region67.example')
      .setAudience('mentoring-federation')
      .setExpirationTime('1h')
      .sign(key);
    await expect(createTokenVerifier(jwksConfig)(token)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
