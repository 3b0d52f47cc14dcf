// How the production server decides which origin a request belongs to, and what a refused
// cross-site form post looks like. Pure functions (no I/O): scripts/serve.mjs uses them and
// tests/unit/origin.test.ts checks them.
import { networkInterfaces } from 'node:os';

/** The header scripts/serve.mjs sets on every direct (proxy-less) request: the connection's own protocol. */
export const DIRECT_PROTOCOL_HEADER = 'x-siap-protocol';

// Kit refuses these content types from another origin (is_form_content_type in @sveltejs/kit).
const FORM_TYPES = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
]);
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * How origins are derived, from the environment:
 * - `ORIGIN` set: that origin, always (a fixed public URL);
 * - `PROTOCOL_HEADER` (and optionally `HOST_HEADER`, `PORT_HEADER`) set: a reverse proxy tells us;
 * - neither: "direct" — SIAP is reached without a proxy (`npm start` on a laptop, a tablet on the
 *   same network). Then the protocol is the connection's own (plain HTTP) and the host is the one
 *   the browser asked for. adapter-node alone would assume https here and refuse every form post.
 * @param {Record<string, string | undefined>} env
 */
export function originConfig(env) {
	const origin = env.ORIGIN ? new URL(env.ORIGIN).origin : null;
	const direct = !origin && !env.PROTOCOL_HEADER;
	return {
		origin,
		direct,
		protocolHeader: direct ? DIRECT_PROTOCOL_HEADER : (env.PROTOCOL_HEADER ?? '').toLowerCase(),
		hostHeader: (env.HOST_HEADER ?? '').toLowerCase(),
		portHeader: (env.PORT_HEADER ?? '').toLowerCase()
	};
}

/** @param {string | string[] | undefined} value */
const single = (value) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * The origin SvelteKit sees for a request (as adapter-node derives it), or null when the request
 * does not say enough (adapter-node answers those itself).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {ReturnType<typeof originConfig>} config
 */
export function requestOrigin(headers, config) {
	if (config.origin) return config.origin;
	const protocol = single(headers[config.protocolHeader]) ?? 'https';
	const host = (config.hostHeader && single(headers[config.hostHeader])) || single(headers.host);
	const port = config.portHeader ? single(headers[config.portHeader]) : undefined;
	if (!host || protocol.includes(':')) return null;
	try {
		return new URL(`${protocol}://${host}${port ? `:${port}` : ''}`).origin;
	} catch {
		return null;
	}
}

/**
 * True when SvelteKit's CSRF check will refuse this request: a form post from another origin.
 * @param {{ method?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @param {string | null} origin the request's own origin (requestOrigin)
 */
export function isCrossSiteForm(req, origin) {
	const type = (single(req.headers['content-type']) ?? '').split(';')[0]?.trim().toLowerCase();
	return (
		UNSAFE_METHODS.has(req.method ?? '') &&
		FORM_TYPES.has(type ?? '') &&
		origin !== null &&
		single(req.headers.origin) !== origin
	);
}

/** @param {string} s */
const escapeHtml = (s) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);

/**
 * The page a browser without JavaScript gets for a refused form post (Kit's own answer is one
 * English line). With JavaScript, the form shows the message itself (src/lib/client/enhance.ts).
 * @param {string | undefined} from the Origin header of the refused post
 * @param {string} origin the request's own origin
 */
export function refusedFormPage(from, origin) {
	const source = from ? `<code>${escapeHtml(from)}</code>` : 'halaman yang tidak dikenal';
	return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiriman formulir ditolak — SIAP</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}
h1{font-size:1.4rem}code{background:#f3f4f6;padding:0 .25rem;border-radius:.25rem}a{color:#075985}</style></head>
<body><main>
<h1>Kiriman formulir ditolak</h1>
<p>Demi keamanan, SIAP hanya menerima formulir yang dikirim dari halamannya sendiri. Formulir ini datang dari
${source}, sedangkan SIAP di sini beralamat <code>${escapeHtml(origin)}</code>. Tidak ada yang disimpan.</p>
<p><a href="/">Buka SIAP di alamat ini</a>, lalu kirim formulir lagi.</p>
<p>Untuk pengelola server: bila SIAP dijalankan di balik proxy HTTPS, atur <code>ORIGIN</code>
(mis. <code>ORIGIN=https://siap.contoh.go.id</code>) atau <code>PROTOCOL_HEADER</code> dan <code>HOST_HEADER</code>;
lihat README, bagian Konfigurasi.</p>
</main></body></html>`;
}

/**
 * The addresses to print on start: localhost, then this machine's IPv4 addresses on the local
 * network (what a tablet on the same Wi-Fi opens).
 * @param {number | string} port
 * @param {string} [host] the address the server listens on (HOST); all interfaces by default
 * @param {ReturnType<typeof networkInterfaces>} [interfaces]
 */
export function serverUrls(port, host = '0.0.0.0', interfaces = networkInterfaces()) {
	const local = `http://localhost:${port}`;
	if (host !== '0.0.0.0' && host !== '::') {
		const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
		return { local: loopback ? local : `http://${host}:${port}`, network: [] };
	}
	const network = Object.values(interfaces)
		.flat()
		.filter((i) => i && i.family === 'IPv4' && !i.internal)
		.map((i) => `http://${i?.address}:${port}`);
	return { local, network: [...new Set(network)] };
}
