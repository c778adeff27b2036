/**
 * The options page's entry: as small as it can be, so the log is asked for before anything else loads;
 * the page's code (Preact, the sections, the rules) is fetched and parsed while the answer is on its way.
 */
import '../ui/theme.css';
import './options.css';
import { startReadingLog } from './readLog';

startReadingLog();
void import('./mount').then(({ mount }) => mount(document.getElementById('app')!));
