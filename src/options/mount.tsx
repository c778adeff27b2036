/** The options page's view: main.tsx mounts it with the log already asked for. */
import { render } from 'preact';
import { App } from './App';
import { StatusProvider } from './status';

/** @example mount(document.getElementById('app')!) */
export function mount(root: HTMLElement): void {
  render(
    <StatusProvider>
      <App />
    </StatusProvider>,
    root,
  );
}
