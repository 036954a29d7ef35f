import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { GraphQLProblem } from '../../shared/graphql.ts';
import { describeMissingParts } from '../missing-parts.ts';
import { LightElement } from './light-element.ts';

/** What a partial answer lacks, in words, announced politely (role="status"); nothing when the answer is whole. */
export class MissingNotice extends LightElement {
  @property({ attribute: false }) problems: readonly GraphQLProblem[] = [];

  protected override render() {
    const lines = describeMissingParts(this.problems);
    if (lines.length === 0) return nothing;
    return html`<div class="notice" role="status">
      <p class="notice-title">Показано не всё:</p>
      <ul>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }
}
customElements.define('missing-notice', MissingNotice);
