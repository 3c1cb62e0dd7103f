/** `$patch`, `$retainKeys`, `$setElementOrder/…`: strategic-merge directives exist only in patches. */
export const isPatchDirective = (key: string) => key.startsWith('$');

export function hasPatchDirective(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasPatchDirective);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, child]) => isPatchDirective(key) || hasPatchDirective(child));
}
