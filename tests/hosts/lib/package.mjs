// Builds the project and packs it as npm would publish it; installs that
// tarball into a host app. A host is reinstalled only when its lock file or the
// tarball changed (a stamp in its node_modules records both hashes); the npm
// cache serves the third-party packages.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './exec.mjs';

const hash = (...buffers) => buffers.reduce((h, b) => h.update(b), createHash('sha256')).digest('hex');
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** `npm run build`, then `npm pack` into `cacheDir`; resolves to { tarball, hash }. */
export async function packProject(root, cacheDir) {
  mkdirSync(cacheDir, { recursive: true });
  await run('npm', ['run', 'build', '--silent'], { cwd: root });
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', cacheDir], { cwd: root }));
  const tarball = join(cacheDir, 'care-widgets.tgz');
  renameSync(join(cacheDir, packed.filename), tarball);
  return { tarball, hash: hash(readFileSync(tarball)) };
}

/** Installs the host's locked dependencies and the packed kit; resolves to what it did. */
export async function installHost(dir, { tarball, hash: tarballHash }) {
  const lockHash = hash(readFileSync(join(dir, 'package.json')), readFileSync(join(dir, 'package-lock.json')));
  const stampFile = join(dir, 'node_modules', '.care-widgets-host-stamp.json');
  const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
  const done = [];
  if (stamp.lock !== lockHash) {
    await run('npm', ['ci', ...NPM_FLAGS], { cwd: dir });
    done.push('npm ci');
  }
  if (stamp.lock !== lockHash || stamp.tarball !== tarballHash) {
    // --no-save: the host's package.json and lock file stay as committed. The old copy goes first:
    // a rebuilt tarball keeps its version number.
    rmSync(join(dir, 'node_modules', 'care-widgets'), { recursive: true, force: true });
    await run('npm', ['install', '--no-save', ...NPM_FLAGS, tarball], { cwd: dir });
    done.push('installed the tarball');
  }
  writeFileSync(stampFile, JSON.stringify({ lock: lockHash, tarball: tarballHash }));
  return done.length ? done.join(', ') : 'unchanged, not reinstalled';
}
