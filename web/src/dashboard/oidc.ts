/**
 * Sign-in with the region's identity provider (OpenID Connect, authorization code with PKCE) through oidc-client-ts,
 * loaded only when a provider is configured. The provider sends the browser back to `/dashboard/?code=…&state=…`
 * (response_mode query): the page redeems the code, keeps the access token in sessionStorage and takes `code` and
 * `state` out of the address at once, so they stay in no history entry or bookmark.
 */
import { expiryOf, type Session } from '../shared/session.ts';
import type { WebConfig } from '../shared/web-config.ts';

type OidcSettings = NonNullable<WebConfig['signIn']['oidc']>;

export const redirectUri = () => `${location.origin}/dashboard/`;

async function userManager(settings: OidcSettings) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scope,
    redirect_uri: redirectUri(),
    response_type: 'code',
    response_mode: 'query',
    // Nothing of the sign-in outlives the tab: the user and the PKCE state both in sessionStorage.
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}

/** Whether the address is the provider's answer to a sign-in: `code` (or `error`) with `state`. */
export function isOidcCallback(url: URL = new URL(location.href)): boolean {
  return url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'));
}

/** Leaves for the provider's sign-in page. */
export async function startOidcSignIn(settings: OidcSettings): Promise<void> {
  await (await userManager(settings)).signinRedirect();
}

/** The address without the provider's query (`code`, `state`, …): replaced in place, no history entry. */
function stripCallbackQuery(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
}

/** Redeems the provider's answer for the session (the access token is what the gateway verifies). */
export async function completeOidcSignIn(settings: OidcSettings): Promise<Session> {
  const callbackUrl = location.href;
  stripCallbackQuery();
  const user = await (await userManager(settings)).signinCallback(callbackUrl);
  if (!user) throw new Error('Поставщик входа не вернул пользователя; the identity provider returned no user.');
  const expiresAt =
    user.expires_at === undefined ? expiryOf(user.access_token) : new Date(user.expires_at * 1000).toISOString();
  if (!expiresAt) throw new Error('Токен поставщика входа без срока действия; the access token states no expiry.');
  return { token: user.access_token, expiresAt };
}

/** Forgets the provider's user in this tab (the page's own session is cleared by the caller). */
export async function forgetOidcUser(settings: OidcSettings): Promise<void> {
  await (await userManager(settings)).removeUser();
}
