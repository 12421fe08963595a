/**
 * Takes away the first screen index.html showed before the app had loaded (`config/first-screen.ts`), once a page
 * has drawn its own content. It lies over the page, so taking it away moves nothing.
 */
export function removeFirstScreen(): void {
  document.getElementById('first-screen')?.remove()
}
