import { describe, expect, it } from 'vitest';
import { configKeyProblem, envNameProblem, relaxedEnvNameProblem, strictEnvNameProblem } from '../../src/k8s/env-names.js';
import { isPlaceholderText } from '../../src/k8s/placeholders.js';

describe('IsEnvVarName (strict)', () => {
  it.each(['HOME', '_x', 'my-var', 'spring.datasource.url', '.hidden', 'a..b'])('accepts %j', (name) => {
    expect(strictEnvNameProblem(name)).toBeUndefined();
  });
  it.each(['1ST', 'my var', 'A=B', '.', '..', '..x', '', 'ünï'])('rejects %j', (name) => {
    expect(strictEnvNameProblem(name)).toBeDefined();
  });
});

describe('IsRelaxedEnvVarName', () => {
  it.each(['1ST', 'my var', '..x', '$weird!', '~'])('accepts %j', (name) => {
    expect(relaxedEnvNameProblem(name)).toBeUndefined();
  });
  it.each(['', 'A=B', 'tab\there', 'ünï', 'line\n'])('rejects %j', (name) => {
    expect(relaxedEnvNameProblem(name)).toBeDefined();
  });
  it('picks the rule by flag', () => {
    expect(envNameProblem('1ST', false)).toBeDefined();
    expect(envNameProblem('1ST', true)).toBeUndefined();
  });
});

describe('IsConfigMapKey', () => {
  it.each(['app.properties', '.env', 'a_b-c.d', '0', 'x'.repeat(253)])('accepts %j', (key) => {
    expect(configKeyProblem(key)).toBeUndefined();
  });
  it.each(['', 'a/b', 'my key', '.', '..', '..data', 'x'.repeat(254), 'ключ'])('rejects %j', (key) => {
    expect(configKeyProblem(key)).toBeDefined();
  });
});

describe('template placeholders', () => {
  it.each(['$NAME', '${APP}-data', '{{ .Values.name }}', 'x-{{ y }}', '<%= name %>'])('recognises %j', (value) => {
    expect(isPlaceholderText(value)).toBe(true);
  });
  it.each(['data', 'cost$', 'a{b}', 'price-5$'])('leaves %j alone', (value) => {
    expect(isPlaceholderText(value)).toBe(false);
  });
});
