import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatCount } from '../../shared/format.ts';
import { saveFile, tableWorkbook } from '../downloads.ts';
import { STATUS_LABELS, type PlanStatus } from '../model.ts';
import { cellText, INITIAL_VIEW, visibleRows, type Column, type Row, type TableView } from '../table.ts';
import { LightElement } from './light-element.ts';
import { syntheticMark } from './marks.ts';

let tableCount = 0;

/**
 * A table of territories (municipalities, schools): sortable by every column (buttons in the headers, aria-sort),
 * filtered by name and by status, each name a drill-down link, scrolled sideways inside its own region on a narrow
 * screen, and exported to XLSX exactly as shown.
 */
export class TerritoryTable extends LightElement {
  @property({ attribute: false }) columns: readonly Column[] = [];
  @property({ attribute: false }) rows: readonly Row[] = [];
  /** The table's caption, also the sheet's name. */
  @property() caption = '';
  /** What the status filter filters by, e.g. «Статус охвата». */
  @property() statusLabel = 'Статус';
  /** A note the exported file carries above its header (a demo installation's); none when empty. */
  @property() note = '';
  /** The exported file's name. */
  @property() fileName = 'Таблица.xlsx';
  /** The column the table is sorted by at first (ascending); the answer's order when unset. */
  @property() initialSort = '';

  @state() private view: TableView = INITIAL_VIEW;
  @state() private exporting = false;
  @state() private exportError = '';

  readonly #id = `territory-table-${(tableCount += 1)}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initialSort') && this.initialSort && this.view.sortKey === null)
      this.view = { ...this.view, sortKey: this.initialSort, direction: 'ascending' };
  }

  /** The rows on screen, in the order on screen: what the export writes. */
  get shownRows(): Row[] {
    return visibleRows(this.rows, this.view);
  }

  #sortBy(column: Column): void {
    const same = this.view.sortKey === column.key;
    this.view = {
      ...this.view,
      sortKey: column.key,
      direction: same && this.view.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }

  async #export(): Promise<void> {
    this.exporting = true;
    this.exportError = '';
    try {
      saveFile(await tableWorkbook(this.columns, this.shownRows, this.caption, this.note), this.fileName);
    } catch (error) {
      this.exportError = `Файл не создан: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.exporting = false;
    }
  }

  protected override render() {
    const rows = this.shownRows;
    const captionId = `${this.#id}-caption`;
    return html`
      <div class="table-tools">
        <div class="field">
          <label for="${this.#id}-name">Поиск по названию</label>
          <input
            id="${this.#id}-name"
            type="search"
            autocomplete="off"
            .value=${this.view.nameFilter}
            @input=${(event: Event) => {
              this.view = { ...this.view, nameFilter: (event.target as HTMLInputElement).value };
            }}
          />
        </div>
        <div class="field">
          <label for="${this.#id}-status">${this.statusLabel}</label>
          <select
            id="${this.#id}-status"
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              this.view = { ...this.view, statusFilter: value === '' ? null : (value as PlanStatus) };
            }}
          >
            <option value="" ?selected=${this.view.statusFilter === null}>Все</option>
            ${(Object.keys(STATUS_LABELS) as PlanStatus[]).map(
              (status) =>
                html`<option value=${status} ?selected=${this.view.statusFilter === status}>
                  ${STATUS_LABELS[status]}
                </option>`,
            )}
          </select>
        </div>
        <button type="button" class="button" ?disabled=${this.exporting} @click=${() => void this.#export()}>
          ${this.exporting ? 'Готовим файл…' : 'Скачать таблицу (XLSX)'}
        </button>
        <p class="table-count" aria-live="polite">
          Показано ${formatCount(rows.length)} из ${formatCount(this.rows.length)}
        </p>
        ${this.exportError ? html`<p class="error" role="alert">${this.exportError}</p>` : nothing}
      </div>
      <div class="table-scroll" role="region" aria-labelledby=${captionId} tabindex="0">
        <table class="territory-table">
          <caption id=${captionId}>
            ${this.caption}
          </caption>
          <thead>
            <tr>
              ${this.columns.map((column) => this.#header(column))}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr data-key=${row.key}>
                  ${this.columns.map((column, index) =>
                    index === 0
                      ? html`<th scope="row" data-column=${column.key}>
                          <a href=${row.href}>${row.name}</a> ${row.synthetic ? syntheticMark('SYNTHETIC') : nothing}
                        </th>`
                      : html`<td
                          data-column=${column.key}
                          class=${column.format === 'text' ? 'text' : 'number'}
                          data-status=${column.key === 'status' && row.status ? row.status : nothing}
                        >
                          ${cellText(column, row.cells[column.key])}
                        </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
        ${rows.length === 0 ? html`<p class="empty">Нет строк по этим условиям.</p>` : nothing}
      </div>
    `;
  }

  #header(column: Column) {
    const sorted = this.view.sortKey === column.key;
    return html`<th scope="col" aria-sort=${sorted ? this.view.direction : 'none'} data-column=${column.key}>
      <button
        type="button"
        class="sort"
        @click=${() => {
          this.#sortBy(column);
        }}
      >
        ${column.header}<span class="sort-mark" aria-hidden="true"
          >${sorted ? (this.view.direction === 'ascending' ? '▲' : '▼') : '↕'}</span
        >
      </button>
    </th>`;
  }
}
customElements.define('territory-table', TerritoryTable);
