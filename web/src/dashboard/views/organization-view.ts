import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  countWith,
  formatCount,
  formatDate,
  formatPeriod,
  shiftedIsoDay,
  SUPPRESSED_TEXT,
  todayIso,
} from '../../shared/format.ts';
import type { Connection } from '../api.ts';
import '../components/calendar-panel.ts';
import '../components/indicator-cards.ts';
import '../components/missing-notice.ts';
import '../components/roadmap-panel.ts';
import { syntheticMark } from '../components/marks.ts';
import { loadOrganization } from '../loaders.ts';
import { CALENDAR_DAYS, DAYS } from '../paging.ts';
import { isMissingField } from '../missing-parts.ts';
import type { OrganizationDashboard } from '../model.ts';
import { hrefOf, type Route } from '../routes.ts';
import { DashboardView } from './view-base.ts';

/**
 * A school (образовательная организация): its indicator values, its pairs, mentors and programmes, its roadmaps with
 * every item's status, and the calendar from today.
 */
export class OrganizationView extends DashboardView<OrganizationDashboard> {
  @property() organizationId = '';

  protected override get loadKey(): string {
    return `${this.organizationId}|${this.asOf ?? ''}`;
  }

  protected override load(connection: Connection) {
    return loadOrganization(connection, this.organizationId, this.asOf);
  }

  protected override routeFor(asOf: string | undefined): Route {
    return { view: 'organization', organizationId: this.organizationId, ...(asOf ? { asOf } : {}) };
  }

  protected override renderAnswer(data: OrganizationDashboard) {
    const organization = data.organization;
    const problems = this.answer?.problems ?? [];
    if (!organization)
      return html`<missing-notice .problems=${problems}></missing-notice>
        <p class="empty" role="status">Организация не найдена или недоступна.</p>`;
    const asOf = this.asOf ? { asOf: this.asOf } : {};
    const { municipality } = organization;
    const today = todayIso();
    const pairs =
      organization.activeMentoringPairCount === null
        ? isMissingField(problems, 'activeMentoringPairCount')
          ? '—'
          : SUPPRESSED_TEXT
        : formatCount(organization.activeMentoringPairCount);
    const mentoring = organization.mentoring;
    return html`
      ${this.renderCrumbs([
        {
          label: municipality.region.name,
          href: hrefOf({ view: 'region', regionCode: municipality.region.code, ...asOf }),
        },
        { label: municipality.name, href: hrefOf({ view: 'municipality', oktmo: municipality.oktmo, ...asOf }) },
        { label: organization.shortName },
      ])}
      ${this.renderHeading(organization.shortName, 'Образовательная организация', {
        level: 'ORGANIZATION',
        territoryId: organization.id,
      })}
      <p class="summary">${organization.name} ${syntheticMark(organization.dataOrigin)}</p>
      <missing-notice .problems=${problems}></missing-notice>
      <section aria-labelledby="mentoring-heading">
        <h2 id="mentoring-heading">Наставничество в организации</h2>
        <dl class="counts">
          <div>
            <dt>Действующих пар и групп</dt>
            <dd data-count="activePairs">${pairs}</dd>
          </div>
          ${
            mentoring
              ? html`
                  <div>
                    <dt>Пар и групп всего</dt>
                    <dd data-count="pairs">${formatCount(mentoring.pairs.totalCount)}</dd>
                  </div>
                  <div>
                    <dt>Наставников</dt>
                    <dd data-count="mentors">${formatCount(mentoring.mentors.totalCount)}</dd>
                  </div>
                  <div>
                    <dt>Персонализированных программ</dt>
                    <dd data-count="programmes">${formatCount(mentoring.programmes.totalCount)}</dd>
                  </div>
                `
              : nothing
          }
        </dl>
      </section>
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Показатели организации</h2>
        ${
          organization.indicators
            ? html`<indicator-cards .values=${organization.indicators}></indicator-cards>`
            : html`<p class="empty">Показатели недоступны.</p>`
        }
      </section>
      <div class="panels">
        <section aria-labelledby="roadmap-heading">
          <h2 id="roadmap-heading">Дорожные карты организации</h2>
          ${
            organization.roadmaps
              ? html`<roadmap-panel .asOf=${this.asOf} mode="full" .roadmaps=${organization.roadmaps}></roadmap-panel>`
              : html`<p class="empty">Дорожные карты недоступны.</p>`
          }
        </section>
        <section aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">Ближайшие мероприятия и сроки</h2>
          ${
            data.calendar === null
              ? html`<p class="empty">Календарь недоступен.</p>`
              : html`<calendar-panel
                  .page=${data.calendar}
                  period=${formatPeriod(today, shiftedIsoDay(today, CALENDAR_DAYS))}
                ></calendar-panel>`
          }
        </section>
      </div>
      <p class="footnote">
        Показатели — на ${formatDate(this.asOf ?? today)}; календарь — на ${countWith(CALENDAR_DAYS, DAYS)} с
        сегодняшнего дня; статусы пунктов дорожных карт — на сегодня.
      </p>
    `;
  }
}
customElements.define('organization-view', OrganizationView);
