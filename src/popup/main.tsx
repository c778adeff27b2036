/**
 * The popup's entry: as small as it can be, so the questions to the background and the tab go out
 * before anything else loads. The view (Preact, the rules, the note drafts) is fetched and parsed while
 * the answers are on their way, then renders with them.
 */
import '../ui/theme.css';
import './popup.css';
import { loadPopup } from './load';

const first = loadPopup(location.search);
void import('./mount').then(({ mount }) => mount(first, document.getElementById('app')!));
