/**
 * The one module that renders PDFs. Fonts (Roboto, Apache-2.0, shipped inside pdfmake) are
 * embedded; no document may fetch a URL or read a file outside the font folder, whatever its
 * definition says.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

let configured = false;

function configure(): void {
	if (configured) return;
	pdfmake.setFonts({
		Roboto: {
			normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
			bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
			italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
			bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf')
		}
	});
	// Reports are built from our own data only: a URL in a definition is a bug or an attack.
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONT_DIR));
	configured = true;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
	configure();
	return pdfmake.createPdf(doc).getBuffer();
}
