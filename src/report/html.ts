import { buildGraph } from '../graph/model.js';
import { toSvg } from '../graph/svg.js';
import type { Finding, Severity } from '../types.js';
import { bindingRows, classText, modesText, resultText } from './bindings.js';
import type { ReportInput } from './input.js';

/** Lines shown before and after a finding's line. */
const CONTEXT_LINES = 2;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
:root { color-scheme: light; --error: #dc2626; --warning: #d97706; --info: #2563eb; --muted: #6b7280; --line: #e5e7eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #111827; background: #f9fafb; }
header { padding: 16px 24px; background: #111827; color: #f9fafb; }
header h1 { margin: 0 0 4px; font-size: 20px; }
header .meta { color: #d1d5db; font-size: 13px; }
main { padding: 8px 24px 40px; max-width: 1400px; }
section { margin-top: 24px; }
h2 { font-size: 17px; margin: 0 0 8px; }
.summary { display: flex; gap: 12px; flex-wrap: wrap; }
.count { padding: 8px 14px; border-radius: 6px; background: #fff; border: 1px solid var(--line); min-width: 110px; }
.count b { display: block; font-size: 22px; }
.count.error b { color: var(--error); } .count.warning b { color: var(--warning); } .count.info b { color: var(--info); }
.graph { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow: auto; }
.graph svg { display: block; width: 100%; height: auto; }
.graph g.edge.broken path { stroke-width: 2.5px; }
.graph g.edge.broken text { font-weight: bold; }
.legend { display: flex; gap: 16px; flex-wrap: wrap; font-size: 12px; color: var(--muted); margin: 6px 0; }
.legend span::before { content: ""; display: inline-block; width: 22px; height: 0; margin-right: 6px; vertical-align: middle; border-top: 2px solid #4b5563; }
.legend .broken::before { border-top: 2px dashed var(--error); }
.legend .tentative::before { border-top: 2px dashed #9ca3af; }
details.file { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
details.file > summary { cursor: pointer; padding: 8px 12px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.finding { border-top: 1px solid var(--line); padding: 8px 12px; }
.finding .head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.sev { font-size: 11px; font-weight: 600; text-transform: uppercase; padding: 1px 6px; border-radius: 4px; color: #fff; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--muted); font-size: 12px; }
.loc { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--muted); font-size: 12px; }
.fix, .related { color: #374151; font-size: 13px; margin-top: 2px; }
pre.excerpt { margin: 6px 0 0; padding: 6px 0; background: #f3f4f6; border-radius: 4px; overflow-x: auto; font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace; }
pre.excerpt span { display: block; padding: 0 10px; white-space: pre; }
pre.excerpt span.hit { background: #fee2e2; }
pre.excerpt .n { display: inline-block; width: 4em; color: #9ca3af; user-select: none; }
table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f3f4f6; }
td.claim { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: nowrap; }
tr.pending td.result { color: #b45309; }
.ok { color: #15803d; }
`;

function excerpt(text: string | undefined, finding: Finding): string {
  if (text === undefined) return '';
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, finding.line - CONTEXT_LINES);
  const last = Math.min(lines.length, finding.endLine + CONTEXT_LINES, finding.line + CONTEXT_LINES + 4);
  const shown: string[] = [];
  for (let n = first; n <= last; n++) {
    const hit = n >= finding.line && n <= Math.max(finding.line, finding.endLine);
    shown.push(`<span${hit ? ' class="hit"' : ''}><span class="n">${n}</span>${escape(lines[n - 1] ?? '')}</span>`);
  }
  return `<pre class="excerpt">${shown.join('')}</pre>`;
}

function findingHtml(finding: Finding, text: string | undefined): string {
  return `<div class="finding ${finding.severity}" id="f-${escape(finding.fingerprint)}">
<div class="head"><span class="sev ${finding.severity}">${finding.severity}</span><span class="loc">${finding.line}:${finding.column}</span><span>${escape(finding.message)}</span><span class="rule">${escape(finding.ruleId)}</span></div>
${finding.related.map((r) => `<div class="related">see <span class="loc">${escape(r.file)}:${r.line}:${r.column}</span> ${escape(r.message)}</div>`).join('\n')}
${finding.fix ? `<div class="fix">fix: <code>${escape(finding.fix)}</code></div>` : ''}
${excerpt(text, finding)}
</div>`;
}

function findingsHtml(findings: readonly Finding[], texts: ReadonlyMap<string, string>): string {
  if (findings.length === 0) return '<p class="ok">✔ No problems found.</p>';
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  return [...byFile.entries()]
    .map(([file, list]) => {
      const counts = (['error', 'warning', 'info'] as Severity[])
        .map((s) => [s, list.filter((f) => f.severity === s).length] as const)
        .filter(([, n]) => n > 0);
      return `<details class="file" open><summary>${escape(file)} — ${counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ')}</summary>
${list.map((finding) => findingHtml(finding, texts.get(finding.file))).join('\n')}
</details>`;
    })
    .join('\n');
}

function bindingsHtml(result: Pick<ReportInput, 'model'>): string {
  const rows = bindingRows(result.model);
  if (rows.length === 0) return '<p>No PersistentVolumeClaims in the view.</p>';
  const body = rows.map(
    (row) =>
      `<tr class="${row.result}"><td class="claim">${escape(`${row.namespace}/${row.name}`)}${row.owner ? `<br><small>${escape(row.owner)}</small>` : ''}</td><td>${escape(row.size || '-')}</td><td>${escape(modesText(row.accessModes))}</td><td>${escape(classText(row))}</td><td class="result">${escape(resultText(row))}</td></tr>`,
  );
  return `<table><thead><tr><th>Claim</th><th>Size</th><th>Modes</th><th>Class</th><th>Result</th></tr></thead><tbody>
${body.join('\n')}
</tbody></table>`;
}

/** The SVG without its XML prologue, so that it can sit inside HTML. */
const inlineSvg = (svg: string) => svg.slice(svg.indexOf('<svg'));

/** One self-contained page (no scripts, fonts or images from elsewhere): it opens offline and can be attached to a review. */
export async function formatHtml(result: ReportInput, version: string): Promise<string> {
  const findings = result.findings.filter((finding) => !finding.suppressed);
  const texts = new Map<string, string>();
  for (const resource of result.model.resources) texts.set(resource.source.file, resource.source.text);
  for (const problem of result.model.problems) if (problem.parsed && !texts.has(problem.file)) texts.set(problem.file, problem.parsed.text);
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const graph = buildGraph(result.model, findings);
  const broken = graph.edges.filter((edge) => edge.broken).length;
  const svg = graph.nodes.length > 0 ? inlineSvg(await toSvg(graph)) : '';
  const { stats } = result;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>kstorelint report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>kstorelint report</h1><div class="meta">kstorelint ${escape(version)} · ${stats.files} file${stats.files === 1 ? '' : 's'}, ${stats.resources} object${stats.resources === 1 ? '' : 's'}${stats.unparseable ? `, ${stats.unparseable} unparseable` : ''}</div></header>
<main>
<section id="summary"><h2>Summary</h2><div class="summary">
<div class="count error"><b>${count('error')}</b>errors</div>
<div class="count warning"><b>${count('warning')}</b>warnings</div>
<div class="count info"><b>${count('info')}</b>infos</div>
<div class="count"><b>${broken}</b>broken references</div>
<div class="count"><b>${result.findings.length - findings.length}</b>suppressed</div>
</div></section>
<section id="graph"><h2>Storage graph</h2>
<div class="legend"><span>reference</span><span class="broken">broken: a finding reports it (red, with the rule id)</span><span class="tentative">tentative (closest PersistentVolume of a pending claim, reservation)</span></div>
${svg ? `<div class="graph">${svg}</div>` : '<p>Nothing to draw: no workloads, claims, volumes or classes.</p>'}
</section>
<section id="findings"><h2>Findings</h2>
${findingsHtml(findings, texts)}
</section>
<section id="bindings"><h2>Bindings</h2>
${bindingsHtml(result)}
</section>
</main>
</body>
</html>
`;
}
