import { html, LitElement } from 'lit';

/** Placeholder of the dashboard application; replaced by the dashboard's own components. */
class MentoringApp extends LitElement {
  override render() {
    return html`<main><h1>Региональный дашборд</h1></main>`;
  }
}
customElements.define('mentoring-app', MentoringApp);
