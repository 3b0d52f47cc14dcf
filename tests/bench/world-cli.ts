/**
 * `tsx tests/bench/world-cli.ts <dir> <assessors>`: builds a bench world in <dir> for a test that
 * runs in another process (the SIGKILL test) and prints it as JSON on the last line.
 */
import { buildWorld } from './world';

const [dir, assessors] = process.argv.slice(2);
if (!dir) throw new Error('usage: world-cli.ts <dir> [assessors]');
const { db, ...world } = await buildWorld(Number(assessors ?? 10), dir);
db.$client.close();
console.log(JSON.stringify(world));
