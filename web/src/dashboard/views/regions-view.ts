import regionsOperation from '@operations/regions.graphql';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { performanceMarkReady } from './ready.ts';
import { runOperation, SessionExpiredError, type Connection } from '../api.ts';
import { LightElement } from '../components/light-element.ts';
import { hrefOf } from '../routes.ts';
import { sessionExpired } from './view-base.ts';

interface RegionsAnswer {
  regions: { edges: { node: { code: string; name: string } }[] } | null;
}

/** A nation-wide analyst's start: the regions to choose from. */
export class RegionsView extends LightElement {
  @property({ attribute: false }) connection!: Connection;
  @state() private regions: { code: string; name: string }[] | null = null;
  @state() private failure = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const answer = await runOperation<RegionsAnswer>(this.connection, regionsOperation, {});
      this.regions = answer.data?.regions?.edges.map((edge) => edge.node) ?? [];
      await this.updateComplete;
      performanceMarkReady(this.localName);
    } catch (error) {
      if (error instanceof SessionExpiredError) sessionExpired(this, error.message);
      else this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  protected override render() {
    if (this.failure) return html`<p class="failure" role="alert">Регионы не загружены: ${this.failure}</p>`;
    if (!this.regions) return html`<p class="loading" role="status">Загрузка данных…</p>`;
    return html`<h1>Регионы</h1>
      <ul class="region-list">
        ${this.regions.map(
          (region) =>
            html`<li>
              <a href=${hrefOf({ view: 'region', regionCode: region.code })}>${region.name}</a> (${region.code})
            </li>`,
        )}
      </ul>`;
  }
}
customElements.define('regions-view', RegionsView);
