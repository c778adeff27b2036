/** The popup's view: main.tsx mounts it with the questions already asked. */
import { render } from 'preact';
import type { Loaded } from './load';
import { Popup } from './Popup';

/** @example mount(loadPopup(location.search), document.getElementById('app')!) */
export function mount(first: Promise<Loaded>, root: HTMLElement): void {
  render(<Popup first={first} />, root);
}
