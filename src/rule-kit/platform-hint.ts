import type { WellKnownClass } from '../k8s/platform-classes.js';

/** `'gp2' is a built-in class of EKS: set platform: eks …`, naming every platform that has the class. */
export function platformHint(name: string, platforms: readonly WellKnownClass[]): string {
  const titles = [...new Set(platforms.map((p) => p.title))];
  const ids = [...new Set(platforms.map((p) => p.platform))];
  return `'${name}' is a built-in class of ${titles.join(', ')}: set \`platform: ${ids[0]}\` in .kstorelint.yaml (or --platform ${ids[0]}) so kstorelint knows it${ids.length > 1 ? ` (platforms: ${ids.join(', ')})` : ''}`;
}
