import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Kit's CSRF origin check stays on (default); ORIGIN is honoured by adapter-node at runtime.
		alias: {
			$domain: 'src/lib/domain',
			$server: 'src/lib/server'
		}
	}
};

export default config;
