import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return';

const ORIGIN = 'http://localhost:3000';

describe('safeReturnPath', () => {
	// What `url.searchParams.get('kembali')` hands over, i.e. after one round of decoding.
	it.each([
		['/panti', '/panti'],
		['/panti?x=1#y', '/panti?x=1#y'],
		['/penilaian/12/nilai?aspek=A', '/penilaian/12/nilai?aspek=A'],
		['/panti/../admin/pengguna', '/admin/pengguna'],
		['/rubrik?q=%2F%2Fevil', '/rubrik?q=%2F%2Fevil'] // slashes in the query are harmless
	])('keeps the same-origin path %j → %j', (input, expected) => {
		expect(safeReturnPath(input, ORIGIN)).toBe(expected);
	});

	it.each([
		['backslash after the slash (Chromium: //evil)', '/\\evil.example/phish'],
		['backslash, as decoded from %5C', decodeURIComponent('/%5Cevil.example/phish')],
		['tab, as decoded from %09', decodeURIComponent('/%09/evil.example')],
		['literal tab', '/\t/evil.example'],
		['newline', '/\n/evil.example'],
		['carriage return', '/\r/evil.example'],
		['NUL', '/\u0000/evil.example'],
		['space', '/ /evil.example'],
		['non-breaking space', '/\u00a0/evil.example'],
		['ideographic space', '/\u3000/evil.example'],
		['protocol-relative', '//evil.example'],
		['protocol-relative with path', '//evil.example/panti'],
		['absolute https', 'https://evil.example'],
		['absolute http to our host name', 'http://localhost:3000/panti'],
		['javascript: URL', 'javascript:alert(1)'],
		['data: URL', 'data:text/html,<script>alert(1)</script>'],
		['relative, no leading slash', 'evil.example'],
		['dot segment that normalises to //', '/.//evil.example'],
		['encoded dot segment that normalises to //', '/%2e//evil.example'],
		['encoded backslash still encoded once more', '/%5C%5Cevil.example'],
		['encoded tab still encoded once more', '/%09/evil.example'],
		['encoded slash making //', '/%2Fevil.example'],
		['malformed percent-encoding', '/%E0%A4%A'],
		['empty', ''],
		['too long', '/' + 'a'.repeat(2001)]
	])('refuses %s', (_label, input) => {
		expect(safeReturnPath(input, ORIGIN)).toBeNull();
	});

	it('refuses null and undefined', () => {
		expect(safeReturnPath(null, ORIGIN)).toBeNull();
		expect(safeReturnPath(undefined, ORIGIN)).toBeNull();
	});

	it('resolves against the request origin, whatever address the browser used', () => {
		expect(safeReturnPath('/panti?x=1', 'http://192.168.1.20:3000')).toBe('/panti?x=1');
		expect(safeReturnPath('/panti', 'https://siap.dinsos.example.go.id')).toBe('/panti');
	});
});
