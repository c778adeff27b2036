/** The shared pieces of the popup and the options page. Import `./theme.css` once per page for their look. */
export { type ControlProps, Field, type FieldProps } from './Field';
export * from './format';
export { NoteEditor, type NoteEditorProps, noteBlocked } from './NoteEditor';
export { Reasons, type ReasonsProps } from './Reasons';
export { VerdictCard, type VerdictCardProps } from './VerdictCard';
export { timelinePoints, WindowTimeline, type WindowTimelineProps } from './WindowTimeline';
export * from './words';
