/** The mini-program has no keyboard focus, and WeChat's screen reader knows its native buttons: nothing to add. */
export function enableKeyboardAccess(): void {}
