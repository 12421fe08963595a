/** The mini-program has no index.html and so no first screen to take away (see `remove-first-screen.h5.ts`). */
export function removeFirstScreen(): void {}
