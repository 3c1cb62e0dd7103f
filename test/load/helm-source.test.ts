import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_NAMESPACE, lint, NEWEST_KUBE_VERSION } from '../../src/engine.js';
import { templateCandidates, templatePosition } from '../../src/load/helm-source.js';
import type { InputFile } from '../../src/load/load.js';
import { lintTexts, repoRoot } from '../helpers.js';

// What `helm template shop ./shop` prints for fixtures/helm/shop: each document names its template.
const helmFixtures = path.join(repoRoot, 'fixtures', 'helm');
const rendered = readFileSync(path.join(helmFixtures, 'shop.rendered.yaml'), 'utf8');
const claimLine = rendered.split('\n').findIndex((line) => line.includes('claimName: shop-dta')) + 1;

const claimFinding = (inputs: InputFile[]) =>
  lint(inputs, { rules, namespace: DEFAULT_NAMESPACE, kubeVersion: NEWEST_KUBE_VERSION }).findings.find(
    (f) => f.ruleId === 'claim-not-found',
  );

describe('helm template output', () => {
  it('stays on the rendered stream when the template named by # Source is not a file here', () => {
    const { findings } = lintTexts({ '<stdin>': rendered });
    expect(findings.find((f) => f.ruleId === 'claim-not-found')).toMatchObject({ file: '<stdin>', line: claimLine, column: 24 });
  });

  it('lands on the template line that writes the field when the chart folder is known', () => {
    const chart = path.join(helmFixtures, 'shop');
    const finding = claimFinding([{ file: '<stdin>', text: rendered, helmCharts: { shop: chart } }]);
    const template = readFileSync(path.join(chart, 'templates', 'deployment.yaml'), 'utf8').split('\n');
    expect(finding).toMatchObject({ file: path.join(chart, 'templates', 'deployment.yaml'), column: 24 });
    // Not the line the document's line count gives (the labels helper adds lines), the line with claimName.
    expect(template[(finding?.line ?? 0) - 1]).toContain('claimName: {{ .Values.claim }}');
    expect(finding?.related).toEqual([]);
  });
});

describe('templateCandidates', () => {
  it('looks in the chart folder, subcharts below it, then at the path as written', () => {
    expect(templateCandidates('shop/templates/x.yaml', { shop: 'charts/shop' })).toEqual([
      'charts/shop/templates/x.yaml',
      'shop/templates/x.yaml',
    ]);
    expect(templateCandidates('shop/charts/db/templates/x.yaml', { shop: 'charts/shop' })[0]).toBe(
      'charts/shop/charts/db/templates/x.yaml',
    );
    expect(templateCandidates('../etc/passwd', undefined)).toEqual([]);
  });
});

describe('templatePosition', () => {
  const template = {
    file: 't.yaml',
    firstLine: 10,
    lines: ['kind: Pod', 'spec:', '  {{- if .x }}', '  name: a', '  {{- end }}', '  name: b'],
  };
  const at = (line: number, column: number) => ({ line, column, endLine: line, endColumn: column });

  it('picks the line that writes the same key nearest to the counted line, at the value', () => {
    expect(templatePosition(template, '  name: b', at(15, 9))).toEqual(at(6, 9));
    expect(templatePosition(template, '  name: a', at(12, 9))).toEqual(at(4, 9));
  });

  it('points at the key when the rendered position was the key, and counts lines when no line writes the key', () => {
    expect(templatePosition(template, '  name: b', at(15, 3))).toEqual(at(6, 3));
    expect(templatePosition(template, '  - item', at(11, 5))).toEqual(at(2, 5));
  });
});
