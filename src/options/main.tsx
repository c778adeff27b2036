import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { App } from './App';
import { StatusProvider } from './status';
import { startReadingLog } from './useLog';

startReadingLog();

render(
  <StatusProvider>
    <App />
  </StatusProvider>,
  document.getElementById('app')!,
);
