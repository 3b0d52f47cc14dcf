// Playwright's web server: `npm start`'s own path (scripts/start.mjs: migrate, seed the demo world,
// build, serve) on a throwaway database, with nothing else configured — what a new user runs.
import { rmSync, mkdirSync } from 'node:fs';

const dir = 'test-results/e2e-db';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_PATH = `${dir}/siap.db`;
await import('./start.mjs');
