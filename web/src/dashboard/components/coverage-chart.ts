import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { countWith, formatCount, formatPercent } from '../../shared/format.ts';
import { coverageOption, mountChart, type Chart, type CoverageBar } from '../charts.ts';
import { LightElement } from './light-element.ts';

const BAR_HEIGHT = 26;

const VALUES = { one: 'значение', few: 'значения', many: 'значений' };

/** Coverage per territory against the target line; the same figures are in the table beside it. */
export class CoverageChart extends LightElement {
  @property({ attribute: false }) bars: readonly CoverageBar[] = [];
  @property({ attribute: false }) target: number | null = null;
  /** What the bars measure, for the image's description. */
  @property() subject = '';

  #mounted: { chart: Chart; dispose(): void } | undefined;

  get #description(): string {
    const shown = this.bars.filter((bar) => bar.value !== null);
    const target = this.target === null ? 'цель не задана' : `цель ${formatPercent(this.target)}`;
    const reached = this.target === null ? 0 : shown.filter((bar) => (bar.value ?? 0) >= (this.target ?? 0)).length;
    const hidden = this.bars.filter((bar) => bar.suppressed === true).length;
    const values = `${countWith(shown.length, VALUES)} из ${formatCount(this.bars.length)}`;
    return `${this.subject}: ${values}${hidden > 0 ? `, скрыто: ${formatCount(hidden)}` : ''}, ${target}; достигли цели: ${formatCount(reached)}. Значения — в таблице выше.`;
  }

  protected override render() {
    const height = Math.max(160, this.bars.length * BAR_HEIGHT + 56);
    return html`<div
      class="coverage-chart"
      role="img"
      aria-label=${this.#description}
      style="height: ${height}px"
    ></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('bars') && !changed.has('target')) return;
    const element = this.querySelector<HTMLElement>('.coverage-chart');
    if (!element) return;
    this.#mounted ??= mountChart(element);
    this.#mounted.chart.resize();
    this.#mounted.chart.setOption(coverageOption(this.bars, this.target), true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mounted?.dispose();
    this.#mounted = undefined;
  }
}
customElements.define('coverage-chart', CoverageChart);
