import { describe, expect, it } from 'vitest';
import { BUDGETS, measure, overBudget } from '../../scripts/build-widget.ts';

describe('widget size budgets', () => {
  it('the built widget fits: loader <= 8 KB gzip, everything loaded on open <= 40 KB gzip', () => {
    const sizes = measure(); // the build of `npm run widget:build` (pretest)
    expect(sizes.loader).toBeGreaterThan(500);
    expect(sizes.open).toBe(sizes.loader + sizes.panel.html + sizes.panel.js + sizes.panel.css);
    expect(overBudget(sizes)).toEqual([]);
  });

  it('names each budget that is exceeded (the build then fails)', () => {
    const problems = overBudget({ loader: BUDGETS.loader + 1, panel: { html: 0, js: BUDGETS.open, css: 0 }, open: BUDGETS.open + BUDGETS.loader + 1 });
    expect(problems).toEqual([expect.stringMatching(/^loader widget.js is 8193 B gzip, over the 8192 B budget/), expect.stringMatching(/on open is \d+ B gzip, over the 40960 B budget/)]);
  });
});
