import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface PdfFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

const require = createRequire(import.meta.url);
// Noto Sans SC (SIL Open Font License 1.1) as static TrueType files, shipped by the npm package
// @expo-google-fonts/noto-sans-sc, so the PDF never depends on fonts installed on the machine.
const fontPackage = '@expo-google-fonts/noto-sans-sc';
const regularPath = `${fontPackage}/400Regular/NotoSansSC_400Regular.ttf`;
const boldPath = `${fontPackage}/700Bold/NotoSansSC_700Bold.ttf`;

let loading: Promise<PdfFontFiles> | undefined;

/** The CJK font files (about 10 MB each), read once per process; each PDF embeds only the glyphs it uses. */
export function loadPdfFonts(): Promise<PdfFontFiles> {
  loading ??= Promise.all([readFile(require.resolve(regularPath)), readFile(require.resolve(boldPath))]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
