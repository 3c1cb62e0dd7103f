import { describe, expect, it } from 'vitest';
import {
  isConventionalMode,
  isDecimalLiteral,
  isFileModeInRange,
  isMisreadOctal,
  octal,
  octalReading,
  symbolic,
} from '../../src/k8s/file-modes.js';

describe('file modes (fileModeErrorMsg: 0..0777)', () => {
  it('accepts 0..511 integers only', () => {
    expect(isFileModeInRange(0)).toBe(true);
    expect(isFileModeInRange(511)).toBe(true);
    expect(isFileModeInRange(512)).toBe(false);
    expect(isFileModeInRange(-1)).toBe(false);
    expect(isFileModeInRange(420.5)).toBe(false);
  });

  it('formats octal and ls -l views', () => {
    expect(octal(420)).toBe('0644');
    expect(octal(0)).toBe('00');
    expect(symbolic(0o620)).toBe('rw--w----');
    expect(symbolic(0o755)).toBe('rwxr-xr-x');
    expect(symbolic(0)).toBe('---------');
  });

  it('tells YAML 1.1 decimal spellings from octal and hex', () => {
    expect(isDecimalLiteral('400')).toBe(true);
    expect(isDecimalLiteral('+420')).toBe(true);
    expect(isDecimalLiteral('4_00')).toBe(true);
    expect(isDecimalLiteral('0400')).toBe(false);
    expect(isDecimalLiteral('0o400')).toBe(false);
    expect(isDecimalLiteral('0x1a4')).toBe(false);
    expect(isDecimalLiteral('0')).toBe(false);
    expect(isDecimalLiteral('"400"')).toBe(false);
    expect(octalReading('4_00')).toBe(0o400);
    expect(octalReading('489')).toBeUndefined();
  });

  it('knows customary modes', () => {
    for (const mode of [
      0o644, 0o640, 0o600, 0o400, 0o440, 0o444, 0o755, 0o750, 0o700, 0o775, 0o770, 0o777, 0o664, 0o660, 0o666, 0o555, 0o500, 0,
    ]) {
      expect(isConventionalMode(mode), octal(mode)).toBe(true);
    }
    for (const mode of [0o620, 0o670, 0o674, 0o764, 0o711, 0o144, 0o454, 0o1000]) {
      expect(isConventionalMode(mode), octal(mode)).toBe(false);
    }
  });

  it('flags decimal literals that meant octal, not the decimal forms kubectl prints', () => {
    expect(isMisreadOctal('400', 400)).toBe(true); // 0620
    expect(isMisreadOctal('440', 440)).toBe(true); // 0670
    expect(isMisreadOctal('444', 444)).toBe(true); // 0674
    expect(isMisreadOctal('500', 500)).toBe(true); // 0764
    expect(isMisreadOctal('420', 420)).toBe(false); // 0644
    expect(isMisreadOctal('256', 256)).toBe(false); // 0400
    expect(isMisreadOctal('511', 511)).toBe(false); // 0777
    expect(isMisreadOctal('457', 457)).toBe(false); // 0711, and 0457 means nothing
    expect(isMisreadOctal('0400', 256)).toBe(false);
    expect(isMisreadOctal('644', 644)).toBe(false); // out of range: another rule
    expect(isMisreadOctal('77', 77)).toBe(false);
  });
});
