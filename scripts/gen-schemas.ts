/**
 * Generates `schemas/` (JSON Schema draft-07, one file per built-in kind) from the declarations of
 * the `kubernetes-types` package, read with the TypeScript compiler API. Nothing is downloaded.
 *
 * Usage: npm run gen:schemas            (writes schemas/)
 * The freshness test calls `generateSchemas()` and compares with the committed files.
 *
 * What the declarations cannot say comes from the tables below, each entry citing upstream:
 * enums of storage fields typed as plain strings, fields added after kubernetes-types' 1.30, fields
 * the declarations call required that the API server does not require, and the VolumeSnapshot kinds
 * (a CRD of kubernetes-csi/external-snapshotter, not in kubernetes-types), which are hand-written.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvModule from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ts from 'typescript';
import { AJV_OPTIONS, DEFINITIONS_ID, exportName } from '../src/schema/ajv-options.js';

export type JsonSchema = { [key: string]: unknown };

/** The API groups the linter validates, as kubernetes-types modules. */
export const MODULES = ['core/v1', 'apps/v1', 'batch/v1', 'storage/v1', 'policy/v1', 'autoscaling/v2', 'networking/v1', 'rbac/v1'] as const;

const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];
const RETAIN_DELETE = ['Retain', 'Delete'];

/**
 * Enums for fields that kubernetes-types declares as `string`. Key: `<definition>.<property>`; for
 * list fields the enum applies to the items. Values are what the API server accepts on create.
 */
export const ENUMS: Readonly<Record<string, readonly string[]>> = {
  // k8s.io/api core/v1 types.go PersistentVolumeAccessMode; pkg/apis/core/validation supportedAccessModes
  'core.v1.PersistentVolumeSpec.accessModes': ACCESS_MODES,
  'core.v1.PersistentVolumeClaimSpec.accessModes': ACCESS_MODES,
  // core/v1 types.go PersistentVolumeReclaimPolicy (Recycle is deprecated but still accepted on PVs)
  'core.v1.PersistentVolumeSpec.persistentVolumeReclaimPolicy': ['Recycle', 'Delete', 'Retain'],
  // core/v1 types.go PersistentVolumeMode; validation supportedVolumeModes
  'core.v1.PersistentVolumeSpec.volumeMode': VOLUME_MODES,
  'core.v1.PersistentVolumeClaimSpec.volumeMode': VOLUME_MODES,
  // core/v1 types.go HostPathType; validation supportedHostPathTypes
  'core.v1.HostPathVolumeSource.type': [
    '',
    'DirectoryOrCreate',
    'Directory',
    'FileOrCreate',
    'File',
    'Socket',
    'CharDevice',
    'BlockDevice',
  ],
  // core/v1 types.go MountPropagationMode; validation validateMountPropagation
  'core.v1.VolumeMount.mountPropagation': ['None', 'HostToContainer', 'Bidirectional'],
  // core/v1 types.go RecursiveReadOnlyMode
  'core.v1.VolumeMount.recursiveReadOnly': ['Disabled', 'IfPossible', 'Enabled'],
  // core/v1 types.go PodFSGroupChangePolicy
  'core.v1.PodSecurityContext.fsGroupChangePolicy': ['OnRootMismatch', 'Always'],
  // storage/v1 types.go VolumeBindingMode; pkg/apis/storage/validation supportedVolumeBindingModes
  'storage.v1.StorageClass.volumeBindingMode': ['Immediate', 'WaitForFirstConsumer'],
  // pkg/apis/storage/validation supportedReclaimPolicy: a StorageClass never accepts Recycle
  'storage.v1.StorageClass.reclaimPolicy': RETAIN_DELETE,
  // storage/v1 types.go FSGroupPolicy and VolumeLifecycleMode
  'storage.v1.CSIDriverSpec.fsGroupPolicy': ['None', 'File', 'ReadWriteOnceWithFSType'],
  'storage.v1.CSIDriverSpec.volumeLifecycleModes': ['Persistent', 'Ephemeral'],
  // apps/v1 types.go PodManagementPolicyType, StatefulSetUpdateStrategyType,
  // PersistentVolumeClaimRetentionPolicyType; pkg/apis/apps/validation ValidateStatefulSetSpec
  'apps.v1.StatefulSetSpec.podManagementPolicy': ['OrderedReady', 'Parallel'],
  'apps.v1.StatefulSetUpdateStrategy.type': ['RollingUpdate', 'OnDelete'],
  'apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted': RETAIN_DELETE,
  'apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled': RETAIN_DELETE,
  // apps/v1 types.go DeploymentStrategyType and DaemonSetUpdateStrategyType
  'apps.v1.DeploymentStrategy.type': ['Recreate', 'RollingUpdate'],
  'apps.v1.DaemonSetUpdateStrategy.type': ['RollingUpdate', 'OnDelete'],
};

