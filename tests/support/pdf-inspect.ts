/**
 * Test support (never imported by the app): reads PDFs the way a person would — the text of each
 * page (pdfjs-dist) and QR codes in the rendered pixels (pdfjs-dist on @napi-rs/canvas + jsQR).
 */
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function open(bytes: Uint8Array) {
	return getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
}

/** The text of every page, items joined by spaces. */
export async function pdfPages(bytes: Uint8Array): Promise<{ pages: string[]; info: unknown }> {
	const doc = await open(bytes);
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
	}
	const { info } = await doc.getMetadata();
	await doc.destroy();
	return { pages, info };
}

/** Renders page `n` and decodes the first QR code found on it, or null. */
export async function pdfQr(bytes: Uint8Array, n = 1, scale = 3): Promise<string | null> {
	const doc = await open(bytes);
	const page = await doc.getPage(n);
	const viewport = page.getViewport({ scale });
	const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
	const ctx = canvas.getContext('2d');
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	await page.render({
		canvas: canvas as unknown as HTMLCanvasElement,
		canvasContext: ctx as unknown as CanvasRenderingContext2D,
		viewport
	}).promise;
	const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
	await doc.destroy();
	return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
