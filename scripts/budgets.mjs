// Size budgets of the script-tag bundles, gzip, in KB. `goal` is what issue 6
// asks for; `limit` fails `npm test` and stands just above what the bundles
// weigh today, so that growth is a decision, not an accident. Where limit >
// goal, the gap is open work (see the README's size table).
export const BUDGETS = {
  element: { goal: 12, limit: 24 },
  kit: { goal: 25, limit: 49 },
  lazyChunk: { goal: 6, limit: 6 },
};
