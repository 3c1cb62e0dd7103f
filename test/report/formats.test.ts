import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { escapeData, escapeProperty, formatGithub, formatGithubSummary } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import { lintTexts } from '../helpers.js';

const require = createRequire(import.meta.url);

const pv = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-pv
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  hostPath: {path: /data}
`;
const pod = `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: shop
      image: nginx:1.27
      volumeMounts: [{name: data, mountPath: /data}]
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: shop-pv
`;

describe('SARIF', () => {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // CommonJS packages: under NodeNext their class is on `.default`.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('validates against the official SARIF 2.1.0 schema, with related locations and fingerprints', () => {
    const { findings } = lintTexts({ 'pv.yaml': pv, 'pod.yaml': pod });
    expect(findings.some((f) => f.related.length > 0)).toBe(true);
    const log = JSON.parse(formatSarif(findings, rules, '0.1.0'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'claim-not-found');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 13, startColumn: 20 });
    expect(result.relatedLocations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'pv.yaml' }, region: { startLine: 4 } });
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('claim-not-found');
  });

  it('keeps fingerprints when unrelated lines move the finding', () => {
    const before = lintTexts({ 'pv.yaml': pv, 'pod.yaml': pod }).findings.find((f) => f.ruleId === 'claim-not-found');
    const after = lintTexts({ 'pv.yaml': pv, 'pod.yaml': `# a comment\n# another\n${pod}` }).findings.find(
      (f) => f.ruleId === 'claim-not-found',
    );
    expect(after?.line).toBe((before?.line ?? 0) + 2);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });
});

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'claim-not-found',
  messageId: 'missing',
  severity: 'error',
  message: 'Claim missing',
  file: 'a.yaml',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  related: [],
  fingerprint: 'f',
  ...overrides,
});

describe('GitHub workflow commands', () => {
  it('escapes data and properties so that file names cannot break or inject a command', () => {
    expect(escapeData('50% done\nnext')).toBe('50%25 done%0Anext');
    expect(escapeProperty('a,b:c%d\r\n')).toBe('a%2Cb%3Ac%25d%0D%0A');
    const out = formatGithub([finding({ file: 'we,ird:na%me\n::error::x.yaml', message: 'line1\nline2' })]);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toBe(
      '::error file=we%2Cird%3Ana%25me%0A%3A%3Aerror%3A%3Ax.yaml,line=3,col=5,endLine=3,endColumn=9,title=kstorelint claim-not-found::line1%0Aline2\n',
    );
  });

  it('maps info to notice and writes a Markdown summary', () => {
    expect(formatGithub([finding({ severity: 'info' })])).toMatch(/^::notice /);
    const summary = formatGithubSummary([finding({ message: 'a | b' })], {
      files: 1,
      resources: 2,
      documents: 2,
      skippedDocuments: 0,
      skippedNonKubernetes: 0,
      unparseable: 0,
      helmTemplates: 0,
    });
    expect(summary).toContain('| error | `a.yaml:3:5` | `claim-not-found` | a \\| b |');
  });
});

describe('JUnit', () => {
  it('has one testcase per object and a failure per finding', () => {
    const result = lintTexts({ 'pv.yaml': pv, 'pod.yaml': pod });
    const xml = formatJunit(result.findings, result.model.resources);
    expect(xml).toContain('tests="2" failures="1"');
    expect(xml).toMatch(/<testcase classname="pod.yaml" name="Pod default\/shop" file="pod.yaml">\s*<failure type="claim-not-found"/);
    expect(xml).toContain('<testcase classname="pv.yaml" name="PersistentVolume shop-pv" file="pv.yaml"></testcase>');
  });
});
