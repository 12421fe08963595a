import axe from 'axe-core';
import type { Page } from 'playwright-core';

export type TextSize = 'standard' | 'large';

export interface PageAudit {
  /** axe-core rules broken with impact serious or critical: `rule (impact): first element`. */
  violations: string[];
  /** Visible text with English words, internal codes or leaked values. */
  foreignTexts: string[];
  /** Visible text under 18 CSS px on screen (large mode only). */
  smallTexts: string[];
  /** Tap targets under 60×60 (large) or 44×44 (standard) on screen. */
  smallTargets: string[];
  /** Tapped elements a screen reader would not call a button (or a link, a tick box, a choice). */
  tapsWithoutRole: string[];
  /** Toasts, dialogs and pop-ups on show. */
  popUps: string[];
}

/**
 * MIIT's elderly-friendly rules as the browser measures them: text ≥ 18 pt equivalent (18 CSS px) and targets
 * ≥ 60×60 in large mode; WCAG 2.5.5's 44×44 otherwise.
 */
const minimumTarget: Record<TextSize, number> = { standard: 44, large: 60 };
const minimumLargeText = 18;

/**
 * Elements whose text is a code to compare or copy rather than read: a care agreement's verification code and
 * hash, as printed on the paper copy, and the invitation link the parent copies into a chat.
 */
const codeReadOffPaper = ['#verify-code', '#verify-hash', '#invite-link'];

/**
 * Checks the page now on show: axe-core, the words, the sizes of text and tap targets, and pop-ups.
 * axe-core is injected once per document; Taro's hash routes keep the document, so later pages reuse it.
 */
export async function auditPage(page: Page, mode: TextSize): Promise<PageAudit> {
  // Evaluated through DevTools rather than added as an inline <script>, which the portal's CSP refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const violations = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  const measured = await page.evaluate(measureInPage, { minTarget: minimumTarget[mode], minText: mode === 'large' ? minimumLargeText : 0, exempt: codeReadOffPaper });
  return { violations, ...measured };
}

// Runs inside the page: no imports, no closures over this module.
function measureInPage({ minTarget, minText, exempt }: { minTarget: number; minText: number; exempt: string[] }) {
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const zoomOf = (element: Element) => (element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  const describe = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
    return `${element.tagName.toLowerCase()}${id}${classes}`;
  };
  const foreign = /[A-Z][A-Z_]{2,}|undefined|null|NaN|Error|Invalid|[A-Za-z]{2,}/;

  const texts: { text: string; element: Element }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent?.trim();
    if (!text || !element || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(element.tagName) || !shown(element)) continue;
    texts.push({ text, element });
  }
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
    if (!field.value && field.placeholder.trim() && shown(field)) texts.push({ text: field.placeholder.trim(), element: field });
  }
  const foreignTexts = texts
    .filter(({ text, element }) => foreign.test(text) && !exempt.some((selector) => element.closest(selector)))
    .map(({ text, element }) => `${describe(element)} "${text.slice(0, 40)}"`);
  const smallTexts = texts
    .map(({ text, element }) => ({ text, element, size: parseFloat(getComputedStyle(element).fontSize) * zoomOf(element) }))
    .filter(({ size }) => size < minText - 0.01)
    .map(({ text, element, size }) => `${describe(element)} ${size.toFixed(1)}px "${text.slice(0, 20)}"`);

  // React keeps each element's props on it: an onClick there makes a View as tappable as a button.
  const hasClickHandler = (element: Element) =>
    Object.keys(element).some((key) => key.startsWith('__reactProps$') && typeof (element as unknown as Record<string, { onClick?: unknown }>)[key]?.onClick === 'function');
  const tappable = 'button, a[href], input:not([type=hidden]), textarea, select, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab], .nut-button';
  const targets = new Set<Element>([...document.querySelectorAll(tappable)]);
  // A picture hidden from screen readers inside a card is not a target of its own (NutUI's icons carry an empty onClick).
  for (const element of document.body.querySelectorAll('*')) if (hasClickHandler(element) && !element.closest('[aria-hidden="true"]')) targets.add(element);
  const shownTargets = [...targets].filter(shown);
  const tapsWithoutRole = shownTargets
    .filter((element) => !element.matches('button, a[href], input, textarea, select, label, .nut-button') && !element.getAttribute('role'))
    .map(describe);
  const smallTargets = shownTargets
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width < minTarget - 0.5 || box.height < minTarget - 0.5)
    .map(({ element, box }) => `${describe(element)} ${Math.round(box.width)}×${Math.round(box.height)} "${(element.textContent ?? '').trim().slice(0, 12)}"`);

  const popUps = [...document.querySelectorAll('.nut-toast, .nut-dialog, .nut-popup, .nut-actionsheet, .taro__toast, .taro__modal, .taro__actionSheet')]
    .filter(shown)
    .map(describe);
  return { foreignTexts, smallTexts, smallTargets, tapsWithoutRole, popUps };
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
