import { describe, expect, it } from 'vitest';
import { findHelmTemplateAction } from '../../src/load/helm.js';

const at = (text: string) => {
  const offset = findHelmTemplateAction(text);
  return offset === undefined ? undefined : text.slice(offset, offset + 12);
};

describe('findHelmTemplateAction: template structure, not strings', () => {
  it('finds actions where YAML would read a flow mapping', () => {
    expect(at('metadata:\n  name: {{ .Release.Name }}-data\n')).toBe('{{ .Release.');
    expect(at('labels:\n{{- include "x" . | nindent 4 }}\n')).toBe('{{- include ');
    expect(at('args:\n  - {{ $arg }}\n')).toBe('{{ $arg }}\n');
    expect(at('a: b\n{{ .Name -}}\n')).toBe('{{ .Name -}}');
  });

  it('skips actions inside quoted, block and plain-scalar strings and comments', () => {
    expect(at("message: '{{ $labels.pod }} is down'\n")).toBeUndefined();
    expect(at('message: "Volume {{ $labels.pvc }} is full"\n')).toBeUndefined();
    expect(at('description: Pod {{ $labels.pod }} is down\n')).toBeUndefined();
    expect(at('runbook: |\n  {{- if $labels.cluster }}x{{ end }}\n')).toBeUndefined();
    expect(at('# {{ .Values.x }}\nkind: ConfigMap\n')).toBeUndefined();
  });

  it('finds structure after strings, at its own offset', () => {
    const text = "a: '{{ $x }}'\nb:\n{{- if .Values.y }}\n";
    expect(findHelmTemplateAction(text)).toBe(text.indexOf('{{- if'));
  });

  it('leaves non-Go placeholders to the flow-key check', () => {
    expect(at('replicas: {{replicas}}\n')).toBeUndefined();
  });
});
