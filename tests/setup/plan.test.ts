// What `npm start` and `npm test` install first on a machine, decided from facts given here: who runs, which tools
// are missing, what node_modules holds.

import { describe, expect, it } from 'vitest';
import { describeRetry, planSetup, type SetupFacts } from '../../generator/setup/plan.mjs';

const ready: SetupFacts = { root: false, aptGet: true, missing: [], npm: { state: 'current' } };
const fresh: SetupFacts = {
  root: true,
  aptGet: true,
  missing: ['chromium', 'pdftoppm', 'pdffonts', 'pdfinfo', 'qpdf'],
  npm: { state: 'missing' },
};

describe('planning the setup of a machine', () => {
  it('does nothing on a machine that has everything', () => {
    expect(planSetup('start', ready)).toEqual({ steps: [], stop: null });
    expect(planSetup('test', ready)).toEqual({ steps: [], stop: null });
  });

  it('installs the npm packages from the lock, then the Debian packages, on a fresh clone run as root', () => {
    const plan = planSetup('test', fresh);
    expect(plan.stop).toBeNull();
    expect(plan.steps.map((step) => step.argv)).toEqual([
      ['npm', 'ci', '--no-audit', '--no-fund'],
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'poppler-utils', 'qpdf'],
    ]);
    expect(plan.steps[0]!.what).toMatch(/^node_modules is missing/);
    expect(plan.steps[0]!.env).toEqual({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
    expect(plan.steps[2]!.env).toEqual({ DEBIAN_FRONTEND: 'noninteractive' });
  });

  it('installs only the packages of the tools that are missing, poppler-utils once for its three tools', () => {
    const plan = planSetup('test', { ...ready, root: true, missing: ['pdfinfo', 'pdffonts'] });
    expect(plan.steps.map((step) => step.argv.at(-1))).toEqual(['-qq', 'poppler-utils']);
    expect(plan.steps[0]!.what).toContain('pdfinfo (Debian package poppler-utils)');
  });

  it('leaves the system alone for npm start, which builds without them and says what deck.pdf lacks', () => {
    const plan = planSetup('start', fresh);
    expect(plan.stop).toBeNull();
    expect(plan.steps.map((step) => step.argv[0])).toEqual(['npm']);
    expect(planSetup('start', { ...fresh, root: false, aptGet: false })).toEqual(plan);
  });

  it('reinstalls node_modules when it no longer matches package-lock.json', () => {
    const stale: SetupFacts = {
      ...ready,
      npm: { state: 'stale', detail: 'vitest 4.1.11 is installed, package-lock.json has 4.1.12', linked: false },
    };
    const [step] = planSetup('start', stale).steps;
    expect(step!.argv).toEqual(['npm', 'ci', '--no-audit', '--no-fund']);
    expect(step!.what).toContain('does not match package-lock.json (vitest 4.1.11 is installed');
  });

  it('refuses to let npm ci replace a node_modules that is a link to a shared folder', () => {
    const plan = planSetup('start', { ...ready, npm: { state: 'stale', detail: 'x', linked: true } });
    expect(plan.steps).toEqual([]);
    expect(plan.stop).toMatch(/is a link to a folder shared[\s\S]*Run `npm ci` in the folder it links to/);
  });

  it('stops without installing anything and gives the sudo command when not root', () => {
    const plan = planSetup('test', { ...fresh, root: false });
    expect(plan.steps).toEqual([]);
    expect(plan.stop).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium poppler-utils qpdf',
    );
    expect(plan.stop).toContain('qpdf (Debian package qpdf)');
    expect(plan.stop).toMatch(/Then run npm test again\.$/);
  });

  it('stops and names the tools, with CHROME_PATH for the browser, where there is no apt-get', () => {
    const plan = planSetup('test', { ...fresh, aptGet: false, missing: ['chromium', 'qpdf'] });
    expect(plan.steps).toEqual([]);
    expect(plan.stop).toMatch(/chromium \(Debian package chromium\)[\s\S]*qpdf \(Debian package qpdf\)/);
    expect(plan.stop).toContain('no apt-get');
    expect(plan.stop).toContain('CHROME_PATH');
    expect(plan.stop).not.toContain('sudo');
  });

  it('gives the steps left as one line to run by hand when one fails', () => {
    const plan = planSetup('test', { ...fresh, npm: { state: 'current' }, missing: ['qpdf'] });
    expect(describeRetry(plan.steps)).toBe('apt-get update && apt-get install -y --no-install-recommends qpdf');
  });
});
