// Size budgets of the script-tag bundles (issue 15), gzip in KB. `goal` is what
// the issue asks for; `limit` fails `npm test` and stands just above what the
// bundles weigh today, so that growth is a decision, not an accident. Where
// limit > goal, the gap is open work (see the README's size table).
//
// A page, in each language (sv, nb, en), with the one-language bundles of
// dist/cdn/<lang>/: what it downloads (every request, gzip) to show one element,
// the whole kit, or the checker and the timer together, which share one Lit.
// The issue sets the checker's page (1 request, 14 KB) and the whole kit's (1, 40 KB);
// the other elements take the checker's, and the timer 4 KB more, as the issue
// allows its code 9 KB against 5. A page with two elements has no byte goal,
// only one Lit. Requests: one bundle and the shared runtime make 2.
export const PAGE_BUDGETS = {
  element: { requests: { goal: 1, limit: 2 }, gzip: { goal: 14, limit: 17.5 } },
  // The timer's limits were raised (22 → 25 KB, code 13.3 → 16.2 KB) for issue 13's hardening: the log's Web Lock
  // and same-page notice, wall-clock steps told from sleep, the bounded log, the reminders' fallback link.
  'stretch-timer': { requests: { goal: 1, limit: 2 }, gzip: { goal: 18, limit: 25 } },
  // Raised with the timer's (see above): whole kit 41.5 → 44 KB, checker + timer 29.5 → 32.5 KB.
  'whole kit': { requests: { goal: 1, limit: 2 }, gzip: { goal: 40, limit: 44 } },
  'checker + timer': { requests: { goal: 3, limit: 3 }, gzip: { goal: null, limit: 32.5 }, litCopies: { goal: 1, limit: 1 } },
};

/** Each element's code and styles apart from Lit and prose (estimate, see scripts/size.mjs). */
export const CODE_BUDGETS = {
  element: { goal: 5, limit: 7.5 },
  'stretch-timer': { goal: 9, limit: 16.2 },
};

/** The language-following bundles of dist/cdn/ (issue 6's measures): each bundle with its static imports, and each lazy chunk. */
export const BUDGETS = {
  element: { goal: 12, limit: 24 },
  kit: { goal: 25, limit: 49 },
  lazyChunk: { goal: 6, limit: 6 },
};

/** The budget of a page or element by name, the element one by default. */
export const budgetOf = (budgets, name) => budgets[name] ?? budgets.element;
