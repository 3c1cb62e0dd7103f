import { isCollection, isMap, isPair, isSeq, type Node } from 'yaml';
import type { ParsedFile } from './parse.js';

/**
 * Offset of the first mapping key that is itself a collection, as an unquoted `{{ X }}` parses:
 * valid YAML, but sigs.k8s.io/yaml refuses non-scalar keys, so kubectl never sends the object.
 * Only files with `{{` are walked, without recursion (a document may nest deeply).
 */
export function templatePlaceholder(parsed: ParsedFile): number | undefined {
  if (!/\{\s*\{/.test(parsed.text)) return undefined;
  for (const document of parsed.documents) {
    const stack: unknown[] = [document.ast.contents];
    while (stack.length > 0) {
      const node = stack.pop();
      if (isPair(node)) {
        if (isCollection(node.key))
          return (node.key as Node).range?.[0] === undefined ? undefined : (node.key as Node).range![0] + document.astOffset;
        stack.push(node.value, node.key);
      } else if (isMap(node) || isSeq(node)) {
        // Children in reverse onto the stack, so that the first placeholder in the file is found first.
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      }
    }
  }
  return undefined;
}
