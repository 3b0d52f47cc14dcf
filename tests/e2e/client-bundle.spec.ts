/**
 * No secrets in the client bundle (issue 7): everything the browser can download from the
 * production build is searched for server-only code and secret values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';

const CLIENT = 'build/client';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** Markers of server-only code: the database driver and schema, hashing, env access, key material. */
const SERVER_ONLY = [
	'better-sqlite3',
	'drizzle-orm',
	'sqliteTable',
	'password_hash',
	'passwordHash',
	'scrypt',
	'createHash',
	'token_hash',
	'DATABASE_PATH',
	'process.env',
	'node:fs',
	'BEGIN PRIVATE KEY',
	'BEGIN RSA PRIVATE KEY'
];

test('the browser bundle holds no server code, no passwords, no environment secrets', async () => {
	const shipped = files(CLIENT).filter((f) => /\.(js|css|json|html|svg)$/.test(f));
	expect(shipped.length).toBeGreaterThan(20);
	expect(files(CLIENT).filter((f) => f.endsWith('.map'))).toEqual([]);
	// Secret-looking variables of this environment, whatever they are called here.
	// Labelled by name, so a failure never prints the secret itself.
	const needles: [label: string, value: string][] = [
		...SERVER_ONLY.map((m): [string, string] => [m, m]),
		['the demo password', DEMO_PASSWORD],
		...Object.entries(process.env)
			.filter(([k, v]) => /SECRET|TOKEN|PASSWORD|PRIVATE|_KEY$/i.test(k) && v && v.length >= 8)
			.map(([k, v]): [string, string] => [`$${k}`, v!])
	];
	const found: string[] = [];
	for (const file of shipped) {
		const text = readFileSync(file, 'utf8');
		for (const [label, value] of needles) if (text.includes(value)) found.push(`${file}: ${label}`);
	}
	console.log(`client bundle: ${shipped.length} files searched for ${needles.length} markers`);
	expect(found).toEqual([]);
});
