// @ts-check
// The facts planSetup decides from, read from this machine: who runs, which tools PATH has, whether node_modules
// matches package-lock.json. Node's own modules only: it runs before node_modules exists.

import { accessSync, constants, existsSync, lstatSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SYSTEM_TOOLS } from './plan.mjs';

/**
 * Where the kit looks for a browser, as generator/deck/slidev.ts's browserCandidates does (a test keeps the two
 * lists equal): CHROME_PATH, Debian's and Google's paths, then a browser Playwright installed.
 * @param {Record<string, string | undefined>} env
 * @param {string} root  the project folder, whose node_modules may hold playwright-core
 * @returns {string[]}
 */
export function listBrowserCandidates(env, root) {
  const candidates = [
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  try {
    const require = createRequire(path.join(root, 'package.json'));
    /** @type {unknown} */
    const executable = require('playwright-core').chromium.executablePath();
    if (typeof executable === 'string') candidates.push(executable);
  } catch {
    // no node_modules yet, or Playwright knows no browser of its own here
  }
  return candidates.filter(
    /** @returns {candidate is string} */ (candidate) => typeof candidate === 'string' && candidate !== '',
  );
}

/** Whether an executable named `name` is in one of PATH's folders (`pathVar`, colon- or semicolon-separated). */
export function isOnPath(/** @type {string} */ name, /** @type {string} */ pathVar) {
  return pathVar
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * node_modules against package-lock.json: 'missing' without it; 'stale' when a package that package.json names is
 * absent or at another version than the lock says (a pull that changed dependencies); else 'current'.
 * Transitive packages are not compared: they change only with a direct one or a lock edit that npm ci would apply.
 * @param {string} root  the project folder
 * @returns {import('./plan.mjs').NpmFacts}
 */
export function readNpmState(root) {
  const modules = path.join(root, 'node_modules');
  if (!existsSync(modules)) return { state: 'missing' };
  /** @type {{ dependencies?: Record<string, string>, devDependencies?: Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages ?? {};
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort();
  for (const name of names) {
    const wanted = lock[`node_modules/${name}`]?.version;
    let installed = null;
    try {
      installed = JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;
    } catch {
      // not installed
    }
    if (installed !== wanted) {
      const has = installed ? `${name} ${installed} is installed` : `${name} is not installed`;
      const detail = `${has}, package-lock.json has ${wanted ?? 'no version of it'}`;
      return { state: 'stale', detail, linked: lstatSync(modules).isSymbolicLink() };
    }
  }
  return { state: 'current' };
}

/**
 * Every fact planSetup needs, read from this process and machine.
 * @param {string} root  the project folder
 * @param {Record<string, string | undefined>} env  the environment (PATH, CHROME_PATH)
 * @returns {import('./plan.mjs').SetupFacts}
 */
export function gatherFacts(root, env) {
  const pathVar = env.PATH ?? '';
  const missing = SYSTEM_TOOLS.filter(({ tool }) =>
    tool === 'chromium' ? !listBrowserCandidates(env, root).some((file) => existsSync(file)) : !isOnPath(tool, pathVar),
  ).map(({ tool }) => tool);
  return {
    root: process.getuid?.() === 0,
    aptGet: isOnPath('apt-get', pathVar),
    missing,
    npm: readNpmState(root),
  };
}
