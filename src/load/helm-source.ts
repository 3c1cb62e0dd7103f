/**
 * `helm template` writes `# Source: <chart>/templates/x.yaml` above each document. When that template
 * is a file here (under the chart folder given with --chart, or a chart found under the working
 * directory), findings are reported in it; otherwise they stay on the rendered stream's own lines,
 * so that no annotation points at a file that does not exist.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type LineCounter } from 'yaml';
import type { SourcePosition } from '../types.js';
import { objectOf } from '../util/shape.js';
import type { ParsedDocument } from './parse.js';
import type { HelmTemplate } from './resource.js';

const HELM_SOURCE = /^#\s*Source:\s*(\S.*?)\s*$/m;

/** Chart name (Chart.yaml `name:`, the first segment of a `# Source:` path) → the chart's folder as the user sees it. */
export type HelmCharts = Readonly<Record<string, string>>;

/** The `name:` of a Chart.yaml: the first segment of its templates' `# Source:` paths. */
export function helmChartName(chartYaml: string): string | undefined {
  try {
    const name = objectOf(parse(chartYaml)).name;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The template path a document's comments name, and the line where its content starts. */
function helmSourceComment(prelude: string): { source: string; index: number } | undefined {
  const match = HELM_SOURCE.exec(prelude);
  return match ? { source: match[1], index: match.index } : undefined;
}

/** Files a `# Source:` path may be, most specific first: inside a known chart folder, then as written. */
export function templateCandidates(source: string, charts: HelmCharts | undefined): string[] {
  const normalized = source.replace(/\\/g, '/');
  const slash = normalized.indexOf('/');
  const candidates: string[] = [];
  const chartDir = slash > 0 ? charts?.[normalized.slice(0, slash)] : undefined;
  if (chartDir !== undefined) candidates.push(path.join(chartDir, normalized.slice(slash + 1)));
  if (!path.isAbsolute(normalized) && !normalized.split('/').includes('..')) candidates.push(normalized);
  return candidates;
}

/** Template files by path, read once per load (undefined: not a file here). */
export type HelmTemplates = Map<string, readonly string[] | undefined>;

/** The template a `# Source:` comment above the document names, when it is a file here. */
export function helmTemplate(
  document: ParsedDocument,
  lineCounter: LineCounter,
  charts: HelmCharts | undefined,
  templates: HelmTemplates,
): HelmTemplate | undefined {
  const comment = helmSourceComment(document.prelude);
  if (!comment) return undefined;
  for (const file of templateCandidates(comment.source, charts)) {
    if (!templates.has(file)) templates.set(file, readLines(file));
    const lines = templates.get(file);
    if (lines) return { file, firstLine: lineCounter.linePos(document.preludeOffset + comment.index).line + 1, lines };
  }
  return undefined;
}

function readLines(file: string): readonly string[] | undefined {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8').split(/\r?\n/) : undefined;
  } catch {
    return undefined;
  }
}

const KEY = /^(\s*(?:-\s+)*)([^\s#:'"{}[\]-][^:#]*?|"[^"]*"|'[^']*'):(?:\s+|$)/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The position in the template of a rendered position: the template line that writes the same key
 * nearest to where the document's line count puts it (templates add and drop lines around their
 * actions), else that line itself.
 */
export function templatePosition(template: HelmTemplate, renderedLine: string, position: SourcePosition): SourcePosition {
  const lines = template.lines;
  const counted = Math.min(Math.max(position.line - template.firstLine + 1, 1), Math.max(lines.length, 1));
  const at = (line: number, column: number): SourcePosition => ({ line, column, endLine: line, endColumn: column });
  const rendered = KEY.exec(renderedLine);
  if (!rendered) return at(counted, position.column);
  const onKey = position.column <= rendered[1].length + 1;
  const pattern = new RegExp(`^(\\s*(?:-\\s+)*)${escape(rendered[2])}:(\\s*)`);
  let best: { line: number; column: number } | undefined;
  lines.forEach((text, i) => {
    const match = pattern.exec(text);
    if (!match) return;
    const line = i + 1;
    const valueColumn = match[0].length + 1;
    const column = onKey || valueColumn > text.length ? match[1].length + 1 : valueColumn;
    if (!best || Math.abs(line - counted) < Math.abs(best.line - counted)) best = { line, column };
  });
  return best ? at(best.line, best.column) : at(counted, position.column);
}
