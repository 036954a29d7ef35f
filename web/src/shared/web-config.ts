/** What the gateway tells its pages (`GET /web-config.json`): where GraphQL answers and how people sign in. */
export interface WebConfig {
  /** Path of the GraphQL endpoint on the pages' own origin, e.g. `/graphql`. */
  graphqlPath: string;
  signIn: {
    /** The development sign-in (`POST /auth/dev/token`) is on: the embedded default, never in production. */
    development: boolean;
    /** The region's identity provider (OpenID Connect), when one is configured. */
    oidc: { authority: string; clientId: string; scope: string } | null;
  };
  /** The installation holds the demo data: its computed values count synthetic registry records. */
  demoData: boolean;
}

function isWebConfig(value: unknown): value is WebConfig {
  if (typeof value !== 'object' || value === null) return false;
  const config = value as Partial<WebConfig>;
  const signIn = config.signIn as Partial<WebConfig['signIn']> | undefined;
  if (typeof config.graphqlPath !== 'string' || typeof signIn !== 'object') return false;
  if (typeof signIn.development !== 'boolean' || typeof config.demoData !== 'boolean') return false;
  const oidc = signIn.oidc as Partial<NonNullable<WebConfig['signIn']['oidc']>> | null | undefined;
  return (
    oidc === null ||
    (typeof oidc === 'object' &&
      typeof oidc.authority === 'string' &&
      typeof oidc.clientId === 'string' &&
      typeof oidc.scope === 'string')
  );
}

/** Reads the configuration from the pages' own origin; throws with a message a person understands. */
export async function loadWebConfig(origin: string = location.origin): Promise<WebConfig> {
  let response: Response;
  try {
    response = await fetch(new URL('/web-config.json', origin), { credentials: 'omit' });
  } catch {
    throw new Error('Сервер недоступен: настройки входа не получены; the gateway did not answer.');
  }
  if (!response.ok) throw new Error(`Настройки входа не получены (ответ ${response.status}).`);
  const config: unknown = await response.json();
  if (!isWebConfig(config)) throw new Error('Настройки входа не распознаны; /web-config.json has an unexpected shape.');
  return config;
}
