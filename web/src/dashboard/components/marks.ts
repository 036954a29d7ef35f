import { html, nothing, type TemplateResult } from 'lit';
import { STATUS_LABELS, type DataOrigin, type PlanStatus } from '../model.ts';

/** Demo data is marked wherever it shows: the record's own dataOrigin, SYNTHETIC, in words and as the code. */
export function syntheticMark(origin: DataOrigin | null | undefined): TemplateResult | typeof nothing {
  if (origin !== 'SYNTHETIC') return nothing;
  return html`<span class="badge synthetic" title="Синтетические демонстрационные данные, не факты"
    >демо-данные · SYNTHETIC</span
  >`;
}

/** Plan against fact as a coloured badge that also says it in words: colour is never the only signal. */
export function statusBadge(status: PlanStatus): TemplateResult {
  return html`<span class="status status-${status.toLowerCase().replace('_', '-')}">${STATUS_LABELS[status]}</span>`;
}