/**
 * Fields the API gained after Kubernetes 1.30 (kubernetes-types 1.30.0 lacks them): without them a
 * manifest for a newer cluster would get "unknown field" findings. Source: k8s.io/api types.go of
 * the release named in each comment. Types are kept loose where the structure is still moving.
 */
const ADDED_FIELDS: Readonly<Record<string, Readonly<Record<string, JsonSchema>>>> = {
  'core.v1.Volume': {
    // 1.31 ImageVolume (KEP-4639): image: {reference, pullPolicy}
    image: {
      type: 'object',
      properties: { reference: { type: 'string' }, pullPolicy: { type: 'string', enum: ['Always', 'Never', 'IfNotPresent'] } },
      additionalProperties: false,
    },
  },
  'core.v1.PodSpec': {
    resources: { $ref: '#/definitions/core.v1.ResourceRequirements' }, // 1.32 PodLevelResources (KEP-2837)
    hostnameOverride: { type: 'string' }, // 1.34 HostnameOverride (KEP-4762)
  },
  'core.v1.PodSecurityContext': {
    supplementalGroupsPolicy: { type: 'string', enum: ['Merge', 'Strict'] }, // 1.31 (KEP-3619)
    seLinuxChangePolicy: { type: 'string', enum: ['MountOption', 'Recursive'] }, // 1.32 (KEP-1710)
  },
  // 1.31 DRA (KEP-4381): the claim names moved out of the removed `source`
  'core.v1.PodResourceClaim': { resourceClaimName: { type: 'string' }, resourceClaimTemplateName: { type: 'string' } },
  'storage.v1.CSIDriverSpec': { nodeAllocatableUpdatePeriodSeconds: { type: 'number' } }, // 1.33 (KEP-4876)
  'core.v1.Container': { restartPolicyRules: { type: 'array' } }, // 1.34 ContainerRestartRules (KEP-5307)
  'core.v1.EphemeralContainer': { restartPolicyRules: { type: 'array' } },
  'core.v1.Lifecycle': { stopSignal: { type: 'string' } }, // 1.33 ContainerStopSignals (KEP-4960)
  'core.v1.EnvVarSource': { fileKeyRef: { type: 'object' } }, // 1.34 EnvFiles (KEP-5307)
  'core.v1.ServiceSpec': { trafficDistribution: { type: 'string' } }, // 1.31 beta (KEP-4444)
  'autoscaling.v2.HPAScalingRules': { tolerance: { type: ['string', 'number'] } }, // 1.33 (KEP-4951)
  'batch.v1.JobSpec': { managedBy: { type: 'string' }, successPolicy: { type: 'object' } }, // 1.30/1.31 (KEP-4368, KEP-3998)
};

/** Fields the declarations mark required although the API server accepts them missing. */
const NOT_REQUIRED = new Set([
  // kubernetes/kubernetes#130233 (1.33) marked it optional; the server never required it.
  'apps.v1.StatefulSetSpec.serviceName',
  // pkg/apis/rbac/v1/defaults.go SetDefaults_RoleBinding / SetDefaults_ClusterRoleBinding fill it in.
  'rbac.v1.RoleRef.apiGroup',
  // A struct, not a pointer: missing is the empty selector, which selects every pod of the namespace.
  'networking.v1.NetworkPolicySpec.podSelector',
  // An int32, not a pointer: missing is LUN 0, which validation accepts (0..255).
  'core.v1.ISCSIVolumeSource.lun',
  'core.v1.ISCSIPersistentVolumeSource.lun',
]);

