import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rollupOptions: {
			// `npm start` prints what a user needs; a dependency's misplaced /*@__PURE__*/ comment
			// (zod's) and Kit's empty internal chunk are nothing they can act on.
			onwarn(warning, warn) {
				if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
				if (warning.code === 'EMPTY_BUNDLE') return;
				warn(warning);
			}
		}
	},
	define: {
		__APP_VERSION__: JSON.stringify(pkg.version)
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
