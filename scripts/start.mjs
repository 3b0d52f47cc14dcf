// `npm start`: install if needed → migrate (+ demo seed on first run) → build → serve.
// The end-to-end tests start the app through this same file (scripts/e2e-server.mjs).
import { bin, ensureDependencies, run } from './deps.mjs';

ensureDependencies();
process.env.DATABASE_PATH ||= 'data/siap.db';

// Generates .svelte-kit/tsconfig.json, through which tsx resolves `$lib` in setup-db.
run(bin('svelte-kit'), ['sync']);
run(bin('tsx'), ['scripts/setup-db.ts']);
console.log('› Membangun aplikasi…');
run(bin('vite'), ['build', '--logLevel', 'warn']);

// Imported only now: it loads the build made above.
const { serve } = await import('./serve.mjs');
const { DEMO_PASSWORD, DEMO_USERS } = await import('./demo-accounts.mjs');
const { local, network, origin } = await serve({ quiet: true });

const addresses = origin
	? `SIAP berjalan di ${origin}`
	: [
			`SIAP berjalan di ${local}`,
			...(network.length
				? [
						'Dari perangkat lain di jaringan yang sama (mis. tablet asesor), buka:',
						...network.map((url) => `  ${url}`)
					]
				: [])
		].join('\n');
console.log(`
${addresses}
Basis data: ${process.env.DATABASE_PATH}

Akun demo (kata sandi untuk semua: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `  ${u.username.padEnd(20)} ${u.label}`).join('\n')}

Tekan Ctrl+C untuk berhenti.
`);