/** Hand-written: snapshot.storage.k8s.io/v1 (kubernetes-csi/external-snapshotter client/config/crd, v8). */
const SNAPSHOT_KINDS: Readonly<Record<string, JsonSchema>> = (() => {
  const base = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { $ref: '#/definitions/meta.v1.ObjectMeta' },
    status: {},
  };
  const deletionPolicy = { type: 'string', enum: ['Delete', 'Retain'] };
  const strict = (properties: JsonSchema, required: string[] = []) => ({
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  });
  return {
    VolumeSnapshot: strict(
      {
        ...base,
        spec: strict(
          {
            source: strict({ persistentVolumeClaimName: { type: 'string' }, volumeSnapshotContentName: { type: 'string' } }),
            volumeSnapshotClassName: { type: 'string' },
          },
          ['source'],
        ),
      },
      ['spec'],
    ),
    VolumeSnapshotClass: strict(
      { ...base, driver: { type: 'string' }, deletionPolicy, parameters: { type: 'object', additionalProperties: { type: 'string' } } },
      ['driver', 'deletionPolicy'],
    ),
    VolumeSnapshotContent: strict(
      {
        ...base,
        spec: strict(
          {
            deletionPolicy,
            driver: { type: 'string' },
            source: strict({ snapshotHandle: { type: 'string' }, volumeHandle: { type: 'string' } }),
            sourceVolumeMode: { type: 'string', enum: VOLUME_MODES },
            volumeSnapshotClassName: { type: 'string' },
            volumeSnapshotRef: { $ref: '#/definitions/core.v1.ObjectReference' },
          },
          ['deletionPolicy', 'driver', 'source', 'volumeSnapshotRef'],
        ),
      },
      ['spec'],
    ),
  };
})();

interface Declarations {
  /** Interfaces and type aliases of one module, by name. */
  decls: Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>;
  /** Imported name → module id. */
  imports: Map<string, string>;
}

const typesRoot = () => path.dirname(createRequire(import.meta.url).resolve('kubernetes-types/package.json'));

class Reader {
  private readonly modules = new Map<string, Declarations>();
  constructor(private readonly root: string) {}

  module(id: string): Declarations {
    let found = this.modules.get(id);
    if (found) return found;
    const file = path.join(this.root, `${id}.d.ts`);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    found = { decls: new Map(), imports: new Map() };
    for (const statement of source.statements) {
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) found.decls.set(statement.name.text, statement);
      else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const from = path.posix.join(path.posix.dirname(id), statement.moduleSpecifier.text);
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) found.imports.set(element.name.text, from);
      }
    }
    this.modules.set(id, found);
    return found;
  }

  resolve(moduleId: string, name: string): { moduleId: string; decl: ts.InterfaceDeclaration | ts.TypeAliasDeclaration } {
    const here = this.module(moduleId);
    const local = here.decls.get(name);
    if (local) return { moduleId, decl: local };
    const from = here.imports.get(name);
    const decl = from ? this.module(from).decls.get(name) : undefined;
    if (!from || !decl) throw new Error(`cannot resolve ${name} from ${moduleId}`);
    return { moduleId: from, decl };
  }
}

const defName = (moduleId: string, name: string) => `${moduleId.replace(/\//g, '.')}.${name}`;
const propertyName = (name: ts.PropertyName) => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText());

class Converter {
  readonly definitions = new Map<string, JsonSchema>();
  private readonly pending: [string, string, ts.InterfaceDeclaration][] = [];
  constructor(private readonly reader: Reader) {}

