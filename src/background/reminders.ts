/**
 * Reminders (alarms, notifications, badge) hook in here: the writer calls `onLogChanged()` after every write
 * that changed the log. A later step fills it in; until then it does nothing.
 */
export function onLogChanged(): void | Promise<void> {}
