import municipalitiesOperation from '@operations/municipalities-of-region.graphql';
import organizationsOperation from '@operations/page-sign-in-organizations.graphql';
import regionsOperation from '@operations/regions.graphql';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { runRegistered, type GraphQLAnswer, type RegisteredOperation } from '../shared/graphql.ts';
import {
  DASHBOARD_ROLES,
  ROLE_LABELS,
  ROLE_TERRITORY,
  saveSession,
  type DashboardRole,
  type Session,
} from '../shared/session.ts';
import type { WebConfig } from '../shared/web-config.ts';
import { LightElement } from './components/light-element.ts';
import { startOidcSignIn } from './oidc.ts';
import { performanceMarkReady } from './views/ready.ts';

interface Choice {
  value: string;
  label: string;
}

interface Page<T> {
  edges: { node: T }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of a registered list, anonymously (the lists of territories are public). */
async function allPages<T>(
  endpoint: string,
  operation: RegisteredOperation,
  variables: Record<string, unknown>,
  pageOf: (data: unknown) => Page<T> | null | undefined,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const answer: GraphQLAnswer<unknown> = await runRegistered(endpoint, operation, {
      ...variables,
      ...(after ? { after } : {}),
    });
    const page: Page<T> | null | undefined = answer.data ? pageOf(answer.data) : null;
    if (!page) throw new Error(answer.errors?.[0]?.message ?? 'список не получен');
    nodes.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo?.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** What `POST /auth/dev/token` answers. */
interface DevTokenAnswer {
  token?: string;
  expiresAt?: string;
  error?: { code?: string; message?: string };
}

/**
 * The sign-in: with the region's identity provider when one is configured; in the embedded default a development
 * sign-in that lists the demo roles with the territories each needs and asks the gateway for a token
 * (`POST /auth/dev/token`, refused in production). A signed-in viewer is announced with `signed-in`.
 */
export class SignInPage extends LightElement {
  @property({ attribute: false }) config: WebConfig | null = null;
  @property() configError = '';
  /** Why the viewer is here (a session ended, a sign-out). */
  @property() message = '';
  @property() endpoint = '/graphql';

  @state() private chosenRole: DashboardRole = 'REGIONAL_OPERATOR';
  @state() private regions: Choice[] = [];
  @state() private municipalities: Choice[] = [];
  @state() private organizations: Choice[] = [];
  @state() private regionCode = '';
  @state() private oktmo = '';
  @state() private organizationId = '';
  @state() private busy = false;
  @state() private error = '';

  #regionsRequested = false;

  protected override updated(): void {
    if (this.config?.signIn.development && !this.#regionsRequested) {
      this.#regionsRequested = true;
      void this.#loadRegions();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    performanceMarkReady('sign-in-page');
  }

  async #guard(work: () => Promise<void>): Promise<void> {
    this.error = '';
    try {
      await work();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  async #loadRegions(): Promise<void> {
    await this.#guard(async () => {
      type Region = { code: string; name: string };
      const regions = await allPages<Region>(
        this.endpoint,
        regionsOperation,
        {},
        (data) => (data as { regions: Page<Region> | null }).regions,
      );
      this.regions = regions.map((region) => ({ value: region.code, label: `${region.name} (${region.code})` }));
      await this.#chooseRegion(this.regions[0]?.value ?? '');
    });
  }

  async #chooseRegion(regionCode: string): Promise<void> {
    this.regionCode = regionCode;
    this.municipalities = [];
    this.organizations = [];
    this.oktmo = '';
    this.organizationId = '';
    if (!regionCode) return;
    await this.#guard(async () => {
      type Municipality = { oktmo: string; name: string };
      const municipalities = await allPages<Municipality>(
        this.endpoint,
        municipalitiesOperation,
        { regionCode },
        (data) => (data as { municipalities: Page<Municipality> | null }).municipalities,
      );
      this.municipalities = municipalities.map((municipality) => ({
        value: municipality.oktmo,
        label: municipality.name,
      }));
      await this.#chooseMunicipality(this.municipalities[0]?.value ?? '');
    });
  }

  async #chooseMunicipality(oktmo: string): Promise<void> {
    this.oktmo = oktmo;
    this.organizations = [];
    this.organizationId = '';
    if (!oktmo) return;
    await this.#guard(async () => {
      type Organization = { id: string; shortName: string; kind: string };
      const organizations = await allPages<Organization>(
        this.endpoint,
        organizationsOperation,
        { oktmo },
        (data) => (data as { municipality: { organizations: Page<Organization> } | null }).municipality?.organizations,
      );
      this.organizations = organizations
        .filter((organization) => organization.kind === 'GENERAL_EDUCATION')
        .map((organization) => ({ value: organization.id, label: organization.shortName }));
      this.organizationId = this.organizations[0]?.value ?? '';
    });
  }

  get #territory() {
    return ROLE_TERRITORY[this.chosenRole];
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.busy = true;
    await this.#guard(async () => {
      const territory = this.#territory;
      const body = {
        role: this.chosenRole,
        region: this.regionCode,
        ...(territory !== 'region' ? { oktmo: this.oktmo } : {}),
        ...(territory === 'organization' ? { org: this.organizationId } : {}),
      };
      const response = await fetch('/auth/dev/token', {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json().catch(() => ({}))) as DevTokenAnswer;
      if (!response.ok || !answer.token || !answer.expiresAt)
        throw new Error(answer.error?.message ?? `Вход не выполнен (ответ ${response.status}).`);
      const label = (choices: Choice[], value: string) => choices.find((choice) => choice.value === value)?.label;
      const names = [
        label(this.regions, this.regionCode),
        territory !== 'region' ? label(this.municipalities, this.oktmo) : undefined,
        territory === 'organization' ? label(this.organizations, this.organizationId) : undefined,
      ].filter((name): name is string => name !== undefined);
      const session: Session = { token: answer.token, expiresAt: answer.expiresAt, territoryLabel: names.join(' · ') };
      saveSession(session);
      this.dispatchEvent(new CustomEvent('signed-in', { detail: session, bubbles: true, composed: true }));
    });
    this.busy = false;
  }

  protected override render() {
    return html`<h1>Вход</h1>
      ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : nothing}
      ${this.configError ? html`<p class="failure" role="alert">${this.configError}</p>` : nothing}
      ${this.config?.signIn.oidc ? this.#oidc(this.config.signIn.oidc) : nothing}
      ${this.config?.signIn.development ? this.#development() : nothing}
      ${
        this.config && !this.config.signIn.oidc && !this.config.signIn.development
          ? html`<p class="empty">Вход не настроен: обратитесь к администратору.</p>`
          : nothing
      }`;
  }

  #oidc(settings: NonNullable<WebConfig['signIn']['oidc']>) {
    const host = new URL(settings.authority).host;
    return html`<section class="sign-in-section" aria-labelledby="oidc-heading">
      <h2 id="oidc-heading">Вход через поставщика входа региона</h2>
      <p>Вы перейдёте на страницу ${host} и вернётесь сюда.</p>
      <button
        type="button"
        class="button"
        @click=${() =>
          void this.#guard(async () => {
            await startOidcSignIn(settings);
          })}
      >
        Войти
      </button>
    </section>`;
  }

  #development() {
    const territory = this.#territory;
    return html`<section class="sign-in-section development" aria-labelledby="dev-heading">
      <h2 id="dev-heading">Вход для разработки — недоступен в рабочем режиме</h2>
      <p>Демонстрационные роли и территории; токен выдаёт сервер разработки и хранит только эта вкладка.</p>
      <form class="sign-in-form" @submit=${(event: SubmitEvent) => void this.#submit(event)}>
        <div class="field">
          <label for="sign-in-role">Роль</label>
          <select
            id="sign-in-role"
            name="role"
            @change=${(event: Event) => {
              this.chosenRole = (event.target as HTMLSelectElement).value as DashboardRole;
            }}
          >
            ${DASHBOARD_ROLES.map(
              (role) => html`<option value=${role} ?selected=${role === this.chosenRole}>${ROLE_LABELS[role]}</option>`,
            )}
          </select>
        </div>
        ${this.#select('sign-in-region', 'Регион', this.regions, this.regionCode, (value) => this.#chooseRegion(value))}
        ${
          territory !== 'region'
            ? this.#select(
                'sign-in-municipality',
                'Муниципальное образование',
                this.municipalities,
                this.oktmo,
                (value) => this.#chooseMunicipality(value),
              )
            : nothing
        }
        ${
          territory === 'organization'
            ? this.#select(
                'sign-in-organization',
                'Образовательная организация',
                this.organizations,
                this.organizationId,
                (value) => {
                  this.organizationId = value;
                  return Promise.resolve();
                },
              )
            : nothing
        }
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <button type="submit" class="button" ?disabled=${this.busy || !this.#ready()}>
          ${this.busy ? 'Входим…' : 'Войти'}
        </button>
      </form>
    </section>`;
  }

  #ready(): boolean {
    const territory = this.#territory;
    if (!this.regionCode) return false;
    if (territory !== 'region' && !this.oktmo) return false;
    return territory !== 'organization' || this.organizationId !== '';
  }

  #select(id: string, label: string, choices: Choice[], value: string, choose: (value: string) => Promise<void>) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        ?disabled=${choices.length === 0}
        @change=${(event: Event) => void choose((event.target as HTMLSelectElement).value)}
      >
        ${choices.length === 0 ? html`<option value="">Загрузка…</option>` : nothing}
        ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
      </select>
    </div>`;
  }
}
customElements.define('sign-in-page', SignInPage);
