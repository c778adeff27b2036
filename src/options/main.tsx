/**
 * The options page's entry. The whole page is one script (vite.config.ts PAGES): the log is asked for
 * as soon as it runs, and the page renders while the answer is on its way.
 */
import '../ui/theme.css';
import './options.css';
import { mount } from './mount';
import { startReadingLog } from './readLog';

startReadingLog();
mount(document.getElementById('app')!);
