/**
 * <mentor-list> — the mentors of a municipality who consented to publication, for municipal education portals.
 *
 * A portal adds two lines:
 *   <script type="module" src="https://<gateway>/embed/mentor-list.js"></script>
 *   <mentor-list region="67" municipality="66701000"></mentor-list>
 * Without `municipality` the element offers the region's municipalities to choose from. With `from-location` it
 * reads `region` and `municipality` from the page's address instead (the iframe page /embed/mentor-list.html).
 *
 * It runs only the gateway's registered operations, by hash, anonymously, at the gateway that served this script;
 * it sends no credentials and keeps nothing (no cookies, no storage). Each mentor shows what arrived — the name, the
 * position and the organization only where the person's consent publishes them — and demo records say so.
 *
 * Theming, by CSS custom properties set on the element or any ancestor (defaults meet WCAG 2.1 AA on white):
 *   --mentor-list-font         font family (default: the portal's, inherited)
 *   --mentor-list-text         text colour (#1b1f24)
 *   --mentor-list-muted        secondary text: positions, empty states (#4a5360)
 *   --mentor-list-background   background of the element and its fields (#ffffff)
 *   --mentor-list-surface      background of a mentor's card (#f5f7f9)
 *   --mentor-list-accent       buttons, focus ring (#0a55a0)
 *   --mentor-list-accent-text  text on the accent (#ffffff)
 *   --mentor-list-border       border of the fields (#6a737d)
 *   --mentor-list-radius       corner radius of cards, fields and buttons (8px)
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import mentoringFormsOperation from '@operations/mentoring-forms.graphql';
import municipalitiesOperation from '@operations/municipalities-of-region.graphql';
import publicMentorsOperation from '@operations/public-mentors.graphql';
import { runRegistered, type GraphQLAnswer } from '../shared/graphql.ts';
import {
  noticesOf,
  type MentoringFormOption,
  type MunicipalitiesPage,
  type MunicipalityOption,
  type PublicMentor,
  type PublicMentorsPage,
} from './answers.ts';
import { mentorListStyles } from './styles.ts';

/** The gateway that served this script: a portal's page lives elsewhere, the data does not. */
const ENDPOINT = new URL(/* @vite-ignore */ '/graphql', import.meta.url);

const SYNTHETIC = 'SYNTHETIC';
const UNREACHABLE = 'Не удалось связаться с сервером наставников. Проверьте подключение и попробуйте ещё раз.';
/** The gateway gives up on a domain after 10 s and answers what it has; longer than this, it is not answering at all. */
const REQUEST_TIMEOUT_MS = 20_000;
const NO_ANSWER_IN_TIME = 'Сервер наставников не ответил за 20 секунд. Попробуйте ещё раз позже.';
const count = new Intl.NumberFormat('ru-RU');

/** What a visitor searched for; null where a field was left empty. */
interface Search {
  search: string | null;
  competency: string | null;
  form: string | null;
}

const NO_SEARCH: Search = { search: null, competency: null, form: null };

/** Territory codes as the address may carry them: digits only, anything else is as good as absent. */
const REGION_CODE = /^\d{2,3}$/;
const OKTMO = /^\d{8}(\d{3})?$/;
const codeOrNull = (value: string | null, pattern: RegExp) => (value !== null && pattern.test(value) ? value : null);

/** A typed phrase as the operation takes it: control characters out, trimmed, null when empty. */
function phraseOf(value: FormDataEntryValue | null): string | null {
  const text = (typeof value === 'string' ? value : '').replace(/\p{Cc}/gu, ' ').trim();
  return text === '' ? null : text;
}

export class MentorList extends LitElement {
  static override properties = {
    region: { type: String },
    municipality: { type: String },
    fromLocation: { type: Boolean, attribute: 'from-location' },
    chosenMunicipality: { state: true },
    municipalities: { state: true },
    forms: { state: true },
    mentors: { state: true },
    totalCount: { state: true },
    endCursor: { state: true },
    hasNextPage: { state: true },
    loading: { state: true },
    loaded: { state: true },
    notices: { state: true },
    tooShort: { state: true },
    searched: { state: true },
  };