  type(node: ts.TypeNode, moduleId: string): JsonSchema {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return {};
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { type: 'string' };
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: this.type(node.elementType, moduleId) };
    if (ts.isUnionTypeNode(node)) return this.union(node, moduleId);
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      if (index && node.members.length === 1) return { type: 'object', additionalProperties: this.type(index.type, moduleId) };
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      if (name === 'Array' && node.typeArguments?.length === 1) return { type: 'array', items: this.type(node.typeArguments[0], moduleId) };
      // resource.Quantity: the API accepts `storage: 5` as well as `storage: 5Gi`.
      if (name === 'Quantity') return { type: ['string', 'number'] };
      const { moduleId: home, decl } = this.reader.resolve(moduleId, name);
      if (ts.isTypeAliasDeclaration(decl)) return this.type(decl.type, home);
      // Empty interfaces (RawExtension, FieldsV1) hold arbitrary JSON.
      if (decl.members.length === 0) return {};
      const id = defName(home, name);
      if (!this.definitions.has(id)) {
        this.definitions.set(id, {});
        this.pending.push([id, home, decl]);
      }
      return { $ref: `#/definitions/${id}` };
    }
    throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]} in ${moduleId}`);
  }

  /** `number | string` is IntOrString: an integer or a string, never a fraction. */
  private union(node: ts.UnionTypeNode, moduleId: string): JsonSchema {
    const members = node.types.map((member) => this.type(member, moduleId));
    const simple = members.every((m) => Object.keys(m).length === 1 && typeof m.type === 'string');
    if (!simple) return { anyOf: members };
    const types = members.map((m) => (m.type === 'number' ? 'integer' : String(m.type)));
    return { type: [...new Set(types)].sort() };
  }

  object(id: string, moduleId: string, decl: ts.InterfaceDeclaration): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const member of decl.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = propertyName(member.name);
      properties[name] = withEnum(this.type(member.type, moduleId), ENUMS[`${id}.${name}`]);
      if (!member.questionToken && !NOT_REQUIRED.has(`${id}.${name}`)) required.push(name);
    }
    for (const [name, schema] of Object.entries(ADDED_FIELDS[id] ?? {})) {
      properties[name] = schema;
      for (const ref of refsIn(schema)) this.ensure(ref);
    }
    return {
      type: 'object',
      properties: sortKeys(properties),
      ...(required.length ? { required: required.sort() } : {}),
      additionalProperties: false,
    };
  }

  /** Makes sure a `#/definitions/x` named by a table entry is generated. */
  ensure(id: string) {
    if (this.definitions.has(id)) return;
    const dot = id.lastIndexOf('.');
    const moduleId = id.slice(0, dot).replace(/\./g, '/');
    const { decl } = this.reader.resolve(moduleId, id.slice(dot + 1));
    if (!ts.isInterfaceDeclaration(decl)) throw new Error(`${id} is not an interface`);
    this.definitions.set(id, {});
    this.pending.push([id, moduleId, decl]);
  }

  drain() {
    for (let next = this.pending.pop(); next; next = this.pending.pop()) {
      const [id, moduleId, decl] = next;
      this.definitions.set(id, this.object(id, moduleId, decl));
    }
  }
}

function withEnum(schema: JsonSchema, values: readonly string[] | undefined): JsonSchema {
  if (!values) return schema;
  if (schema.type === 'array') return { ...schema, items: { type: 'string', enum: [...values] } };
  if (schema.type !== 'string') throw new Error('enum on a non-string field');
  return { type: 'string', enum: [...values] };
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child.replace('#/definitions/', '')] : refsIn(child),
  );
}

const sortKeys = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Kinds: interfaces with literal `apiVersion` and `kind`. List kinds are left out: the loader validates their items. */
function kindsOf(reader: Reader, moduleId: string): { apiVersion: string; kind: string; decl: ts.InterfaceDeclaration }[] {
  const out = [];
  for (const decl of reader.module(moduleId).decls.values()) {
    if (!ts.isInterfaceDeclaration(decl)) continue;
    const literal = (name: string) => {
      const member = decl.members.find((m) => ts.isPropertySignature(m) && propertyName(m.name) === name) as
        ts.PropertySignature | undefined;
      return member?.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)
        ? member.type.literal.text
        : undefined;
    };
    const apiVersion = literal('apiVersion');
    const kind = literal('kind');
    if (apiVersion && kind && !kind.endsWith('List')) out.push({ apiVersion, kind, decl });
  }
  return out.sort((a, b) => (a.kind < b.kind ? -1 : 1));
}

/** The file a kind's schema lives in, relative to schemas/. */
export const schemaFile = (apiVersion: string, kind: string) =>
  `${apiVersion.includes('/') ? apiVersion : `core/${apiVersion}`}/${kind}.json`;

function document(root: JsonSchema, converter: Converter): JsonSchema {
  // Only the definitions this kind reaches, so each file stands alone.
  const reached = new Set<string>();
  const visit = (schema: unknown) => {
    for (const ref of refsIn(schema)) {
      if (reached.has(ref)) continue;
      reached.add(ref);
      visit(converter.definitions.get(ref));
    }
  };
  visit(root);
  const definitions = sortKeys(Object.fromEntries([...reached].map((id) => [id, converter.definitions.get(id)])));
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...root, ...(reached.size ? { definitions } : {}) };
}

