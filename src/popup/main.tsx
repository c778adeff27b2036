/**
 * The popup's entry. The whole page is one script (vite.config.ts PAGES): its questions to the
 * background and the tab go out as soon as it runs, and the view renders with their answers.
 */
import '../ui/theme.css';
import './popup.css';
import { loadPopup } from './load';
import { mount } from './mount';

mount(loadPopup(location.search), document.getElementById('app')!);
