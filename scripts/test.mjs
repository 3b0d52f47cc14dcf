// `npm test`: install if needed → type-check → lint → unit/integration → e2e in Chromium against the
// app started the way `npm start` starts it (scripts/e2e-server.mjs: migrate, seed, build, serve).
import { existsSync } from 'node:fs';
import { bin, ensureDependencies, run } from './deps.mjs';

ensureDependencies();
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
	console.error(`Chromium tidak ditemukan di ${chromium}.
Pasang Chromium dari Debian:  sudo apt-get update && sudo apt-get install -y chromium
atau tunjuk ke Chromium lain:  CHROMIUM_PATH=/jalur/ke/chromium npm test`);
	process.exit(1);
}

const times = {};
times['svelte-kit sync'] = run(bin('svelte-kit'), ['sync']);
times['svelte-check'] = run(bin('svelte-check'), [
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings',
	'--output',
	'human'
]);
times['eslint'] = run(bin('eslint'), ['.', '--max-warnings', '0']);
times['vitest'] = run(bin('vitest'), ['run']);
times['playwright'] = run(bin('playwright'), ['test'], { CHROMIUM_PATH: chromium });

console.log('\nSemua pemeriksaan lulus:');
for (const [step, s] of Object.entries(times))
	console.log(`  ${step.padEnd(16)} ${s.toFixed(1)} s`);
