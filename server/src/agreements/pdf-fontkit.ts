import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * pdf-lib's own fork (@pdf-lib/fontkit 1.1) corrupts TrueType subsets of large CJK fonts (short `loca` without
 * padding: most characters come out blank, while the text layer looks fine), fixed upstream in fontkit ≥ 1.8.
 * Upstream fontkit 2 only renamed the subset's `encodeStream()` to `encode()`; this adapter gives pdf-lib the old
 * name so `embedFont(bytes, { subset: true })` can use the maintained engine.
 */
export const pdfFontkit: Fontkit = {
  create(bytes: Uint8Array) {
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!('createSubset' in font)) throw new Error('Expected a single font, got a font collection');
    const createSubset = font.createSubset.bind(font);
    return Object.assign(Object.create(font) as typeof font, {
      createSubset() {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: () => encodedStream(subset.encode()) });
      },
    }) as unknown as ReturnType<Fontkit['create']>;
  },
};

/** The minimal event stream pdf-lib's subset embedder listens to ('data', 'end'). */
function encodedStream(bytes: Uint8Array) {
  const stream = {
    on(event: string, listener: (value?: Uint8Array) => void) {
      if (event === 'data') queueMicrotask(() => listener(bytes));
      if (event === 'end') queueMicrotask(() => queueMicrotask(() => listener()));
      return stream;
    },
  };
  return stream;
}
