import { html, LitElement } from 'lit';

/** Placeholder of the embeddable mentor list; replaced by the embed's own element. */
class MentorList extends LitElement {
  override render() {
    return html`<p>Наставники</p>`;
  }
}
customElements.define('mentor-list', MentorList);
