/**
 * The page report bundle, injected by the background only when the popup asks for a page report
 * (`tab/report`): it leaves `globalThis.connectCoachReport` in the tab's isolated world, which the
 * background then calls for the report's text.
 *
 * Placeholder until `pageReport` (src/linkedin/report.ts, branch `linkedin`) lands: it answers a
 * sentence saying the report is not available yet, never a made-up report.
 */

globalThis.connectCoachReport = () =>
  'Connect Coach’s page report is not available in this version yet (error: no page reader).';
