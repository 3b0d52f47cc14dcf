// The production server: SvelteKit's adapter-node handler (build/handler.js) on Node's HTTP server.
// `npm start`, the end-to-end tests, the benchmarks and the reliability test all serve through
// this file, so the tests see what a user gets.
//
// Why not adapter-node's own `node build`: with no ORIGIN it takes every request to be https, so
// Kit's CSRF check refuses the browser's `Origin: http://…` and no form post works on a laptop or
// from a tablet on the same network. Here, with neither ORIGIN nor PROTOCOL_HEADER set, each
// request carries the protocol of its own connection (origin.mjs); the check itself stays Kit's.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
	DIRECT_PROTOCOL_HEADER,
	isCrossSiteForm,
	originConfig,
	refusedFormPage,
	requestOrigin,
	serverUrls
} from './origin.mjs';
import { addSecurityHeaders } from './security-headers.mjs';

// Its policy, nosniff and DENY come from addSecurityHeaders, as on every response.
const REFUSAL_HEADERS = {
	'content-type': 'text/html; charset=utf-8',
	'cache-control': 'no-store'
};

/**
 * Starts SIAP on HOST:PORT (default 0.0.0.0:3000). Resolves with the addresses once it listens.
 * @param {{ quiet?: boolean }} [options]
 */
export async function serve(options = {}) {
	const config = originConfig(process.env);
	// adapter-node reads its settings when the handler is imported.
	if (config.direct) process.env.PROTOCOL_HEADER = DIRECT_PROTOCOL_HEADER;
	process.env.BODY_SIZE_LIMIT ||= '11M'; // evidence uploads are up to 10 MB
	const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);

	const server = createServer((req, res) => {
		// Static files and +server responses included; what the app sets itself is kept.
		addSecurityHeaders(req, res);
		// A direct connection is plain HTTP; whatever a client put in this header is overwritten.
		if (config.direct) req.headers[DIRECT_PROTOCOL_HEADER] = 'http';
		const origin = requestOrigin(req.headers, config);
		// Kit refuses a cross-site form post with one English line; a browser posting without
		// JavaScript gets an Indonesian page instead. With JavaScript (Accept: application/json)
		// Kit answers and the form shows the message (src/lib/client/enhance.ts).
		if (req.headers.accept !== 'application/json' && isCrossSiteForm(req, origin)) {
			req.resume();
			res.writeHead(403, REFUSAL_HEADERS).end(refusedFormPage(req.headers.origin, origin ?? ''));
			return;
		}
		handler(req, res, () => res.writeHead(404).end('Tidak ditemukan'));
	});
	for (const [name, key] of /** @type {const} */ ([
		['KEEP_ALIVE_TIMEOUT', 'keepAliveTimeout'],
		['HEADERS_TIMEOUT', 'headersTimeout']
	])) {
		const seconds = Number(process.env[name]);
		if (process.env[name] && seconds >= 0) server[key] = seconds * 1000;
	}

	const host = process.env.HOST || '0.0.0.0';
	const port = Number(process.env.PORT || 3000);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	stopGracefully(server);
	const urls = serverUrls(port, host);
	if (!options.quiet) console.log(`Listening on ${host}:${port}`);
	return { ...urls, origin: config.origin };
}

/**
 * Ctrl+C / SIGTERM: stop accepting, let requests in flight finish (SHUTDOWN_TIMEOUT seconds at
 * most, default 30), then tell the app (`sveltekit:shutdown`, as adapter-node does).
 * @param {import('node:http').Server} server
 */
function stopGracefully(server) {
	let stopping = false;
	const stop = (/** @type {string} */ reason) => {
		if (stopping) return;
		stopping = true;
		server.closeIdleConnections();
		server.close(() => {
			process.emit(/** @type {any} */ ('sveltekit:shutdown'), reason);
			process.exit(0);
		});
		const seconds = Number(process.env.SHUTDOWN_TIMEOUT || 30);
		setTimeout(() => server.closeAllConnections(), seconds * 1000).unref();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serve();
