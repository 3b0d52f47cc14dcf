// Playwright's web server: a throwaway database seeded with the demo world, then the production build.
import { rmSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { bin, run } from './deps.mjs';

const dir = 'test-results/e2e-db';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const env = { DATABASE_PATH: `${dir}/siap.db` };
// Generates .svelte-kit/tsconfig.json, through which tsx resolves `$lib` in setup-db.
run(bin('svelte-kit'), ['sync']);
run(bin('tsx'), ['scripts/setup-db.ts'], env);
const server = spawn(process.execPath, ['build'], {
	stdio: 'inherit',
	env: {
		BODY_SIZE_LIMIT: '11M',
		...process.env,
		...env,
		PORT: process.env.PORT || '4173',
		ORIGIN: `http://localhost:${process.env.PORT || '4173'}`
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
