/** The popup's view, loaded by main.tsx once its questions are out. */
import { render } from 'preact';
import type { Loaded } from './load';
import { Popup } from './Popup';

/** @example mount(loadPopup(location.search), document.getElementById('app')!) */
export function mount(first: Promise<Loaded>, root: HTMLElement): void {
  render(<Popup first={first} />, root);
}
