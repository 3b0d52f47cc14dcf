import { defineConfig, devices } from '@playwright/test';

// E2E_PORT: run a second suite beside one already running (the specs that post set Origin to 4173).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/playwright',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'id-ID',
		timezoneId: 'Asia/Jakarta',
		trace: 'retain-on-failure',
		// The service worker (offline support) only where a spec asks for it: offline.spec.ts.
		serviceWorkers: 'block',
		launchOptions: {
			// The machine's Chromium (Debian package); Playwright never downloads a browser here.
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'tablet',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1024, height: 768 } }
		}
	],
	webServer: {
		command: 'node scripts/e2e-server.mjs',
		url: `http://localhost:${port}/login`,
		reuseExistingServer: false,
		// The start path builds the app (about 20 s here, more on a slower CI machine).
		timeout: 300_000,
		env: { PORT: String(port) }
	}
});
