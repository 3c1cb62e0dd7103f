/**
 * `dataSource` / `dataSourceRef` of a claim spec, as validateDataSource, validateDataSourceRef and
 * ValidatePersistentVolumeClaimSpec (pkg/apis/core/validation/validation.go) and
 * EnforceDataSourceBackwardsCompatibility / NormalizeDataSources (pkg/api/persistentvolumeclaim/util.go)
 * treat them.
 */
import { isObject, stringOf } from '../util/shape.js';
import type { JsonPath } from '../types.js';
import { featureOn } from './feature-versions.js';
import { isDns1123Subdomain } from './names.js';

export const SNAPSHOT_GROUP = 'snapshot.storage.k8s.io';
const CLAIM_KIND = 'PersistentVolumeClaim';

export type DataSourceField = 'dataSource' | 'dataSourceRef';

export type DataSourceProblem = { path: JsonPath; field: DataSourceField } &
  /** name or kind empty: Required. */
  (
    | { code: 'required'; missing: 'name' | 'kind' }
    /** Core group, kind not PersistentVolumeClaim: "must be 'PersistentVolumeClaim' when referencing the default apiGroup". */
    | { code: 'core-kind'; kind: string; dropped: boolean }
    /** apiGroup not a DNS subdomain, typically `snapshot.storage.k8s.io/v1`. */
    | { code: 'api-group'; apiGroup: string; suggestion?: string }
    /** Accepted, but no populator serves a PVC of a named group: the claim waits forever. */
    | { code: 'claim-group'; apiGroup: string }
    /** Before AnyVolumeDataSource: a dataSource other than a PVC or VolumeSnapshot is dropped on create. */
    | { code: 'dropped'; kind: string; apiGroup: string }
    | { code: 'mismatch' }
    | { code: 'namespace-with-datasource' }
  );

interface Reference {
  name: string;
  kind: string;
  apiGroup: string;
  namespace: string;
}

const readReference = (value: Record<string, unknown>): Reference => ({
  name: stringOf(value.name) ?? '',
  kind: stringOf(value.kind) ?? '',
  apiGroup: stringOf(value.apiGroup) ?? '',
  namespace: stringOf(value.namespace) ?? '',
});

function referenceProblems(field: DataSourceField, ref: Reference, at: JsonPath, anySource: boolean): DataSourceProblem[] {
  const problems: DataSourceProblem[] = [];
  const base = { field, path: at };
  if (ref.name === '') problems.push({ ...base, code: 'required', missing: 'name', path: [...at, 'name'] });
  if (ref.kind === '') problems.push({ ...base, code: 'required', missing: 'kind', path: [...at, 'kind'] });
  if (ref.apiGroup === '') {
    // Before AnyVolumeDataSource such a dataSource was dropped instead of rejected.
    if (ref.kind !== '' && ref.kind !== CLAIM_KIND)
      problems.push({ ...base, code: 'core-kind', kind: ref.kind, dropped: !anySource && field === 'dataSource', path: [...at, 'kind'] });
    return problems;
  }
  if (!isDns1123Subdomain(ref.apiGroup)) {
    const group = ref.apiGroup.split('/')[0];
    problems.push({
      ...base,
      code: 'api-group',
      apiGroup: ref.apiGroup,
      suggestion: group && isDns1123Subdomain(group) ? group : undefined,
      path: [...at, 'apiGroup'],
    });
  } else if (ref.kind === CLAIM_KIND) {
    problems.push({ ...base, code: 'claim-group', apiGroup: ref.apiGroup, path: [...at, 'apiGroup'] });
  } else if (!anySource && field === 'dataSource' && !(ref.kind === 'VolumeSnapshot' && ref.apiGroup === SNAPSHOT_GROUP)) {
    problems.push({ ...base, code: 'dropped', kind: ref.kind, apiGroup: ref.apiGroup, path: [...at, 'kind'] });
  }
  return problems;
}

/** Problems of one claim spec; `at` is the path of the spec. */
export function dataSourceProblems(spec: Record<string, unknown>, kubeVersion: string, at: JsonPath = []): DataSourceProblem[] {
  const anySource = featureOn('AnyVolumeDataSource', kubeVersion);
  const source = isObject(spec.dataSource) ? readReference(spec.dataSource) : undefined;
  // Before the gate, dataSourceRef is dropped on create: nothing to check there.
  const ref = anySource && isObject(spec.dataSourceRef) ? readReference(spec.dataSourceRef) : undefined;
  const problems: DataSourceProblem[] = [];
  if (source) problems.push(...referenceProblems('dataSource', source, [...at, 'dataSource'], anySource));
  if (ref) problems.push(...referenceProblems('dataSourceRef', ref, [...at, 'dataSourceRef'], anySource));
  if (source && ref) {
    if (ref.namespace !== '') problems.push({ field: 'dataSource', code: 'namespace-with-datasource', path: [...at, 'dataSource'] });
    else if (source.name !== ref.name || source.kind !== ref.kind || source.apiGroup !== ref.apiGroup)
      problems.push({ field: 'dataSource', code: 'mismatch', path: [...at, 'dataSource'] });
  }
  return problems;
}
