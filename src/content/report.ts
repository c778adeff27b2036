/**
 * The page report bundle, injected by the background only when the popup asks for a page report
 * (`tab/report`): it leaves `globalThis.connectCoachReport` in the tab's isolated world, which the
 * background then calls for the report's text (src/linkedin/report.ts: the page's structure with the
 * personal text masked).
 */
import { pageReport } from '../linkedin/report';

globalThis.connectCoachReport = () => pageReport(document);
