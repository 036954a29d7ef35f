import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { countWith, formatCount, formatDate, formatPeriod, shiftedIsoDay, todayIso } from '../../shared/format.ts';
import type { Connection } from '../api.ts';
import '../components/calendar-panel.ts';
import '../components/indicator-cards.ts';
import '../components/missing-notice.ts';
import '../components/roadmap-panel.ts';
import '../components/territory-table.ts';
import { loadMunicipality } from '../loaders.ts';
import { CALENDAR_DAYS, DAYS } from '../paging.ts';
import { isMissingField } from '../missing-parts.ts';
import type { MunicipalityDashboard } from '../model.ts';
import { hrefOf, type Route } from '../routes.ts';
import { SCHOOL_COLUMNS, schoolRows } from '../territory-rows.ts';
import { DashboardView } from './view-base.ts';

/**
 * A municipality (муниципальное образование): its indicator cards, its schools table with drill-down and export, its
 * roadmaps' overdue items and next deadlines, and the calendar from today.
 */
export class MunicipalityView extends DashboardView<MunicipalityDashboard> {
  @property() oktmo = '';

  protected override get loadKey(): string {
    return `${this.oktmo}|${this.asOf ?? ''}`;
  }

  protected override load(connection: Connection) {
    return loadMunicipality(connection, this.oktmo, this.asOf);
  }

  protected override routeFor(asOf: string | undefined): Route {
    return { view: 'municipality', oktmo: this.oktmo, ...(asOf ? { asOf } : {}) };
  }

  protected override renderAnswer(data: MunicipalityDashboard) {
    const municipality = data.municipality;
    const problems = this.answer?.problems ?? [];
    if (!municipality)
      return html`<missing-notice .problems=${problems}></missing-notice>
        <p class="empty" role="status">Муниципальное образование с ОКТМО ${this.oktmo} не найдено или недоступно.</p>`;
    const asOf = this.asOf ? { asOf: this.asOf } : {};
    const rows = schoolRows(
      municipality.organizations.edges.map((edge) => edge.node),
      isMissingField(problems, 'activeMentoringPairCount'),
      this.asOf,
    );
    const today = todayIso();
    const date = this.asOf ?? today;
    return html`
      ${this.renderCrumbs([
        {
          label: municipality.region.name,
          href: hrefOf({ view: 'region', regionCode: municipality.region.code, ...asOf }),
        },
        { label: municipality.name },
      ])}
      ${this.renderHeading(municipality.name, 'Муниципальное образование', {
        level: 'MUNICIPALITY',
        territoryId: municipality.id,
      })}
      <missing-notice .problems=${problems}></missing-notice>
      <p class="summary">
        ОКТМО
        ${municipality.oktmo}${
          municipality.organizationCount === undefined
            ? nothing
            : html`; общеобразовательных организаций: ${formatCount(municipality.organizationCount)}`
        }
      </p>
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Ключевые показатели</h2>
        ${
          municipality.indicators
            ? html`<indicator-cards .values=${municipality.indicators}></indicator-cards>`
            : html`<p class="empty">Показатели недоступны.</p>`
        }
      </section>
      <section aria-labelledby="schools-heading">
        <h2 id="schools-heading">Школы</h2>
        <territory-table
          .columns=${SCHOOL_COLUMNS}
          .rows=${rows}
          caption="Общеобразовательные организации: пары, положение, охват молодых педагогов, дорожные карты, участие"
          statusLabel="Статус охвата молодых педагогов"
          initialSort="name"
          note=${this.fileNote}
          fileName=${`Школы — ${municipality.name} — ${date}.xlsx`}
        ></territory-table>
      </section>
      <div class="panels">
        <section aria-labelledby="roadmap-heading">
          <h2 id="roadmap-heading">Муниципальные дорожные карты</h2>
          ${
            municipality.roadmaps
              ? html`<roadmap-panel .asOf=${this.asOf} .roadmaps=${municipality.roadmaps}></roadmap-panel>`
              : html`<p class="empty">Дорожные карты недоступны.</p>`
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
      </div>
      <p class="footnote">
        Показатели — на ${formatDate(date)}; календарь — с сегодняшнего дня на ${countWith(CALENDAR_DAYS, DAYS)};
        статусы пунктов дорожных карт — на сегодня.
      </p>
    `;
  }
}
customElements.define('municipality-view', MunicipalityView);
