import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { countWith, formatDate, formatInUnit } from '../../shared/format.ts';
import { mountChart, sparklineOption, type Chart } from '../charts.ts';
import type { SeriesPoint } from '../model.ts';
import { LightElement } from './light-element.ts';

/** «за 1 срез», «за 3 среза», «за 5 срезов» (accusative after «за»). */
const SLICES = { one: 'срез', few: 'среза', many: 'срезов' };

/** The series of one indicator value (its quarterly snapshots, then the value itself) as a sparkline. */
export class SparkLine extends LightElement {
  @property({ attribute: false }) points: readonly SeriesPoint[] = [];
  @property() unit = '%';

  #mounted: { chart: Chart; dispose(): void } | undefined;

  /** Points with a figure to draw; a suppressed point is a gap, not a zero. */
  get #drawable(): number {
    return this.points.filter((point) => point.value !== null && !point.suppressed).length;
  }

  /** The series in words, for those who do not see the line. */
  get #description(): string {
    const shown = this.points.filter((point) => point.value !== null && !point.suppressed);
    const first = shown[0];
    const last = shown.at(-1);
    if (!first || !last) return 'Динамика: нет значений';
    const point = (entry: SeriesPoint) => `${formatInUnit(entry.value ?? 0, this.unit)} на ${formatDate(entry.asOf)}`;
    return `Динамика за ${countWith(shown.length, SLICES)}: от ${point(first)} до ${point(last)}`;
  }

  protected override render() {
    if (this.#drawable < 2) return nothing;
    return html`<div class="sparkline" role="img" aria-label=${this.#description}></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('points') && !changed.has('unit')) return;
    const element = this.querySelector<HTMLElement>('.sparkline');
    if (!element) {
      this.#mounted?.dispose();
      this.#mounted = undefined;
      return;
    }
    this.#mounted ??= mountChart(element);
    this.#mounted.chart.setOption(
      sparklineOption(
        this.points.map((point) => ({ asOf: point.asOf, value: point.suppressed ? null : point.value })),
        this.unit === '%',
      ),
      true,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mounted?.dispose();
    this.#mounted = undefined;
  }
}
customElements.define('spark-line', SparkLine);
