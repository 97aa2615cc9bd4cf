/**
 * The benchmark moves output it is done with aside, into a `.trash` directory beside it, and
 * deletes that trash only when it has measured everything.
 *
 * Why: the work disk of these machines is ext4 without a journal, where creating a file within
 * 60–300 s of a mass delete pays ext4's `recently_deleted` scan over the freed inodes
 * (`ext4_create` / `ext4_mkdir` → `find_inode_bit`; perf put over 40 % of a bare Astro build's
 * samples there after a few builds). Deleting 89,000 files of the last build right before the
 * next one made that build's system time depend on what ran before it, not on the build: the
 * same bare baseline measured 6.3 s and 12.4 s of CPU minutes apart (docs/decisions.md, D14).
 * A rename frees no inode, so every measured build starts on the same footing.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TRASH = '.trash';
let discarded = 0;

/**
 * Move `dir` (if it exists) into `.trash/` beside it, under a name of its own.
 * @example discard('.tmp/bench-run/site-5000') // → .tmp/bench-run/.trash/site-5000-<pid>-<n>
 */
export function discard(dir: string): void {
  if (!existsSync(dir)) return;
  const trash = join(dirname(dir), TRASH);
  mkdirSync(trash, { recursive: true });
  renameSync(dir, join(trash, `${basename(dir)}-${process.pid}-${(discarded += 1)}`));
}

/** Delete every `.trash` directory in `root` and one level below (where `discard` puts them). */
export function emptyTrash(root: string): void {
  if (!existsSync(root)) return;
  rmSync(join(root, TRASH), { recursive: true, force: true });
  for (const entry of readdirSync(root, { withFileTypes: true }))
    if (entry.isDirectory() && entry.name !== TRASH) rmSync(join(root, entry.name, TRASH), { recursive: true, force: true });
}
