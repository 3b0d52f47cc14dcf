/**
 * The one module that renders PDFs. Fonts (Roboto, Apache-2.0, shipped inside pdfmake) are
 * embedded; no document may fetch a URL or read a file outside the font folder, and no text may
 * carry a hidden control or bidi override character, whatever its definition says.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { stripHidden } from '$lib/domain/input/plain-text';

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

/**
 * Every string of a definition without hidden characters, including what its functions (running
 * header and footer) return. Input is cleaned at the boundary now, but a finalized
 * assessment's snapshot is immutable: a name stored with U+202E before that would otherwise be
 * printed reversed on its certificate for good. Buffers and other class instances pass as they are.
 */
function withoutHidden<T>(node: T): T {
	if (typeof node === 'string') return stripHidden(node) as T;
	if (Array.isArray(node)) return node.map(withoutHidden) as T;
	if (typeof node === 'function')
		return ((...args: unknown[]) => {
			const out: unknown = Reflect.apply(node, undefined, args);
			return withoutHidden(out);
		}) as T;
	if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype)
		return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutHidden(v)])) as T;
	return node;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
	configure();
	return pdfmake.createPdf(withoutHidden(doc)).getBuffer();
}
