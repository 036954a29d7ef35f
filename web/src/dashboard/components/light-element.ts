import { LitElement } from 'lit';

/**
 * The dashboard's components render into the light DOM: one stylesheet (dashboard.css, with its print and narrow-screen
 * rules) reaches every element, and the page's headings, landmarks and labels form one document for assistive
 * technology and for axe.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