  static override styles = mentorListStyles;

  declare region: string | null;
  declare municipality: string | null;
  declare fromLocation: boolean;
  declare chosenMunicipality: string | null;
  declare municipalities: MunicipalityOption[] | null;
  declare forms: MentoringFormOption[];
  declare mentors: PublicMentor[];
  declare totalCount: number;
  declare endCursor: string | null;
  declare hasNextPage: boolean;
  declare loading: boolean;
  declare loaded: boolean;
  declare notices: string[];
  /** The search fields holding a single letter, which the search refuses. */
  declare tooShort: ('search' | 'competency')[];
  declare searched: Search;

  #request: AbortController | undefined;
  /** Where the next page starts in the list, so focus can move to it once it is shown. */
  #focusFrom: number | undefined;

  constructor() {
    super();
    this.region = null;
    this.municipality = null;
    this.fromLocation = false;
    this.chosenMunicipality = null;
    this.municipalities = null;
    this.forms = [];
    this.mentors = [];
    this.totalCount = 0;
    this.endCursor = null;
    this.hasNextPage = false;
    this.loading = false;
    this.loaded = false;
    this.notices = [];
    this.tooShort = [];
    this.searched = NO_SEARCH;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.fromLocation) {
      const parameters = new URLSearchParams(location.search);
      this.region = codeOrNull(parameters.get('region'), REGION_CODE);
      this.municipality = codeOrNull(parameters.get('municipality'), OKTMO);
    }
    void this.#loadForms();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  /** The municipality whose mentors are shown: the portal's, or the one the visitor chose. */
  get #oktmo(): string | null {
    return this.municipality ?? this.chosenMunicipality;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another municipality keeps the search the form still shows.
    if ((changed.has('municipality') || changed.has('chosenMunicipality')) && this.#oktmo)
      void this.#loadMentors(false);
    if ((changed.has('region') || changed.has('municipality')) && !this.municipality && this.region)
      void this.#loadMunicipalities(this.region);
  }

  protected override updated(): void {
    if (this.#focusFrom === undefined || this.loading) return;
    const first = this.renderRoot.querySelector<HTMLElement>(`article[data-index="${this.#focusFrom}"]`);
    this.#focusFrom = undefined;
    first?.focus();
  }

  async #loadForms(): Promise<void> {
    try {
      const answer = await runRegistered<{ mentoringForms: MentoringFormOption[] | null }>(
        ENDPOINT,
        mentoringFormsOperation,
        {},
      );
      this.forms = answer.data?.mentoringForms ?? [];
      this.#addNotices(noticesOf(answer.errors));
    } catch {
      // The list itself says when the server cannot be reached; the select then offers any form only.
    }
  }

  async #loadMunicipalities(regionCode: string): Promise<void> {
    const found: MunicipalityOption[] = [];
    let after: string | null = null;
    try {
      do {
        const answer: GraphQLAnswer<{ municipalities: MunicipalitiesPage | null }> = await runRegistered(
          ENDPOINT,
          municipalitiesOperation,
          { regionCode, after },
        );
        const page = answer.data?.municipalities ?? null;
        this.#addNotices(noticesOf(answer.errors));
        if (!page) break;
        for (const edge of page.edges) if (edge.node) found.push(edge.node);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    } catch {
      this.#addNotices([UNREACHABLE]);
    }
    this.municipalities = found;
  }

