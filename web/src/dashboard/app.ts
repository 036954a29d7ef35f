import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  clearSession,
  isDashboardRole,
  isExpired,
  readSession,
  ROLE_LABELS,
  saveSession,
  viewerOf,
  type Session,
  takeReturn,
} from '../shared/session.ts';
import { roleName } from '../shared/messages.ts';
import { loadWebConfig, type WebConfig } from '../shared/web-config.ts';
import type { Connection } from './api.ts';
import { LightElement } from './components/light-element.ts';
import { completeOidcSignIn, forgetOidcUser, takeOidcCallback } from './oidc.ts';
import { hrefOf, landingOf, parseRoute, type Route } from './routes.ts';
import './sign-in-page.ts';
import './views/municipality-view.ts';
import './views/organization-view.ts';
import './views/region-view.ts';
import './views/regions-view.ts';

/** Where GraphQL answers when the configuration cannot be read: the gateway's own path. */
const DEFAULT_GRAPHQL_PATH = '/graphql';

/**
 * The dashboard application: the sign-in, the viewer in the header with «Выйти», and the view the hash route names.
 * Nothing of the state reaches a server in an address; the token goes only in the Authorization header.
 */
export class MentoringApp extends LightElement {
  @state() private config: WebConfig | null = null;
  @state() private configError = '';
  @state() private session: Session | null = null;
  @state() private route: Route = parseRoute(location.hash);
  @state() private signInMessage = '';

  readonly #onHashChange = () => {
    this.route = parseRoute(location.hash);
    this.#guardRoute();
  };

  /** The identity provider's answer, when the page was opened with one (already out of the address). */
  readonly #oidcCallback = takeOidcCallback();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.addEventListener('session-expired', (event) => {
      this.#endSession(`Сеанс завершён: ${(event as CustomEvent<string>).detail.split(';')[0] ?? ''}. Войдите снова.`);
    });
    this.addEventListener('signed-in', (event) => {
      this.#startSession((event as CustomEvent<Session>).detail);
    });
    this.#restoreSession();
    void this.#loadConfig();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    super.disconnectedCallback();
  }

  #restoreSession(): void {
    const session = readSession();
    if (session && isExpired(session)) {
      clearSession();
      this.signInMessage = 'Срок входа истёк. Войдите снова.';
    } else if (session) {
      this.#startSession(session, false);
      return;
    }
    this.#guardRoute();
  }

  async #loadConfig(): Promise<void> {
    try {
      this.config = await loadWebConfig();
    } catch (error) {
      this.configError = error instanceof Error ? error.message : String(error);
      return;
    }
    const oidc = this.config.signIn.oidc;
    if (oidc && this.#oidcCallback) {
      try {
        const session = await completeOidcSignIn(oidc, this.#oidcCallback);
        saveSession(session);
        this.#startSession(session);
      } catch (error) {
        this.signInMessage = `Вход не выполнен: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  }

  /** Takes a session in use; `land` moves to the viewer's own territory (after a sign-in). */
  #startSession(session: Session, land = true): void {
    const viewer = viewerOf(session.token);
    if (!viewer || !isDashboardRole(viewer.role)) {
      const role = viewer ? roleName(viewer.role) : null;
      this.#endSession(role ? `Для роли «${role}» дашборда нет.` : 'Для роли, с которой выполнен вход, дашборда нет.');
      return;
    }
    this.session = session;
    this.signInMessage = '';
    // A page that sent the viewer to sign in (the workbench) gets them back.
    const back = land ? takeReturn() : null;
    if (back) {
      location.assign(back);
      return;
    }
    if (land || this.route.view === 'sign-in' || this.route.view === 'home') location.hash = hrefOf(landingOf(viewer));
    else this.#guardRoute();
  }

  #endSession(message: string): void {
    clearSession();
    this.session = null;
    this.signInMessage = message;
    const oidc = this.config?.signIn.oidc;
    if (oidc) void forgetOidcUser(oidc).catch(() => undefined);
    location.hash = hrefOf({ view: 'sign-in' });
  }

  /** Without a session every route is the sign-in; with one, the sign-in and the bare address lead home. */
  #guardRoute(): void {
    if (!this.session && this.route.view !== 'sign-in') {
      location.hash = hrefOf({ view: 'sign-in' });
      return;
    }
    const viewer = this.session ? viewerOf(this.session.token) : null;
    if (viewer && (this.route.view === 'home' || this.route.view === 'sign-in'))
      location.hash = hrefOf(landingOf(viewer));
  }

  get #connection(): Connection | null {
    if (!this.session) return null;
    return { endpoint: this.config?.graphqlPath ?? DEFAULT_GRAPHQL_PATH, token: this.session.token };
  }

  protected override render() {
    return html`<a
        class="skip-link"
        href="#main"
        @click=${(event: Event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
        >К содержанию</a
      >
      <header class="app-header">
        <p class="app-title"><a href="#/">Наставничество педагогов</a> <span>региональный дашборд</span></p>
        ${this.#viewer()}
      </header>
      <main id="main" tabindex="-1">${this.#view()}</main>`;
  }

  #viewer() {
    if (!this.session) return nothing;
    const viewer = viewerOf(this.session.token);
    if (!viewer || !isDashboardRole(viewer.role)) return nothing;
    const territory =
      this.session.territoryLabel ??
      [
        viewer.regionCode ? `регион ${viewer.regionCode}` : 'все регионы',
        viewer.municipalityOktmo ? `ОКТМО ${viewer.municipalityOktmo}` : null,
        viewer.organizationId ? 'организация' : null,
      ]
        .filter(Boolean)
        .join(' · ');
    return html`<div class="viewer">
      <p>
        <span class="viewer-role">${ROLE_LABELS[viewer.role]}</span>
        <span class="viewer-territory">${territory}</span>
      </p>
      <a class="workbench-link" href="/workbench/">Рабочее место аналитика</a>
      <button
        type="button"
        class="button secondary"
        @click=${() => {
          this.#endSession('Вы вышли.');
        }}
      >
        Выйти
      </button>
    </div>`;
  }

  #view() {
    const connection = this.#connection;
    const route = this.route;
    if (!connection || route.view === 'sign-in')
      return html`<sign-in-page
        .config=${this.config}
        configError=${this.configError}
        message=${this.signInMessage}
        endpoint=${this.config?.graphqlPath ?? DEFAULT_GRAPHQL_PATH}
      ></sign-in-page>`;
    switch (route.view) {
      case 'region':
        return html`<region-view
          .connection=${connection}
          .demoData=${this.config?.demoData === true}
          regionCode=${route.regionCode}
          .asOf=${route.asOf}
        ></region-view>`;
      case 'municipality':
        return html`<municipality-view
          .connection=${connection}
          .demoData=${this.config?.demoData === true}
          oktmo=${route.oktmo}
          .asOf=${route.asOf}
        ></municipality-view>`;
      case 'organization':
        return html`<organization-view
          .connection=${connection}
          .demoData=${this.config?.demoData === true}
          organizationId=${route.organizationId}
          .asOf=${route.asOf}
        ></organization-view>`;
      case 'regions':
        return html`<regions-view .connection=${connection}></regions-view>`;
      case 'home':
        return html`<p class="loading" role="status">Загрузка…</p>`;
    }
  }
}
customElements.define('mentoring-app', MentoringApp);
