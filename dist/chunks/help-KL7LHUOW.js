import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
import{NEWEST_KUBE_VERSION,PLATFORMS}from"./chunk-CUPZ4IK2.js";import"./chunk-W5DOQR3K.js";var HELP=`Usage: kstorelint [options] <path|glob|->...
       kstorelint rules [--format text|markdown]
       kstorelint explain <rule-id>
       kstorelint init                 write a commented .kstorelint.yaml
       kstorelint graph [options] <path>...     the storage graph: workloads, claims, volumes, classes
       kstorelint bindings [options] <path>...  per claim: size, modes, class, what the PV binder does

Lints Kubernetes manifests for storage mistakes. Everything given in one run is one cluster view.

Paths:
  <folder>                 every .yaml/.yml/.json below it (honours .gitignore); every
                           kustomization below it that no other one builds on (the overlays) is
                           rendered with kubectl kustomize when kubectl is on PATH: the files it
                           uses are linted through it, and findings point at the base, patch or
                           generator line that wrote the field
  <file> | <glob>          files as given, or matching a glob
                           folders and globs leave out **/testdata/**, **/vendor/**, **/Godeps/**
                           and **/_workspace/** (--no-default-ignore, or defaultIgnore: false, keeps them)
  -                        read manifests from standard input (helm template output: findings
                           land in the templates its # Source: comments name, when they are here)

Options:
  -f, --format <name>      stylish (default), compact (path:line:col: severity message [rule], one
                           line each), json, sarif, github, junit, html (one self-contained page
                           with findings, the storage graph and the bindings table)
                           graph: mermaid (default), dot, svg; bindings: text (default), json
      --focus <KIND/NAME>  graph: one object (KIND/NAMESPACE/NAME too; pvc, pv, sc, sts\u2026 work), what it
                           reaches and what reaches it
  -o, --output-file <file> write the report to a file (the terminal still gets stylish)
      --report <fmt>=<file> also write a report in another format to a file (repeatable),
                           e.g. --format github --report sarif=kstorelint.sarif
      --fail-on <severity> exit 1 when a finding is at or above: error (default), warning, info
      --max-warnings <n>   exit 1 when there are more than n warnings
  -q, --quiet              report errors only (the summary says how many warnings it hid)
      --baseline <file>    report only findings that are not in this baseline
      --write-baseline <f> record the current findings as a baseline
  -c, --config <file>      configuration file (default: the nearest .kstorelint.yaml/.yml/.json
                           from the working directory upwards); --no-config ignores it
  -n, --namespace <name>   namespace of objects that do not set one (default: default); graph and
                           bindings show only this namespace when it is given
      --kube-version <1.N> Kubernetes version deployed to (default: ${NEWEST_KUBE_VERSION}; 1.N.P counts as 1.N)
      --platform <name>    the platform deployed to; its built-in StorageClasses exist (${PLATFORMS.join(", ")})
      --rule <id>=<level>  set a rule's severity (error, warning, info) or turn it off
      --cluster <file>     live objects (kubectl get pv,pvc,sc,svc,cm,secret -A -o yaml > f);
                           they resolve references and are never reported on (repeatable)
      --context <path>     more manifests that resolve references but are not reported on
                           (pre-commit: lint the staged files against the whole repository)
      --chart <dir>        the Helm chart that helm template output on stdin came from (default:
                           charts found below the working directory by their Chart.yaml name)
      --color, --no-color  force colours on or off (NO_COLOR and FORCE_COLOR are honoured)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or internal error.
`,helpCommand=async(_args,io)=>(io.stdout.write(HELP),0);export{helpCommand};
