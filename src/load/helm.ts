import { Lexer } from 'yaml';

/**
 * An unrendered Helm/Go template is not YAML a cluster will ever see. We recognise it by template
 * actions that only Go templates use, so that Argo/Tekton files whose `{{ }}` sit in strings are
 * still linted as the YAML they are.
 */
const GO_TEMPLATE_ACTION =
  /\{\{-?\s*(?:-|\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|if\b|else\b|end\b|range\b|with\b|include\b|template\b|define\b|toYaml\b|tpl\b|required\b|default\b|printf\b|quote\b|nindent\b|indent\b)|\{\{[^}]*-\}\}/y;

/** The lexer's zero-width markers (document start, flow end, scalar start): not source characters. */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);

/**
 * Offset of the first Go template action that is template structure: one the YAML lexer reads as two
 * opening flow braces (at a line start, a key or the start of a value). An action inside a quoted or
 * block scalar, in the middle of a plain scalar or in a comment is string content that another
 * program renders (Prometheus alert annotations, CRD descriptions), and the file is linted as YAML.
 */
export function findHelmTemplateAction(text: string): number | undefined {
  if (!text.includes('{{')) return undefined;
  let offset = 0;
  let previous: { token: string; offset: number } | undefined;
  for (const token of new Lexer().lex(text)) {
    if (LEXER_MARKERS.has(token)) continue;
    if (token === '{' && previous?.token === '{' && previous.offset === offset - 1) {
      GO_TEMPLATE_ACTION.lastIndex = previous.offset;
      if (GO_TEMPLATE_ACTION.test(text)) return previous.offset;
    }
    previous = { token, offset };
    offset += token.length;
  }
  return undefined;
}
