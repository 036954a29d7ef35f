import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate, todayIso } from '../../shared/format.ts';
import { russianPart } from '../../shared/messages.ts';
import { SessionExpiredError, type Answer, type Connection } from '../api.ts';
import { LightElement } from '../components/light-element.ts';
import { DEMO_DATA_NOTICE } from '../demo-data.ts';
import { base64Blob, saveFile, withLeadingNote } from '../downloads.ts';
import { loadIndicatorReport, type ReportLevel } from '../loaders.ts';
import { hrefOf, type Route } from '../routes.ts';
import { performanceMarkReady } from './ready.ts';

export interface Crumb {
  label: string;
  href?: string;
}

/** Fired (bubbling) when the gateway refuses the viewer's token: the application returns to the sign-in. */
export const sessionExpired = (element: HTMLElement, message: string) =>
  element.dispatchEvent(new CustomEvent('session-expired', { detail: message, bubbles: true, composed: true }));

/**
 * What the three views share: loading their one registered operation whenever the territory or date changes,
 * rendering what arrived (with a notice for what did not), the date chosen, the breadcrumbs up the hierarchy and the
 * download of the analytics report.
 */
export abstract class DashboardView<T> extends LightElement {
  @property({ attribute: false }) connection!: Connection;
  @property() asOf: string | undefined;
  /** The installation holds the demo data (`/web-config.json`): the view and its files say so. */
  @property({ type: Boolean }) demoData = false;

  @state() protected answer: Answer<T> | null = null;
  @state() protected failure = '';
  @state() protected reportWorking = false;
  @state() protected reportError = '';

  #generation = 0;

  /** Changes when the view must load again (territory or date). */
  protected abstract get loadKey(): string;
  protected abstract load(connection: Connection): Promise<Answer<T>>;
  protected abstract renderAnswer(data: T): TemplateResult;
  /** Where the «На дату» form leads, for a date (undefined: today). */
  protected abstract routeFor(asOf: string | undefined): Route;

  #loadedKey = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.loadKey !== this.#loadedKey) {
      this.#loadedKey = this.loadKey;
      void this.reload();
    }
  }

  protected async reload(): Promise<void> {
    this.#generation += 1;
    const generation = this.#generation;
    this.answer = null;
    this.failure = '';
    const started = performance.now();
    try {
      const answer = await this.load(this.connection);
      if (generation !== this.#generation) return;
      this.answer = answer;
      await this.updateComplete;
      // Children (cards, charts, tables) render in their own update after the view's.
      await Promise.all(
        [...this.querySelectorAll('*')]
          .filter((element): element is LightElement => element instanceof LightElement)
          .map((element) => element.updateComplete),
      );
      performanceMarkReady(this.localName, performance.now() - started);
    } catch (error) {
      if (generation !== this.#generation) return;
      if (error instanceof SessionExpiredError) {
        sessionExpired(this, error.message);
        return;
      }
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  protected override render() {
    if (this.failure)
      return html`<div class="failure" role="alert">
        <p>Данные не загружены: ${this.failure}</p>
        <button type="button" class="button" @click=${() => void this.reload()}>Повторить</button>
      </div>`;
    if (!this.answer?.data) return html`<p class="loading" role="status">Загрузка данных…</p>`;
    return this.renderAnswer(this.answer.data);
  }

  protected renderCrumbs(crumbs: readonly Crumb[]): TemplateResult {
    return html`<nav class="crumbs" aria-label="Навигационная цепочка">
      <ol>
        ${crumbs.map((crumb, index) =>
          index === crumbs.length - 1
            ? html`<li><span aria-current="page">${crumb.label}</span></li>`
            : html`<li><a href=${crumb.href ?? '#/'}>${crumb.label}</a></li>`,
        )}
      </ol>
    </nav>`;
  }

  /** The view's heading with the date of its figures, the date form and the report download. */
  protected renderHeading(title: string, kind: string, report: { level: ReportLevel; territoryId: string } | null) {
    const shownDate = this.asOf ?? todayIso();
    return html`<div class="view-heading">
        <div>
          <p class="view-kind">${kind}</p>
          <h1>${title}</h1>
          <p class="view-date">Данные на ${formatDate(shownDate)}</p>
        </div>
        <div class="view-actions">
          <form
            class="as-of"
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              const value = new FormData(event.target as HTMLFormElement).get('asOf');
              const date = typeof value === 'string' && value !== '' && value !== todayIso() ? value : undefined;
              location.hash = hrefOf(this.routeFor(date));
            }}
          >
            <label for="as-of-date">На дату</label>
            <input id="as-of-date" name="asOf" type="date" min="2020-01-01" max=${todayIso()} .value=${shownDate} />
            <button type="submit" class="button secondary">Показать</button>
          </form>
          ${
            report
              ? html`<button
                  type="button"
                  class="button"
                  ?disabled=${this.reportWorking}
                  @click=${() => void this.#downloadReport(report.level, report.territoryId)}
                >
                  ${this.reportWorking ? 'Готовим отчёт…' : 'Ключевые показатели (XLSX)'}
                </button>`
              : nothing
          }
          ${this.reportError ? html`<p class="error" role="alert">${this.reportError}</p>` : nothing}
        </div>
      </div>
      ${this.demoData ? html`<p class="notice demo-notice" role="note">${DEMO_DATA_NOTICE}</p>` : nothing}`;
  }

  /** The note the view's XLSX files carry above their figures: the demo installation's, else none. */
  protected get fileNote(): string {
    return this.demoData ? DEMO_DATA_NOTICE : '';
  }

  async #downloadReport(level: ReportLevel, territoryId: string): Promise<void> {
    this.reportWorking = true;
    this.reportError = '';
    try {
      const answer = await loadIndicatorReport(this.connection, level, territoryId, this.asOf);
      const file = answer.data?.indicatorReport?.file;
      const problem = answer.problems[0];
      if (!file) throw new Error(problem ? russianPart(problem.message) : 'отчёт не получен');
      const report = base64Blob(file.contentBase64, file.contentType);
      saveFile(this.demoData ? await withLeadingNote(report, DEMO_DATA_NOTICE) : report, file.fileName);
    } catch (error) {
      if (error instanceof SessionExpiredError) sessionExpired(this, error.message);
      else this.reportError = `Отчёт не получен: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.reportWorking = false;
    }
  }
}
