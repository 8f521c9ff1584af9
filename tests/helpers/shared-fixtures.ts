import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The real feeds and HSDS schemas kept beside the project (`../shared/fixtures`, see its README), wherever the
 * project is checked out; /work/shared/fixtures on the machines this project grew up on.
 */
const candidates = [path.resolve(import.meta.dirname, '../../../shared/fixtures'), '/work/shared/fixtures'];
export const SHARED_FIXTURES = candidates.find((dir) => existsSync(path.join(dir, 'README.md'))) ?? candidates[0]!;
export const fixture = (...parts: string[]) => path.join(SHARED_FIXTURES, ...parts);
