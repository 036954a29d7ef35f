import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate } from '../../shared/format.ts';
import type { IndicatorValue, MonitoringCampaign } from '../model.ts';
import { countText, factText } from './indicator-cards.ts';
import { LightElement } from './light-element.ts';
import { syntheticMark } from './marks.ts';

const STATUS_LABELS: Record<MonitoringCampaign['status'], string> = {
  DRAFT: 'черновик',
  OPEN: 'идёт сбор',
  CLOSED: 'завершён',
};

/**
 * The region's monitoring campaigns (мониторинги) with their completion: for a campaign that counts an indicator
 * (its participation indicator), the share of targeted organizations that sent their form, as that indicator's value.
 */
export class CampaignPanel extends LightElement {
  @property({ attribute: false }) campaigns: readonly MonitoringCampaign[] = [];
  @property({ attribute: false }) values: readonly IndicatorValue[] = [];

  protected override render() {
    if (this.campaigns.length === 0) return html`<p class="empty">Мониторингов нет.</p>`;
    return html`<ul class="campaigns">
      ${this.campaigns.map((campaign) => this.#campaign(campaign))}
    </ul>`;
  }

  #campaign(campaign: MonitoringCampaign) {
    const code = campaign.participationIndicator?.code;
    const completion = code ? this.values.find((value) => value.indicator.code === code) : undefined;
    const count = completion ? countText(completion) : null;
    return html`<li data-campaign=${campaign.id}>
      <p class="campaign-title">${campaign.title} ${syntheticMark(campaign.dataOrigin)}</p>
      <p class="campaign-dates">
        ${STATUS_LABELS[campaign.status]}; сбор с ${formatDate(campaign.opensOn)}, срок для организаций
        ${formatDate(campaign.organizationDeadline)}
      </p>
      ${
        completion
          ? html`<p class="campaign-completion">
              Отправили форму: <strong>${factText(completion)}</strong>${count ? ` (${count})` : nothing}
            </p>`
          : html`<p class="campaign-completion">Охват не считается показателем.</p>`
      }
    </li>`;
  }
}
customElements.define('campaign-panel', CampaignPanel);
