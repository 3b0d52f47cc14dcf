// `npm start`: install if needed → migrate (+ demo seed on first run) → build → serve.
import { spawn } from 'node:child_process';
import { bin, ensureDependencies, run } from './deps.mjs';

ensureDependencies();
const port = process.env.PORT || '3000';
const databasePath = process.env.DATABASE_PATH || 'data/siap.db';
const env = { DATABASE_PATH: databasePath };

// Generates .svelte-kit/tsconfig.json, through which tsx resolves `$lib` in setup-db.
run(bin('svelte-kit'), ['sync']);
run(bin('tsx'), ['scripts/setup-db.ts'], env);
console.log('› Membangun aplikasi…');
run(bin('vite'), ['build', '--logLevel', 'warn']);

const { DEMO_PASSWORD, DEMO_USERS } = await import('./demo-accounts.mjs');
const url = process.env.ORIGIN || `http://localhost:${port}`;
console.log(`
SIAP berjalan di ${url}
Basis data: ${databasePath}

Akun demo (kata sandi untuk semua: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `  ${u.username.padEnd(20)} ${u.label}`).join('\n')}

Tekan Ctrl+C untuk berhenti.
`);

const server = spawn(process.execPath, ['build'], {
	stdio: 'inherit',
	env: {
		// Evidence uploads are up to 10 MB; adapter-node refuses bigger bodies.
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || '11M',
		...process.env,
		...env,
		PORT: port
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
