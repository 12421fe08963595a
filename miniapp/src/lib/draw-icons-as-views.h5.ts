/** Browsers draw NutUI's `<i>` icons as they are (the mini-program's version, draw-icons-as-views.ts, cannot). */
export function drawIconsAsViews(): void {}
