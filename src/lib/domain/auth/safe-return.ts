/**
 * Where to go after signing in (`/login?kembali=…`): only a path on this site.
 *
 * A prefix test is not enough. Browsers read `\` as `/` and drop tabs and newlines from URLs, so
 * `/\evil.example` or `/<TAB>/evil.example` become `//evil.example`, another site. And dot
 * segments normalise away: `/.//evil.example` is the path `//evil.example`, which a browser again
 * reads as another site. So the value is refused outright when it holds a backslash, a control
 * character or whitespace (also once percent-decoded), then resolved with the URL parser the
 * browser will use, and kept only when it stays on our origin and its path is not
 * protocol-relative.
 */

/** True when `s` holds a backslash, a C0/C1 control character or any Unicode whitespace. */
function hasForbidden(s: string): boolean {
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || ch === '\\' || /\s/u.test(ch)) return true;
	}
	return false;
}

/**
 * The same-origin path (pathname + search + hash) that `value` points to, or null when it would
 * leave the site or is malformed. `origin` is the request's origin (`url.origin`).
 *
 * @example
 * safeReturnPath('/panti?x=1#y', 'http://localhost:3000') === '/panti?x=1#y'
 * safeReturnPath('/\\evil.example/phish', 'http://localhost:3000') === null
 * safeReturnPath('//evil.example', 'http://localhost:3000') === null
 */
export function safeReturnPath(value: string | null | undefined, origin: string): string | null {
	if (!value || value.length > 2000) return null;
	if (!value.startsWith('/') || value.startsWith('//')) return null;
	if (hasForbidden(value)) return null;
	let decoded: string;
	try {
		decoded = decodeURIComponent(value);
	} catch {
		return null; // malformed percent-encoding
	}
	if (hasForbidden(decoded) || decoded.startsWith('//')) return null;
	let base: URL;
	let target: URL;
	try {
		base = new URL(origin);
		target = new URL(value, base);
	} catch {
		return null;
	}
	if (target.origin !== base.origin) return null;
	if (target.pathname.startsWith('//')) return null;
	return target.pathname + target.search + target.hash;
}
