// Baseline security headers on every response of the production server (scripts/serve.mjs).
// adapter-node serves build/client (favicon, /_app/immutable/*, the service worker) through sirv,
// which sets none of them, and Kit writes a Content-Security-Policy for pages only, so a JSON error
// of a +server endpoint had none. A header the app set itself always wins: pages keep Kit's
// per-request nonce policy, evidence files their sandbox, the refusal page its own.

/** Set on every response that lacks them. */
export const BASELINE_HEADERS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin'
};

/** No policy of its own and not a page: nothing may load, run or frame it. */
export const LOCKED_CSP = "default-src 'none'; frame-ancestors 'none'";
/** An HTML response without the app's policy (Kit's fallback error page): its inline styles only. */
export const PLAIN_HTML_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
/** The service worker's own script: this policy governs the worker's fetches, which go to SIAP. */
export const WORKER_CSP = "default-src 'self'; frame-ancestors 'none'";

/**
 * The headers a response lacks, given its path, which headers it has and its content type.
 * @param {string} path the request path, without the query
 * @param {(name: string) => boolean} has whether the response already has this (lower-case) header
 * @param {string} contentType
 * @returns {Record<string, string>}
 */
export function missingSecurityHeaders(path, has, contentType) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const [name, value] of Object.entries(BASELINE_HEADERS)) if (!has(name)) out[name] = value;
	if (!has('content-security-policy'))
		out['content-security-policy'] =
			path === '/service-worker.js'
				? WORKER_CSP
				: /^\s*text\/html\b/i.test(contentType)
					? PLAIN_HTML_CSP
					: LOCKED_CSP;
	return out;
}

/**
 * Header names and the content type in the headers argument of `res.writeHead`: an object, a flat
 * `[name, value, …]` list or a list of pairs.
 * @param {unknown} headers
 */
function passedHeaders(headers) {
	/** @type {[string, unknown][]} */
	let pairs = [];
	if (Array.isArray(headers))
		pairs = Array.isArray(headers[0])
			? headers.map((p) => [String(p[0]), p[1]])
			: headers.flatMap((v, i) => (i % 2 === 0 ? [[String(v), headers[i + 1]]] : []));
	else if (headers && typeof headers === 'object') pairs = Object.entries(headers);
	const names = new Set(pairs.map(([k]) => k.toLowerCase()));
	const type = pairs.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
	return { names, type: type === undefined ? undefined : String(type) };
}

/**
 * Makes `res` add the headers it lacks at the moment they are sent, whoever sends them: sirv and
 * Kit call `writeHead(status, headers)`, and a bare `res.end()` calls `this.writeHead` too.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function addSecurityHeaders(req, res) {
	const path = (req.url ?? '/').split('?')[0] ?? '/';
	const writeHead = res.writeHead;
	/** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
		if (res.headersSent) return writeHead.apply(res, /** @type {any} */ (args)); // Node's own error
		const passed = passedHeaders(typeof args[1] === 'string' ? args[2] : args[1]);
		const has = (/** @type {string} */ name) => res.hasHeader(name) || passed.names.has(name);
		const type = passed.type ?? String(res.getHeader('content-type') ?? '');
		for (const [name, value] of Object.entries(missingSecurityHeaders(path, has, type)))
			res.setHeader(name, value);
		return writeHead.apply(res, /** @type {any} */ (args));
	};
}
