import { render } from 'preact';

render(<main>Connect Coach</main>, document.getElementById('app')!);
