import { findHelmTemplateAction } from '../../src/load/helm.js';

/**
 * Files kstorelint does not read as YAML at all, so there is nothing to compare with kubectl:
 * unrendered Helm templates (reported once, by helm-template-unrendered, and skipped), files with
 * NUL bytes (skipped as binary by src/discover.ts) and files that are not UTF-8 (kstorelint reads
 * UTF-8 only; kubectl also decodes UTF-16 with a byte order mark).
 */
export function exclusion(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'binary';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8';
  }
  if (findHelmTemplateAction(text.startsWith('\uFEFF') ? text.slice(1) : text) !== undefined) return 'Helm template';
  return undefined;
}
