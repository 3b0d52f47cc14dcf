import { describe, expect, it } from 'vitest';
import {
	DIRECT_PROTOCOL_HEADER,
	isCrossSiteForm,
	originConfig,
	refusedFormPage,
	requestOrigin,
	serverUrls
} from '../../scripts/origin.mjs';

const form = 'application/x-www-form-urlencoded';

describe('the origin a request belongs to', () => {
	it.each([
		// [environment, request headers, origin Kit will compare the Origin header with]
		[{}, { host: 'localhost:3000', [DIRECT_PROTOCOL_HEADER]: 'http' }, 'http://localhost:3000'],
		[
			{},
			{ host: '192.168.1.20:3000', [DIRECT_PROTOCOL_HEADER]: 'http' },
			'http://192.168.1.20:3000'
		],
		[
			{ ORIGIN: 'https://siap.contoh.go.id/' },
			{ host: '10.0.0.5:3000' },
			'https://siap.contoh.go.id'
		],
		[
			{ PROTOCOL_HEADER: 'X-Forwarded-Proto', HOST_HEADER: 'X-Forwarded-Host' },
			{ host: '127.0.0.1:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'siap.go.id' },
			'https://siap.go.id'
		],
		// A proxy configured but silent: adapter-node assumes https, and so do we.
		[{ PROTOCOL_HEADER: 'x-forwarded-proto' }, { host: 'siap.go.id' }, 'https://siap.go.id'],
		// Default ports vanish from an origin, as in the browser's Origin header.
		[{}, { host: 'siap.lan:80', [DIRECT_PROTOCOL_HEADER]: 'http' }, 'http://siap.lan']
	])('%j + %j → %s', (env, headers, expected) => {
		expect(requestOrigin(headers, originConfig(env))).toBe(expected);
	});

	it('is direct (the connection says http) only when neither ORIGIN nor PROTOCOL_HEADER is set', () => {
		expect(originConfig({}).direct).toBe(true);
		expect(originConfig({ ORIGIN: 'https://a.example' }).direct).toBe(false);
		expect(originConfig({ PROTOCOL_HEADER: 'x-forwarded-proto' }).direct).toBe(false);
	});

	it('has no origin without a host, or with a protocol header that smuggles a host', () => {
		const config = originConfig({ PROTOCOL_HEADER: 'x-forwarded-proto' });
		expect(requestOrigin({}, config)).toBeNull();
		expect(requestOrigin({ host: 'a', 'x-forwarded-proto': 'http://evil' }, config)).toBeNull();
	});
});

describe('a cross-site form post (what Kit refuses)', () => {
	const origin = 'http://localhost:3000';
	it.each([
		['POST', form, 'http://localhost:3000', false],
		['POST', form, 'http://evil.example', true],
		['POST', 'multipart/form-data; boundary=x', 'http://evil.example', true],
		['POST', 'text/plain;charset=UTF-8', undefined, true],
		['POST', 'application/json', 'http://evil.example', false],
		['GET', form, 'http://evil.example', false],
		['DELETE', form, 'http://evil.example', true]
	])('%s %s from %s → refused: %s', (method, type, from, refused) => {
		const headers = { 'content-type': type, ...(from ? { origin: from } : {}) };
		expect(isCrossSiteForm({ method, headers }, origin)).toBe(refused);
	});

	it('gets a page that says what happened and what to do, with the sender escaped', () => {
		const page = refusedFormPage('http://"><script>x</script>', 'http://localhost:3000');
		expect(page).toContain('Kiriman formulir ditolak');
		expect(page).toContain('ORIGIN');
		expect(page).not.toContain('<script>');
	});
});

describe('the addresses npm start prints', () => {
	const interfaces = {
		lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
		wlan0: [
			{ address: '192.168.1.20', family: 'IPv4', internal: false },
			{ address: 'fe80::1', family: 'IPv6', internal: false }
		],
		eth0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }]
	} as unknown as Parameters<typeof serverUrls>[2];

	it('lists localhost and every IPv4 address a tablet on the network can open', () => {
		expect(serverUrls(3000, undefined, interfaces)).toEqual({
			local: 'http://localhost:3000',
			network: ['http://192.168.1.20:3000', 'http://10.0.0.7:3000']
		});
	});

	it('lists no network address when the server listens on loopback only', () => {
		expect(serverUrls(3000, '127.0.0.1', interfaces)).toEqual({
			local: 'http://localhost:3000',
			network: []
		});
	});
});
