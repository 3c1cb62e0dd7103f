/**
 * Plain YAML scalars that YAML 1.1 (go-yaml v2 in sigs.k8s.io/yaml, what kubectl decodes with) and
 * YAML 1.2 core (most other tools: yq, the `yaml` npm package, kyaml for booleans) read differently,
 * or that neither reads as the string the author wrote. Input is the scalar as written.
 */

/** YAML 1.1 booleans that YAML 1.2 reads as strings (`true`/`false` are booleans in both). */
const YAML11_ONLY_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** A leading zero: octal for go-yaml v2 (`0755` = 493), decimal for YAML 1.2 (755). */
const LEADING_ZERO_INT = /^[-+]?0[0-7_]*[0-7]$/;
/** `08`, `0129`: not octal; go-yaml v2 (ParseFloat fallback) and YAML 1.2 both read 8 and 129. */
const LEADING_ZERO_NOT_OCTAL = /^[-+]?0[0-9_]*[89][0-9_]*$/;
/** `1.10`, `2.0`: a number whose printed form loses what was written. */
const VERSION_LIKE_FLOAT = /^\d+\.\d+$/;

export type Ambiguity =
  | { kind: 'boolean'; yaml11: boolean }
  | { kind: 'octal'; yaml11: number; yaml12: number }
  | { kind: 'leading-zero'; yaml11: number }
  | { kind: 'float'; yaml11: number };

const isQuotedOrBlock = (source: string) => /^["'|>!&*]/.test(source);

export function yamlAmbiguity(source: string): Ambiguity | undefined {
  if (source === '' || isQuotedOrBlock(source)) return undefined;
  if (YAML11_ONLY_BOOLEANS.test(source)) return { kind: 'boolean', yaml11: /^[yYoO]/.test(source) && !/^(off|Off|OFF)$/.test(source) };
  const digits = source.replace(/_/g, '');
  if (LEADING_ZERO_INT.test(source) && !/^[-+]?0+$/.test(digits)) {
    const sign = digits.startsWith('-') ? -1 : 1;
    const unsigned = digits.replace(/^[-+]/, '');
    return { kind: 'octal', yaml11: sign * parseInt(unsigned, 8), yaml12: sign * parseInt(unsigned, 10) };
  }
  if (LEADING_ZERO_NOT_OCTAL.test(source)) return { kind: 'leading-zero', yaml11: Number(digits) };
  if (VERSION_LIKE_FLOAT.test(source) && String(Number(source)) !== source) return { kind: 'float', yaml11: Number(source) };
  return undefined;
}
