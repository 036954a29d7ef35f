import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatCount, formatDate, todayIso } from '../../shared/format.ts';
import { SUMMARY_LABELS, type ReportingDocumentKind, type ReportingObligation } from '../model.ts';
import { LightElement } from './light-element.ts';
import { syntheticMark } from './marks.ts';

const KIND_LABELS: Record<ReportingDocumentKind, string> = {
  PLAN: 'План',
  REPORT: 'Отчёт',
  INFORMATION: 'Информация',
};

/** Planning derives the states for today only: a view of another day says so beside them. */
export const STATES_TODAY = 'Состояния представления — на сегодня';

/**
 * The plans and reports the region's municipalities owe (seed 000: «Муниципальный план / отчет — до 25 декабря 2022
 * / до 15 июня 2023 — ОМСУ»): each obligation as printed, its due date and source, and how many municipalities
 * submitted on time, late, not yet recorded, or are not yet due — marked when the submissions counted are demo data.
 */
export class ReportingPanel extends LightElement {
  @property({ attribute: false }) obligations: readonly ReportingObligation[] = [];
  /** The view's date, when it is not today: the states shown are still today's. */
  @property() asOf: string | undefined;

  protected override render() {
    if (this.obligations.length === 0) return html`<p class="empty">Отчётных обязательств нет.</p>`;
    return html`${
      this.asOf !== undefined && this.asOf !== todayIso()
        ? html`<p class="reporting-note">${STATES_TODAY} (${formatDate(todayIso())}).</p>`
        : nothing
    }
    ${this.obligations.map((obligation) => this.#obligation(obligation))}`;
  }

  #obligation(obligation: ReportingObligation) {
    const { summary } = obligation;
    return html`<article class="obligation" data-obligation=${obligation.id}>
      <h3>
        <span class="obligation-kind">${KIND_LABELS[obligation.kind]}:</span> ${obligation.title}
        ${syntheticMark(obligation.dataOrigin)}
      </h3>
      <p class="obligation-due">
        Срок представления:
        ${formatDate(obligation.dueDate)}${
          obligation.source
            ? html`<span class="reported-source"> Источник: ${obligation.source.document}</span>`
            : nothing
        }
      </p>
      <dl class="counts obligation-summary">
        ${SUMMARY_LABELS.map(
          ([key, label]) =>
            html`<div>
              <dt>${label}</dt>
              <dd data-summary=${key}>${formatCount(summary[key])}</dd>
            </div>`,
        )}
      </dl>
      ${
        summary.includesSyntheticData
          ? html`<p class="obligation-synthetic">
              ${syntheticMark('SYNTHETIC')} Представленные документы — демонстрационные записи: эти числа не говорят о
              том, что муниципалитеты представили на самом деле.
            </p>`
          : nothing
      }
    </article>`;
  }
}
customElements.define('reporting-panel', ReportingPanel);
