import { describe, expect, it } from 'vitest';
import { sniffType } from './file-type';

const bytes = (...xs: (number | string)[]) =>
	new Uint8Array(
		xs.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x]))
	);

describe('sniffType', () => {
	it.each([
		['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
		['PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
		['WebP', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
		['PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
		['text renamed .jpg', bytes('ini bukan gambar'), null],
		['HTML', bytes('<html><script>'), null],
		['RIFF but WAV', bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '), null],
		['empty', bytes(), null]
	])('%s → %s', (_label, input, expected) => {
		expect(sniffType(input)).toBe(expected);
	});
});
