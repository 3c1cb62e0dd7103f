import type { Resource } from '../load/resource.js';

/**
 * False when the resource's document had a syntax error: its value is the parser's recovery, so
 * fields may be missing or misplaced, and yaml-syntax already reports the document.
 */
export const parsedCleanly = (resource: Resource) => resource.source.document.usable;