  async #loadMentors(more: boolean): Promise<void> {
    const oktmo = this.#oktmo;
    if (!oktmo) return;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    if (!more) this.notices = [];
    try {
      const answer = await runRegistered<{ mentors: PublicMentorsPage | null }>(
        ENDPOINT,
        publicMentorsOperation,
        { oktmo, after: more ? this.endCursor : null, ...this.searched },
        { signal: AbortSignal.any([request.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) },
      );
      if (request.signal.aborted) return;
      const page = answer.data?.mentors ?? null;
      const arrived = (page?.edges ?? []).flatMap((edge) => (edge.node ? [edge.node] : []));
      if (more) this.#focusFrom = this.mentors.length;
      this.mentors = more ? [...this.mentors, ...arrived] : arrived;
      this.totalCount = page?.totalCount ?? this.mentors.length;
      this.hasNextPage = page?.pageInfo.hasNextPage ?? false;
      this.endCursor = page?.pageInfo.endCursor ?? null;
      this.notices = more ? [...this.notices, ...noticesOf(answer.errors)] : noticesOf(answer.errors);
      this.loaded = page !== null;
    } catch (error) {
      if (request.signal.aborted) return;
      this.notices = [error instanceof DOMException && error.name === 'TimeoutError' ? NO_ANSWER_IN_TIME : UNREACHABLE];
      if (!more) this.loaded = false;
    } finally {
      if (this.#request === request) this.loading = false;
    }
  }

  #addNotices(notices: string[]): void {
    const fresh = notices.filter((notice) => !this.notices.includes(notice));
    if (fresh.length > 0) this.notices = [...this.notices, ...fresh];
  }

