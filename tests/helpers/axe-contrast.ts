import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

/**
 * Runs axe's `color-contrast` rule alone over `root`, every shadow root inside it included
 * (axe walks open shadow trees), with every result kept, so a test can see what was checked.
 */
export async function contrastResults(root: Element): Promise<AxeResults> {
  const axe = (window as unknown as { axe: Axe }).axe;
  return axe.run(root, {
    runOnly: { type: 'rule', values: ['color-contrast'] },
    resultTypes: ['violations', 'passes', 'incomplete'],
  });
}

/** One line per failing node: where it is (shadow path), what axe measured. */
export function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.any.map((check) => check.message).join('; ')}`),
  );
}
