import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatCount, formatDate, todayIso } from '../../shared/format.ts';
import { ROADMAP_STATUS_LABELS, type Roadmap, type RoadmapItem } from '../model.ts';
import { LightElement } from './light-element.ts';
import { syntheticMark } from './marks.ts';

/** How many of the next deadlines a summary lists. */
const NEXT_DEADLINES = 5;

/**
 * An item's deadline as planning reads it: its schedule's words and date; without a date of its own the item is due
 * at its roadmap's end (status.ts), and the page says so rather than «срок не указан» alone.
 */
const dueText = (item: RoadmapItem) =>
  [item.schedule, item.dueDate ? `срок ${formatDate(item.dueDate)}` : OWN_DEADLINE_MISSING].filter(Boolean).join(' · ');

const OWN_DEADLINE_MISSING = 'срок не указан — по окончании дорожной карты';

/** Planning derives the statuses for today only: a view of another day says so beside them. */
export const STATUSES_TODAY = 'Статусы пунктов — на сегодня';

/**
 * A territory's roadmaps (дорожные карты): how many items are done and how many are past their deadline with no
 * completion recorded (OVERDUE says no more than that), those items and the next deadlines (`summary`), or every item
 * with its status (`full`, a school's roadmaps).
 */
export class RoadmapPanel extends LightElement {
  @property({ attribute: false }) roadmaps: readonly Roadmap[] = [];
  @property() mode: 'summary' | 'full' = 'summary';
  /** The view's date, when it is not today: the statuses shown are still today's. */
  @property() asOf: string | undefined;

  protected override render() {
    if (this.roadmaps.length === 0) return html`<p class="empty">Дорожных карт нет.</p>`;
    return html`${
      this.asOf !== undefined && this.asOf !== todayIso()
        ? html`<p class="roadmap-note">${STATUSES_TODAY} (${formatDate(todayIso())}).</p>`
        : nothing
    }
    ${this.roadmaps.map((roadmap) => this.#roadmap(roadmap))}`;
  }

  #roadmap(roadmap: Roadmap) {
    const items = roadmap.items;
    const done = items.filter((item) => item.status === 'DONE').length;
    const overdue = items.filter((item) => item.status === 'OVERDUE');
    const today = todayIso();
    const next = items
      .filter((item) => item.nextDueDate !== null && item.nextDueDate >= today && item.status !== 'DONE')
      .sort((left, right) => (left.nextDueDate ?? '').localeCompare(right.nextDueDate ?? ''))
      .slice(0, NEXT_DEADLINES);
    return html`<article class="roadmap" data-roadmap=${roadmap.id}>
      <h3>${roadmap.title} ${syntheticMark(roadmap.dataOrigin)}</h3>
      <p class="roadmap-progress">
        Пунктов: ${formatCount(items.length)}, выполнено: ${formatCount(done)}, срок прошёл, выполнение не отмечено:
        <strong>${formatCount(overdue.length)}</strong>
      </p>
      ${this.mode === 'full' ? this.#allItems(items) : this.#summary(overdue, next)}
    </article>`;
  }

  #summary(overdue: RoadmapItem[], next: RoadmapItem[]) {
    return html`
      <h4>Срок прошёл, выполнение не отмечено</h4>
      ${
        overdue.length === 0
          ? html`<p class="empty">Таких пунктов нет.</p>`
          : html`<ul class="items overdue-items">
              ${overdue.map(
                (item) =>
                  html`<li data-item=${item.id}>
                    <span class="item-number">№ ${item.number}</span> ${item.activity}
                    <span class="item-due">${dueText(item)}</span>
                  </li>`,
              )}
            </ul>`
      }
      <h4>Ближайшие сроки</h4>
      ${
        next.length === 0
          ? html`<p class="empty">Сроков впереди нет.</p>`
          : html`<ul class="items next-items">
              ${next.map(
                (item) =>
                  html`<li data-item=${item.id}>
                    <span class="item-date">${formatDate(item.nextDueDate ?? '')}</span> — № ${item.number}
                    ${item.activity}
                  </li>`,
              )}
            </ul>`
      }
    `;
  }

  #allItems(items: RoadmapItem[]) {
    return html`<div class="table-scroll" role="region" aria-label="Пункты дорожной карты" tabindex="0">
      <table class="items-table">
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Мероприятие</th>
            <th scope="col">Срок</th>
            <th scope="col">Ответственный</th>
            <th scope="col">Статус</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (item) =>
              html`<tr data-item=${item.id}>
                <td class="number">${item.number}</td>
                <td>${item.activity}</td>
                <td>${dueText(item)}</td>
                <td>${item.responsible ?? '—'}</td>
                <td class="roadmap-status" data-status=${item.status}>
                  ${ROADMAP_STATUS_LABELS[item.status]}${
                    item.completion ? html` (${formatDate(item.completion.completedOn)})` : nothing
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define('roadmap-panel', RoadmapPanel);