/** Every file of schemas/, by path relative to it, with its exact content. */
export function generateSchemas(root = typesRoot()): Map<string, string> {
  const reader = new Reader(root);
  const converter = new Converter(reader);
  const roots: [string, string, JsonSchema][] = [];
  for (const moduleId of MODULES) {
    for (const { apiVersion, kind, decl } of kindsOf(reader, moduleId)) {
      const schema = converter.object(defName(moduleId, kind), moduleId, decl);
      // status is written by the server and dropped on create: not the author's concern.
      if (isRecord(schema.properties) && 'status' in schema.properties) schema.properties.status = {};
      roots.push([apiVersion, kind, schema]);
    }
  }
  for (const [kind, schema] of Object.entries(SNAPSHOT_KINDS)) roots.push(['snapshot.storage.k8s.io/v1', kind, schema]);
  for (const [, , schema] of roots) for (const ref of refsIn(schema)) converter.ensure(ref);
  converter.drain();

  const files = new Map<string, string>();
  const index: Record<string, string> = {};
  for (const [apiVersion, kind, schema] of roots) {
    const file = schemaFile(apiVersion, kind);
    index[`${apiVersion}/${kind}`] = file;
    files.set(file, `${JSON.stringify(document(schema, converter))}\n`);
  }
  files.set('index.json', `${JSON.stringify(sortKeys(index), null, 1)}\n`);
  const kinds = roots.map(([apiVersion, kind, schema]): [string, JsonSchema] => [`${apiVersion}/${kind}`, schema]);
  const withPods = kinds.filter(([, schema]) => reaches(schema, POD_SPEC, converter));
  files.set(POD_KINDS_FILE, standaloneValidators(withPods, converter.definitions));
  for (const kind of kinds) {
    const name = exportName(kind[0]);
    files.set(
      validatorFile(name),
      withPods.includes(kind)
        ? `${GENERATED}\n"use strict";exports.${name} = require("./${path.posix.basename(POD_KINDS_FILE)}").${name};\n`
        : standaloneValidators([kind], converter.definitions),
    );
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * One module per kind, required on the first object of that kind (src/schema/validators.ts), so a
 * run parses only the validators of the kinds it meets. The kinds that hold a pod spec share one
 * module: the pod spec's code is most of theirs, and a repository with one of them has several.
 */
export const validatorFile = (name: string) => `validators/${name}.cjs`;
const POD_KINDS_FILE = 'validators/pod-kinds.cjs';
const POD_SPEC = 'core.v1.PodSpec';
const GENERATED = '// Generated by scripts/gen-schemas.ts (npm run gen:schemas) from kubernetes-types; do not edit.';

function reaches(root: JsonSchema, definition: string, converter: Converter): boolean {
  const reached = new Set<string>();
  const visit = (schema: unknown) => {
    for (const ref of refsIn(schema)) {
      if (reached.has(ref)) continue;
      reached.add(ref);
      visit(converter.definitions.get(ref));
    }
  };
  visit(root);
  return reached.has(definition);
}

/**
 * Precompiled validators (ajv standalone code, CommonJS so it loads synchronously with `require`):
 * compiling a Deployment's schema at start-up costs far more than a small run may. The kinds of one
 * module share one definitions schema, so the pod spec's code exists once in it.
 */
function standaloneValidators(roots: [string, JsonSchema][], definitions: Map<string, JsonSchema>): string {
  const shared = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', `"${DEFINITIONS_ID}#/definitions/`)) as JsonSchema;
  const ajv = new ajvModule.default({ ...AJV_OPTIONS, code: { source: true, esm: false, lines: false } });
  ajv.addSchema({ $id: DEFINITIONS_ID, definitions: shared(sortKeys(Object.fromEntries(definitions))) });
  const exports: Record<string, string> = {};
  for (const [gvk, schema] of roots) {
    const name = exportName(gvk);
    if (name in exports) throw new Error(`export name ${name} is not unique`);
    ajv.addSchema({ $id: name, ...shared(schema) });
    exports[name] = name;
  }
  return `${GENERATED}\n${standaloneModule.default(ajv, exports)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const schemasDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/** Files currently in schemas/, relative to it. */
/** Files in schemas/ that are written by hand, not by this script. */
const HAND_WRITTEN = new Set(['config.schema.json']);

export function committedSchemaFiles(dir = schemasDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !HAND_WRITTEN.has(file))
    .sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = generateSchemas();
  for (const file of committedSchemaFiles()) rmSync(path.join(schemasDir, file));
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(schemasDir, file)), { recursive: true });
    writeFileSync(path.join(schemasDir, file), text);
  }
  console.log(`wrote ${files.size} files to ${path.relative(process.cwd(), schemasDir) || '.'}`);
}
