import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { loadPopup } from './load';
import { Popup } from './Popup';

// Ask before the first render: the answers are on their way while Preact draws the frame.
render(<Popup first={loadPopup(location.search)} />, document.getElementById('app')!);
