// @ts-check
// What `npm start` and `npm test` must install before they run, decided from facts about the machine alone.
// Plain JavaScript with no imports: it runs before node_modules exists.

/**
 * @typedef {'start' | 'test'} SetupCommand
 * @typedef {{ state: 'current' } | { state: 'missing' } | { state: 'stale', detail: string, linked: boolean }} NpmFacts
 * @typedef {object} SetupFacts
 * @property {boolean} root        the process runs as root (uid 0), so apt-get may install
 * @property {boolean} aptGet      apt-get is on PATH (Debian, Ubuntu)
 * @property {string[]} missing    names from SYSTEM_TOOLS[].tool that are not on this machine
 * @property {NpmFacts} npm        node_modules against package-lock.json
 * @typedef {{ what: string, argv: string[], env?: Record<string, string> }} SetupStep
 * @typedef {{ steps: SetupStep[], stop: string | null }} SetupPlan
 */

/**
 * The system tools the test suite runs, each with the Debian package that has it and why the tests need it.
 * `npm start` needs none of them: without Chromium the build still writes everything but deck.pdf and says so.
 */
export const SYSTEM_TOOLS = [
  { tool: 'chromium', pkg: 'chromium', why: 'opens the built deck and exports deck.pdf (or set CHROME_PATH)' },
  { tool: 'pdftoppm', pkg: 'poppler-utils', why: 'renders PDF pages to pixels' },
  { tool: 'pdffonts', pkg: 'poppler-utils', why: 'lists the fonts a PDF embeds' },
  { tool: 'pdfinfo', pkg: 'poppler-utils', why: "reads a PDF's page count, size and metadata" },
  { tool: 'qpdf', pkg: 'qpdf', why: "checks a PDF's structure (qpdf --check)" },
];

/** The names in SYSTEM_TOOLS that `command` needs. */
export function listNeededTools(/** @type {SetupCommand} */ command) {
  return command === 'test' ? SYSTEM_TOOLS.map((entry) => entry.tool) : [];
}

/**
 * Decides what to install before `command` runs: `npm ci` when node_modules is missing or its direct dependencies
 * differ from package-lock.json, then apt-get for missing system tools when root can run it. Anything it may not
 * install itself ends in `stop`: the exact command for the user to run, and nothing is installed.
 * @param {SetupCommand} command
 * @param {SetupFacts} facts
 * @returns {SetupPlan}
 */
export function planSetup(command, facts) {
  const needed = listNeededTools(command);
  const missing = SYSTEM_TOOLS.filter((entry) => needed.includes(entry.tool) && facts.missing.includes(entry.tool));
  const packages = [...new Set(missing.map((entry) => entry.pkg))];
  const lines = missing.map((entry) => `  ${entry.tool} (Debian package ${entry.pkg}): ${entry.why}`);
  const sudoApt = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;

  if (facts.npm.state === 'stale' && facts.npm.linked) {
    return {
      steps: [],
      stop:
        `node_modules does not match package-lock.json (${facts.npm.detail}) and is a link to a folder shared ` +
        'with other checkouts, which npm ci would replace. Run `npm ci` in the folder it links to, or remove the ' +
        `link, then run npm ${command} again.`,
    };
  }
  if (packages.length > 0 && !(facts.root && facts.aptGet)) {
    const how = facts.aptGet
      ? `Install them as root:\n  ${sudoApt}`
      : 'This machine has no apt-get: install the same tools with its package manager (poppler provides the ' +
        'pdf* tools), or point CHROME_PATH at a Chrome or Chromium.';
    return {
      steps: [],
      stop:
        `npm ${command} needs tools this machine lacks:\n${lines.join('\n')}\n` +
        `${how}\nThen run npm ${command} again.`,
    };
  }

  /** @type {SetupStep[]} */
  const steps = [];
  if (facts.npm.state !== 'current') {
    const why =
      facts.npm.state === 'missing'
        ? 'node_modules is missing'
        : `node_modules does not match package-lock.json (${facts.npm.detail})`;
    steps.push({
      what: `${why}: installing the npm packages exactly as package-lock.json lists them`,
      argv: ['npm', 'ci', '--no-audit', '--no-fund'],
      env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    });
  }
  if (packages.length > 0) {
    const noninteractive = { DEBIAN_FRONTEND: 'noninteractive' };
    steps.push({
      what: `missing:\n${lines.join('\n')}\nupdating apt's package lists`,
      argv: ['apt-get', 'update', '-qq'],
    });
    steps.push({
      what: `installing ${packages.join(' ')}`,
      argv: ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
      env: noninteractive,
    });
  }
  return { steps, stop: null };
}

/** The shell line a user runs by hand when `steps` failed (no network, no disk space…). */
export function describeRetry(/** @type {SetupStep[]} */ steps) {
  return steps.map((step) => step.argv.filter((arg) => arg !== '-qq').join(' ')).join(' && ');
}
