import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KUBECTL_YAML_OPTIONS } from '../../src/load/yaml-options.js';

describe('go-yaml v2 floats', () => {
  it('keeps a lone dot a string, as strconv.ParseFloat rejects it', () => {
    const value = (text: string) => (parseDocument(`a: ${text}`, KUBECTL_YAML_OPTIONS).toJS() as { a: unknown }).a;
    expect(['.', '-.', '+.', '._'].map(value)).toEqual(['.', '-.', '+.', '._']);
    expect(['1.', '.5', '.inf', '1e3'].map(value)).toEqual([1, 0.5, Infinity, 1000]);
  });
});
