/**
 * File modes of configMap/secret/downwardAPI/projected volumes (`defaultMode`, `items[].mode`).
 * Validation (`fileModeErrorMsg`, pkg/apis/core/validation) accepts 0..0777; the YAML spelling
 * decides the number: kubectl reads YAML 1.1, so `0644` is octal and `644` is decimal.
 */
export const MAX_FILE_MODE = 0o777;

export const isFileModeInRange = (mode: number) => Number.isInteger(mode) && mode >= 0 && mode <= MAX_FILE_MODE;

/** `420` → `0644`: how the mode is written in YAML octal. */
export const octal = (mode: number) => `0${mode.toString(8)}`;

/** `0o620` → `rw--w----`, the `ls -l` view (only the 9 permission bits a file mode here can hold). */
export function symbolic(mode: number): string {
  const letters = 'rwx';
  let out = '';
  for (let bit = 8; bit >= 0; bit--) out += mode & (1 << bit) ? letters[(8 - bit) % 3] : '-';
  return out;
}

/** A YAML 1.1 decimal integer literal other than 0 (`644`, `+420`, `4_00`); not octal, hex or base 60. */
export const isDecimalLiteral = (source: string) => /^\+?[1-9][0-9_]*$/.test(source);

/** The digits of a decimal literal read as octal, when they all are octal digits: `400` → 0o400. */
export function octalReading(source: string): number | undefined {
  const digits = source.replace(/^\+/, '').replace(/_/g, '');
  return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : undefined;
}

/**
 * Modes people choose on purpose: every class with any permission can read, and group and other
 * each get nothing, r, r-x, or the same as the owner (0644, 0640, 0600, 0400, 0755, 0775, 0700,
 * 0444, 0555, 0660, 0666, 0777…). A decimal literal whose value is such a mode (`420` = 0644, the
 * value kubectl prints) was written on purpose; one that lands on 0620 or 0670 was not.
 */
export function isConventionalMode(mode: number): boolean {
  if (!isFileModeInRange(mode)) return false;
  const owner = (mode >> 6) & 7;
  const group = (mode >> 3) & 7;
  const other = mode & 7;
  const readable = (digit: number) => digit === 0 || (digit & 4) !== 0;
  const subset = (a: number, b: number) => (a & ~b) === 0;
  const customary = (digit: number) => digit === 0 || digit === 4 || digit === 5 || digit === owner;
  return [owner, group, other].every(readable) && subset(group, owner) && subset(other, group) && customary(group) && customary(other);
}

/**
 * A mode literal kubectl reads as decimal although its digits spell a customary octal mode and
 * the decimal value is not one: `400` (0620), `440` (0670), `500` (0764). `420` (0644) and
 * `457` (0711; `0457` would be absurd) are left alone. Values above 0777 are out of range anyway.
 */
export function isMisreadOctal(source: string, value: number): boolean {
  if (!isDecimalLiteral(source) || value < 100 || !isFileModeInRange(value) || isConventionalMode(value)) return false;
  const meant = octalReading(source);
  return meant !== undefined && isConventionalMode(meant);
}
