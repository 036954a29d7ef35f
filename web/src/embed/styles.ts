import { css } from 'lit';

/**
 * The mentor list's look, all inside its shadow root (nothing leaks into the portal, nothing of the portal's CSS
 * leaks in but inherited text properties). The defaults meet WCAG 2.1 AA: body text 16:1, secondary text and the
 * accent over 7:1 on white, borders of fields 4.6:1; a portal that changes the custom properties (listed at the top
 * of mentor-list.ts) answers for its own contrast.
 */
export const mentorListStyles = css`
  :host {
    --_font: var(--mentor-list-font, inherit);
    --_text: var(--mentor-list-text, #1b1f24);
    --_muted: var(--mentor-list-muted, #4a5360);
    --_background: var(--mentor-list-background, #ffffff);
    --_surface: var(--mentor-list-surface, #f5f7f9);
    --_accent: var(--mentor-list-accent, #0a55a0);
    --_accent-text: var(--mentor-list-accent-text, #ffffff);
    --_border: var(--mentor-list-border, #6a737d);
    --_radius: var(--mentor-list-radius, 8px);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .choice,
  form {
    display: grid;
    gap: 0.75rem 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    align-items: end;
    margin: 0 0 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
  }
  input,
  select {
    width: 100%;
    padding: 0.5rem 0.75rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
  }
  input[aria-invalid='true'] {
    border: 2px solid #b3261e;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  button {
    padding: 0.5rem 1.25rem;
    cursor: pointer;
    border: 2px solid var(--_accent);
  }
  button.primary {
    color: var(--_accent-text);
    background: var(--_accent);
  }
  button.secondary {
    color: var(--_accent);
    background: var(--_background);
  }
  button:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .problem {
    grid-column: 1 / -1;
    margin: 0;
    color: #b3261e;
    font-weight: 600;
  }
  .status {
    margin: 0 0 1rem;
    font-weight: 600;
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    color: #6b1a14;
    background: #fdecea;
    border-left: 4px solid #b3261e;
    border-radius: var(--_radius);
  }
  .notice p {
    margin: 0;
  }
  .empty {
    color: var(--_muted);
  }
  ul.mentors {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  }
  article {
    height: 100%;
    padding: 1rem;
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .unnamed {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-style: italic;
  }
  .demo {
    display: inline-block;
    margin: 0 0 0.5rem;
    padding: 0 0.5rem;
    font-size: 0.875rem;
    color: #4d3800;
    background: #fff1c2;
    border-radius: var(--_radius);
  }
  .workplace {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
    font-size: 0.875rem;
    margin-top: 0.5rem;
  }
  dd {
    margin: 0;
  }
`;
