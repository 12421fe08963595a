/** Characters that must not start a line in Chinese typesetting (标点挤压/避头): they hang at the end of the line before. */
const noLineStart = new Set([...'，。、；：！？）》」』】〕”’…—%,.;:!?)]}']);
/** Characters that must not end a line: they move to the next line with the character they open. */
const noLineEnd = new Set([...'（《「『【〔“‘([{']);

/**
 * Breaks text into lines no wider than `maxWidth`, measured by `widthOf` (the font's advance widths).
 * Chinese breaks between any two characters; a run of Latin letters or digits (a phone number, a hash, a word)
 * stays whole unless it alone is wider than a line. Punctuation follows the rules above. Newlines are kept.
 */
export function wrapText(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, widthOf));
}

function wrapParagraph(paragraph: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const units = splitUnits(paragraph).flatMap((unit) => (widthOf(unit) > maxWidth ? [...unit] : [unit]));
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + unit;
    if (line === '' || widthOf(candidate.trimEnd()) <= maxWidth || noLineStart.has(unit)) {
      line = candidate;
      continue;
    }
    // Carry an opening bracket or quote over to the new line with the word it opens.
    const last = [...line].at(-1) ?? '';
    const carried = noLineEnd.has(last) ? last : '';
    lines.push(line.slice(0, line.length - carried.length).trimEnd());
    line = (carried + unit).trimStart();
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Latin/digit runs (with their following space) as one unit, every other character alone. */
function splitUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9@._:/#?=&+-]+ ?|\s|[\s\S]/gu) ?? [];
}
