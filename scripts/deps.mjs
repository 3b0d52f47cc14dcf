// Shared by `npm start` and `npm test`: only Node built-ins, because it runs before any install.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function checkNode() {
	const [major, minor] = process.versions.node.split('.').map(Number);
	if (major < 20 || (major === 20 && minor < 19)) {
		console.error(
			`SIAP butuh Node.js 20.19 atau lebih baru (terpasang: ${process.versions.node}).`
		);
		process.exit(1);
	}
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
	checkNode();
	const marker = 'node_modules/.package-lock.json';
	const stale =
		!existsSync(marker) ||
		(existsSync('package-lock.json') &&
			statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) ||
		statSync(marker).mtimeMs < statSync('package.json').mtimeMs;
	if (!stale) return;
	console.log('› Memasang dependensi (npm install)…');
	// `npm install` follows the lockfile. `npm ci` is avoided: npm 11 rejects lockfiles that omit
	// other platforms' optional packages (e.g. @rollup/rollup-android-*), even freshly made ones.
	run('npm', ['install', '--no-audit', '--no-fund']);
}

/** Runs a command with inherited output; exits with its code when it fails. */
export function run(cmd, args, env = {}) {
	const started = Date.now();
	const result = spawnSync(cmd, args, {
		stdio: 'inherit',
		env: { ...process.env, ...env },
		shell: process.platform === 'win32'
	});
	if (result.status !== 0) {
		console.error(`✗ ${cmd} ${args.join(' ')} gagal (kode ${result.status ?? result.signal}).`);
		process.exit(result.status ?? 1);
	}
	return (Date.now() - started) / 1000;
}

export const bin = (name) => `node_modules/.bin/${name}`;
