import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { countText, factText, gapText, targetText } from '../card-text.ts';
import type { IndicatorValue, ReportedFigure } from '../model.ts';
import { LightElement } from './light-element.ts';
import { statusBadge, syntheticMark } from './marks.ts';
import './spark-line.ts';

/** Printed figures longer than this (a seed's whole sentence) fold behind their beginning. */
const SHORT_FIGURE = 90;

/**
 * A campaign as a source: its title alone when the title already says «Мониторинг …» (no «мониторинг «Мониторинг
 * «…»»»), else «мониторинг «title»» with quotes inside quotes as „…“.
 */
function campaignName(title: string): string {
  if (/^мониторинг/iu.test(title)) return title;
  return `мониторинг «${title.replace(/«/g, '„').replace(/»/g, '“')}»`;
}

function reportedFigure(figure: ReportedFigure) {
  const from = figure.campaign ? campaignName(figure.campaign) : (figure.source?.document ?? null);
  const year = figure.year === null ? nothing : html`, ${figure.year} г.`;
  const source = from ? html`<span class="reported-source">Источник: ${from}</span>` : nothing;
  if (figure.printed.length <= SHORT_FIGURE)
    return html`<li>
      <q class="reported-printed">${figure.printed}</q>${year} ${syntheticMark(figure.dataOrigin)} ${source}
    </li>`;
  return html`<li>
    <details>
      <summary>
        <q class="reported-printed">${figure.printed.slice(0, SHORT_FIGURE).trimEnd()}…</q>${year}
        ${syntheticMark(figure.dataOrigin)}
      </summary>
      <q>${figure.printed}</q> ${source}
    </details>
  </li>`;
}

/**
 * Indicator cards (показатели): name as the catalogue prints it, the fact with what was counted, the target and the
 * gap, the status in colour and words, the series as a sparkline, and what was reported beside the computed value.
 */
export class IndicatorCards extends LightElement {
  @property({ attribute: false }) values: readonly IndicatorValue[] = [];

  protected override render() {
    if (this.values.length === 0) return html`<p class="empty">Показателей нет.</p>`;
    return html`<ul class="cards" role="list">
      ${this.values.map((value) => this.#card(value))}
    </ul>`;
  }

  #card(value: IndicatorValue) {
    const count = countText(value);
    const target = value.target;
    return html`<li class="card card-${value.status.toLowerCase().replace('_', '-')}" data-code=${value.indicator.code}>
      <h3 class="card-title">${value.indicator.name}</h3>
      <p class="card-status">${statusBadge(value.status)}</p>
      <dl class="card-figures">
        <div>
          <dt>Факт</dt>
          <dd>
            <span class="fact-value">${factText(value)}</span>
            ${count ? html`<span class="fact-count">(${count})</span>` : nothing}
          </dd>
        </div>
        <div>
          <dt>Цель</dt>
          <dd>
            <span class="target-value">${targetText(value)}</span>
            ${target ? html`<span class="target-year">на ${target.year} г.</span>` : nothing}
            ${target?.note && target.value !== null ? html`<span class="target-note">«${target.note}»</span>` : nothing}
          </dd>
        </div>
        <div>
          <dt>Отставание</dt>
          <dd class="gap-value">${gapText(value)}</dd>
        </div>
      </dl>
      ${value.series ? html`<spark-line .points=${value.series} unit=${value.indicator.unit}></spark-line>` : nothing}
      ${value.note ? html`<p class="card-note">${value.note}</p>` : nothing}
      ${
        value.reported.length > 0
          ? html`<div class="reported">
              <p class="reported-title">Отчётные данные</p>
              <ul>
                ${value.reported.map(reportedFigure)}
              </ul>
            </div>`
          : nothing
      }
    </li>`;
  }
}
customElements.define('indicator-cards', IndicatorCards);
