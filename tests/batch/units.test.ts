import { beforeAll, describe, expect, it } from 'vitest';
import { parseStates, planBatch } from '../../generator/batch/plan.ts';
import { createProgress, formatDuration, renderBar } from '../../generator/batch/progress.ts';
import { escapeHtml, renderBatchIndex, type BatchReport } from '../../generator/batch/report.ts';
import { loadRegionData, type RegionData } from '../../generator/regions/load.ts';
import { SHIPPED_DATA } from '../helpers.ts';

describe('choosing the regions of a batch', () => {
  let data: RegionData;
  beforeAll(async () => {
    data = await loadRegionData(SHIPPED_DATA);
  });

  it('reads state codes in any case and refuses unknown ones', () => {
    expect(parseStates('tx, FL,tx')).toEqual(['TX', 'FL']);
    expect(parseStates('ALL')).toBe('all');
    expect(() => parseStates('TX,Texas')).toThrow(/unknown state code TEXAS/);
    expect(() => parseStates(',')).toThrow(/no state given/);
  });

  it('takes, for all, every state with an agreement, and each county with a local one', () => {
    const states = planBatch(data.catalog, data.agencies, { states: 'all', counties: false, statewideCounties: false });
    const withAgreements = new Set(
      data.agencies.filter((agency) => agency.agreements.length > 0).map((agency) => agency.state),
    );
    expect(states.every((region) => region.kind === 'state')).toBe(true);
    expect(new Set(states.map((region) => region.state))).toEqual(withAgreements);

    const nh = planBatch(data.catalog, data.agencies, { states: ['NH'], counties: true, statewideCounties: false });
    const local = new Set(
      data.agencies
        .filter((agency) => agency.state === 'NH' && agency.agreements.length > 0)
        .flatMap((agency) => (agency.placement.reach === 'county' ? agency.placement.counties : [])),
    );
    expect(nh.filter((region) => region.kind === 'county').map((region) => region.counties[0])).toEqual(
      data.catalog
        .filter((region) => region.kind === 'county' && local.has(region.counties[0]!))
        .map((region) => region.counties[0]),
    );
  });

  it('adds every county of a state with a statewide agreement only when asked', () => {
    const ar = (statewideCounties: boolean) =>
      planBatch(data.catalog, data.agencies, { states: ['AR'], counties: true, statewideCounties });
    expect(ar(false).length).toBeLessThan(ar(true).length);
    expect(ar(true)).toHaveLength(
      data.catalog.filter((region) => region.state === 'AR' && region.kind !== 'agency').length,
    );
  });
});

describe('the batch index page', () => {
  const report: BatchReport = {
    kit: { name: 'workshop-kit-287g', version: '0.1.0' },
    builtAt: '2026-11-28T12:00:00.000Z',
    dataAsOf: '2026-11-01',
    languages: ['en'],
    only: ['summary'],
    counties: 'local',
    totals: { regions: 1, built: 1, failed: 0, seconds: 1 },
    regions: [
      {
        id: 'zz/<b>"x"',
        ok: true,
        seconds: 1,
        name: "O'Brien <script>alert(1)</script> & Co",
        kind: 'county',
        agreements: 2,
        agencies: 1,
        folder: 'zz-x y',
        files: ['region-summary.md', 'handout-en.pdf', 'quiz/quiz-en.json', 'cards <&>.pdf'],
        linked: ['region-summary.md', 'handout-en.pdf', 'cards <&>.pdf'],
        quiz: true,
      },
    ],
  };

  it('escapes every value and encodes every link', () => {
    const html = renderBatchIndex(report);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>');
    expect(html).toContain('O&#39;Brien &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('href="zz-x%20y/handout-en.pdf"');
    expect(html).toContain('href="zz-x%20y/quiz/"');
    expect(html).toContain('<a href="zz-x%20y/cards%20%3C%26%3E.pdf">cards &lt;&amp;&gt;.pdf</a>');
    expect(escapeHtml('"a" & \'b\'')).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});

describe('batch progress', () => {
  it('draws one bar with count, rate and ETA on a terminal, and plain lines elsewhere', () => {
    expect(renderBar(12, 48, 6, 0, 'tx/harris-county')).toBe(
      '[######------------------] 12/48  2.0 regions/s  ETA 18 s  tx/harris-county',
    );
    expect(formatDuration(185)).toBe('3m05s');
    let text = '';
    let clock = 0;
    const tty = createProgress({ total: 2, tty: true, write: (chunk) => void (text += chunk), clock: () => clock });
    clock = 1000;
    tty.update({ id: 'nh', ok: true, seconds: 1 });
    tty.finish();
    expect(text).toBe('\r\x1b[2K[############------------] 1/2  1.0 regions/s  ETA 1.0 s  nh\n');
    text = '';
    const plain = createProgress({ total: 12, tty: false, write: (chunk) => void (text += chunk) });
    plain.update({ id: 'tx/harris-county', ok: false, seconds: 0.44 });
    expect(text).toBe('[ 1/12] tx/harris-county FAILED (0.4 s)\n');
  });
});
