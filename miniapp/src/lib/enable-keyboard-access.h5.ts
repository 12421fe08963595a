/**
 * Makes the H5 portal usable without a finger (a keyboard, a switch, a screen reader), where Taro's markup
 * falls short:
 * - Taro's Button (under every NutUI Button) is a custom element with no button role and no keyboard focus:
 *   each one is marked as a button as it appears;
 * - Taro's page element scrolls, but a page of plain text (a service's description) has nothing to focus, so
 *   the page itself joins the keyboard order and scrolls with the arrow keys;
 * - Enter and Space press whatever has focus and acts as a button, choice or tick box (Tappable Views too),
 *   as they press a native button.
 */
export function enableKeyboardAccess(): void {
  const mark = () => {
    document.querySelectorAll('taro-button-core:not([role])').forEach((button) => {
      button.setAttribute('role', 'button')
      button.setAttribute('tabindex', '0')
    })
    document.querySelectorAll('.taro_page:not([tabindex])').forEach((page) => page.setAttribute('tabindex', '0'))
  }
  mark()
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true })
  document.addEventListener('keydown', (event) => {
    const target = event.target
    if (!(target instanceof HTMLElement) || target instanceof HTMLButtonElement || target instanceof HTMLInputElement) return
    if (!['button', 'radio', 'checkbox', 'switch'].includes(target.getAttribute('role') ?? '')) return
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    target.click()
  })
}
