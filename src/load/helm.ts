/**
 * An unrendered Helm/Go template is not YAML a cluster will ever see. We recognise it by template
 * actions that only Go templates use, so that Argo/Tekton files whose `{{ }}` sit in strings are
 * still linted as the YAML they are.
 */
const GO_TEMPLATE_ACTION =
  /\{\{-?\s*(?:-|\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|if\b|else\b|end\b|range\b|with\b|include\b|template\b|define\b|toYaml\b|tpl\b|required\b|default\b|printf\b|quote\b|nindent\b|indent\b)|-\}\}/;

export function findHelmTemplateAction(text: string): number | undefined {
  const match = GO_TEMPLATE_ACTION.exec(text);
  return match ? match.index : undefined;
}
