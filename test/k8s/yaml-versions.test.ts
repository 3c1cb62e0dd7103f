import { describe, expect, it } from 'vitest';
import { yamlAmbiguity } from '../../src/k8s/yaml-versions.js';

describe('yamlAmbiguity: YAML 1.1 (kubectl) against YAML 1.2', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['on', true],
    ['ON', true],
    ['no', false],
    ['n', false],
    ['off', false],
    ['Off', false],
  ])('%s is a 1.1 boolean (%s) and a 1.2 string', (source, value) => {
    expect(yamlAmbiguity(source)).toEqual({ kind: 'boolean', yaml11: value });
  });
  it('reads leading-zero integers as octal for 1.1 and decimal for 1.2', () => {
    expect(yamlAmbiguity('0755')).toEqual({ kind: 'octal', yaml11: 493, yaml12: 755 });
    expect(yamlAmbiguity('-010')).toEqual({ kind: 'octal', yaml11: -8, yaml12: -10 });
    expect(yamlAmbiguity('0_644')).toEqual({ kind: 'octal', yaml11: 420, yaml12: 644 });
  });
  it('flags numbers that are not the string they look like', () => {
    expect(yamlAmbiguity('08')).toEqual({ kind: 'leading-zero', yaml11: 8 });
    expect(yamlAmbiguity('1.10')).toEqual({ kind: 'float', yaml11: 1.1 });
    expect(yamlAmbiguity('2.0')).toEqual({ kind: 'float', yaml11: 2 });
  });
  it.each(['true', 'false', '0', '00', '0o755', '0x1F', '755', '1.5', '"yes"', "'0755'", 'yes please', '1.10.2', '|', ''])(
    'leaves %j alone',
    (source) => {
      expect(yamlAmbiguity(source)).toBeUndefined();
    },
  );
});