  #onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const search: Search = {
      search: phraseOf(data.get('search')),
      competency: phraseOf(data.get('competency')),
      form: phraseOf(data.get('form')),
    };
    // The gateway would refuse them too (BAD_USER_INPUT); said here, next to the fields, nothing is sent.
    this.tooShort = (['search', 'competency'] as const).filter((field) => {
      const phrase = search[field];
      return phrase !== null && Array.from(phrase).length < 2;
    });
    const [first] = this.tooShort;
    if (first) {
      this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus();
      return;
    }
    this.searched = search;
    void this.#loadMentors(false);
  }

  #onReset(): void {
    this.tooShort = [];
    this.searched = NO_SEARCH;
    void this.#loadMentors(false);
  }

  #onChooseMunicipality(event: Event): void {
    this.chosenMunicipality = (event.currentTarget as HTMLSelectElement).value || null;
  }

  override render() {
    const oktmo = this.#oktmo;
    return html`
      ${this.#renderMunicipalityChoice()} ${oktmo ? this.#renderSearch() : nothing}
      <p class="status" role="status" aria-live="polite">${this.#statusText()}</p>
      ${
        this.notices.length > 0
          ? html`<div class="notice" role="alert">${this.notices.map((notice) => html`<p>${notice}</p>`)}</div>`
          : nothing
      }
      ${this.#renderEmpty()}
      ${
        this.mentors.length > 0
          ? html`<ul class="mentors">
              ${this.mentors.map((mentor, index) => this.#renderMentor(mentor, index))}
            </ul>`
          : nothing
      }
      ${
        this.hasNextPage
          ? html`<button
              class="secondary"
              type="button"
              ?disabled=${this.loading}
              @click=${() => void this.#loadMentors(true)}
            >
              Показать ещё
            </button>`
          : nothing
      }
    `;
  }

  #renderMunicipalityChoice() {
    if (this.municipality) return nothing;
    if (!this.region)
      return html`<p class="notice" role="alert">
        Не указан регион: добавьте к элементу атрибуты region и municipality (например, region="67"
        municipality="66701000").
      </p>`;
    return html`<div class="choice">
      <div class="field">
        <label for="municipality">Муниципальное образование</label>
        <select id="municipality" @change=${this.#onChooseMunicipality} ?disabled=${this.municipalities === null}>
          <option value="">
            ${this.municipalities === null ? 'Загрузка списка…' : 'Выберите муниципальное образование'}
          </option>
          ${(this.municipalities ?? []).map(
            (municipality) =>
              html`<option value=${municipality.oktmo} ?selected=${municipality.oktmo === this.chosenMunicipality}>
                ${municipality.name}
              </option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  #renderSearch() {
    const invalid = (field: 'search' | 'competency') => (this.tooShort.includes(field) ? 'true' : 'false');
    return html`<form
      role="search"
      aria-label="Поиск наставников"
      novalidate
      @submit=${this.#onSearch}
      @reset=${this.#onReset}
    >
      <div class="field">
        <label for="search">ФИО наставника</label>
        <input
          id="search"
          name="search"
          type="search"
          maxlength="100"
          autocomplete="off"
          aria-invalid=${invalid('search')}
          aria-describedby="search-problem"
        />
      </div>
      <div class="field">
        <label for="competency">Компетенция</label>
        <input
          id="competency"
          name="competency"
          type="search"
          maxlength="100"
          autocomplete="off"
          aria-invalid=${invalid('competency')}
          aria-describedby="search-problem"
        />
      </div>
      <div class="field">
        <label for="form">Форма наставничества</label>
        <select id="form" name="form">
          <option value="">Любая форма</option>
          ${this.forms.map((form) => html`<option value=${form.code}>${form.name}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button class="primary" type="submit">Найти</button>
        <button class="secondary" type="reset">Сбросить</button>
      </div>
      <p class="problem" id="search-problem" role="alert">
        ${this.tooShort.length > 0 ? 'Введите не меньше двух букв или оставьте поле пустым.' : nothing}
      </p>
    </form>`;
  }

  #statusText(): string {
    if (!this.#oktmo) return '';
    // While a search or a further page is on its way, the previous count is not presented as the answer.
    if (this.loading) return this.mentors.length === 0 ? 'Загрузка списка наставников…' : 'Загрузка…';
    if (!this.loaded) return 'Список наставников не загружен.';
    if (this.totalCount === 0) return 'Наставники не найдены.';
    const shown = this.mentors.length < this.totalCount ? `, показано ${count.format(this.mentors.length)}` : '';
    return `Найдено наставников: ${count.format(this.totalCount)}${shown}.`;
  }

  #renderEmpty() {
    if (!this.loaded || this.loading || this.totalCount > 0) return nothing;
    const searching = Object.values(this.searched).some((value) => value !== null);
    return html`<p class="empty">
      ${
        searching
          ? 'По этим условиям наставники не найдены. Измените условия поиска или сбросьте их.'
          : 'В этом муниципальном образовании пока нет наставников, согласившихся на публикацию сведений о себе.'
      }
    </p>`;
  }

  #renderMentor(mentor: PublicMentor, index: number) {
    const name = mentor.person?.fullName ?? null;
    const workplaces = (mentor.person?.employments ?? []).flatMap((employment) => {
      const organization = employment.organization;
      const organizationName = organization?.shortName
        ? `${organization.shortName}${organization.dataOrigin === SYNTHETIC && mentor.dataOrigin !== SYNTHETIC ? ' (демонстрационные данные)' : ''}`
        : null;
      const text = [employment.position, organizationName].filter((part) => part !== null).join(', ');
      return text ? [text] : [];
    });
    const competencies = mentor.competencies ?? [];
    const forms = (mentor.forms ?? []).map((form) => form.name);
    return html`<li>
      <article tabindex="-1" data-index=${index}>
        ${
          name !== null
            ? html`<h3>${name}</h3>`
            : html`<h3>Наставник</h3>
                <p class="unnamed">ФИО не показано</p>`
        }
        ${mentor.dataOrigin === SYNTHETIC ? html`<p class="demo">демонстрационные данные</p>` : nothing}
        ${workplaces.map((workplace) => html`<p class="workplace">${workplace}</p>`)}
        <dl>
          ${
            competencies.length > 0
              ? html`<dt>Компетенции</dt>
                  <dd>${competencies.join('; ')}</dd>`
              : nothing
          }
          ${
            forms.length > 0
              ? html`<dt>Формы наставничества</dt>
                  <dd>${forms.join('; ')}</dd>`
              : nothing
          }
        </dl>
      </article>
    </li>`;
  }
}

if (!customElements.get('mentor-list')) customElements.define('mentor-list', MentorList);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-list': MentorList;
  }
}
