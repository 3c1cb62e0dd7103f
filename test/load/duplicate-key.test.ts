import { describe, expect, it } from 'vitest';
import { lintTexts } from '../helpers.js';

const duplicateKeys = (text: string) =>
  lintTexts({ 'cm.yaml': text })
    .findings.filter((f) => f.ruleId === 'yaml-duplicate-key')
    .map((f) => /Key '(.*)' appears/.exec(f.message)?.[1]);

describe('yaml-duplicate-key names the whole key', () => {
  it('plain, quoted, colon-containing and flow keys', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  labels: {tier: web, tier: db}
data:
  selector: a
  selector: b
  "log level": info
  "log level": debug
  host:port: x
  host:port: y
`;
    expect(duplicateKeys(text)).toEqual(['tier', 'selector', '"log level"', 'host:port']);
  });
});
