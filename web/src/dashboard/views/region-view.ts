import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { countWith, formatCount, formatDate, formatPeriod, shiftedIsoDay, todayIso } from '../../shared/format.ts';
import type { Connection } from '../api.ts';
import '../components/calendar-panel.ts';
import '../components/campaign-panel.ts';
import '../components/coverage-chart.ts';
import '../components/indicator-cards.ts';
import '../components/missing-notice.ts';
import '../components/reporting-panel.ts';
import '../components/roadmap-panel.ts';
import '../components/territory-table.ts';
import { loadRegion } from '../loaders.ts';
import { CALENDAR_DAYS, DAYS } from '../paging.ts';
import { TABLE_INDICATORS, type RegionDashboard } from '../model.ts';
import type { Route } from '../routes.ts';
import { MUNICIPALITY_COLUMNS, municipalityRows } from '../territory-rows.ts';
import { DashboardView } from './view-base.ts';

/**
 * The region (регион): its indicator cards, the municipalities table with drill-down and export, coverage per
 * municipality against the target, the regional roadmap's items past their deadline and next deadlines, the municipal
 * plans and reports owed with how many municipalities submitted them, the calendar from today
 * and the monitoring campaigns with their completion.
 */
export class RegionView extends DashboardView<RegionDashboard> {
  @property() regionCode = '';

  protected override get loadKey(): string {
    return `${this.regionCode}|${this.asOf ?? ''}`;
  }

  protected override load(connection: Connection) {
    return loadRegion(connection, this.regionCode, this.asOf);
  }

  protected override routeFor(asOf: string | undefined): Route {
    return { view: 'region', regionCode: this.regionCode, ...(asOf ? { asOf } : {}) };
  }

  protected override renderAnswer(data: RegionDashboard) {
    const region = data.region;
    const problems = this.answer?.problems ?? [];
    if (!region)
      return html`<missing-notice .problems=${problems}></missing-notice>
        <p class="empty" role="status">Регион с кодом ${this.regionCode} не найден или недоступен.</p>`;
    const rows = municipalityRows(
      region.municipalities.edges.map((edge) => edge.node),
      this.asOf,
    );
    const coverageCard = region.indicators?.find((value) => value.indicator.code === TABLE_INDICATORS.youngCovered);
    const today = todayIso();
    const date = this.asOf ?? today;
    return html`
      ${this.renderCrumbs([{ label: region.name }])}
      ${this.renderHeading(region.name, 'Регион', { level: 'REGION', territoryId: region.id })}
      <missing-notice .problems=${problems}></missing-notice>
      <p class="summary">
        Муниципальных образований:
        ${formatCount(region.municipalities.totalCount)}${
          region.organizationCount === undefined
            ? nothing
            : html`; общеобразовательных организаций: ${formatCount(region.organizationCount)}`
        }
      </p>
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Ключевые показатели</h2>
        ${
          region.indicators
            ? html`<indicator-cards .values=${region.indicators}></indicator-cards>`
            : html`<p class="empty">Показатели недоступны.</p>`
        }
      </section>
      <section aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading">Муниципалитеты</h2>
        <territory-table
          .columns=${MUNICIPALITY_COLUMNS}
          .rows=${rows}
          caption="Муниципальные образования: школы, положение, охват молодых педагогов, дорожные карты, участие"
          statusLabel="Статус охвата молодых педагогов"
          note=${this.fileNote}
          fileName=${`Муниципалитеты — ${region.name} — ${date}.xlsx`}
        ></territory-table>
      </section>
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Охват молодых педагогов наставничеством по муниципалитетам</h2>
        <coverage-chart
          subject="Охват молодых педагогов наставничеством по муниципалитетам"
          .bars=${rows.map((row) => {
            const cell = row.cells['coverage'];
            return {
              name: row.name,
              value: cell?.kind === 'number' ? cell.value : null,
              suppressed: cell?.kind === 'suppressed',
            };
          })}
          .target=${coverageCard?.target?.value ?? null}
        ></coverage-chart>
      </section>
      <div class="panels">
        <section aria-labelledby="roadmap-heading">
          <h2 id="roadmap-heading">Региональная дорожная карта</h2>
          ${
            region.roadmaps
              ? html`<roadmap-panel .asOf=${this.asOf} .roadmaps=${region.roadmaps}></roadmap-panel>`
              : html`<p class="empty">Дорожные карты недоступны.</p>`
          }
        </section>
        <section aria-labelledby="reporting-heading">
          <h2 id="reporting-heading">Муниципальные планы и отчёты</h2>
          ${
            region.reportingObligations
              ? html`<reporting-panel
                  .obligations=${region.reportingObligations.edges.map((edge) => edge.node)}
                  .asOf=${this.asOf}
                ></reporting-panel>`
              : html`<p class="empty">Сведения о планах и отчётах недоступны.</p>`
          }
        </section>
        <section aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">Ближайшие мероприятия и сроки</h2>
          ${
            data.calendar === null
              ? html`<p class="empty">Календарь недоступен.</p>`
              : html`<calendar-panel
                  .page=${data.calendar ?? null}
                  period=${formatPeriod(today, shiftedIsoDay(today, CALENDAR_DAYS))}
                ></calendar-panel>`
          }
        </section>
        <section aria-labelledby="campaigns-heading">
          <h2 id="campaigns-heading">Мониторинги</h2>
          ${
            data.monitoringCampaigns
              ? html`<campaign-panel
                  .campaigns=${data.monitoringCampaigns.edges.map((edge) => edge.node)}
                  .values=${region.indicators ?? []}
                ></campaign-panel>`
              : html`<p class="empty">Мониторинги недоступны.</p>`
          }
        </section>
      </div>
      <p class="footnote">
        Показатели — на ${formatDate(date)}; календарь — с сегодняшнего дня на ${countWith(CALENDAR_DAYS, DAYS)};
        статусы пунктов дорожных карт — на сегодня.
      </p>
    `;
  }
}
customElements.define('region-view', RegionView);
