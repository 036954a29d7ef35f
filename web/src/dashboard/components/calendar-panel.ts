import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { formatCount, formatPeriod } from '../../shared/format.ts';
import type { CalendarEntry, CalendarEntryKind, CalendarPage } from '../model.ts';
import { LightElement } from './light-element.ts';

const KIND_LABELS: Record<CalendarEntryKind, string> = {
  EVENT: 'Мероприятие',
  DEADLINE: 'Срок дорожной карты',
  REPORT_DUE: 'Срок сдачи документа',
};

/** The calendar from today: events, roadmap deadlines and reporting due dates, as the viewer may see them. */
export class CalendarPanel extends LightElement {
  @property({ attribute: false }) page: CalendarPage | null = null;
  /** The period, in words, for the empty state. */
  @property() period = '';

  protected override render() {
    const entries = this.page?.edges.map((edge) => edge.node) ?? [];
    if (entries.length === 0) return html`<p class="empty">В период ${this.period} событий и сроков нет.</p>`;
    const more = (this.page?.totalCount ?? entries.length) - entries.length;
    return html`<ul class="calendar">
        ${entries.map((entry) => this.#entry(entry))}
      </ul>
      ${more > 0 ? html`<p class="more">И ещё ${formatCount(more)} в этот период.</p>` : ''}`;
  }

  #entry(entry: CalendarEntry) {
    const state = entry.completed ? 'выполнено' : entry.overdue ? 'срок прошёл, выполнение не отмечено' : '';
    return html`<li data-entry=${entry.id} data-kind=${entry.kind}>
      <span class="calendar-date">${formatPeriod(entry.startDate, entry.endDate)}</span>
      <span class="calendar-kind">${KIND_LABELS[entry.kind]}</span>
      <span class="calendar-title">${entry.title}</span>
      ${state ? html`<span class="calendar-state">${state}</span>` : ''}
    </li>`;
  }
}
customElements.define('calendar-panel', CalendarPanel);
