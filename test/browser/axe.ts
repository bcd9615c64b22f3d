// axe-core in the page under test: WCAG 2.0/2.1 A and AA rules against the production build with its
// CSP on. The engine is evaluated through the DevTools protocol (not a <script>, which the CSP refuses).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs the WCAG A/AA rules over the page (or a part of it) and returns the violations found. */
export async function runAxe(page: Page, context: string = 'html'): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ context, tags }) => {
      const axe = (window as unknown as { axe: { run(context: string, options: object): Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          helpUrl: string;
          nodes: { target: unknown[]; html: string; failureSummary?: string }[];
        }[];
      }
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(' '),
          html: node.html.slice(0, 200),
          summary: node.failureSummary ?? '',
        })),
      }));
    },
    { context, tags: AXE_TAGS },
  );
}

/** The violations as text a developer can act on: rule, how to fix it, and each element. */
export function formatFindings(state: string, findings: AxeFinding[]): string {
  return findings
    .map(
      (finding) =>
        `[${state}] ${finding.rule} (${finding.impact}): ${finding.help} — ${finding.helpUrl}\n` +
        finding.nodes
          .map((node) => `    at ${node.target}\n      ${node.html}\n      ${node.summary.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

/** Fails with the readable list when axe finds anything. */
export async function expectNoViolations(page: Page, state: string, context?: string): Promise<void> {
  const findings = await runAxe(page, context);
  if (findings.length > 0) throw new Error(`axe found ${findings.length} violation(s):\n${formatFindings(state, findings)}`);
}
