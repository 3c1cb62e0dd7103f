import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
import{closest,declaredNamespace,describe,editDistance,isClusterScoped,isDns1035Label,isDns1123Label,isDns1123Subdomain,isLabelKey,isLabelValue,isQualifiedName,listNames}from"./chunk-4N2ZC3PC.js";import{wellKnownPlatformClass}from"./chunk-RNIHLFJ6.js";import{GIT_REPO_OFF_BY_DEFAULT,IN_TREE_PROVISIONERS,RELAXED_ENV_NAMES_SINCE,VOLUME_PLUGIN_FATES,apiLifecycle,kubeMinor,pluginSeverity,removedApi,usesRelaxedEnvNames}from"./chunk-XZZXEPBR.js";var ACCESS_MODES=["ReadWriteOnce","ReadOnlyMany","ReadWriteMany","ReadWriteOncePod"],ACCESS_MODE_SHORT={ReadWriteOnce:"RWO",ReadOnlyMany:"ROX",ReadWriteMany:"RWX",ReadWriteOncePod:"RWOP"};function asAccessModes(value){return Array.isArray(value)?value.filter(mode=>typeof mode=="string"):[]}var containsAllModes=(offered,requested)=>requested.every(mode=>offered.includes(mode)),allowsMultiAttach=modes2=>modes2.length===0||modes2.includes("ReadWriteMany")||modes2.includes("ReadOnlyMany"),isSingleWriter=modes2=>modes2.length>0&&!allowsMultiAttach(modes2);function kubeMinor2(version){let match=/^v?1\.(\d+)/.exec(version.trim());return match?Number(match[1]):Number.POSITIVE_INFINITY}var ON_BY_DEFAULT_SINCE={ReadWriteOncePod:27,AnyVolumeDataSource:24,VolumeAttributesClass:34},featureOn=(feature,version)=>kubeMinor2(version)>=ON_BY_DEFAULT_SINCE[feature];function accessModeProblems(raw,kubeVersion,at2=[]){if(raw==null)return[{code:"empty",path:at2}];if(!Array.isArray(raw))return[];if(raw.length===0)return[{code:"empty",path:at2}];let problems=[],rwop=featureOn("ReadWriteOncePod",kubeVersion);raw.forEach((value,index)=>{typeof value=="string"&&(value==="ReadWriteOncePod"&&!rwop?problems.push({code:"rwop-not-available",path:[...at2,index]}):ACCESS_MODES.includes(value)||problems.push({code:"unknown",value,suggestion:closest(value,ACCESS_MODES),path:[...at2,index]}))});let modes2=raw.filter(value=>typeof value=="string");if(rwop&&modes2.includes("ReadWriteOncePod")){let others=[...new Set(modes2.filter(mode=>mode!=="ReadWriteOncePod"))];others.length>0&&problems.push({code:"rwop-mixed",others,path:at2})}return problems}var isObject=value=>typeof value=="object"&&value!==null&&!Array.isArray(value);function objectsOf(value){return Array.isArray(value)?value.filter(isObject):[]}function indexedObjectsOf(value){if(!Array.isArray(value))return[];let out=[];return value.forEach((item,index)=>{isObject(item)&&out.push([item,index])}),out}var stringOf=value=>typeof value=="string"?value:void 0,nonEmptyString=value=>typeof value=="string"&&value!==""?value:void 0,objectOf=value=>isObject(value)?value:{};function formatMessage(template,data){return template.replace(/\{(\w+)\}/g,(whole,name)=>name in data?String(data[name]):whole)}var docsUrl=id=>`https://github.com/kstorelint/kstorelint/blob/main/docs/rules.md#${id}`;var messages={empty:"{subject} has no accessModes; the API server requires at least one",unknown:"{subject} has access mode '{value}', which is not one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod (values are case-sensitive)",rwopUnavailable:"Kubernetes {version} rejects access mode ReadWriteOncePod of {subject}: its feature gate is on by default only from 1.27",rwopMixed:"{subject} combines ReadWriteOncePod with {others}; ReadWriteOncePod must be the only access mode"};function report(context,subject,problem){let base={resource:subject.resource,path:[...subject.path,"spec","accessModes",...problem.path]},data={subject:subject.label};switch(problem.code){case"empty":context.report({...base,messageId:"empty",data,fix:"accessModes: [ReadWriteOnce]"});break;case"unknown":context.report({...base,messageId:"unknown",data:{...data,value:problem.value},fix:problem.suggestion?`did you mean '${problem.suggestion}'?`:void 0});break;case"rwop-not-available":context.report({...base,messageId:"rwopUnavailable",data:{...data,version:context.model.options.kubeVersion},fix:"ReadWriteOnce"});break;case"rwop-mixed":context.report({...base,messageId:"rwopMixed",data:{...data,others:problem.others.join(", ")},fix:"accessModes: [ReadWriteOncePod]"});break}}var access_modes_invalid_default={id:"access-modes-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume or claim with no access mode, an unknown one, or ReadWriteOncePod next to another mode",why:'The API server requires at least one access mode on every PersistentVolume and claim (also ephemeral volume templates), accepts only `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` and `ReadWriteOncePod` (case-sensitive: `ReadWriteOne` or `RWO` are `Unsupported value`), and rejects ReadWriteOncePod combined with any other mode ("may not use ReadWriteOncePod with other access modes"). ReadWriteOncePod exists from 1.22 but its feature gate is on by default only from 1.27, so older clusters reject it. StatefulSet claim templates are checked by `sts-claim-template-invalid` (this rule adds only the version check there).',fix:"List the modes the volume supports, spelt out: `accessModes: [ReadWriteOnce]`; use `[ReadWriteOncePod]` alone for single-pod access.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: ledger
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOncePod, ReadWriteOnce] # expect: access-modes-invalid/rwopMixed@3
  persistentVolumeReclaimPolicy: Retain
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f60789
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: ledger
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOncePod]
  persistentVolumeReclaimPolicy: Retain
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f60789
`},references:["pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec: supportedAccessModes, ReadWriteOncePod)","keps/sig-storage/2485-read-write-once-pod-pv-access-mode/kep.yaml","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[{tool:"Kubernetes API server",check:'ValidatePersistentVolumeClaimSpec: "at least 1 access mode is required"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"},{tool:"Kubernetes API server",check:'ValidatePersistentVolumeSpec: "may not use ReadWriteOncePod with other access modes"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number. Set `--kube-version` to the oldest target cluster so the ReadWriteOncePod check is right for it."},messages,check(context){let{model}=context,subjects=[];for(let pv of model.persistentVolumes)isObject(pv.object.spec)&&subjects.push({resource:pv,label:`PersistentVolume ${pv.name}`,path:[],spec:pv.object.spec,partial:model.isFragment(pv)!==void 0,versionOnly:!1});for(let spec of model.claimSpecs){let object=spec.object.spec;isObject(object)&&subjects.push({resource:spec.resource,label:spec.label,path:spec.path,spec:object,partial:model.isFragment(spec.resource)!==void 0,versionOnly:spec.origin==="statefulset"})}for(let subject of subjects)for(let problem of accessModeProblems(subject.spec.accessModes,model.options.kubeVersion))problem.code==="empty"&&subject.partial||subject.versionOnly&&problem.code!=="rwop-not-available"||report(context,subject,problem)}};var TEMPLATE=/\{\{|\}\}|<%|%>|\$\{[A-Za-z_]|\$[A-Za-z_][A-Za-z0-9_]*|<[A-Za-z][^<>]*>|__[A-Za-z0-9]+__/,isPlaceholderText=text=>TEMPLATE.test(text),isPlaceholderName=text=>/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$/.test(text.trim());function isPlaceholderValue(value){return typeof value=="string"?isPlaceholderText(value)||isPlaceholderName(value):isObject(value)&&Object.keys(value).length>0&&Object.keys(value).some(key=>/^[[{]/.test(key))}var isPlaceholderClassName=name=>isPlaceholderValue(name)||/(^|[-_.])your([-_.]|$)/i.test(name)||/^my-?storage-?class(-name)?$/i.test(name);function claimNameReference(use){if(!(use.naming!=="claimName"||use.replacedByTemplate||isPlaceholderText(use.name)))return{kind:"PersistentVolumeClaim",namespace:use.workload.namespace,name:use.name,from:{resource:use.workload.resource,path:use.path}}}function configObjectReference(reference){if(reference.optional)return;let{workload,kind,name,path:path3,keys}=reference;return{kind,namespace:workload.namespace,name,from:{resource:workload.resource,path:path3},keys:keys.map(use=>use.key)}}function getIn(value,path3){let current=value;for(let segment of path3){if(typeof current!="object"||current===null)return;current=current[segment]}return current}function matchesRequirement(labels2,requirement){let present=Object.prototype.hasOwnProperty.call(labels2,requirement.key),values=requirement.values??[];switch(requirement.operator){case"In":return present&&values.includes(labels2[requirement.key]);case"NotIn":return!present||!values.includes(labels2[requirement.key]);case"Exists":return present;case"DoesNotExist":return!present;default:return!1}}function matchesSelector(labels2,selector){for(let[key,value]of Object.entries(selector.matchLabels??{}))if(labels2[key]!==value)return!1;return(selector.matchExpressions??[]).every(requirement=>matchesRequirement(labels2,requirement))}function matchesEqualitySelector(labels2,selector){let entries=Object.entries(selector);return entries.length>0&&entries.every(([key,value])=>labels2[key]===value)}function asLabels(value){if(typeof value!="object"||value===null||Array.isArray(value))return{};let labels2={};for(let[key,raw]of Object.entries(value))raw!=null&&(labels2[key]=String(raw));return labels2}var WORKLOAD_KINDS=["Pod","Deployment","ReplicaSet","ReplicationController","StatefulSet","DaemonSet","Job","CronJob"],CONTAINER_LISTS=["initContainers","containers","ephemeralContainers"],TEMPLATE_PATH={Pod:[],Deployment:["spec","template"],ReplicaSet:["spec","template"],ReplicationController:["spec","template"],StatefulSet:["spec","template"],DaemonSet:["spec","template"],Job:["spec","template"],CronJob:["spec","jobTemplate","spec","template"]};function isWorkloadKind(kind){return WORKLOAD_KINDS.includes(kind)}function workloadOf(resource){if(!isWorkloadKind(resource.kind))return;let templatePath2=TEMPLATE_PATH[resource.kind],template=getIn(resource.object,templatePath2);if(!isObject(template))return;let spec=template.spec;if(!isObject(spec))return;let declaredReplicas=getIn(resource.object,["spec","replicas"]),specPath=[...templatePath2,"spec"],volumes=indexedObjectsOf(spec.volumes).map(([volume,index])=>({volume,index,path:[...specPath,"volumes",index]})),containers=CONTAINER_LISTS.flatMap(list=>indexedObjectsOf(spec[list]).map(([container,index])=>({container,path:[...specPath,list,index]})));return{resource,kind:resource.kind,namespace:resource.namespace??"default",name:resource.name,specPath,spec,podLabels:asLabels(getIn(template,["metadata","labels"])),replicas:typeof declaredReplicas=="number"?declaredReplicas:1,volumes,containers}}var describeWorkload=workload=>`${workload.kind} ${workload.namespace}/${workload.name}`;import path from"node:path";var relatedOf=targets=>targets.flatMap(target=>target.resource?[{resource:target.resource,path:target.path,message:target.label}]:[]),namespacesPhrase=namespaces=>`${namespaces.length===1?"namespace":"namespaces"} '${namespaces.join("', '")}'`,kindOf=reference=>typeof reference.kind=="string"?reference.kind:reference.kind[0];function assumeHint(reference){let kind=kindOf(reference);return`if it exists in the cluster, declare it in .kstorelint.yaml (assume: [${isClusterScoped(kind)||reference.namespace===void 0?`${kind}/${reference.name}`:`${kind}/${reference.namespace}/${reference.name}`}]) or pass its manifest with --cluster`}function definedNearby(model,reference){let kind=kindOf(reference);if(kind==="Secret")return!1;let folder=path.dirname(reference.from.resource.source.file);return model.ofKind(kind).some(resource=>path.dirname(resource.source.file)===folder&&(reference.namespace===void 0||resource.namespace===reference.namespace))}var withDeclareHint=(phrase,reference,wording)=>({...phrase,fix:phrase.fix??wording.declareHint??assumeHint(reference)}),KUSTOMIZE_NAMESPACE_HINT="a kustomize patch takes the namespace of the object it patches; lint the rendered kustomization (kubectl on PATH) to check the reference",isUnplacedPatch=(model,resource)=>model.isFragment(resource)==="kustomize-patch"&&declaredNamespace(resource)===void 0;function reportMissingReference(context,reference,wording){let resolution=context.model.resolveReference(reference),phrase,related=[],severity="error";switch(resolution.outcome){case"found":case"assumed":return;case"other-kind":{let{kind,targets}=resolution;phrase=wording.otherKind?wording.otherKind({kind,targets}):wording.notFound({}),related=relatedOf(targets),resolution.related||([severity,phrase]=["warning",withDeclareHint(phrase,reference,wording)]);break}case"other-namespace":{let{namespaces,targets}=resolution;phrase=wording.otherNamespace?wording.otherNamespace({namespaces,where:namespacesPhrase(namespaces),targets}):wording.notFound({}),related=relatedOf(targets),isUnplacedPatch(context.model,reference.from.resource)?(severity="info",phrase={...phrase,fix:KUSTOMIZE_NAMESPACE_HINT}):resolution.related||([severity,phrase]=["warning",withDeclareHint(phrase,reference,wording)]);break}case"near-miss":{let[nearest2]=resolution.candidates;phrase=wording.notFound({nearest:nearest2,didYouMean:`did you mean '${nearest2.name}'?`}),nearest2.related||([severity,phrase]=["warning",withDeclareHint(phrase,reference,wording)]);break}case"broken-definition":{let{file,line}=resolution.definition;phrase={...wording.notFound({}),fix:`defined in a document that does not parse (${file}:${line}); fix that document`},severity="info";break}case"probable-producer":{let{producer}=resolution;phrase={...wording.notFound({}),fix:`probably created by ${describe(producer)}; ${wording.declareHint??assumeHint(reference)}`},related=[{resource:producer,path:["metadata","name"],message:`${describe(producer)} may create it`}],severity="info";break}case"not-in-view":{phrase=wording.notFound({}),wording.providedByClusters?(severity="info",phrase={...phrase,fix:wording.providedByClusters}):definedNearby(context.model,reference)||(severity="warning",phrase=withDeclareHint(phrase,reference,wording));break}}context.report({...phrase,related:phrase.related??related,resource:reference.from.resource,path:reference.from.path,severity})}var claim_not_found_default={id:"claim-not-found",severity:"warning",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod volume names a PersistentVolumeClaim that is not in its namespace",why:'The scheduler cannot place a pod whose claim does not exist: it stays Pending with `persistentvolumeclaim "x" not found`. A claim in another namespace does not count (pods only use claims of their own namespace), and a PersistentVolume is not a claim even when it has the same name.',fix:"Point `claimName` at a PersistentVolumeClaim in the pod's namespace, or add that claim. If the claim exists only in the cluster, declare it (or lower this rule's severity).",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-pv
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/shop
  claimRef:
    namespace: default
    name: shop-claim
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shop-claim
spec:
  storageClassName: ""
  volumeName: shop-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: shop
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /usr/share/nginx/html
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: shop-pv # expect: claim-not-found/namesVolume@20
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-pv
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /data/shop
  claimRef:
    namespace: default
    name: shop-claim
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shop-claim
spec:
  storageClassName: ""
  volumeName: shop-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: shop
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /usr/share/nginx/html
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: shop-claim
`},references:["https://kubernetes.io/docs/concepts/storage/persistent-volumes/#claims-as-volumes","pkg/scheduler/framework/plugins/volumebinding (persistentvolumeclaim not found)"],sources:[{tool:"Monokle",check:"LNK001 (no-missing-links)"},{tool:"Kubevious",check:"pod-spec-volume-pvc-ref"}],whenNotToUse:"Turn it off, or list the claims under `assume:`, when claims are created outside the linted files (by an operator, a separate storage repository or a pipeline step) and only the workloads are linted."},messages:{missing:"Volume '{volume}' of {workload} uses claim '{claim}', which is not a PersistentVolumeClaim in namespace '{namespace}'",namesVolume:"Volume '{volume}' of {workload} uses claimName '{claim}', which names a PersistentVolume; claimName must name a PersistentVolumeClaim{bound}",otherNamespace:"Volume '{volume}' of {workload} uses claim '{claim}', which exists only in {other}; pods can only use claims of their own namespace '{namespace}'"},check(context){let{model}=context;for(let workload of model.workloads)for(let use of model.volumeClaims(workload)){let reference=claimNameReference(use);if(!reference)continue;let claimName=use.name,base={volume:use.volumeName,workload:describeWorkload(workload),claim:claimName,namespace:workload.namespace};reportMissingReference(context,reference,{notFound:({didYouMean})=>({messageId:"missing",data:base,fix:didYouMean}),otherNamespace:({where})=>({messageId:"otherNamespace",data:{...base,other:where}}),otherKind:({targets})=>{let reservedFor=model.claimsNaming(claimName).find(c=>c.namespace===workload.namespace)?.name??nonEmptyString(objectOf(objectOf(targets[0].resource?.object.spec).claimRef).name);return{messageId:"namesVolume",data:{...base,bound:reservedFor?`; the claim bound to it is '${reservedFor}'`:""},fix:reservedFor?`claimName: ${reservedFor}`:void 0}}})}}};var cluster_scoped_namespace_default={id:"cluster-scoped-namespace",severity:"info",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A cluster-scoped object (PersistentVolume, StorageClass, \u2026) sets metadata.namespace",why:'PersistentVolumes, StorageClasses, Namespaces, CSIDrivers, VolumeSnapshotContents and other cluster-scoped objects belong to no namespace. The API server silently clears the field on create (`EnsureObjectNamespaceMatchesRequestNamespace`: "cluster-scoped, clear namespace"), so the object works, but the field suggests a scoping that does not exist: a PV in "namespace shop" is visible to claims of every namespace, and its `claimRef.namespace` is never taken from it.',fix:"Delete `metadata.namespace` from cluster-scoped objects. To reserve a PersistentVolume for a claim of one namespace, set `spec.claimRef: {namespace, name}`.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-data
  namespace: shop # expect: cluster-scoped-namespace/namespaced@14
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  hostPath:
    path: /srv/shop
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: shop-data
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  hostPath:
    path: /srv/shop
`},references:["staging/src/k8s.io/apiserver/pkg/registry/rest/create.go (BeforeCreate, EnsureObjectNamespaceMatchesRequestNamespace)","https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#not-all-objects-are-in-a-namespace"],sources:[],whenNotToUse:"Turn it off when a tool you do not control stamps a namespace on every object it renders; the API server clears the field, so the object works as intended and the finding is only about readability."},messages:{namespaced:"{object} is cluster-scoped, but sets metadata.namespace '{namespace}'; the API server drops it, the object belongs to no namespace"},check(context){for(let resource of context.model.resources){if(!isClusterScoped(resource.kind))continue;let namespace=nonEmptyString(objectOf(resource.object.metadata).namespace);namespace&&context.report({messageId:"namespaced",data:{object:describe({...resource,namespace:void 0}),namespace},resource,path:["metadata","namespace"],fix:"delete metadata.namespace"})}}};var STRICT_ENV_NAME=/^[-._a-zA-Z][-._a-zA-Z0-9]*$/,CONFIG_KEY=/^[-._a-zA-Z0-9]+$/;var dotProblem=value=>{if(value===".")return"must not be '.'";if(value==="..")return"must not be '..'";if(value.startsWith(".."))return"must not start with '..'"};function strictEnvNameProblem(name){return STRICT_ENV_NAME.test(name)?dotProblem(name):"must consist of letters, digits, '_', '-' or '.', and must not start with a digit"}function relaxedEnvNameProblem(name){if(name.length===0)return"must not be empty";if(name.includes("="))return"must not contain '='";for(let char of name){let code=char.codePointAt(0)??0;if(code<32||code>126)return`must consist of printable ASCII characters (not ${JSON.stringify(char)})`}}var envNameProblem=(name,relaxed)=>relaxed?relaxedEnvNameProblem(name):strictEnvNameProblem(name);function configKeyProblem(key){return key.length===0?"must not be empty":key.length>253?`must be no more than 253 characters (has ${key.length})`:CONFIG_KEY.test(key)?dotProblem(key):"must consist of letters, digits, '-', '_' or '.'"}var KEY_FIELDS={ConfigMap:["data","binaryData"],Secret:["data","stringData"]},base64Bytes=text=>Buffer.from(text,"base64").length;function valueBytes(kind,field,value){return typeof value!="string"?0:field==="binaryData"||kind==="Secret"&&field==="data"?base64Bytes(value):Buffer.byteLength(value,"utf8")}var messages2={invalid:"Key '{key}' of {object} is not a valid data key: it {problem}; the API server rejects the {kind}",both:"Key '{key}' of {object} is in both data and binaryData; the API server rejects the ConfigMap",tooBig:"{object} holds {bytes} bytes of data, more than the 1 MiB ({max} bytes) the API server accepts"};function checkObject(context,resource,kind){let object=describe(resource),seen=new Set,bytes=0;for(let field of KEY_FIELDS[kind]){let values=resource.object[field];if(isObject(values))for(let[key,value]of Object.entries(values)){bytes+=valueBytes(kind,field,value);let path3=[field,key],problem=isPlaceholderText(key)?void 0:configKeyProblem(key);problem?context.report({messageId:"invalid",data:{key,object,problem,kind},resource,path:path3}):kind==="ConfigMap"&&field==="binaryData"&&seen.has(key)&&context.report({messageId:"both",data:{key,object},resource,path:path3}),seen.add(key)}}bytes>1048576&&context.report({messageId:"tooBig",data:{object,bytes,max:1048576},resource,path:[KEY_FIELDS[kind][0]]})}var config_key_invalid_default={id:"config-key-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A ConfigMap or Secret key the API server rejects (bad characters, `..`, in both data and binaryData) or data above 1 MiB",why:"Keys become file names in volumes, so the API server accepts only letters, digits, `-`, `_` and `.`, at most 253 characters, and neither `.`, `..` nor a name starting with `..` (`IsConfigMapKey`). A key with a `/` or a space (e.g. a path copied into `data:`), a key present in both `data` and `binaryData`, or more than 1 MiB of data makes the whole object fail, and every pod that mounts it waits in ContainerCreating.",fix:"Rename the key to letters, digits, `-`, `_` and `.` (use `items: [{key, path}]` in the volume to choose the file path, subdirectories included), keep each key in one map, and split objects above 1 MiB.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-conf
data:
  conf.d/default.conf: | # expect: config-key-invalid/invalid@24
    server { listen 80; }
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: nginx-conf
data:
  default.conf: |
    server { listen 80; }
`},references:["staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsConfigMapKey)","pkg/apis/core/validation/validation.go (ValidateConfigMap, ValidateSecret)","https://kubernetes.io/docs/concepts/configuration/configmap/"],sources:[{tool:"Kubernetes API server",check:`IsConfigMapKey: "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a ConfigMap or Secret the API server rejects, and the pods that mount it wait forever. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages2,check(context){for(let kind of["ConfigMap","Secret"])for(let resource of context.model.ofKind(kind))checkObject(context,resource,kind)}};var VOLUME_NAME_FIELD={ConfigMap:"name",Secret:"secretName"},isOptional=ref=>ref.optional===!0;function itemKeys(items,itemsPath){return indexedObjectsOf(items).flatMap(([item,i])=>{let key=nonEmptyString(item.key);return key?[{key,path:[...itemsPath,i,"key"]}]:[]})}function configReferences(workload){return[...volumeReferences(workload),...containerReferences(workload)]}function volumeReferences(workload){let references2=[];for(let{volume,path:path3}of workload.volumes){let raw=volume,volumeName=typeof raw.name=="string"?raw.name:"";for(let[field,kind]of[["configMap","ConfigMap"],["secret","Secret"]]){let ref=raw[field];if(!isObject(ref))continue;let name=nonEmptyString(ref[VOLUME_NAME_FIELD[kind]]);name&&references2.push({workload,kind,name,path:[...path3,field,VOLUME_NAME_FIELD[kind]],optional:isOptional(ref),source:"volume",description:`Volume '${volumeName}'`,keys:itemKeys(ref.items,[...path3,field,"items"])})}for(let[projection,i]of indexedObjectsOf(objectOf(raw.projected).sources))for(let[field,kind]of[["configMap","ConfigMap"],["secret","Secret"]]){let ref=projection[field];if(!isObject(ref))continue;let name=nonEmptyString(ref.name);if(!name)continue;let at2=[...path3,"projected","sources",i,field];references2.push({workload,kind,name,path:[...at2,"name"],optional:isOptional(ref),source:"projected",description:`Projected volume '${volumeName}'`,keys:itemKeys(ref.items,[...at2,"items"])})}let publishSecret=nonEmptyString(objectOf(objectOf(raw.csi).nodePublishSecretRef).name);publishSecret&&references2.push({workload,kind:"Secret",name:publishSecret,path:[...path3,"csi","nodePublishSecretRef","name"],optional:!1,source:"csi",description:`CSI volume '${volumeName}'`,keys:[]})}return references2}function containerReferences(workload){let references2=[];for(let view of workload.containers){let container=view.container,containerName=typeof container.name=="string"?container.name:"";for(let[entry2,i]of indexedObjectsOf(container.envFrom))for(let[field,kind]of[["configMapRef","ConfigMap"],["secretRef","Secret"]]){let ref=entry2[field],name=isObject(ref)?nonEmptyString(ref.name):void 0;!isObject(ref)||!name||references2.push({workload,kind,name,path:[...view.path,"envFrom",i,field,"name"],optional:isOptional(ref),source:"envFrom",description:`Container '${containerName}' (envFrom)`,keys:[],container:view})}for(let[entry2,i]of indexedObjectsOf(container.env)){let valueFrom=objectOf(entry2.valueFrom);for(let[field,kind]of[["configMapKeyRef","ConfigMap"],["secretKeyRef","Secret"]]){let ref=valueFrom[field],name=isObject(ref)?nonEmptyString(ref.name):void 0;if(!isObject(ref)||!name)continue;let at2=[...view.path,"env",i,"valueFrom",field],key=nonEmptyString(ref.key),envName=typeof entry2.name=="string"?entry2.name:"";references2.push({workload,kind,name,path:[...at2,"name"],optional:isOptional(ref),source:"env",description:`Env var '${envName}' of container '${containerName}'`,keys:key?[{key,path:[...at2,"key"]}]:[],container:view})}}}return references2}var LISTED_KEYS=8;function describeKeys(keys){if(keys.length===0)return"no keys at all";let sorted=[...keys].sort(),listed=sorted.slice(0,LISTED_KEYS).map(k=>`'${k}'`).join(", "),more=sorted.length>LISTED_KEYS?` and ${sorted.length-LISTED_KEYS} more`:"";return`only ${sorted.length===1?"key":"keys"} ${listed}${more}`}var config_key_not_found_default={id:"config-key-not-found",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod asks for a ConfigMap or Secret key that the object does not have",why:"Keys are not checked when the pod is created, only when the kubelet starts it: a missing `configMapKeyRef`/`secretKeyRef` key fails the container with CreateContainerConfigError (`couldn't find key K in ConfigMap ns/name`), and a missing `items[].key` of a configMap/secret volume or projected source fails the mount (`configmap references non-existent config key: K`), so the pod never runs. Only `optional: true` on the reference makes a missing key acceptable. ConfigMap keys live in `data` and `binaryData`; Secret keys in `data` and `stringData`. Keys are only checked against objects written in the view that have at least one key (the union over every copy, e.g. base and overlay): generated objects, service account token Secrets and empty placeholders are filled in elsewhere; a missing object is configmap-or-secret-not-found's finding.",fix:"Use a key the object has (keys are case-sensitive), add the key to the object, or mark the reference `optional: true` if the pod can run without it.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings
data:
  nginx.conf: |
    events {}
  LOG_LEVEL: info
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: web-settings
              key: log-level # expect: config-key-not-found/missing@20
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.cfg # expect: config-key-not-found/missing@18
            path: nginx.conf
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings
data:
  nginx.conf: |
    events {}
  LOG_LEVEL: info
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: web-settings
              key: LOG_LEVEL
        - name: WORKERS
          valueFrom:
            configMapKeyRef:
              name: web-settings
              key: workers
              optional: true
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.conf
            path: nginx.conf
`},references:["pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables: couldn't find key)","pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go (MakePayload: references non-existent config key)","https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/"],sources:[{tool:"KubeLinter",check:"env-value-from",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Kubevious",check:"container-env-config-map-ref"},{tool:"Kubevious",check:"container-env-secret-ref"},{tool:"Kubevious",check:"pod-spec-volume-config-map-ref"},{tool:"Kubevious",check:"pod-spec-volume-secret-ref"}],whenNotToUse:"Turn it off when the ConfigMaps and Secrets in the files are placeholders whose real keys are filled in at deploy time (External Secrets, a Vault injector, a CI step), so the keys in the files are not the keys in the cluster."},messages:{missing:"{where} of {workload} needs key '{key}' of {kind} {namespace}/{name}, which has {keys}"},check(context){let{model}=context,objects=model.configObjects;for(let workload of model.workloads){let declared=declaredNamespace(workload.resource)!==void 0;for(let reference of configReferences(workload)){if(reference.optional||reference.keys.length===0)continue;let found=objects.reachable(reference.kind,workload.namespace,declared,reference.name),keys=found.length>0?objects.keysOf(found):void 0;if(!keys)continue;let object=found.find(o=>o.resource);for(let use of reference.keys){if(keys.has(use.key))continue;let suggestion=closest(use.key,keys.keys());context.report({messageId:"missing",data:{where:reference.description,workload:`${workload.kind} ${workload.namespace}/${workload.name}`,key:use.key,kind:reference.kind,namespace:object?.namespace??workload.namespace,name:reference.name,keys:describeKeys([...keys.keys()])},resource:workload.resource,path:use.path,related:object?.resource?[{resource:object.resource,path:["metadata","name"],message:`${reference.kind} ${object.namespace}/${reference.name}`}]:void 0,fix:suggestion?`did you mean '${suggestion}'?`:void 0})}}}}};function switchKindHint(reference){let toSecret=reference.kind==="ConfigMap",{name}=reference;switch(reference.source){case"volume":return toSecret?`secret: {secretName: ${name}}`:`configMap: {name: ${name}}`;case"projected":return toSecret?`- secret: {name: ${name}}`:`- configMap: {name: ${name}}`;case"envFrom":return toSecret?`secretRef: {name: ${name}}`:`configMapRef: {name: ${name}}`;case"env":return toSecret?`secretKeyRef: {name: ${name}, key: \u2026}`:`configMapKeyRef: {name: ${name}, key: \u2026}`;default:return}}var plural=kind=>kind==="ConfigMap"?"ConfigMaps":"Secrets",configmap_or_secret_not_found_default={id:"configmap-or-secret-not-found",severity:"warning",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod references a ConfigMap or Secret that is not in its namespace",why:"The kubelet resolves configMap/secret volumes, projected sources, `envFrom` and `valueFrom` references in the pod's own namespace when it starts the pod. A missing object leaves the pod in ContainerCreating (`configmap \"x\" not found` for volumes) or fails the container with CreateContainerConfigError (env), unless the reference says `optional: true`. An object of the same name in another namespace, or a Secret where a ConfigMap is named (or the reverse), does not count. An object without `metadata.namespace` lands in the namespace of the apply (`kubectl apply -n`, a kustomize `namespace:`), so when the pod or the object leaves its namespace implicit, a same-named object in another namespace is taken as found. Objects generated inside the view count as present: kustomize `configMapGenerator`/`secretGenerator` entries, a cert-manager Certificate's `secretName`, SealedSecrets, ExternalSecrets, and the `kube-root-ca.crt` ConfigMap every namespace has.",fix:"Create the ConfigMap/Secret in the pod's namespace, fix the name or the kind of the reference, or mark the reference `optional: true` if the pod can start without it. If the object is created outside these manifests (an operator, `kubectl create secret`), lower this rule's severity for it.",examples:{bad:`apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
stringData:
  password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4
      envFrom:
        - configMapRef:
            name: api-settings # expect: configmap-or-secret-not-found/missing@19
      env:
        - name: PASSWORD
          valueFrom:
            configMapKeyRef:
              name: api-credentials # expect: configmap-or-secret-not-found/otherKind@21
              key: password
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: api-settings
data:
  LOG_LEVEL: info
---
apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
stringData:
  password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4
      envFrom:
        - configMapRef:
            name: api-settings
        - secretRef:
            name: api-overrides
            optional: true
      env:
        - name: PASSWORD
          valueFrom:
            secretKeyRef:
              name: api-credentials
              key: password
`},references:["https://kubernetes.io/docs/concepts/configuration/configmap/#configmaps-and-pods","https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data","pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables)","pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go (SetUpAt: optional)"],sources:[{tool:"Monokle",check:"LNK001 (no-missing-links)"},{tool:"KubeLinter",check:"env-value-from",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Kubevious",check:"pod-spec-volume-config-map-ref"},{tool:"Kubevious",check:"pod-spec-volume-secret-ref"},{tool:"Kubevious",check:"container-env-config-map-ref"},{tool:"Kubevious",check:"container-env-secret-ref"},{tool:"Kubevious",check:"container-env-from-config-map-ref"},{tool:"Kubevious",check:"container-env-from-secret-ref"}],whenNotToUse:"Turn it off, or list the objects under `assume:`, when ConfigMaps and Secrets are created outside the linted files: by `kubectl create secret` in a pipeline, by an operator, or by a secret manager whose resources kstorelint does not know."},messages:{missing:"{where} of {workload} references {kind} '{name}', which is not in namespace '{namespace}'",otherNamespace:"{where} of {workload} references {kind} '{name}', which exists only in {other}; pods can only use {kinds} of their own namespace '{namespace}'",otherKind:"{where} of {workload} references {kind} '{name}', but '{name}' is a {otherKind} in namespace '{namespace}'"},check(context){let{model}=context;for(let workload of model.workloads)for(let reference of configReferences(workload)){let judged=configObjectReference(reference);if(!judged)continue;let{kind,name}=reference,namespace=workload.namespace,base={where:reference.description,workload:`${workload.kind} ${namespace}/${workload.name}`,kind,name,namespace};reportMissingReference(context,judged,{notFound:({didYouMean})=>({messageId:"missing",data:base,fix:didYouMean}),otherNamespace:({where})=>({messageId:"otherNamespace",data:{...base,other:where,kinds:plural(kind)}}),otherKind:({kind:otherKind})=>{let hint=switchKindHint(reference);return{messageId:"otherKind",data:{...base,otherKind},fix:hint?`use ${hint}`:void 0}}})}}};var SNAPSHOT_GROUP="snapshot.storage.k8s.io",CLAIM_KIND="PersistentVolumeClaim",readReference=value=>({name:stringOf(value.name)??"",kind:stringOf(value.kind)??"",apiGroup:stringOf(value.apiGroup)??"",namespace:stringOf(value.namespace)??""});function referenceProblems(field,ref,at2,anySource){let problems=[],base={field,path:at2};if(ref.name===""&&problems.push({...base,code:"required",missing:"name",path:[...at2,"name"]}),ref.kind===""&&problems.push({...base,code:"required",missing:"kind",path:[...at2,"kind"]}),ref.apiGroup==="")return ref.kind!==""&&ref.kind!==CLAIM_KIND&&problems.push({...base,code:"core-kind",kind:ref.kind,dropped:!anySource&&field==="dataSource",path:[...at2,"kind"]}),problems;if(isDns1123Subdomain(ref.apiGroup))ref.kind===CLAIM_KIND?problems.push({...base,code:"claim-group",apiGroup:ref.apiGroup,path:[...at2,"apiGroup"]}):!anySource&&field==="dataSource"&&!(ref.kind==="VolumeSnapshot"&&ref.apiGroup===SNAPSHOT_GROUP)&&problems.push({...base,code:"dropped",kind:ref.kind,apiGroup:ref.apiGroup,path:[...at2,"kind"]});else{let group=ref.apiGroup.split("/")[0];problems.push({...base,code:"api-group",apiGroup:ref.apiGroup,suggestion:group&&isDns1123Subdomain(group)?group:void 0,path:[...at2,"apiGroup"]})}return problems}function dataSourceProblems(spec,kubeVersion,at2=[]){let anySource=featureOn("AnyVolumeDataSource",kubeVersion),source=isObject(spec.dataSource)?readReference(spec.dataSource):void 0,ref=anySource&&isObject(spec.dataSourceRef)?readReference(spec.dataSourceRef):void 0,problems=[];return source&&problems.push(...referenceProblems("dataSource",source,[...at2,"dataSource"],anySource)),ref&&problems.push(...referenceProblems("dataSourceRef",ref,[...at2,"dataSourceRef"],anySource)),source&&ref&&(ref.namespace!==""?problems.push({field:"dataSource",code:"namespace-with-datasource",path:[...at2,"dataSource"]}):(source.name!==ref.name||source.kind!==ref.kind||source.apiGroup!==ref.apiGroup)&&problems.push({field:"dataSource",code:"mismatch",path:[...at2,"dataSource"]})),problems}var messages3={required:"{subject} has a {field} without {missing}, which is required",coreKind:`{subject} has a {field} of kind '{kind}' without apiGroup; only PersistentVolumeClaim is in the core group ("must be 'PersistentVolumeClaim' when referencing the default apiGroup")`,coreKindDropped:"{subject} has a dataSource of kind '{kind}' without apiGroup, which Kubernetes {version} drops silently on create: the volume is provisioned empty",apiGroup:"{subject} has {field}.apiGroup '{apiGroup}', which is not an API group (a DNS subdomain without a version)",claimGroup:"{subject} has a {field} of kind PersistentVolumeClaim with apiGroup '{apiGroup}'; PersistentVolumeClaims are in the core group, so this names an object no provisioner or populator serves and the claim stays Pending",dropped:"{subject} has a dataSource of kind '{kind}' in group '{apiGroup}', which Kubernetes {version} drops silently on create (only PersistentVolumeClaim and VolumeSnapshot before 1.24): the volume is provisioned empty",mismatch:'{subject} sets both dataSource and dataSourceRef to different objects; without dataSourceRef.namespace they must be equal ("must match dataSourceRef")',namespaceWithDataSource:"{subject} sets dataSource together with a cross-namespace dataSourceRef; dataSource must be empty when dataSourceRef.namespace is set"};function toReport(spec,version,problem){let base={resource:spec.resource,path:[...spec.path,"spec",...problem.path],data:{subject:spec.label,field:problem.field}},subject={subject:spec.label};switch(problem.code){case"required":return{...base,messageId:"required",data:{...base.data,missing:problem.missing}};case"core-kind":{let fix=problem.kind==="VolumeSnapshot"?`apiGroup: ${SNAPSHOT_GROUP}`:void 0;return problem.dropped?{...base,messageId:"coreKindDropped",data:{...subject,kind:problem.kind,version},severity:"warning",fix}:{...base,messageId:"coreKind",data:{...base.data,kind:problem.kind},fix}}case"api-group":return{...base,messageId:"apiGroup",data:{...base.data,apiGroup:problem.apiGroup},fix:problem.suggestion?`apiGroup: ${problem.suggestion}`:void 0};case"claim-group":return{...base,messageId:"claimGroup",data:{...base.data,apiGroup:problem.apiGroup},severity:"warning",fix:"remove apiGroup"};case"dropped":return{...base,messageId:"dropped",data:{...subject,kind:problem.kind,apiGroup:problem.apiGroup,version},severity:"warning",fix:"use dataSourceRef with a volume populator (Kubernetes 1.24 or newer)"};case"mismatch":return{...base,messageId:"mismatch",data:subject,fix:"keep only dataSourceRef"};case"namespace-with-datasource":return{...base,messageId:"namespaceWithDataSource",data:subject,fix:"remove dataSource"}}}var datasource_invalid_default={id:"datasource-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim dataSource / dataSourceRef the API server rejects or silently drops: missing name or kind, a core kind other than PersistentVolumeClaim, a versioned apiGroup, the two fields disagreeing",why:"A claim can be pre-populated from another claim (clone), a VolumeSnapshot or, through `dataSourceRef`, a volume populator. The API server rejects a reference without `name` or `kind`, a kind without `apiGroup` other than `PersistentVolumeClaim` (a VolumeSnapshot needs `apiGroup: snapshot.storage.k8s.io`), an `apiGroup` that is not a DNS subdomain (`snapshot.storage.k8s.io/v1` carries a version), and `dataSource` and `dataSourceRef` that differ (or `dataSource` next to a cross-namespace `dataSourceRef`). A PersistentVolumeClaim with an `apiGroup` is accepted but names nothing any provisioner serves, so the claim stays Pending (warning). Before 1.24 (AnyVolumeDataSource off) a `dataSource` other than a claim or VolumeSnapshot is dropped on create and the volume comes up empty (warning). Whether the referenced claim or snapshot exists is not checked here.",fix:"Clone with `dataSource: {kind: PersistentVolumeClaim, name: <claim>}`, restore with `dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: <snapshot>}`; set only one of `dataSource` / `dataSourceRef`, or both to the same object.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshot
metadata:
  name: orders-2024-06-01
spec:
  volumeSnapshotClassName: ebs-snapshots
  source:
    persistentVolumeClaimName: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders-restore
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  dataSource:
    kind: VolumeSnapshot # expect: datasource-invalid/coreKind@11
    name: orders-2024-06-01
  resources:
    requests:
      storage: 20Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshot
metadata:
  name: orders-2024-06-01
spec:
  volumeSnapshotClassName: ebs-snapshots
  source:
    persistentVolumeClaimName: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders-restore
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  dataSource:
    apiGroup: snapshot.storage.k8s.io
    kind: VolumeSnapshot
    name: orders-2024-06-01
  resources:
    requests:
      storage: 20Gi
`},references:["pkg/apis/core/validation/validation.go (validateDataSource, validateDataSourceRef, ValidatePersistentVolumeClaimSpec: must match dataSourceRef)","pkg/api/persistentvolumeclaim/util.go (EnforceDataSourceBackwardsCompatibility, NormalizeDataSources)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#volume-populators-and-data-sources","https://kubernetes.io/docs/concepts/storage/volume-snapshots/#provisioning-volumes-from-snapshots"],sources:[{tool:"Kubernetes API server",check:'ValidatePersistentVolumeClaimSpec: "must match dataSourceRef"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: most findings are claims the API server rejects, and the rest are claims that stay Pending or come up empty. The warnings about clusters before 1.24 follow `--kube-version`; set it to the oldest cluster you deploy to."},messages:messages3,check(context){let version=context.model.options.kubeVersion;for(let spec of context.model.claimSpecs){let object=spec.object.spec;if(isObject(object))for(let problem of dataSourceProblems(object,version))context.report(toReport(spec,version,problem))}}};var ZONE_LABEL="topology.kubernetes.io/zone",REGION_LABEL="topology.kubernetes.io/region",BETA_ZONE_LABEL="failure-domain.beta.kubernetes.io/zone",BETA_REGION_LABEL="failure-domain.beta.kubernetes.io/region",DEPRECATED_TOPOLOGY_LABELS={[BETA_ZONE_LABEL]:ZONE_LABEL,[BETA_REGION_LABEL]:REGION_LABEL},ZONE_KEYS=[ZONE_LABEL,BETA_ZONE_LABEL,"topology.gke.io/zone","topology.ebs.csi.aws.com/zone","topology.disk.csi.azure.com/zone"],VOLUME_ZONE_LABELS=[BETA_ZONE_LABEL,ZONE_LABEL],GCE_PD_CSI_DRIVER="pd.csi.storage.gke.io",ZONAL_PROVISIONERS=["ebs.csi.aws.com",GCE_PD_CSI_DRIVER,"disk.csi.azure.com","kubernetes.io/aws-ebs","kubernetes.io/gce-pd","kubernetes.io/azure-disk"],AZURE_DISK_PROVISIONERS=["disk.csi.azure.com","kubernetes.io/azure-disk"],isAzureNonZonal=(provisioner,zones)=>AZURE_DISK_PROVISIONERS.includes(provisioner)&&zones.zones.size>0&&[...zones.zones].every(zone=>/^\d+$/.test(zone)),isZoneKey=key=>typeof key=="string"&&ZONE_KEYS.includes(key),zoneValues=values=>Array.isArray(values)?values.filter(v=>typeof v=="string"&&v!==""):[];function intersectZones(a,b){return a?b?{zones:new Set([...a.zones].filter(zone=>b.zones.has(zone))),paths:[...a.paths,...b.paths]}:a:b}function unionZones(all){if(all.length===0||all.some(z=>z===void 0))return;let known=all;return{zones:new Set(known.flatMap(z=>[...z.zones])),paths:known.flatMap(z=>z.paths)}}function zonesDisjoint(a,b){return!a||!b||a.zones.size===0||b.zones.size===0?!1:[...a.zones].every(zone=>!b.zones.has(zone))}var formatZones=zones=>[...zones.zones].sort().join(", ");function expressionsZones(expressions,path3,inOperatorOnly){let result,excluded=new Set;for(let[expression,index]of indexedObjectsOf(expressions)){if(!isZoneKey(expression.key))continue;let operator=inOperatorOnly?"In":expression.operator,values=zoneValues(expression.values);if(operator==="In"&&values.length>0)result=intersectZones(result,{zones:new Set(values),paths:[[...path3,index,"values"]]});else if(operator==="NotIn")for(let value of values)excluded.add(value)}return!result||excluded.size===0?result:{zones:new Set([...result.zones].filter(zone=>!excluded.has(zone))),paths:result.paths}}var isEmptyTerm=(term,lists)=>lists.every(list=>term[list]===void 0||term[list]===null||Array.isArray(term[list])&&term[list].length===0);function nodeSelectorTermsZones(terms,path3){let indexed=indexedObjectsOf(terms);if(indexed.length!==0)return unionZones(indexed.map(([term,index])=>isEmptyTerm(term,["matchExpressions","matchFields"])?{zones:new Set,paths:[]}:expressionsZones(term.matchExpressions,[...path3,index,"matchExpressions"],!1)))}function podZones(podSpec){let spec=objectOf(podSpec),selector=objectOf(spec.nodeSelector),result;for(let key of ZONE_KEYS){let value=selector[key];typeof value=="string"&&value!==""&&(result=intersectZones(result,{zones:new Set([value]),paths:[["nodeSelector",key]]}))}let required=objectOf(objectOf(objectOf(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution),termsPath=["affinity","nodeAffinity","requiredDuringSchedulingIgnoredDuringExecution","nodeSelectorTerms"];return intersectZones(result,nodeSelectorTermsZones(required.nodeSelectorTerms,termsPath))}function labelZonesToSet(value){let zones=value.split("__").map(zone=>zone.trim());return zones.some(zone=>zone==="")?void 0:new Set(zones)}function gcePdHandleZone(handle){return typeof handle!="string"?void 0:/^projects\/[^/]+\/zones\/([^/]+)\/disks\/[^/]+$/.exec(handle)?.[1]}function volumeLabelZones(labels2){let result;for(let key of VOLUME_ZONE_LABELS){if(!Object.prototype.hasOwnProperty.call(labels2,key))continue;let zones=labelZonesToSet(labels2[key]);zones&&(result=intersectZones(result,{zones,paths:[["metadata","labels",key]]}))}return result}function volumeHandleZones(spec){let csi=objectOf(spec.csi);if(csi.driver!==GCE_PD_CSI_DRIVER)return;let zone=gcePdHandleZone(csi.volumeHandle);return zone?{zones:new Set([zone]),paths:[["spec","csi","volumeHandle"]]}:void 0}function volumeZones(pv){let object=objectOf(pv),spec=objectOf(object.spec),required=objectOf(objectOf(spec.nodeAffinity).required),affinity=nodeSelectorTermsZones(required.nodeSelectorTerms,["spec","nodeAffinity","required","nodeSelectorTerms"]);return intersectZones(intersectZones(volumeLabelZones(asLabels(objectOf(object.metadata).labels)),affinity),volumeHandleZones(spec))}function allowedTopologyZones(storageClass2){let terms=indexedObjectsOf(objectOf(storageClass2).allowedTopologies);if(terms.length!==0)return unionZones(terms.map(([term,index])=>isEmptyTerm(term,["matchLabelExpressions"])?{zones:new Set,paths:[]}:expressionsZones(term.matchLabelExpressions,["allowedTopologies",index,"matchLabelExpressions"],!0)))}var PLATFORM_KEYS=["kubernetes.io/os","kubernetes.io/arch","beta.kubernetes.io/os","beta.kubernetes.io/arch"];function hasNodeConstraint(podSpec){let spec=objectOf(podSpec);if(typeof spec.nodeName=="string"&&spec.nodeName!==""||Object.keys(objectOf(spec.nodeSelector)).some(key=>!PLATFORM_KEYS.includes(key)))return!0;let required=objectOf(objectOf(objectOf(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution);return indexedObjectsOf(required.nodeSelectorTerms).some(([term])=>indexedObjectsOf(term.matchExpressions).some(([expression])=>typeof expression.key=="string"&&!PLATFORM_KEYS.includes(expression.key))||indexedObjectsOf(term.matchFields).length>0)}var replacementOf=key=>typeof key=="string"&&Object.prototype.hasOwnProperty.call(DEPRECATED_TOPOLOGY_LABELS,key)?DEPRECATED_TOPOLOGY_LABELS[key]:void 0;function expressionUses(expressions,path3,field){return indexedObjectsOf(expressions).flatMap(([expression,index])=>replacementOf(expression.key)?[{key:String(expression.key),path:[...path3,index,"key"],field}]:[])}function mapKeyUses(map,path3,field){return Object.keys(objectOf(map)).filter(key=>replacementOf(key)).map(key=>({key,path:[...path3,key],field}))}function podSpecUses(podSpec,specPath){let spec=objectOf(podSpec),nodeAffinity=objectOf(objectOf(spec.affinity).nodeAffinity),affinityPath=[...specPath,"affinity","nodeAffinity"],requiredPath=[...affinityPath,"requiredDuringSchedulingIgnoredDuringExecution","nodeSelectorTerms"],preferredPath=[...affinityPath,"preferredDuringSchedulingIgnoredDuringExecution"];return[...mapKeyUses(spec.nodeSelector,[...specPath,"nodeSelector"],"nodeSelector"),...indexedObjectsOf(objectOf(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution).nodeSelectorTerms).flatMap(([term,i])=>expressionUses(term.matchExpressions,[...requiredPath,i,"matchExpressions"],"required node affinity")),...indexedObjectsOf(nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution).flatMap(([preferred,i])=>expressionUses(objectOf(preferred.preference).matchExpressions,[...preferredPath,i,"preference","matchExpressions"],"preferred node affinity")),...indexedObjectsOf(spec.topologySpreadConstraints).flatMap(([constraint,i])=>replacementOf(constraint.topologyKey)?[{key:String(constraint.topologyKey),path:[...specPath,"topologySpreadConstraints",i,"topologyKey"],field:"topologySpreadConstraints"}]:[])]}function volumeUses(pv){let termsPath=["spec","nodeAffinity","required","nodeSelectorTerms"];return[...mapKeyUses(objectOf(pv.object.metadata).labels,["metadata","labels"],"labels"),...indexedObjectsOf(objectOf(objectOf(objectOf(pv.object.spec).nodeAffinity).required).nodeSelectorTerms).flatMap(([term,i])=>expressionUses(term.matchExpressions,[...termsPath,i,"matchExpressions"],"node affinity"))]}function storageClassUses(storageClass2){return indexedObjectsOf(storageClass2.object.allowedTopologies).flatMap(([term,i])=>expressionUses(term.matchLabelExpressions,["allowedTopologies",i,"matchLabelExpressions"],"allowedTopologies"))}var deprecated_topology_label_default={id:"deprecated-topology-label",severity:"warning",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A node selector, affinity, topology spread, PersistentVolume or StorageClass uses the deprecated failure-domain.beta.kubernetes.io zone or region label",why:"The `failure-domain.beta.kubernetes.io/zone` and `/region` node labels are deprecated since v1.17 in favour of `topology.kubernetes.io/zone` and `/region`; the API server answers every create or update that selects on them with a warning. They only keep working while nodes still carry the beta labels, and CSI provisioners report the GA or their own topology keys, so new nodes, volumes and classes may not match what the manifest selects on.",fix:"Replace `failure-domain.beta.kubernetes.io/zone` with `topology.kubernetes.io/zone` and `failure-domain.beta.kubernetes.io/region` with `topology.kubernetes.io/region`; the values stay the same.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: regional-ssd
provisioner: pd.csi.storage.gke.io
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: pd-ssd
allowedTopologies:
  - matchLabelExpressions:
      - key: failure-domain.beta.kubernetes.io/zone # expect: deprecated-topology-label/deprecated@14
        values: [us-central1-a, us-central1-b]
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: regional-ssd
provisioner: pd.csi.storage.gke.io
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: pd-ssd
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.gke.io/zone
        values: [us-central1-a, us-central1-b]
`},references:["pkg/api/node/util.go (deprecatedNodeLabels)","pkg/api/pod/warnings.go (warningsForPodSpecAndMeta)","pkg/api/persistentvolume/util.go (GetWarningsForPersistentVolume)","https://kubernetes.io/docs/reference/labels-annotations-taints/#failure-domainbetakubernetesiozone"],sources:[{tool:"Kubernetes API server",check:'warning: deprecated since v1.17; use "topology.kubernetes.io/zone" instead',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/node/util.go"}],whenNotToUse:"Turn it off only for manifests that must still select nodes of clusters older than 1.17, whose nodes carry only the beta labels."},messages:{deprecated:"{resource} uses '{key}' in {field}; it is deprecated since v1.17, use '{replacement}' instead"},check(context){let{model}=context,report3=(resource,uses)=>{for(let use of uses){let replacement=replacementOf(use.key)??"";context.report({messageId:"deprecated",data:{resource:describe(resource),key:use.key,field:use.field,replacement},resource,path:use.path,fix:`${replacement} (same values)`})}};for(let workload of model.workloads)report3(workload.resource,podSpecUses(workload.spec,workload.specPath));for(let pv of model.persistentVolumes)report3(pv,volumeUses(pv));for(let storageClass2 of model.storageClasses)report3(storageClass2,storageClassUses(storageClass2))}};function fateText(plugin,fate,minor){switch(fate.kind){case"gone":return minor>=fate.removedIn?`was removed in Kubernetes 1.${fate.removedIn} and no longer works (deprecated since 1.${fate.deprecatedIn})`:`is deprecated since 1.${fate.deprecatedIn} and stops working in 1.${fate.removedIn}`;case"csi":return minor>=fate.removedIn?`has no in-tree driver since Kubernetes 1.${fate.removedIn}: it works only through the CSI driver ${fate.driver}, which must be installed`:`is deprecated since 1.${fate.deprecatedIn}; from 1.${fate.removedIn} it works only through the CSI driver ${fate.driver}`;case"deprecated":return plugin==="gitRepo"?fate.removedIn!==void 0&&minor>=fate.removedIn?`no longer works from Kubernetes 1.${fate.removedIn} (the kubelet's GitRepoVolumeDriver is locked off)`:minor>=GIT_REPO_OFF_BY_DEFAULT?`is off by default since Kubernetes 1.${GIT_REPO_OFF_BY_DEFAULT} (kubelet feature gate GitRepoVolumeDriver) and stops working in 1.${fate.removedIn}`:`is deprecated since 1.${fate.deprecatedIn} and stops working in 1.${fate.removedIn}`:`is deprecated since 1.${fate.deprecatedIn}`}}function replacementText(fate){switch(fate.kind){case"gone":return"move the data to a volume type with a CSI driver";case"csi":return`use a PersistentVolumeClaim of a StorageClass with provisioner ${fate.driver}`;case"deprecated":return`use ${fate.replacement}`}}var deprecated_volume_plugin_default={id:"deprecated-volume-plugin",severity:"warning",category:"deprecation",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A volume, PersistentVolume or StorageClass uses an in-tree volume plugin that is deprecated, redirected to CSI or removed at the target version",why:"The in-tree volume plugins are leaving Kubernetes. cephfs and rbd (1.31), glusterfs (1.26), flocker, quobyte and storageos (1.25), scaleIO (1.22) and photonPersistentDisk (1.16) no longer work at all: pods that use them never start (error). The cloud disks (awsElasticBlockStore, azureDisk, azureFile, cinder, gcePersistentDisk, vsphereVolume, portworxVolume) and their `kubernetes.io/*` provisioners are translated to a CSI driver, which must be installed in the cluster (warning). gitRepo is off by default from 1.33 and gone from 1.36 (warning, then error); flexVolume is deprecated but works (info). The target version is `--kube-version`.",fix:"Use a PersistentVolumeClaim of a StorageClass whose provisioner is the CSI driver (`ebs.csi.aws.com`, `pd.csi.storage.gke.io`, `disk.csi.azure.com`, \u2026), or a `csi:` volume source. For gitRepo, clone the repository in an init container into an emptyDir.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-ebs
provisioner: kubernetes.io/aws-ebs # expect: deprecated-volume-plugin/provisioner@14
allowVolumeExpansion: true
parameters:
  type: gp3
---
apiVersion: v1
kind: Pod
metadata:
  name: reports
spec:
  containers:
    - name: reports
      image: nginx:1.27
      volumeMounts:
        - name: share
          mountPath: /usr/share/nginx/html
  volumes:
    - name: share
      cephfs: # expect: deprecated-volume-plugin/volume@7
        monitors: [10.16.154.78:6789]
        path: /reports
        user: admin
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-ebs
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: gp3
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
spec:
  storageClassName: standard-ebs
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: reports
spec:
  containers:
    - name: reports
      image: nginx:1.27
      volumeMounts:
        - name: share
          mountPath: /usr/share/nginx/html
  volumes:
    - name: share
      persistentVolumeClaim:
        claimName: reports
`},references:["https://kubernetes.io/docs/reference/storage/volume-types/#removed-volume-types","pkg/api/pod/warnings.go and pkg/api/persistentvolume/util.go (deprecated in v1.N, non-functional in v1.M+)","https://github.com/kubernetes/enhancements/tree/master/keps/sig-storage/5040-remove-gitrepo-driver","https://kubernetes.io/docs/concepts/storage/storage-classes/#provisioner"],sources:[{tool:"Kubernetes API server",check:"warning: deprecated in v1.N, non-functional in v1.M+",url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/pod/warnings.go"}],whenNotToUse:"Lower it to info while the cluster runs the CSI migration drivers and moving to CSI volume sources is planned but not done; the warnings then restate a known migration. Plugins already removed at your `--kube-version` do not work at all, so do not silence those."},messages:{volume:"Volume '{volume}' of {workload} uses {plugin}, which {fate}",persistentVolume:"{object} uses {plugin}, which {fate}",provisioner:"{object} uses the in-tree provisioner '{provisioner}' ({plugin}), which {fate}"},check(context){let{model}=context,minor=kubeMinor(model.options.kubeVersion),judge=plugin=>{let fate=VOLUME_PLUGIN_FATES[plugin];return fate&&{fate:fateText(plugin,fate,minor),severity:pluginSeverity(fate,minor),fix:replacementText(fate)}};for(let workload of model.workloads)for(let{volume,path:path3}of workload.volumes)for(let[plugin,value]of Object.entries(volume)){let verdict=isObject(value)?judge(plugin):void 0;verdict&&context.report({messageId:"volume",data:{volume:volume.name??"",workload:describeWorkload(workload),plugin,fate:verdict.fate},resource:workload.resource,path:[...path3,plugin],severity:verdict.severity,fix:verdict.fix})}for(let pv of model.persistentVolumes)for(let[plugin,value]of Object.entries(objectOf(pv.object.spec))){let verdict=isObject(value)?judge(plugin):void 0;verdict&&context.report({messageId:"persistentVolume",data:{object:describe(pv),plugin,fate:verdict.fate},resource:pv,path:["spec",plugin],severity:verdict.severity,fix:verdict.fix})}for(let sc of model.storageClasses){let provisioner=nonEmptyString(sc.object.provisioner),plugin=provisioner?IN_TREE_PROVISIONERS[provisioner]:void 0,verdict=plugin?judge(plugin):void 0;if(!provisioner||!plugin||!verdict)continue;let fate=VOLUME_PLUGIN_FATES[plugin];context.report({messageId:"provisioner",data:{object:describe(sc),provisioner,plugin,fate:verdict.fate},resource:sc,path:["provisioner"],severity:verdict.severity,fix:fate.kind==="csi"?`provisioner: ${fate.driver}`:verdict.fix})}}};var env_name_invalid_default={id:"env-name-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"An env var name or envFrom prefix the API server rejects at the target Kubernetes version",why:`The API server validates \`env[].name\` and \`envFrom[].prefix\` and rejects the whole workload when one fails. Before Kubernetes 1.${RELAXED_ENV_NAMES_SINCE} the rule is strict: letters, digits, \`_\`, \`-\` and \`.\`, not starting with a digit (\`IsEnvVarName\`). From 1.${RELAXED_ENV_NAMES_SINCE} (RelaxedEnvironmentVariableValidation, beta on by default, GA in 1.34) any printable ASCII character except \`=\` is allowed. A frequent mistake is writing \`name: JAVA_OPTS=-Xmx1g\`, i.e. the value inside the name. The target version is \`--kube-version\`.`,fix:"Put the value in `value:` and keep the name to letters, digits and `_` (which every shell can expand); for clusters older than 1.32, do not start names with a digit.",examples:{bad:`apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: eclipse-temurin:21-jre
      env:
        - name: JAVA_OPTS=-Xmx1g # expect: env-name-invalid/name@17
`,good:`apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: eclipse-temurin:21-jre
      env:
        - name: JAVA_OPTS
          value: -Xmx1g
`},references:["staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsEnvVarName, IsRelaxedEnvVarName)","pkg/apis/core/validation/validation.go (ValidateEnv, ValidateEnvFrom)","https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4369-allow-special-characters-environment-variable"],sources:[{tool:"Kubernetes API server",check:`IsEnvVarName: "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go"}],whenNotToUse:"Keep it on, with `--kube-version` set to the oldest cluster you deploy to: the rule follows that version, and every finding is a workload it rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{name:"Env var name '{name}' of container '{container}' in {workload} is invalid for Kubernetes {version}: it {problem}",prefix:"Prefix '{name}' in envFrom of container '{container}' in {workload} is invalid for Kubernetes {version}: it {problem}"},check(context){let version=context.model.options.kubeVersion,relaxed=usesRelaxedEnvNames(kubeMinor(version));for(let workload of context.model.workloads)for(let{container,path:path3}of workload.containers){let raw=container,base={container:stringOf(raw.name)??"",workload:describeWorkload(workload),version},candidates2=[...indexedObjectsOf(raw.env).map(([entry2,i])=>({messageId:"name",value:stringOf(entry2.name),at:[...path3,"env",i,"name"]})),...indexedObjectsOf(raw.envFrom).map(([entry2,i])=>({messageId:"prefix",value:stringOf(entry2.prefix),at:[...path3,"envFrom",i,"prefix"]}))];for(let{messageId,value,at:at2}of candidates2){if(!value||isPlaceholderText(value))continue;let problem=envNameProblem(value,relaxed);if(!problem)continue;let equals=value.indexOf("=");context.report({messageId,data:{...base,name:value,problem},resource:workload.resource,path:at2,fix:messageId==="name"&&equals>0?`name: ${value.slice(0,equals)} with value: ${value.slice(equals+1)}`:void 0})}}}};var envfrom_key_dropped_default={id:"envfrom-key-dropped",severity:"warning",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A ConfigMap or Secret imported with envFrom has keys that are not valid environment variable names, which kubelets before 1.32 skip",why:`\`envFrom\` turns every key of the object into a variable named prefix + key. Kubelets before 1.${RELAXED_ENV_NAMES_SINCE} check each name with the strict rule (letters, digits, \`_\`, \`-\`, \`.\`, not starting with a digit) and silently skip the keys that fail, with only a Warning event \`InvalidEnvironmentVariableNames\` ("Keys [..] from the EnvFrom configMap ns/name were skipped since they are considered invalid environment variable names"). Current kubelets import them, so whether the container sees the variable depends on the node version. A key such as \`1-replica.conf\` without a prefix is the usual case.`,fix:"Add an `envFrom[].prefix` that starts with a letter (e.g. `CFG_`), rename the keys, or map the keys you need one by one with `env[].valueFrom.configMapKeyRef`.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: limits
data:
  3d-render-threads: "8"
  max-connections: "100"
---
apiVersion: v1
kind: Pod
metadata:
  name: render
spec:
  containers:
    - name: render
      image: busybox:1.36
      command: [sh, -c, env]
      envFrom:
        - configMapRef:
            name: limits # expect: envfrom-key-dropped/dropped@19
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: limits
data:
  3d-render-threads: "8"
  max-connections: "100"
---
apiVersion: v1
kind: Pod
metadata:
  name: render
spec:
  containers:
    - name: render
      image: busybox:1.36
      command: [sh, -c, env]
      envFrom:
        - prefix: LIMIT_
          configMapRef:
            name: limits
`},references:["pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables: InvalidEnvironmentVariableNames)","https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#restrictions","https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4369-allow-special-characters-environment-variable"],sources:[],whenNotToUse:"Turn it off once every kubelet you run is 1.32 or newer, since those import the keys; a control plane upgraded first can still have older kubelets, so wait until the nodes are upgraded too."},messages:{dropped:"{where} of {workload} imports {kind} '{name}', whose keys {keys} are not valid variable names{names}; {outcome}"},check(context){let{model}=context,objects=model.configObjects,outcome=usesRelaxedEnvNames(kubeMinor(model.options.kubeVersion))?`kubelets before 1.${RELAXED_ENV_NAMES_SINCE} skip them with an InvalidEnvironmentVariableNames event, newer ones import them`:"the kubelet skips them with an InvalidEnvironmentVariableNames event";for(let workload of model.workloads){let podNamespaceDeclared=declaredNamespace(workload.resource)!==void 0;for(let reference of configReferences(workload)){if(reference.source!=="envFrom")continue;let keys=objects.keysOf(objects.reachable(reference.kind,workload.namespace,podNamespaceDeclared,reference.name));if(!keys)continue;let prefix=stringOf(objectOf(getIn(workload.resource.object,reference.path.slice(0,-2))).prefix)??"";if(prefix&&relaxedEnvNameProblem(prefix))continue;let bad=[...keys.keys()].filter(key=>!configKeyProblem(key)&&strictEnvNameProblem(prefix+key)!==void 0).sort();bad.length!==0&&context.report({messageId:"dropped",data:{where:reference.description,workload:describeWorkload(workload),kind:reference.kind,name:reference.name,keys:listNames(bad),names:prefix?` once prefixed (${listNames(bad.map(key=>prefix+key))})`:"",outcome},resource:workload.resource,path:reference.path,fix:prefix?"rename the keys so that they start with a letter or _":"add a prefix that starts with a letter, e.g. prefix: CFG_"})}}}};var FORBIDDEN_TEMPLATE_METADATA=["name","generateName","namespace","selfLink","uid","resourceVersion","generation","creationTimestamp","deletionTimestamp","deletionGracePeriodSeconds","ownerReferences","finalizers","managedFields"];function isSet(value){return value==null||value===""||value===0||value===!1?!1:Array.isArray(value)?value.length>0:isObject(value)?Object.keys(value).length>0:!0}function forbiddenTemplateMetadata(metadata){return isObject(metadata)?FORBIDDEN_TEMPLATE_METADATA.filter(field=>isSet(metadata[field])):[]}function isControlledBy(metadata,owner){return!isObject(metadata)||!Array.isArray(metadata.ownerReferences)?!1:metadata.ownerReferences.some(ref=>isObject(ref)&&ref.controller===!0&&ref.kind===owner.kind&&ref.name===owner.name&&(typeof ref.uid!="string"||owner.uid===void 0||ref.uid===owner.uid))}var BETA_CLASS_ANNOTATION="volume.beta.kubernetes.io/storage-class",DEFAULT_CLASS_ANNOTATION="storageclass.kubernetes.io/is-default-class",BETA_DEFAULT_CLASS_ANNOTATION="storageclass.beta.kubernetes.io/is-default-class",NO_PROVISIONER="kubernetes.io/no-provisioner";function annotation(object,key){let annotations=object.metadata?.annotations;if(!annotations||!Object.prototype.hasOwnProperty.call(annotations,key))return;let value=annotations[key];return value==null?"":String(value)}function declaredClaimClass(claim){let fromAnnotation=annotation(claim,BETA_CLASS_ANNOTATION);if(fromAnnotation!==void 0)return fromAnnotation;let field=claim.spec?.storageClassName;return field==null?void 0:String(field)}function volumeClass(volume){return annotation(volume,BETA_CLASS_ANNOTATION)??(volume.spec?.storageClassName?String(volume.spec.storageClassName):"")}var volumeClassPath=volume=>annotation(volume,BETA_CLASS_ANNOTATION)!==void 0?["metadata","annotations",BETA_CLASS_ANNOTATION]:["spec","storageClassName"];function isDefaultClass(storageClass2){return defaultClassAnnotations(storageClass2).some(({value})=>value==="true")}function effectiveClaimClass(claim,defaultClass){return declaredClaimClass(claim)??defaultClass??""}var WAIT_FOR_FIRST_CONSUMER="WaitForFirstConsumer",DEFAULT_CLASS_ANNOTATIONS=[DEFAULT_CLASS_ANNOTATION,BETA_DEFAULT_CLASS_ANNOTATION];function claimClassOf(claim,defaultClass){let source=claimClassSource(claim),declared=declaredClaimClass(claim),effective=declared??defaultClass??"";return{declared,effective,source:source??(effective===""?"none":"default"),path:source==="annotation"?["metadata","annotations",BETA_CLASS_ANNOTATION]:["spec","storageClassName"]}}function claimClassSource(claim){if(annotation(claim,BETA_CLASS_ANNOTATION)!==void 0)return"annotation";let field=claim.spec?.storageClassName;return field==null?void 0:"field"}function isDynamicClass(storageClass2){let provisioner=storageClass2.provisioner;return typeof provisioner=="string"&&provisioner!==""&&provisioner!==NO_PROVISIONER}function selectorBlocksProvisioning(claim){let selector=claim.spec?.selector;return selector!=null}function bindingModeOf(storageClass2){let mode=storageClass2.volumeBindingMode;return typeof mode=="string"&&mode!==""?mode:"Immediate"}var allowsExpansion=storageClass2=>storageClass2.allowVolumeExpansion===!0;function defaultClassAnnotations(storageClass2){let annotations=storageClass2.metadata?.annotations;return typeof annotations!="object"||annotations===null?[]:DEFAULT_CLASS_ANNOTATIONS.filter(key=>Object.prototype.hasOwnProperty.call(annotations,key)).map(key=>({key,value:annotations[key]}))}var MEANS_FALSE=new Set(["false","no","off","n","0",""]);function isMisspelledDefault(value){return value==="true"?!1:typeof value=="string"?!MEANS_FALSE.has(value.trim().toLowerCase()):value===!0||value===1}var MAX_ORDINALS=1e3,statefulSetClaimName=(template,statefulSet,ordinal)=>`${template}-${statefulSet}-${ordinal}`,ephemeralClaimName=(pod3,volume)=>`${pod3}-${volume}`;function startOrdinal(statefulSet){let start=objectOf(objectOf(statefulSet.spec).ordinals).start;return typeof start=="number"&&start>=0?start:0}function ordinalsOf(workload){let first=startOrdinal(workload.resource.object),count=Math.min(Math.max(workload.replicas,0),MAX_ORDINALS);return Array.from({length:count},(_,i)=>first+i)}function literalPodNames(workload){return workload.kind==="Pod"?workload.name?[workload.name]:[]:workload.kind!=="StatefulSet"?[]:ordinalsOf(workload).map(ordinal=>`${workload.name}-${ordinal}`)}function claimTemplates(workload){return workload.kind!=="StatefulSet"?[]:indexedObjectsOf(objectOf(workload.resource.object.spec).volumeClaimTemplates).map(([template,index])=>({template,index,name:nonEmptyString(objectOf(template.metadata).name),path:["spec","volumeClaimTemplates",index]}))}var claimTemplateNames=workload=>new Set(claimTemplates(workload).flatMap(t=>t.name?[t.name]:[])),claimKey=(namespace,name)=>`${namespace}\0${name}`;function buildClaims(claimResources,workloads,defaultNamespace,defaultClass){let claims=[],written=new Map;for(let resource of claimResources){if(!isObject(resource.object.spec)&&resource.object.spec!==void 0)continue;let object=resource.object,claim={origin:"object",name:resource.name,namespace:resource.namespace??defaultNamespace,object,resource,path:[],storageClass:claimClassOf(object,defaultClass)};claims.push(claim);let key=claimKey(claim.namespace,claim.name);written.set(key,[...written.get(key)??[],claim])}for(let workload of workloads){for(let{template,name:templateName,path:path3}of claimTemplates(workload))if(templateName)for(let ordinal of ordinalsOf(workload)){let name=statefulSetClaimName(templateName,workload.name,ordinal),existing=written.get(claimKey(workload.namespace,name));if(existing){for(let claim of existing)claim.adoptedBy??={statefulSet:workload,template,templateName,templatePath:path3,ordinal};continue}claims.push({origin:"statefulset",name,namespace:workload.namespace,object:template,resource:workload.resource,path:path3,storageClass:claimClassOf(template,defaultClass),ordinal,owner:workload})}let podNames=literalPodNames(workload);for(let{volume,path:path3}of workload.volumes){let template=objectOf(volume.ephemeral).volumeClaimTemplate;if(!(!isObject(template)||typeof volume.name!="string"))for(let pod3 of podNames)claims.push({origin:"ephemeral",name:ephemeralClaimName(pod3,volume.name),namespace:workload.namespace,object:template,resource:workload.resource,path:[...path3,"ephemeral","volumeClaimTemplate"],storageClass:claimClassOf(template,defaultClass),owner:workload})}}return claims}var messages4={metadata:"The claim template of ephemeral volume '{volume}' in {workload} sets metadata.{field}, which cannot be set for an ephemeral volume; only labels and annotations can (the claim is named <pod>-{volume})",invalidName:"Ephemeral volume '{volume}' of {workload} gets the claim name '{claim}', {length} characters, over the 253 a PersistentVolumeClaim name may have",existing:"Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', but PersistentVolumeClaim {namespace}/{claim} in the files is not owned by that pod; the pod will not start",statefulSet:"Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', the name {other} gives its claim for ordinal {ordinal}; one of the two pods will not start",ephemeral:"Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', the same name ephemeral volume '{otherVolume}' of {other} needs for pod '{otherPod}'; one of the two pods will not start",referenced:"Volume '{volume}' of {workload} uses claim '{claim}', which pod '{pod}' creates for its ephemeral volume '{ephemeral}'; the API server rejects a pod that references its own ephemeral claim"},samePath=(a,b)=>a.length===b.length&&a.every((segment,i)=>segment===b[i]),templatePath=volume=>[...volume.path,"ephemeral","volumeClaimTemplate"];function ephemeralOrigin(claim){let volumePath=claim.path.slice(0,-2),volume=String(getIn(claim.resource.object,[...volumePath,"name"])??"");return{volume,pod:claim.name.slice(0,Math.max(0,claim.name.length-volume.length-1)),volumePath}}function firstCollision(context,workload,volume,pods){let podUid=workload.kind==="Pod"?nonEmptyString(objectOf(workload.resource.object.metadata).uid):void 0;for(let pod3 of pods){let name=ephemeralClaimName(pod3,String(volume.volume.name));for(let other of context.model.claimsNamed(workload.namespace,name))if(!(other.origin==="ephemeral"&&other.resource===workload.resource&&samePath(other.path,templatePath(volume)))&&!(other.origin==="object"&&isControlledBy(other.object.metadata,{kind:"Pod",name:pod3,uid:podUid})))return{pod:pod3,name,other}}}function reportCollision(context,workload,volume,pods){let hit=firstCollision(context,workload,volume,pods);if(!hit)return;let{pod:pod3,name,other}=hit,base={volume:String(volume.volume.name),workload:describeWorkload(workload),claim:name,pod:pod3},at2=[...volume.path,"name"],related=(path3,message)=>[{resource:other.resource,path:path3,message}];if(other.origin==="object")context.report({messageId:"existing",data:{...base,namespace:other.namespace},resource:workload.resource,path:at2,related:related(["metadata","name"],`PersistentVolumeClaim ${other.namespace}/${other.name}`),fix:`rename the volume or the PersistentVolumeClaim; to reuse that claim, mount it with persistentVolumeClaim: {claimName: ${name}}`});else if(other.origin==="statefulset")context.report({messageId:"statefulSet",data:{...base,other:`StatefulSet ${other.namespace}/${other.resource.name}`,ordinal:other.ordinal??0},resource:workload.resource,path:at2,related:related([...other.path,"metadata","name"],`claim template of StatefulSet ${other.namespace}/${other.resource.name}`)});else{let origin=ephemeralOrigin(other),owner=other.owner?describeWorkload(other.owner):`${other.resource.kind} ${other.namespace}/${other.resource.name}`;context.report({messageId:"ephemeral",data:{...base,otherVolume:origin.volume,other:owner,otherPod:origin.pod},resource:workload.resource,path:at2,related:related([...origin.volumePath,"name"],`ephemeral volume '${origin.volume}' of ${owner}`)})}}function reportReferences(context,workload,ephemeral,pods){let generated=new Map;for(let pod3 of pods)for(let volume of ephemeral)generated.set(ephemeralClaimName(pod3,String(volume.volume.name)),{pod:pod3,volume});for(let{volume,path:path3}of workload.volumes){let claimName=nonEmptyString(objectOf(volume.persistentVolumeClaim).claimName),target=claimName?generated.get(claimName):void 0;if(!claimName||!target)continue;let ephemeralName=String(target.volume.volume.name);context.report({messageId:"referenced",data:{volume:volume.name??"",workload:describeWorkload(workload),claim:claimName,pod:target.pod,ephemeral:ephemeralName},resource:workload.resource,path:[...path3,"persistentVolumeClaim","claimName"],related:[{resource:workload.resource,path:[...target.volume.path,"name"],message:`ephemeral volume '${ephemeralName}'`}],fix:`mount the ephemeral volume '${ephemeralName}' itself instead of its claim`})}}function checkWorkload(context,workload){let pods=literalPodNames(workload),named=[];for(let volume of workload.volumes){if(!isObject(volume.volume.ephemeral))continue;let name=volume.volume.name;for(let field of forbiddenTemplateMetadata(objectOf(volume.volume.ephemeral.volumeClaimTemplate).metadata))context.report({messageId:"metadata",data:{field,volume:name??"",workload:describeWorkload(workload)},resource:workload.resource,path:[...templatePath(volume),"metadata",field],fix:`remove metadata.${field}; the claim is named after the pod and the volume`});if(!isObject(volume.volume.ephemeral.volumeClaimTemplate)||typeof name!="string"||!isDns1123Label(name))continue;named.push(volume);let tooLong=pods.find(pod3=>isDns1123Subdomain(pod3)&&!isDns1123Subdomain(ephemeralClaimName(pod3,name)));if(tooLong){let claim=ephemeralClaimName(tooLong,name);context.report({messageId:"invalidName",data:{volume:name,workload:describeWorkload(workload),claim,length:claim.length},resource:workload.resource,path:[...volume.path,"name"],fix:"shorten the pod or the volume name"})}reportCollision(context,workload,volume,pods)}named.length>0&&reportReferences(context,workload,named,pods)}var ephemeral_claim_conflict_default={id:"ephemeral-claim-conflict",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A generic ephemeral volume whose claim `<pod>-<volume>` cannot be created for the pod, or whose template sets metadata other than labels and annotations",why:'For an `ephemeral` volume the control plane creates a PersistentVolumeClaim named `<pod name>-<volume name>`, owned by the pod. If a claim of that name already exists and the pod does not own it, the kubelet refuses to use it ("was not created for pod \u2026 (pod is not owner)") and the pod never starts; two pods whose names combine to the same claim name (`a` + `b-c`, `a-b` + `c`) fight over one claim. The API server rejects a pod whose claim name is not a valid object name, a pod that also mounts its own generated claim through `persistentVolumeClaim`, and template metadata other than labels and annotations (the claim name cannot be chosen). Names are known for bare Pods and StatefulSet pods; Deployment pods get random names.',fix:"Rename the volume (or the pod) so the generated claim name is free, delete or rename the conflicting claim, mount the ephemeral volume itself rather than its claim, and drop `name`/`namespace` from `volumeClaimTemplate.metadata`.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: builder-scratch
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  containers:
    - name: build
      image: busybox:1.36
      command: [sleep, infinity]
      volumeMounts:
        - name: scratch
          mountPath: /scratch
  volumes:
    - name: scratch # expect: ephemeral-claim-conflict/existing@13
      ephemeral:
        volumeClaimTemplate:
          spec:
            accessModes: [ReadWriteOnce]
            resources:
              requests:
                storage: 10Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  containers:
    - name: build
      image: busybox:1.36
      command: [sleep, infinity]
      volumeMounts:
        - name: scratch
          mountPath: /scratch
  volumes:
    - name: scratch
      ephemeral:
        volumeClaimTemplate:
          metadata:
            labels:
              app: builder
          spec:
            accessModes: [ReadWriteOnce]
            resources:
              requests:
                storage: 10Gi
`},references:["https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#persistentvolumeclaim-naming","staging/src/k8s.io/component-helpers/storage/ephemeral/ephemeral.go (VolumeClaimName, VolumeIsForPod)","pkg/apis/core/validation/validation.go (ValidateVolumes, validateEphemeralVolumeSource, ValidateTemplateObjectMeta)"],sources:[],whenNotToUse:"Keep it on: every finding is a pod the API server rejects or one that never starts. It only judges pods whose names are known (bare Pods and StatefulSet pods), so it does not guess for Deployments."},messages:messages4,check(context){for(let workload of context.model.workloads)checkWorkload(context,workload)}};var isFileModeInRange=mode=>Number.isInteger(mode)&&mode>=0&&mode<=511,octal=mode=>`0${mode.toString(8)}`;function symbolic(mode){let out="";for(let bit=8;bit>=0;bit--)out+=mode&1<<bit?"rwx"[(8-bit)%3]:"-";return out}var isDecimalLiteral=source=>/^\+?[1-9][0-9_]*$/.test(source);function octalReading(source){let digits=source.replace(/^\+/,"").replace(/_/g,"");return/^[0-7]+$/.test(digits)?parseInt(digits,8):void 0}function isConventionalMode(mode){if(!isFileModeInRange(mode))return!1;let owner=mode>>6&7,group=mode>>3&7,other=mode&7,readable=digit=>digit===0||(digit&4)!==0,subset=(a,b)=>(a&~b)===0,customary=digit=>digit===0||digit===4||digit===5||digit===owner;return[owner,group,other].every(readable)&&subset(group,owner)&&subset(other,group)&&customary(group)&&customary(other)}function isMisreadOctal(source,value){if(!isDecimalLiteral(source)||value<100||!isFileModeInRange(value)||isConventionalMode(value))return!1;let meant=octalReading(source);return meant!==void 0&&isConventionalMode(meant)}var FILE_SOURCE_KINDS=["configMap","secret","downwardAPI","projected"],PROJECTION_KINDS=["configMap","secret","downwardAPI","serviceAccountToken","clusterTrustBundle"];function fileSourceOf(volume){let record=volume;for(let kind of FILE_SOURCE_KINDS)if(isObject(record[kind]))return{kind,source:record[kind]}}function label(kind,source){switch(kind){case"configMap":return`ConfigMap "${nonEmptyString(source.name)??""}"`;case"secret":return`Secret "${nonEmptyString(source.secretName)??nonEmptyString(source.name)??""}"`;case"downwardAPI":return"DownwardAPI";case"serviceAccountToken":return"ServiceAccountToken";case"clusterTrustBundle":return`ClusterTrustBundle "${nonEmptyString(source.name)??nonEmptyString(source.signerName)??""}"`}}function projectionsOf(volume){let found=fileSourceOf(volume);if(!found)return[];if(found.kind!=="projected")return[{kind:found.kind,source:found.source,path:[found.kind],label:label(found.kind,found.source)}];let projections=[];for(let[entry2,index]of indexedObjectsOf(found.source.sources)){let kind=PROJECTION_KINDS.find(k=>isObject(entry2[k]));if(!kind)continue;let source=entry2[kind];projections.push({kind,source,path:["projected","sources",index,kind],label:label(kind,source)})}return projections}var hasItems=kind=>kind==="configMap"||kind==="secret"||kind==="downwardAPI";function modeFields(volume){let found=fileSourceOf(volume);if(!found)return[];let fields=[];found.source.defaultMode!==void 0&&found.source.defaultMode!==null&&fields.push({path:[found.kind,"defaultMode"],value:found.source.defaultMode});for(let projection of projectionsOf(volume))if(hasItems(projection.kind))for(let[item,index]of indexedObjectsOf(projection.source.items))item.mode!==void 0&&item.mode!==null&&fields.push({path:[...projection.path,"items",index,"mode"],value:item.mode,projection});return fields}function filePaths(projection){return hasItems(projection.kind)?indexedObjectsOf(projection.source.items).map(([item,index])=>({path:[...projection.path,"items",index,"path"],value:item.path,projection})):[{path:[...projection.path,"path"],value:projection.source.path,projection}]}function objectReferencesOf(volume){let references2=[];for(let projection of projectionsOf(volume)){let optional=objectOf(projection.source).optional===!0;if(projection.kind==="configMap"){let name=nonEmptyString(projection.source.name);name&&references2.push({kind:"ConfigMap",name,optional,path:[...projection.path,"name"]})}else if(projection.kind==="secret"){let field=projection.path[0]==="projected"?"name":"secretName",name=nonEmptyString(projection.source[field]);name&&references2.push({kind:"Secret",name,optional,path:[...projection.path,field]})}}return references2}var isJsonFile=resource=>/\.json$/i.test(resource.source.file),fieldLabel=path3=>path3.reduce((label2,segment)=>typeof segment=="number"?`${label2}[${segment}]`:label2?`${label2}.${segment}`:segment,"");var file_mode_decimal_literal_default={id:"file-mode-decimal-literal",severity:"warning",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A volume file mode is written like an octal mode without the leading 0, so YAML reads it as decimal",why:"kubectl decodes YAML with 1.1 rules: only a leading 0 makes an integer octal. `defaultMode: 400` is the decimal number 400, i.e. mode 0620 (rw--w----): the API server accepts it and the files get 0620 instead of the intended owner-only 0400. Programs that check the permissions of their key files, such as ssh and PostgreSQL, refuse one whose group bits are set. Decimal spellings of ordinary modes (`420` for 0644, `256` for 0400, as kubectl prints them) are left alone, and so is JSON, where decimal is the only spelling.",fix:"Add the leading zero (`0400`), or write the decimal value of the mode you mean (256 for 0400).",examples:{bad:`apiVersion: v1
kind: Secret
metadata:
  name: api-tls
type: kubernetes.io/tls
stringData:
  tls.crt: placeholder
  tls.key: placeholder
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: nginx:1.27
      volumeMounts:
        - name: tls
          mountPath: /etc/tls
  volumes:
    - name: tls
      secret:
        secretName: api-tls
        defaultMode: 400 # expect: file-mode-decimal-literal/decimal@22
`,good:`apiVersion: v1
kind: Secret
metadata:
  name: api-tls
type: kubernetes.io/tls
stringData:
  tls.crt: placeholder
  tls.key: placeholder
---
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: nginx:1.27
      volumeMounts:
        - name: tls
          mountPath: /etc/tls
  volumes:
    - name: tls
      secret:
        secretName: api-tls
        defaultMode: 0400
`},references:['staging/src/k8s.io/api/core/v1/types.go (SecretVolumeSource.DefaultMode: "YAML accepts both octal and decimal values, JSON requires decimal values")',"https://yaml.org/type/int.html (YAML 1.1 integers: octal needs a leading 0)","https://kubernetes.io/docs/concepts/configuration/secret/#restrict-secret-file-permissions"],sources:[],whenNotToUse:"Turn it off when your manifests deliberately write file modes in decimal and a review checks the numbers, since the rule cannot know that a mode such as 400 was meant as decimal."},messages:{decimal:"{field} {written} of volume '{volume}' in {workload} is the decimal number {value}, i.e. mode {actual} ({actualBits}), not {meant} ({meantBits})"},check(context){for(let workload of context.model.workloads)if(!isJsonFile(workload.resource))for(let{volume,path:volumePath}of workload.volumes)for(let{path:path3,value}of modeFields(volume)){let at2=[...volumePath,...path3],source=context.scalarSource(workload.resource,at2);if(typeof value!="number"||source===void 0||!isMisreadOctal(source,value))continue;let meant=octalReading(source)??0;context.report({messageId:"decimal",data:{field:fieldLabel(path3),written:source,value,volume:volume.name??"",workload:describeWorkload(workload),actual:octal(value),actualBits:symbolic(value),meant:octal(meant),meantBits:symbolic(meant)},resource:workload.resource,path:at2,fix:`${String(path3[path3.length-1])}: ${octal(meant)}`})}}};var file_mode_out_of_range_default={id:"file-mode-out-of-range",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A `defaultMode` or item `mode` of a configMap, secret, downwardAPI or projected volume is not an integer between 0 and 0777",why:'The API server rejects the pod (or the workload) with "must be a number between 0 and 0777 (octal), both inclusive". kubectl reads YAML with 1.1 rules, so `defaultMode: 644` is the decimal number 644, above 0777 = 511, while `0644` is octal. A quoted `"0644"` is a string and cannot be decoded at all.',fix:"Write the mode in YAML octal with a leading zero (`0644`, `0400`, `0755`), or as its decimal value (420, 256, 493), which is the only choice in JSON.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        defaultMode: 644 # expect: file-mode-out-of-range/outOfRange@22
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        defaultMode: 0644
`},references:["pkg/apis/core/validation/validation.go (fileModeErrorMsg, validateConfigMapVolumeSource, validateKeyToPath)",'staging/src/k8s.io/api/core/v1/types.go (ConfigMapVolumeSource.DefaultMode: "YAML accepts both octal and decimal values, JSON requires decimal values")',"https://kubernetes.io/docs/concepts/configuration/secret/#restrict-secret-file-permissions"],sources:[{tool:"Kubernetes API server",check:'"must be a number between 0 and 0777 (octal), both inclusive"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{outOfRange:"{field} {written} of volume '{volume}' in {workload} is outside 0\u20130777 (0\u2013511 in decimal){reading}",notInteger:"{field} {written} of volume '{volume}' in {workload} is not an integer; kubectl cannot decode it as a file mode"},check(context){for(let workload of context.model.workloads){let json=isJsonFile(workload.resource);for(let{volume,path:volumePath}of workload.volumes)for(let{path:path3,value}of modeFields(volume)){let at2=[...volumePath,...path3],source=context.scalarSource(workload.resource,at2)??JSON.stringify(value),key=String(path3[path3.length-1]),base={field:fieldLabel(path3),volume:volume.name??"",workload:describeWorkload(workload)},meant=octalReading(typeof value=="string"?value.replace(/^0+(?=\d)/,""):source),suggestion=meant!==void 0&&isFileModeInRange(meant)?`${key}: ${json?`${meant} (the decimal value of ${octal(meant)}, ${symbolic(meant)})`:`${octal(meant)} (${symbolic(meant)})`}`:void 0;if(typeof value!="number"||!Number.isInteger(value)){context.report({messageId:"notInteger",data:{...base,written:source},resource:workload.resource,path:at2,fix:suggestion});continue}if(isFileModeInRange(value))continue;let decimal=!json&&isDecimalLiteral(source)&&suggestion!==void 0;context.report({messageId:"outOfRange",data:{...base,written:source===String(value)?source:`${source} (${value})`,reading:decimal?`: YAML reads ${source} as a decimal number, octal needs a leading 0`:""},resource:workload.resource,path:at2,fix:suggestion})}}}};var helm_template_unrendered_default={id:"helm-template-unrendered",severity:"warning",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A Helm or Go template given instead of rendered manifests",why:"Template actions such as `{{ .Values.size }}` are not YAML a cluster ever sees; linting the template would only produce a cascade of syntax errors and miss every real problem.",fix:"Render the chart and lint the output: `helm template <release> <chart> | kstorelint -`.",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{ .Release.Name }}-data # expect: helm-template-unrendered/template@9
spec:
  resources:
    requests:
      storage: {{ .Values.size }}
`,good:`apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: hello-
spec:
  entrypoint: main
  arguments:
    parameters:
      - name: message
        value: "{{workflow.name}}"
`},references:["https://helm.sh/docs/helm/helm_template/"],sources:[],whenNotToUse:"Turn it off, or add the chart templates to `ignore:`, when a repository keeps Helm charts next to plain manifests and the rendered output is linted separately (`helm template \u2026 | kstorelint -`)."},messages:{template:"{detail}"},check(context){for(let problem of context.model.problems)problem.kind==="helm-template"&&context.reportFile({messageId:"template",data:{detail:problem.message},problem})}};function filePathProblem(path3){if(path3==="")return"required";if(path3.startsWith("/"))return"absolute";if(path3.split("/").includes(".."))return"backstep";if(path3.startsWith(".."))return"reserved"}var trimSlashes=path3=>path3.replace(/\/+$/,"");function parentsOf(path3){let parts=path3.split("/");return parts.slice(1).map((_,i)=>parts.slice(0,i+1).join("/"))}function findClashes(entries,pathOf){let files=new Map,directories=new Map,clashes=[];for(let entry2 of entries){let raw=pathOf(entry2);if(!raw)continue;let path3=trimSlashes(raw),same=files.get(path3),above=parentsOf(path3).map(parent=>files.get(parent)).find(hit=>hit!==void 0),below=directories.get(path3);same!==void 0?clashes.push({entry:entry2,other:same,clash:"duplicate"}):above!==void 0?clashes.push({entry:entry2,other:above,clash:"nested"}):below!==void 0&&clashes.push({entry:entry2,other:below,clash:"nested"}),same===void 0&&files.set(path3,entry2);for(let parent of parentsOf(path3))directories.has(parent)||directories.set(parent,entry2)}return clashes}var messages5={required:"A file of volume '{volume}' ({source}) in {workload} has no path; every projected file needs one",absolute:"Path '{path}' of volume '{volume}' ({source}) in {workload} is absolute; file paths are relative to the volume's mountPath",backstep:"Path '{path}' of volume '{volume}' ({source}) in {workload} contains a '..' element; files may not point outside the volume",reserved:"Path '{path}' of volume '{volume}' ({source}) in {workload} starts with '..', which the kubelet reserves for its own entries such as ..data",duplicate:"Path '{path}' of projected volume '{volume}' in {workload} is written {writers}; the API server rejects conflicting duplicate paths",sameFile:"Path '{path}' of volume '{volume}' in {workload} is written {writers}; only one of them ends up in the file",nested:"Path '{path}' ({source}) of volume '{volume}' in {workload} overlaps '{otherPath}' ({other}): one of them would have to be a file and a directory at once, so the volume cannot be set up"};function mountPathsOf(workload,volumeName){return workload.containers.flatMap(({container})=>objectsOf(container.volumeMounts).filter(m=>m.name===volumeName&&typeof m.mountPath=="string").map(m=>m.mountPath.replace(/\/+$/,"")))}var FIX={absolute:(path3,mountPaths)=>{let mount=mountPaths.find(m=>m!==""&&path3.startsWith(`${m}/`));return mount?`path: ${path3.slice(mount.length+1)} (the volume is mounted at ${mount})`:`path: ${path3.replace(/^\/+/,"")} (relative to the mountPath)`},backstep:()=>"mount the volume where the file is needed instead of climbing out of it",reserved:path3=>`path: ${path3.replace(/^\.+/,"")}`};function checkVolume(context,workload,volume,volumePath){let entries=projectionsOf(volume).flatMap(filePaths),base={volume:volume.name??"",workload:describeWorkload(workload)},at2=entry2=>[...volumePath,...entry2.path],sourceOf=entry2=>entry2.projection?.label??"",writers=(first,second)=>first.projection===second.projection?`twice by ${sourceOf(first)}`:`by ${sourceOf(first)} and again by ${sourceOf(second)}`,mountPaths=mountPathsOf(workload,volume.name),valid=[];for(let entry2 of entries){let value=entry2.value===null||entry2.value===void 0?"":entry2.value;if(typeof value!="string")continue;let problem=filePathProblem(value);if(!problem){valid.push(entry2);continue}problem==="required"?context.report({messageId:problem,data:{...base,source:sourceOf(entry2)},resource:workload.resource,path:at2(entry2)}):context.report({messageId:problem,data:{...base,path:value,source:sourceOf(entry2)},resource:workload.resource,path:at2(entry2),fix:FIX[problem](value,mountPaths)})}let rejected=new Set;if(volume.projected){let counted=valid.filter(entry2=>entry2.projection?.kind!=="serviceAccountToken");for(let{entry:entry2,other,clash}of findClashes(counted,e=>e.value))clash!=="duplicate"||entry2.value!==other.value||(rejected.add(entry2),context.report({messageId:"duplicate",data:{...base,path:entry2.value,writers:writers(other,entry2)},resource:workload.resource,path:at2(entry2),related:[{resource:workload.resource,path:at2(other),message:`first written by ${sourceOf(other)}`}]}))}for(let{entry:entry2,other,clash}of findClashes(valid,e=>e.value)){if(rejected.has(entry2))continue;let related=[{resource:workload.resource,path:at2(other),message:`'${String(other.value)}' (${sourceOf(other)})`}];clash==="duplicate"?context.report({messageId:"sameFile",data:{...base,path:entry2.value,writers:writers(other,entry2)},resource:workload.resource,path:at2(entry2),related,severity:"warning"}):context.report({messageId:"nested",data:{...base,path:entry2.value,source:sourceOf(entry2),otherPath:String(other.value),other:sourceOf(other)},resource:workload.resource,path:at2(entry2),related,severity:"warning"})}}var key_path_invalid_default={id:"key-path-invalid",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A file path of a configMap, secret, downwardAPI or projected volume is absolute, climbs out with `..`, or clashes with another path of the volume",why:"The API server rejects an `items[].path` (or a token's or trust bundle's `path`) that is absolute, contains a `..` element or starts with `..` (the kubelet keeps its `..data` links there), and a projected volume that writes the same path from two sources (\"conflicting duplicate paths\"). Paths that merely overlap pass validation with a warning: the same path twice in one ConfigMap volume silently keeps only one key, and `a` next to `a/b` makes the kubelet fail to write the volume, so the pod stays in ContainerCreating.",fix:"Use relative paths below the mount point and give every file its own path; where two objects must provide the same file name, mount them as separate volumes.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
  site.conf: |
    server {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        items:
          - key: nginx.conf
            path: nginx.conf
          - key: site.conf
            path: /etc/nginx/conf.d/site.conf # expect: key-path-invalid/absolute@19
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
  site.conf: |
    server {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
        items:
          - key: nginx.conf
            path: nginx.conf
          - key: site.conf
            path: conf.d/site.conf
`},references:['pkg/apis/core/validation/validation.go (ValidateLocalNonReservedPath, validateKeyToPath, validateProjectionSources: "conflicting duplicate paths")','pkg/api/pod/warnings.go (warningsForOverlappingVirtualPaths: "overlapping paths")',"pkg/volume/util/atomic_writer.go (the ..data symlink and timestamped ..<date> directories)","https://kubernetes.io/docs/concepts/storage/projected-volumes/"],sources:[{tool:"Kubernetes API server",check:`validateKeyToPath, validateProjectionSources: "must not contain '..'", "conflicting duplicate paths"`,url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: the errors are objects the API server rejects and the overlapping paths leave a pod in ContainerCreating, so no setup makes these paths work. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages5,check(context){for(let workload of context.model.workloads)for(let{volume,path:path3}of workload.volumes)checkVolume(context,workload,volume,path3)}};var SELECTOR_OPERATORS=["In","NotIn","Exists","DoesNotExist"];function labelMapProblems(value,at2=[]){if(!isObject(value))return[];let problems=[];for(let[key,raw]of Object.entries(value))isPlaceholderText(key)||(isLabelKey(key)||problems.push({code:"key",value:key,path:[...at2,key]}),typeof raw=="string"&&!isPlaceholderText(raw)&&!isLabelValue(raw)&&problems.push({code:"value",key,value:raw,path:[...at2,key]}));return problems}function requirementProblems(requirement,at2){let problems=[],{key,operator,values}=requirement,list=Array.isArray(values)?values:[];return typeof operator=="string"&&!isPlaceholderText(operator)&&(operator==="In"||operator==="NotIn"?list.length===0&&problems.push({code:"values-required",operator,path:[...at2,Array.isArray(values)?"values":"operator"]}):operator==="Exists"||operator==="DoesNotExist"?list.length>0&&problems.push({code:"values-forbidden",operator,path:[...at2,"values"]}):problems.push({code:"operator",value:operator,suggestion:closest(operator,SELECTOR_OPERATORS),path:[...at2,"operator"]})),typeof key=="string"&&!isPlaceholderText(key)&&!isLabelKey(key)&&problems.push({code:"key",value:key,path:[...at2,"key"]}),list.forEach((item,index)=>{typeof item=="string"&&!isPlaceholderText(item)&&!isLabelValue(item)&&problems.push({code:"value",key:typeof key=="string"?key:"",value:item,path:[...at2,"values",index]})}),problems}function labelSelectorProblems(value,at2=[]){if(!isObject(value))return[];let problems=labelMapProblems(value.matchLabels,[...at2,"matchLabels"]);return Array.isArray(value.matchExpressions)&&value.matchExpressions.forEach((requirement,index)=>{isObject(requirement)&&problems.push(...requirementProblems(requirement,[...at2,"matchExpressions",index]))}),problems}var WORKLOAD_SELECTOR={Deployment:["spec","selector"],ReplicaSet:["spec","selector"],StatefulSet:["spec","selector"],DaemonSet:["spec","selector"],Job:["spec","selector"],CronJob:["spec","jobTemplate","spec","selector"]},AFFINITIES=["podAffinity","podAntiAffinity"];function podSpecSites(resource,owner,specPath,spec){let sites=[],affinity=objectOf(spec.affinity);for(let kind of AFFINITIES){let terms=objectOf(affinity[kind]);for(let[,i]of indexedObjectsOf(terms.requiredDuringSchedulingIgnoredDuringExecution))sites.push({resource,owner,shape:"selector",where:`${kind} labelSelector`,path:[...specPath,"affinity",kind,"requiredDuringSchedulingIgnoredDuringExecution",i,"labelSelector"]});for(let[,i]of indexedObjectsOf(terms.preferredDuringSchedulingIgnoredDuringExecution))sites.push({resource,owner,shape:"selector",where:`${kind} labelSelector`,path:[...specPath,"affinity",kind,"preferredDuringSchedulingIgnoredDuringExecution",i,"podAffinityTerm","labelSelector"]})}for(let[,i]of indexedObjectsOf(spec.topologySpreadConstraints))sites.push({resource,owner,shape:"selector",where:"topologySpreadConstraints labelSelector",path:[...specPath,"topologySpreadConstraints",i,"labelSelector"]});return sites}function selectorSites(model){let sites=[];for(let spec of model.claimSpecs)sites.push({resource:spec.resource,owner:spec.label,shape:"selector",where:"selector",path:[...spec.path,"spec","selector"]});for(let workload of model.workloads){let owner=`${workload.kind} ${workload.namespace}/${workload.name}`,selectorPath=WORKLOAD_SELECTOR[workload.kind];selectorPath&&sites.push({resource:workload.resource,owner,shape:"selector",where:"selector",path:selectorPath}),workload.kind==="ReplicationController"&&sites.push({resource:workload.resource,owner,shape:"map",where:"selector",path:["spec","selector"]}),sites.push(...podSpecSites(workload.resource,owner,workload.specPath,workload.spec))}for(let service of model.ofKind("Service"))sites.push({resource:service,owner:describe(service),shape:"map",where:"selector",path:["spec","selector"]});return sites}var selectorAt=site=>getIn(site.resource.object,site.path);var messages6={operator:"{owner} has a {where} expression with operator '{value}', which is not one of In, NotIn, Exists, DoesNotExist (case-sensitive)",valuesRequired:"{owner} has a {where} expression with operator {operator} and no values; In and NotIn need at least one value",valuesForbidden:"{owner} has a {where} expression with operator {operator} and values; Exists and DoesNotExist take none",key:"{owner} has {where} key '{value}', which is not a valid label key (an optional DNS-subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)",value:"{owner} has {where} value '{value}' for key '{key}', which is not a valid label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)"};function toReport2(site,problem){let base={resource:site.resource,path:[...site.path,...problem.path],data:{owner:site.owner,where:site.where}};switch(problem.code){case"operator":return{...base,messageId:"operator",data:{...base.data,value:problem.value},fix:problem.suggestion?`operator: ${problem.suggestion}`:void 0};case"values-required":return{...base,messageId:"valuesRequired",data:{...base.data,operator:problem.operator}};case"values-forbidden":return{...base,messageId:"valuesForbidden",data:{...base.data,operator:problem.operator},fix:"remove values, or use operator In"};case"key":return{...base,messageId:"key",data:{...base.data,value:problem.value}};case"value":return{...base,messageId:"value",data:{...base.data,value:problem.value,key:problem.key}}}}var label_selector_invalid_default={id:"label-selector-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A label selector the API server rejects: unknown operator, In/NotIn without values, Exists/DoesNotExist with values, invalid keys or values",why:"`ValidateLabelSelector` rejects the whole object when a `matchExpressions` operator is not exactly `In`, `NotIn`, `Exists` or `DoesNotExist` (`in` and `Equals` fail), when `In`/`NotIn` has no values, when `Exists`/`DoesNotExist` has values, or when a key or value breaks label syntax (`ValidateLabels`: keys are `[prefix/]name`, values at most 63 characters of letters, digits, `-`, `_`, `.`). Checked on claim selectors (PVCs, StatefulSet claim templates, ephemeral templates), workload selectors, pod (anti-)affinity and topology-spread selectors, and Service and ReplicationController selectors.",fix:"Spell the operator exactly, give In/NotIn at least one value and Exists/DoesNotExist none, and keep keys and values to label syntax (no spaces, no leading or trailing `-`, at most 63 characters).",examples:{bad:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchExpressions:
                  - key: app
                    operator: in # expect: label-selector-invalid/operator@31
                    values: [web]
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: cache, mountPath: /var/cache/nginx}
      volumes:
        - name: cache
          emptyDir: {}
`,good:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchExpressions:
                  - key: app
                    operator: In
                    values: [web]
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: cache, mountPath: /var/cache/nginx}
      volumes:
        - name: cache
          emptyDir: {}
`},references:["staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabelSelector, ValidateLabelSelectorRequirement, ValidateLabels)","staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsQualifiedName, IsValidLabelValue)","https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set"],sources:[{tool:"Kubernetes API server",check:`ValidateLabelSelectorRequirement: "not a valid selector operator", "must be specified when \`operator\` is 'In' or 'NotIn'"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/apis/meta/v1/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages6,check(context){for(let site of selectorSites(context.model)){let value=selectorAt(site),problems=site.shape==="map"?labelMapProblems(value):labelSelectorProblems(value);for(let problem of problems)context.report(toReport2(site,problem))}}};var LISTS=[["volumeMounts","mount","mountPath"],["volumeDevices","device","devicePath"]];function mountsOf(container){let raw=container.container,containerName=typeof raw.name=="string"?raw.name:"",ephemeral=container.path.includes("ephemeralContainers");return LISTS.flatMap(([list,kind,targetField])=>indexedObjectsOf(raw[list]).map(([entry2,i])=>({container,containerName,ephemeral,kind,list,entry:entry2,path:[...container.path,list,i],volumeName:nonEmptyString(entry2.name),target:nonEmptyString(entry2[targetField]),targetField})))}function volumesByName(workload){let byName=new Map;for(let volume of workload.volumes){let name=volume.volume.name;typeof name=="string"&&name!==""&&!byName.has(name)&&byName.set(name,volume)}return byName}var describeContainer=(workload,mount)=>`Container '${mount.containerName}' of ${workload.kind} ${workload.namespace}/${workload.name}`;var messages7={duplicatePath:"{container} mounts volume '{volume}' at '{path}', where volume '{first}' is already mounted",duplicateDevicePath:"{container} attaches block device '{volume}' at '{path}', where device '{first}' is already attached",duplicateDevice:"{container} lists volume '{volume}' twice in volumeDevices",pathInBoth:"{container} uses '{path}' both as the mountPath of volume '{first}' and as the devicePath of volume '{volume}'",nameInBoth:"{container} uses volume '{volume}' both in volumeMounts and in volumeDevices"};function checkContainer(context,workload,views){let mounts=views.filter(v=>v.kind==="mount"),devices=views.filter(v=>v.kind==="device"),mountByPath=new Map,mountByName=new Map,deviceByPath=new Map,deviceByName=new Map,report3=(messageId,at2,field,first)=>context.report({messageId,data:{container:describeContainer(workload,at2),volume:at2.volumeName??"",path:at2.target??"",first:first.volumeName??""},resource:workload.resource,path:[...at2.path,field],related:[{resource:workload.resource,path:[...first.path,field==="name"?"name":first.targetField],message:`${first.kind==="mount"?"mount":"device"} of '${first.volumeName??""}'`}]});for(let mount of mounts){if(mount.target){let first=mountByPath.get(mount.target);first?report3("duplicatePath",mount,"mountPath",first):mountByPath.set(mount.target,mount)}mount.volumeName&&!mountByName.has(mount.volumeName)&&mountByName.set(mount.volumeName,mount)}for(let device of devices){if(device.volumeName){let first=deviceByName.get(device.volumeName);first?report3("duplicateDevice",device,"name",first):deviceByName.set(device.volumeName,device);let asMount=mountByName.get(device.volumeName);asMount&&report3("nameInBoth",device,"name",asMount)}if(device.target){let first=deviceByPath.get(device.target);first?report3("duplicateDevicePath",device,"devicePath",first):deviceByPath.set(device.target,device);let asMount=mountByPath.get(device.target);asMount&&report3("pathInBoth",device,"devicePath",asMount)}}}var mount_path_conflict_default={id:"mount-path-conflict",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A container mounts two volumes at the same path, or uses a volume or path both as a mount and as a block device",why:'The API server rejects the pod or pod template: within one container every `mountPath` must be unique ("must be unique"), every `devicePath` and device name must be unique, and a volume name or path may not appear both in `volumeMounts` and in `volumeDevices` (`ValidateVolumeMounts`, `ValidateVolumeDevices`). Paths are compared as written. Different containers of a pod may use the same path.',fix:"Give each mount its own `mountPath`. To put files of several ConfigMaps/Secrets into one directory, use one projected volume, or mount single files with `subPath` at distinct file paths. Use a volume either as a filesystem mount or as a block device, not both.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  app.yaml: |
    port: 8080
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
stringData:
  db-password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: registry.example.com/app:2
      volumeMounts:
        - name: config
          mountPath: /etc/app
        - name: secrets
          mountPath: /etc/app # expect: mount-path-conflict/duplicatePath@22
  volumes:
    - name: config
      configMap:
        name: app-config
    - name: secrets
      secret:
        secretName: app-secrets
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  app.yaml: |
    port: 8080
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
stringData:
  db-password: s3cret
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: registry.example.com/app:2
      volumeMounts:
        - name: app
          mountPath: /etc/app
  volumes:
    - name: app
      projected:
        sources:
          - configMap:
              name: app-config
          - secret:
              name: app-secrets
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumeMounts, ValidateVolumeDevices)","https://kubernetes.io/docs/concepts/storage/projected-volumes/"],sources:[{tool:"Kubernetes API server",check:'ValidateVolumeMounts: mountPath "must be unique"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages7,check(context){for(let workload of context.model.workloads)for(let container of workload.containers)checkContainer(context,workload,mountsOf(container))}};var NAME_RULE_TEXT={"dns1123-subdomain":"DNS-1123 subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit, at most 253 characters","dns1123-label":"DNS-1123 label: lower case letters, digits and -, starting and ending with a letter or digit, at most 63 characters","dns1035-label":"DNS-1035 label: lower case letters, digits and -, starting with a letter and ending with a letter or digit, at most 63 characters"},KIND_NAME_RULES={Service:"dns1035-label",Namespace:"dns1123-label",PersistentVolume:"dns1123-subdomain",PersistentVolumeClaim:"dns1123-subdomain",StorageClass:"dns1123-subdomain",VolumeAttributesClass:"dns1123-subdomain",ConfigMap:"dns1123-subdomain",Secret:"dns1123-subdomain",Pod:"dns1123-subdomain",Deployment:"dns1123-subdomain",DaemonSet:"dns1123-subdomain",ReplicaSet:"dns1123-subdomain",ReplicationController:"dns1123-subdomain",Job:"dns1123-subdomain",CronJob:"dns1123-subdomain",ServiceAccount:"dns1123-subdomain"},MAX_CRONJOB_NAME=52,CHECKS={"dns1123-subdomain":isDns1123Subdomain,"dns1123-label":isDns1123Label,"dns1035-label":isDns1035Label},isValidName=(name,rule)=>CHECKS[rule](name);function suggestName(name,rule){let allowed=rule==="dns1123-subdomain"?/[^a-z0-9.-]+/g:/[^a-z0-9-]+/g,candidate=name.toLowerCase().replace(allowed,"-").replace(/-{2,}/g,"-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g,"");rule==="dns1035-label"&&(candidate=candidate.replace(/^[^a-z]+/,""));let max=rule==="dns1123-subdomain"?253:63;return candidate=candidate.slice(0,max).replace(/[^a-z0-9]+$/,""),candidate&&candidate!==name&&isValidName(candidate,rule)?candidate:void 0}var isNamePlaceholder=name=>isPlaceholderText(name)||/^[A-Z][A-Z0-9_]*$/.test(name);var messages8={object:"{object} has the name '{name}', which is not a valid {rule}; the API server rejects it",cronJobTooLong:"{object} has a name of {length} characters; CronJob names are limited to 52 so that the Jobs it creates (name plus an 11-character suffix) stay valid, and the API server rejects it",reference:"{field} '{name}' of {object} is not a valid {kind} name ({rule}); {outcome}"},ruleName=rule=>NAME_RULE_TEXT[rule].split(":")[0];function checkReference(context,model,reference){let name=nonEmptyString(reference.name),rule=KIND_NAME_RULES[reference.kind];if(!name||!rule||isNamePlaceholder(name)||isValidName(name,rule)||model.find(reference.kind,name,reference.namespace))return;let suggestion=suggestName(name,rule);context.report({messageId:"reference",data:{field:reference.field,name,object:reference.object,kind:reference.kind,rule:ruleName(rule),outcome:reference.validated?"the API server rejects it":`no ${reference.kind} can have that name, so it is never found`},resource:reference.resource,path:reference.path,fix:suggestion?`${reference.field}: ${suggestion}`:void 0})}function references(model){let out=[];for(let claim of model.claims){let spec=objectOf(claim.object.spec),object=claim.origin==="object"?describe(claim.resource):`claim template of ${describe(claim.resource)}`,base={resource:claim.resource,object};out.push({...base,path:[...claim.path,"spec","storageClassName"],field:"storageClassName",name:spec.storageClassName,kind:"StorageClass",validated:!0}),out.push({...base,path:[...claim.path,"spec","volumeName"],field:"volumeName",name:spec.volumeName,kind:"PersistentVolume",validated:!1})}for(let pv of model.persistentVolumes){let spec=objectOf(pv.object.spec),claimRef=objectOf(spec.claimRef),base={resource:pv,object:describe(pv)};out.push({...base,path:["spec","storageClassName"],field:"storageClassName",name:spec.storageClassName,kind:"StorageClass",validated:!0}),out.push({...base,path:["spec","claimRef","name"],field:"claimRef.name",name:claimRef.name,kind:"PersistentVolumeClaim",namespace:nonEmptyString(claimRef.namespace)??"",validated:!1})}for(let workload of model.workloads){for(let{volume,path:path3}of workload.volumes)out.push({resource:workload.resource,object:describeWorkload(workload),path:[...path3,"persistentVolumeClaim","claimName"],field:"claimName",name:objectOf(volume.persistentVolumeClaim).claimName,kind:"PersistentVolumeClaim",namespace:workload.namespace,validated:!1});workload.kind==="StatefulSet"&&out.push({resource:workload.resource,object:describeWorkload(workload),path:["spec","serviceName"],field:"serviceName",name:objectOf(workload.resource.object.spec).serviceName,kind:"Service",namespace:workload.namespace,validated:!1})}return out}var object_name_invalid_default={id:"object-name-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"An object name, or a field that names a claim, volume, class or Service, breaks the Kubernetes name rules",why:"The API server rejects an object whose name breaks its kind's rule: Services need a DNS-1035 label (lower case, starting with a letter, at most 63), Namespaces a DNS-1123 label, PersistentVolumes, claims, StorageClasses, ConfigMaps, Secrets, Pods and Deployments a DNS-1123 subdomain (lower case letters, digits, `-` and `.`, at most 253), CronJobs at most 52 characters. Upper-case letters and `_` are the usual mistakes (`quotes-for-hostPath`, `db_data`). A reference (`storageClassName`, `claimName`, `volumeName`, `claimRef.name`, `serviceName`) with such a name can never be satisfied: no object can have it. StatefulSet names are checked by sts-name-too-long; unrendered placeholders (`$VAR`, `${VAR}`, `{{ }}`, `<name>`, `__NAME__`, all-capitals `PV_NAME`) and `generateName` prefixes are skipped.",fix:"Use lower case letters, digits and `-` (the message suggests a valid name), and rename the references along with the object.",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db_data # expect: object-name-invalid/object@9
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: Fast-SSD # expect: object-name-invalid/reference@21, pvc-storageclass-not-found/notFound@21
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-data
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: fast-ssd
  resources:
    requests:
      storage: 10Gi
`},references:["staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label)","pkg/apis/core/validation/validation.go (ValidatePersistentVolumeName, ValidateServiceName, ValidateClassName)","pkg/apis/batch/validation/validation.go (ValidateCronJobCreate: at most 52 characters)","https://kubernetes.io/docs/concepts/overview/working-with-objects/names/"],sources:[{tool:"Kubernetes API server",check:`IsDNS1123Subdomain: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go"}],whenNotToUse:"Turn it off only for templates whose placeholders it does not recognise (such as `%NAME%`) and that a later step replaces before apply; otherwise every finding is an object, or a reference, that cannot exist."},messages:messages8,check(context){let{model}=context;for(let resource of model.resources){let rule=KIND_NAME_RULES[resource.kind],name=nonEmptyString(objectOf(resource.object.metadata).name);if(!rule||!name||isNamePlaceholder(name))continue;let path3=["metadata","name"];if(isValidName(name,rule))resource.kind==="CronJob"&&name.length>MAX_CRONJOB_NAME&&context.report({messageId:"cronJobTooLong",data:{object:describe(resource),length:name.length},resource,path:path3,fix:`shorten it by ${name.length-MAX_CRONJOB_NAME} characters`});else{let suggestion=suggestName(name,rule);context.report({messageId:"object",data:{object:describe(resource),name,rule:NAME_RULE_TEXT[rule]},resource,path:path3,fix:suggestion?`name: ${suggestion}`:void 0})}}for(let reference of references(model))checkReference(context,model,reference)}};var SHAPE=/^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/,DECIMAL_SUFFIX={n:-9,u:-6,m:-3,"":0,k:3,M:6,G:9,T:12,P:15,E:18},BINARY_SUFFIX={Ki:10,Mi:20,Gi:30,Ti:40,Pi:50,Ei:60},pow=(base,exponent)=>base**BigInt(exponent);function gcd(a,b){for(a=a<0n?-a:a;b;)[a,b]=[b,a%b];return a}function make(text,numerator,denominator){let divisor=gcd(numerator,denominator)||1n;return{text,numerator:numerator/divisor,denominator:denominator/divisor}}function parseQuantity(input){let text=typeof input=="number"?String(input):typeof input=="string"?input.trim():"";if(text==="")return{ok:!1,reason:"empty",text};if(text==="+"||text==="-")return{ok:!0,quantity:make(text,0n,1n)};let shape=SHAPE.exec(text);if(!shape)return{ok:!1,reason:"format",text};let[,numberPart,suffix]=shape,sign=numberPart.startsWith("-")?-1n:1n,parts=numberPart.replace(/^[+-]/,"").split(".");if(parts.length>2)return{ok:!1,reason:"format",text};let whole=parts[0]||"0",fraction=parts[1]??"",numerator=sign*BigInt(whole+fraction||"0"),denominator=pow(10n,fraction.length);if(suffix in DECIMAL_SUFFIX){let exponent=DECIMAL_SUFFIX[suffix];exponent>=0?numerator*=pow(10n,exponent):denominator*=pow(10n,-exponent)}else if(suffix in BINARY_SUFFIX)numerator*=pow(2n,BINARY_SUFFIX[suffix]);else{let exponentMatch=/^[eE]([-+]?[0-9]+)$/.exec(suffix);if(!exponentMatch)return{ok:!1,reason:"suffix",text};let exponent=Number(exponentMatch[1]);exponent>=0?numerator*=pow(10n,exponent):denominator*=pow(10n,-exponent)}return{ok:!0,quantity:make(text,numerator,denominator)}}function compareQuantities(a,b){let left=a.numerator*b.denominator,right=b.numerator*a.denominator;return left<right?-1:left>right?1:0}var isPositive=q=>q.numerator>0n;function quantityBytes(q){let{numerator:n,denominator:d}=q,truncated=n/d;return n%d===0n?truncated:n>0n?truncated+1n:truncated-1n}var hasFractionalBytes=q=>q.numerator%q.denominator!==0n;function describeQuantity(q){return`${q.text} (${quantityBytes(q)} bytes)`}var volumeModeOf=object=>{let mode=objectOf(object.spec).volumeMode;return typeof mode=="string"&&mode!==""?mode:"Filesystem"};function volumeCapacity(pv){let parsed=parseQuantity(objectOf(objectOf(pv.spec).capacity).storage);return parsed.ok?parsed.quantity:void 0}function claimRequest(claim){let parsed=parseQuantity(objectOf(objectOf(objectOf(claim.spec).resources).requests).storage);return parsed.ok?parsed.quantity:void 0}var volumeAccessModes=pv=>asAccessModes(objectOf(pv.spec).accessModes),claimAccessModes=claim=>asAccessModes(objectOf(claim.spec).accessModes);function claimRefOf(pv){let ref=objectOf(objectOf(pv.spec).claimRef);if(typeof ref.name!="string"||ref.name==="")return;let uid=typeof ref.uid=="string"&&ref.uid!==""?ref.uid:void 0;return{name:ref.name,namespace:typeof ref.namespace=="string"?ref.namespace:"",...uid?{uid}:{}}}function isReservedFor(pv,claim){let ref=claimRefOf(pv);return ref!==void 0&&ref.name===claim.name&&ref.namespace===claim.namespace&&(ref.uid===void 0||ref.uid===claim.uid)}function capacityFailure(pv,claim,compare2="exact"){let want=claimRequest(claim);if(!want)return;let have=volumeCapacity(pv);return have?(compare2==="exact"?compareQuantities(have,want)>=0:quantityBytes(have)>=quantityBytes(want))?void 0:{kind:"capacity",want,have}:{kind:"capacity",want,have}}function volumeModeFailure(pv,claim){let[want,have]=[volumeModeOf(claim),volumeModeOf(pv)];return want===have?void 0:{kind:"volumeMode",want,have}}function accessModesFailure(pv,claim){let[want,have]=[claimAccessModes(claim),volumeAccessModes(pv)];return containsAllModes(have,want)?void 0:{kind:"accessModes",want,have}}var stringList=value=>Array.isArray(value)?value.filter(item=>typeof item=="string"):[];function asLabelSelector(value){let selector=objectOf(value),expressions=Array.isArray(selector.matchExpressions)?selector.matchExpressions.map(objectOf):[];return{matchLabels:asLabels(selector.matchLabels),matchExpressions:expressions.filter(e=>typeof e.key=="string"&&typeof e.operator=="string").map(e=>({key:e.key,operator:e.operator,values:stringList(e.values)}))}}function selectorFailure(pv,claim){let selector=objectOf(claim.spec).selector;if(selector!=null)return matchesSelector(asLabels(objectOf(pv.metadata).labels),asLabelSelector(selector))?void 0:{kind:"selector"}}function classFailure(pv,claimClass){let have=volumeClass(pv);return have===claimClass?void 0:{kind:"class",want:claimClass,have}}function staticMatchFailure(pv,claim,identity2,claimClass){return staticMatchFailures(pv,claim,identity2,claimClass)[0]}function staticMatchFailures(pv,claim,identity2,claimClass){let ref=claimRefOf(pv);return[ref&&!isReservedFor(pv,identity2)?{kind:"reserved",...ref}:void 0,capacityFailure(pv,claim),volumeModeFailure(pv,claim),ref?void 0:selectorFailure(pv,claim),ref?void 0:classFailure(pv,claimClass),accessModesFailure(pv,claim)].filter(failure=>failure!==void 0)}function prebindFailure(pv,claim,claimClass){return capacityFailure(pv,claim,"bytes")??classFailure(pv,claimClass)??volumeModeFailure(pv,claim)??accessModesFailure(pv,claim)}function claimLabel(claim){let id=`${claim.namespace}/${claim.name}`;if(claim.origin==="object")return`PersistentVolumeClaim ${id}`;let owner=claim.owner?` of ${claim.owner.kind} ${claim.owner.namespace}/${claim.owner.name}`:"";return`${claim.origin==="ephemeral"?"ephemeral claim":"claim"} ${id}${owner}`}var identityLabel=claim=>claim.namespace===""?`'${claim.name}' (no namespace)`:`${claim.namespace}/${claim.name}`,classLabel=name=>JSON.stringify(name),modes=list=>list.length===0?"none":list.map(m=>ACCESS_MODE_SHORT[m]??m).join(", ");function describeFailure(failure,volume){let pv=`PersistentVolume ${volume}`;switch(failure.kind){case"reserved":return failure.uid?`${pv} is reserved by its claimRef for the claim ${identityLabel(failure)} with uid ${failure.uid}, which a claim created from the files never has`:`${pv} is reserved for claim ${identityLabel(failure)} by its claimRef`;case"capacity":return`it requests ${describeQuantity(failure.want)} but ${pv} has ${failure.have?describeQuantity(failure.have):"no valid capacity.storage"}`;case"volumeMode":return`it wants volumeMode ${failure.want} but ${pv} is ${failure.have}`;case"taken":return`${pv} goes to claim ${identityLabel(failure.by)}`;case"selector":return`its selector does not match the labels of ${pv}`;case"class":return`its class is ${classLabel(failure.want)} but ${pv} has class ${classLabel(failure.have)}`;case"accessModes":return`it requests access modes ${modes(failure.want)} but ${pv} offers ${modes(failure.have)}`}}function defaultedNote(failure,claim){return failure.kind==="class"&&claim.storageClass.declared===void 0?`; ${classLabel(failure.want)} is the default StorageClass, given because the claim names none`:""}function failurePaths(failure,claim,volume){let pv=volume.object;switch(failure.kind){case"capacity":return{claim:["spec","resources","requests","storage"],volume:["spec","capacity","storage"]};case"volumeMode":return{claim:["spec","volumeMode"],volume:["spec","volumeMode"]};case"selector":return{claim:["spec","selector"],volume:["metadata","labels"]};case"class":return{claim:claim.storageClass.path,volume:volumeClassPath(pv)};case"accessModes":return{claim:["spec","accessModes"],volume:["spec","accessModes"]};case"reserved":return{claim:["metadata","name"],volume:["spec","claimRef"]};case"taken":return{claim:["metadata","name"],volume:["metadata","name"]}}}function groupByTemplate(items,tag=()=>""){let groups=new Map;for(let item of items){let{claim}=item,key=claim.origin==="object"?item:`${claim.resource.order}\0${JSON.stringify(claim.path)}\0${tag(item)}`,group=groups.get(key);group?group.count++:groups.set(key,{first:item,count:1})}return[...groups.values()]}var moreClaims=count=>count>1?` (and ${count-1} more claim${count>2?"s":""} of this template)`:"";function provisioningOf(claim,classes,defaultClass){let declared=declaredClaimClass(claim),storageClass2=declared??defaultClass??"";if(storageClass2==="")return{kind:"static",storageClass:storageClass2,why:declared===void 0?"no-default":"empty-class"};let found=classes.get(storageClass2);return found?found.provisioner===NO_PROVISIONER?{kind:"static",storageClass:storageClass2,why:"no-provisioner"}:{kind:"dynamic",storageClass:storageClass2,delayed:found.delayed}:{kind:"static",storageClass:storageClass2,why:"unknown-class"}}var modeKey=modes2=>[...new Set(modes2)].sort().join(",");function accessModeGroups(volumes,requested){let groups=new Map;volumes.forEach((pv,index)=>{let modes2=volumeAccessModes(pv);if(!containsAllModes(modes2,requested))return;let key=modeKey(modes2),group=groups.get(key);group?group.push(index):groups.set(key,[index])});let size=key=>key===""?0:key.split(",").length;return[...groups.entries()].sort(([a],[b])=>size(a)-size(b)||(a<b?-1:a>b?1:0)).map(([,members])=>members)}function smaller(a,b){let[qa,qb]=[volumeCapacity(a),volumeCapacity(b)];return qa!==void 0&&qb!==void 0&&compareQuantities(qa,qb)<0}function simulateBinder(input){let{volumes,claims}=input,pvs=volumes.map(v=>v.object),byName=new Map;volumes.forEach((v,i)=>byName.has(v.name)||byName.set(v.name,i));let isCopy=volume=>byName.get(volumes[volume].name)!==volume||volumeCapacity(pvs[volume])===void 0,firstClaim=new Map;claims.forEach((c,i)=>firstClaim.has(claimKey2(c))||firstClaim.set(claimKey2(c),i));let original=i=>firstClaim.get(claimKey2(claims[i])),takenBy=new Map,results=claims.map(()=>{}),provisioning=claims.map(c=>provisioningOf(c.object,input.classes,input.defaultClass)),volumeNameOf=c=>{let name=c.object.spec?.volumeName;return typeof name=="string"&&name!==""?name:void 0},take=(volume,claim,via,mismatch)=>(takenBy.set(volume,claim),mismatch?{kind:"bound",volume,via,mismatch}:{kind:"bound",volume,via}),prebind=i=>{let claim=claims[i],volumeName=volumeNameOf(claim),volume=byName.get(volumeName);if(volume===void 0)return{kind:"prebind-failed",volumeName};let pv=pvs[volume],ref=claimRefOf(pv);if(ref&&!isReservedFor(pv,claim))return{kind:"prebind-failed",volumeName,miss:{volume,failure:{kind:"reserved",...ref}}};let rival=takenBy.get(volume);if(rival!==void 0)return{kind:"prebind-failed",volumeName,miss:{volume,failure:{kind:"taken",by:identity(claims[rival])},rival}};let failure=prebindFailure(pv,claim.object,provisioning[i].storageClass);return ref?take(volume,i,"volumeName",failure):failure?{kind:"prebind-failed",volumeName,miss:{volume,failure}}:take(volume,i,"volumeName")},groupCache=new Map,groupsFor=requested=>{let key=JSON.stringify(requested),groups=groupCache.get(key);return groups||groupCache.set(key,groups=accessModeGroups(pvs,requested)),groups},bucketOf=pvs.map(pv=>{let ref=claimRefOf(pv);return ref?`ref\0${claimKey2(ref)}`:`class\0${volumeClass(pv)}`}),bucketCache=new WeakMap,candidatesIn=(group,claim,claimClass)=>{let buckets=bucketCache.get(group);if(!buckets){buckets=new Map;for(let volume of group){let members=buckets.get(bucketOf[volume]);members?members.push(volume):buckets.set(bucketOf[volume],[volume])}bucketCache.set(group,buckets)}return mergeAscending(buckets.get(`ref\0${claimKey2(claim)}`)??[],buckets.get(`class\0${claimClass}`)??[])},match=i=>{let claim=claims[i],claimClass=provisioning[i].storageClass;for(let group of groupsFor(claimAccessModes(claim.object))){let best;for(let volume of candidatesIn(group,claim,claimClass)){if(takenBy.has(volume)||isCopy(volume))continue;let pv=pvs[volume];if(isReservedFor(pv,claim)){if(!capacityFailure(pv,claim.object)&&!volumeModeFailure(pv,claim.object))return take(volume,i,"claimRef");continue}staticMatchFailure(pv,claim.object,claim,claimClass)||(best===void 0||smaller(pv,pvs[best]))&&(best=volume)}if(best!==void 0)return take(best,i,"match")}let how=provisioning[i];if(how.kind==="dynamic")return{kind:"dynamic",storageClass:how.storageClass,delayed:how.delayed};let inView=poolInView(i,how);return{kind:"pending",storageClass:how.storageClass,why:how.why,poolInView:inView,closest:inView||!input.closestOnlyInPool?closest2(i):void 0}},named=new Set;for(let claim of claims){let name=volumeNameOf(claim);name!==void 0&&named.add(name)}let reservations=new Map,offered=0;volumes.forEach(volume=>{let ref=claimRefOf(volume.object);ref?reservations.set(claimKey2(ref),[...reservations.get(claimKey2(ref))??[],ref.uid]):!named.has(volume.name)&&volumeCapacity(volume.object)&&offered++});let hasReservation=claim=>(reservations.get(claimKey2(claim))??[]).some(uid=>uid===void 0||uid===claim.uid),poolInView=(i,{why})=>hasReservation(claims[i])?!0:(why==="empty-class"||why==="no-provisioner")&&offered>0,closest2=i=>{let claim=claims[i],best;if(pvs.forEach((pv,volume)=>{if(isCopy(volume))return;let rival=takenBy.get(volume),failures=staticMatchFailures(pv,claim.object,claim,provisioning[i].storageClass),failure=failures[0]??(rival!==void 0?{kind:"taken",by:identity(claims[rival])}:void 0);if(!failure)return;let meantForOthers=failures.some(f=>f.kind==="class"||f.kind==="selector"||f.kind==="reserved"),score=[failures.every(f=>f.kind!=="class")?1:0,-failures.length,meantForOthers?0:1,FAILURE_RANK[failure.kind]];(!best||compareScores(score,best.score)>0||compareScores(score,best.score)===0&&smaller(pvs[best.volume],pv))&&(best={volume,failure,score,...failure.kind==="taken"?{rival}:{}})}),!best)return;let{score:_score,...miss}=best;return miss},originals=claims.flatMap((_,i)=>original(i)===i?[i]:[]),order=[...originals.filter(i=>volumeNameOf(claims[i])),...originals.filter(i=>!volumeNameOf(claims[i])&&hasReservation(claims[i])),...originals.filter(i=>!volumeNameOf(claims[i])&&!hasReservation(claims[i]))];for(let i of order)results[i]=volumeNameOf(claims[i])?prebind(i):match(i);return claims.forEach((_,i)=>results[i]??=results[original(i)]),results}var FAILURE_RANK={reserved:0,capacity:1,volumeMode:2,selector:3,class:4,accessModes:5,taken:6},compareScores=(a,b)=>a.reduce((order,value,k)=>order||value-b[k],0);function mergeAscending(a,b){if(a.length===0)return b;if(b.length===0)return a;let out=[],[i,j]=[0,0];for(;i<a.length||j<b.length;)out.push(j>=b.length||i<a.length&&a[i]<b[j]?a[i++]:b[j++]);return out}var claimKey2=claim=>`${claim.namespace}\0${claim.name}`,identity=claim=>({namespace:claim.namespace,name:claim.name});function storageClassTable(storageClasses){let classes=new Map;for(let sc of storageClasses)classes.has(sc.name)||classes.set(sc.name,{provisioner:nonEmptyString(sc.object.provisioner)??"",delayed:sc.object.volumeBindingMode==="WaitForFirstConsumer"});return classes}function simulateBinding({claims,volumes,classes,defaultClass,storageClass:storageClass2}){let results=simulateBinder({volumes:volumes.map(volume=>({name:volume.name,object:pvObject(volume)})),claims:claims.map(claim=>({namespace:claim.namespace,name:claim.name,object:claim.object,...liveUid(claim)})),classes,defaultClass,closestOnlyInPool:!0}),bindings=new Map;return results.forEach((result,i)=>{let claim=claims[i];switch(result.kind){case"bound":bindings.set(claim,{kind:"bound",volume:volumes[result.volume],via:result.via});break;case"dynamic":bindings.set(claim,{...result,classResource:storageClass2(result.storageClass)});break;case"pending":{let{closest:closest2,...rest}=result;bindings.set(claim,{...rest,...closest2?{closest:volumes[closest2.volume],failure:closest2.failure}:{},...closest2?.rival!==void 0?{rival:claims[closest2.rival]}:{}});break}case"prebind-failed":{let{miss}=result;bindings.set(claim,{kind:"prebind-failed",volumeName:result.volumeName,...miss?{volume:volumes[miss.volume],failure:miss.failure}:{},...miss?.rival!==void 0?{rival:claims[miss.rival]}:{}});break}}}),bindings}var pvObject=volume=>volume.object;function liveUid(claim){let uid=claim.resource.contextOnly?nonEmptyString(claim.object.metadata?.uid):void 0;return uid?{uid}:{}}function indexBy(claims,key){let index=new Map;for(let claim of claims){let list=index.get(key(claim));list?list.push(claim):index.set(key(claim),[claim])}return index}var listNames2=names=>names.length>3?`${names[0]} \u2026 ${names[names.length-1]}`:names.join(", ");function statefulSetSiblings(name,claims){let prefix=/^(.*-)\d+$/.exec(name)?.[1];return prefix?claims.filter(claim=>claim.origin==="statefulset"&&claim.name.startsWith(prefix)&&/^\d+$/.test(claim.name.slice(prefix.length))):[]}function siblingsHint(siblings){let owner=siblings[0]?.owner;return owner?` (${owner.kind} ${owner.namespace}/${owner.name} creates only ${listNames2(siblings.map(claim=>claim.name))})`:""}var firstSibling=siblings=>siblings.slice(0,1).map(claim=>({resource:claim.resource,path:[...claim.path,"metadata","name"],message:claimLabel(claim)})),pv_claimref_claim_not_found_default={id:"pv-claimref-claim-not-found",severity:"warning",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume's claimRef names a claim that is not in the view",why:'A PersistentVolume with a `claimRef` (and no uid) is reserved: the controller keeps it Available for exactly that claim ("volume is pre-bound to claim") and no other claim can bind it. If the claim is never created, for example because of a typo or a wrong namespace, the volume sits unused. The claim may exist only in the cluster; then declare it or lower this rule.',fix:"Create the claim the `claimRef` names, or fix `claimRef.name` / `claimRef.namespace`. StatefulSet claims are named `<template>-<statefulset>-<ordinal>`.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: logs-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/logs
  claimRef:
    namespace: default
    name: log # expect: pv-claimref-claim-not-found/missing@11
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: logs
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: logs-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/logs
  claimRef:
    namespace: default
    name: logs
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: logs
spec:
  storageClassName: ""
  volumeName: logs-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume: volume is pre-bound to claim)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[{tool:"Monokle",check:"LNK001 (no-missing-links)"}],whenNotToUse:"Turn it off, or list the claims under `assume:`, when PersistentVolumes live in a different repository from the claims that use them, as platform teams often arrange static volumes."},messages:{missing:"PersistentVolume {volume} is reserved by its claimRef for claim {namespace}/{claim}, which is not in the view; no other claim can bind it{hint}"},check(context){let{model}=context,byNamespace=indexBy(model.claims,claim=>claim.namespace);for(let volume of model.persistentVolumes){let ref=claimRefOf(pvObject(volume));if(!ref||ref.namespace==="")continue;let data={volume:volume.name,namespace:ref.namespace,claim:ref.name},siblings=()=>statefulSetSiblings(ref.name,byNamespace.get(ref.namespace)??[]),from={resource:volume,path:["spec","claimRef","name"]};reportMissingReference(context,{kind:"PersistentVolumeClaim",namespace:ref.namespace,name:ref.name,from},{notFound:({didYouMean})=>{let ordinals=siblings();return ordinals.length===0?{messageId:"missing",data:{...data,hint:""},fix:didYouMean}:{messageId:"missing",data:{...data,hint:siblingsHint(ordinals)},related:firstSibling(ordinals)}},otherNamespace:({where,targets})=>({messageId:"missing",data:{...data,hint:` (a claim of that name is in ${where})`},related:[...relatedOf(targets),...firstSibling(siblings())],fix:targets.length===1?`namespace: ${targets[0].namespace}`:void 0})})}}};var pv_claimref_no_namespace_default={id:"pv-claimref-no-namespace",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume's claimRef names a claim without its namespace",why:'A PersistentVolume is cluster-scoped, so nothing defaults `claimRef.namespace`: the volume is reserved for a claim in namespace "", which cannot exist. It stays Available but no claim can ever bind it (`IsVolumeBoundToClaim` compares name and namespace), and a claim naming it in `volumeName` gets "already bound to a different claim".',fix:"Add `namespace:` to `claimRef`, the namespace of the claim that should get the volume.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: media-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/media
  claimRef: # expect: pv-claimref-no-namespace/noNamespace@3
    name: media
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: media-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/media
  claimRef:
    namespace: default
    name: media
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: media
  namespace: default
spec:
  storageClassName: ""
  volumeName: media-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`},references:["component-helpers storage/volume/pv_helpers.go (IsVolumeBoundToClaim)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Keep it on: no claim can ever bind a volume reserved without a namespace. A volume parked on purpose so that nothing binds it is better expressed with a full claimRef to a claim that will not be created."},messages:{noNamespace:"PersistentVolume {volume} reserves itself for claim '{claim}' without a namespace; claimRef.namespace is never defaulted, so no claim can bind it{hint}"},check(context){let{model}=context,claimsByName=new Map;for(let claim of model.claims){let list=claimsByName.get(claim.name);list?list.push(claim):claimsByName.set(claim.name,[claim])}for(let volume of model.persistentVolumes){let claimRef=objectOf(objectOf(volume.object.spec).claimRef),name=nonEmptyString(claimRef.name);if(!name||nonEmptyString(claimRef.namespace))continue;let candidates2=claimsByName.get(name)??[],namespaces=[...new Set(candidates2.map(claim=>claim.namespace))];context.report({messageId:"noNamespace",data:{volume:volume.name,claim:name,hint:namespaces.length>0?` (a claim of that name is in namespace '${namespaces.join("', '")}')`:""},resource:volume,path:["spec","claimRef"],related:candidates2.map(claim=>({resource:claim.resource,path:[...claim.path,"metadata","name"],message:claimLabel(claim)})),fix:`namespace: ${namespaces.length===1?namespaces[0]:"<namespace of the claim>"}`})}}};var pv_claimref_unsatisfiable_default={id:"pv-claimref-unsatisfiable",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume is reserved for a claim that cannot or will not take it",why:"A `claimRef` reservation skips the class and selector tests, but the binder still requires capacity >= request, the same volumeMode and a PV access-mode set containing every requested mode. If the reserved claim fails one of them, it binds another volume, is provisioned, or stays Pending, and the reservation keeps this volume from every other claim forever. The same happens when the claim names another volume in `volumeName`, or when the binder finds a fitting volume with a more specific access-mode set first (access-mode groups are searched fewest modes first).",fix:"Make the PersistentVolume fit the claim it reserves (capacity, volumeMode, access modes), point `claimRef` at the right claim, or set `volumeName` on the claim to this volume.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: cache-pv
spec:
  storageClassName: ""
  capacity:
    storage: 1Gi # expect: pv-claimref-unsatisfiable/unsatisfiable@14
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/cache
  claimRef:
    namespace: default
    name: cache
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 2Gi # expect: pvc-unbindable/noMatch@16
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: cache-pv
spec:
  storageClassName: ""
  capacity:
    storage: 2Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/cache
  claimRef:
    namespace: default
    name: cache
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
spec:
  storageClassName: ""
  volumeName: cache-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 2Gi
`},references:["component-helpers storage/volume/pv_helpers.go (FindMatchingVolume: pre-bound volumes)","pkg/controller/volume/persistentvolume/index.go (findByClaim, allPossibleMatchingAccessModes)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Turn it off when the claims in the files are not the claims the cluster will have (simplified test fixtures, claims patched at deploy time), since the rule judges each reservation against the claim it finds in the files."},messages:{unsatisfiable:"PersistentVolume {volume} is reserved for {claim}, which cannot take it: {reason}; the reservation keeps the volume from every other claim",otherVolume:"PersistentVolume {volume} is reserved for {claim}, but the claim names PersistentVolume {other} in volumeName; the reservation keeps the volume from every other claim",boundElsewhere:"PersistentVolume {volume} is reserved for {claim}, but the binder gives the claim PersistentVolume {other} first ({why}); the reservation keeps the volume from every other claim"},check(context){let{model}=context;for(let volume of model.persistentVolumes){let pv=pvObject(volume),ref=claimRefOf(pv),claim=ref&&ref.namespace!==""?model.claim(ref.namespace,ref.name):void 0;if(!claim)continue;let binding=model.binding(claim);if(binding.kind==="bound"&&binding.volume===volume)continue;let base={volume:volume.name,claim:claimLabel(claim)},claimAt={resource:claim.resource,path:[...claim.path,"metadata","name"],message:claimLabel(claim)},volumeName=nonEmptyString(claim.object.spec?.volumeName);if(volumeName){if(volumeName===volume.name)continue;context.report({messageId:"otherVolume",data:{...base,other:volumeName},resource:volume,path:["spec","claimRef","name"],related:[{...claimAt,path:[...claim.path,"spec","volumeName"]}],fix:`volumeName: ${volume.name} on the claim, or remove the claimRef`});continue}let failure=staticMatchFailure(pv,claim.object,claim,model.provisioning(claim).storageClass);if(failure){let paths=failurePaths(failure,claim,volume);context.report({messageId:"unsatisfiable",data:{...base,reason:describeFailure(failure,volume.name)},resource:volume,path:paths.volume,related:[{...claimAt,path:[...claim.path,...paths.claim]}]})}else binding.kind==="bound"&&context.report({messageId:"boundElsewhere",data:{...base,other:binding.volume.name,why:binding.via==="claimRef"?"it is reserved for the claim too":"its access-mode set is more specific, and access-mode groups are searched fewest modes first"},resource:volume,path:["spec","claimRef","name"],related:[claimAt,{resource:binding.volume,path:["spec","accessModes"],message:`PersistentVolume ${binding.volume.name}`}],fix:`volumeName: ${volume.name} on the claim`})}}};var pv_contended_default={id:"pv-contended",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"Two claims can only be satisfied by the same PersistentVolume, so one of them stays Pending",why:'A PersistentVolume binds exactly one claim. When two claims name the same volume in `volumeName`, the one processed second gets `volume "X" already bound to a different claim` and stays Pending. When claims that cannot be provisioned (class `""` or a `no-provisioner` class) need more matching volumes than the view has, whichever claim the controller handles last waits forever; which one is a race. A StatefulSet whose template needs one static volume per replica is the common case.',fix:"Give every claim its own PersistentVolume: add volumes (one per StatefulSet replica), point each `volumeName` at a different PV, or use a provisioning StorageClass.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: shared-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/shared
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: first
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: second # expect: pv-contended/outOfVolumes@9
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: first-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/first
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: second-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/second
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: first
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: second
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`},references:['pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: "volume already bound to a different claim")',"component-helpers storage/volume/pv_helpers.go (FindMatchingVolume)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding"],sources:[],whenNotToUse:"Turn it off when the cluster has more PersistentVolumes than the files declare (volumes made by hand or by another repository), so a shortage in the files is not one in the cluster; feeding `kubectl get pv -o yaml` to the run is the better fix."},messages:{sameVolumeName:"{claim} and {rival} both name PersistentVolume {volume} in volumeName; a PersistentVolume binds one claim, so one of them stays Pending",outOfVolumes:"{claim} finds every PersistentVolume that fits it taken (PersistentVolume {volume} goes to {rival}); with more such claims than volumes, one stays Pending{more}"},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);binding.kind==="prebind-failed"&&binding.failure?.kind==="taken"&&binding.volume&&binding.rival&&found.push({claim,rival:binding.rival,volume:binding.volume,byName:!0}),binding.kind==="pending"&&binding.poolInView&&binding.failure?.kind==="taken"&&binding.closest&&binding.rival&&found.push({claim,rival:binding.rival,volume:binding.closest,byName:!1})}for(let{first:{claim,rival,volume,byName},count}of groupByTemplate(found,c=>`${c.byName}\0${c.volume.name}`)){let related=[{resource:volume,path:["metadata","name"],message:`PersistentVolume ${volume.name}`},{resource:rival.resource,path:[...rival.path,"metadata","name"],message:claimLabel(rival)}];byName?context.report({messageId:"sameVolumeName",data:{claim:claimLabel(claim),rival:claimLabel(rival),volume:volume.name},resource:claim.resource,path:[...claim.path,"spec","volumeName"],related,fix:"point each claim at its own PersistentVolume"}):context.report({messageId:"outOfVolumes",data:{claim:claimLabel(claim),rival:claimLabel(rival),volume:volume.name,more:moreClaims(count)},resource:claim.resource,path:[...claim.path,"metadata","name"],related,fix:claim.origin==="statefulset"?"add one PersistentVolume per replica":"add another PersistentVolume that fits"})}}};var isAbsolutePath=target=>target.startsWith("/"),hasBacksteps=target=>target.split("/").includes("..");function localDescendingPathProblems(target){let problems=[];return isAbsolutePath(target)&&problems.push("absolute"),hasBacksteps(target)&&problems.push("backsteps"),problems}var VOLUME_SOURCE_FIELDS=["emptyDir","hostPath","gitRepo","gcePersistentDisk","awsElasticBlockStore","secret","nfs","iscsi","glusterfs","flocker","persistentVolumeClaim","rbd","cinder","cephfs","quobyte","downwardAPI","fc","flexVolume","configMap","azureFile","vsphereVolume","photonPersistentDisk","portworxVolume","azureDisk","storageos","projected","scaleIO","csi","ephemeral","image"],HOST_PATH_TYPES=["","DirectoryOrCreate","Directory","FileOrCreate","File","Socket","CharDevice","BlockDevice"],REQUIRED_FIELDS={hostPath:["path"],gitRepo:["repository"],gcePersistentDisk:["pdName"],awsElasticBlockStore:["volumeID"],secret:["secretName"],nfs:["server","path"],iscsi:["targetPortal","iqn"],glusterfs:["endpoints","path"],persistentVolumeClaim:["claimName"],quobyte:["registry","volume"],configMap:["name"],csi:["driver"]};function volumeSourcesOf(volume){return VOLUME_SOURCE_FIELDS.filter(field=>isObject(volume[field]))}var volumeSourceOf=volume=>volumeSourcesOf(volume)[0]??"emptyDir",isMissing=value=>value==null||value==="";function volumeSourceProblems(volume){let sources=volumeSourcesOf(volume);if(sources.length===0)return[];let[first,...extra]=sources;return[...extra.map(source=>({code:"several-sources",source,first,path:[source]})),...sourceFieldProblems(first,volume[first])]}function sourceFieldProblems(source,spec){let problems=[];for(let field of REQUIRED_FIELDS[source]??[])isMissing(spec[field])&&problems.push({code:"required",source,field,path:[source,field]});return source==="hostPath"&&problems.push(...hostPathProblems(spec)),source==="nfs"&&typeof spec.path=="string"&&spec.path!==""&&!isAbsolutePath(spec.path)&&problems.push({code:"not-absolute",source,field:"path",value:spec.path,path:[source,"path"]}),source==="emptyDir"&&isNegativeQuantity(spec.sizeLimit)&&problems.push({code:"negative-size",value:String(spec.sizeLimit),path:[source,"sizeLimit"]}),source==="csi"&&typeof spec.driver=="string"&&spec.driver!==""&&!isCsiDriverName(spec.driver)&&problems.push({code:"csi-driver-name",value:spec.driver,path:[source,"driver"]}),problems}function hostPathProblems(spec){if(typeof spec.path!="string"||spec.path==="")return[];let problems=[];return hasBacksteps(spec.path)&&problems.push({code:"backsteps",source:"hostPath",field:"path",value:spec.path,path:["hostPath","path"]}),typeof spec.type=="string"&&!isHostPathType(spec.type)&&problems.push({code:"host-path-type",value:spec.type,path:["hostPath","type"]}),problems}var isHostPathType=value=>HOST_PATH_TYPES.includes(value);function isNegativeQuantity(value){if(value==null)return!1;let parsed=parseQuantity(value);return parsed.ok&&parsed.quantity.numerator<0n}var isCsiDriverName=name=>name.length>0&&name.length<=63&&isDns1123Subdomain(name.toLowerCase());var PV_SOURCE_FIELDS=["gcePersistentDisk","awsElasticBlockStore","hostPath","glusterfs","nfs","rbd","quobyte","cinder","cephfs","flexVolume","flocker","azureFile","vsphereVolume","azureDisk","photonPersistentDisk","portworxVolume","scaleIO","local","storageos","csi","iscsi","fc"],PV_REQUIRED={local:["path"],csi:["driver","volumeHandle"]},isMissing2=value=>value==null||value==="",isRootPath=value=>typeof value=="string"&&/^\/+(\.\/*)*$/.test(value);function capacityProblems(spec,partial){let capacity=spec.capacity;if(!isObject(capacity))return partial||capacity!=null?[]:[{code:"capacity-missing",path:["capacity"]}];let problems=Object.keys(capacity).filter(key=>key!=="storage").map(key=>({code:"capacity-key",key,path:["capacity",key]}));return!("storage"in capacity)&&!partial&&problems.push({code:"capacity-missing",path:["capacity"]}),problems}function sourceProblems(spec,partial){let sources=PV_SOURCE_FIELDS.filter(field=>isObject(spec[field]));if(sources.length===0)return partial?[]:[{code:"no-source",path:[]}];let[first,...extra]=sources,problems=extra.map(source=>({code:"several-sources",source,first,path:[source]})),value=spec[first],own=PV_REQUIRED[first]??[];for(let field of own)isMissing2(value[field])&&problems.push({code:"required",source:first,field,path:[first,field]});for(let problem of volumeSourceProblems({[first]:value}))problem.code==="required"&&own.includes(problem.field)||problem.code!=="host-path-type"&&problems.push({code:"source-field",problem,path:problem.path});return problems}function affinityProblems(spec){let affinity=spec.nodeAffinity;if(!isObject(affinity))return isObject(spec.local)?[{code:"local-affinity",path:["nodeAffinity"]}]:[];if(!isObject(affinity.required))return affinity.required===void 0||affinity.required===null?[{code:"affinity-required",path:["nodeAffinity","required"]}]:[];let terms=affinity.required.nodeSelectorTerms;return terms==null||Array.isArray(terms)&&terms.length===0?[{code:"affinity-terms",path:["nodeAffinity","required","nodeSelectorTerms"]}]:[]}function pvSpecProblems(spec,kubeVersion,partial=!1){let problems=[...capacityProblems(spec,partial),...sourceProblems(spec,partial),...affinityProblems(spec)];return spec.persistentVolumeReclaimPolicy==="Recycle"&&isRootPath(objectOf(spec.hostPath).path)&&problems.push({code:"recycle-root",path:["persistentVolumeReclaimPolicy"]}),featureOn("VolumeAttributesClass",kubeVersion)&&typeof spec.volumeAttributesClassName=="string"&&(spec.volumeAttributesClassName===""?problems.push({code:"vac-empty",path:["volumeAttributesClassName"]}):isObject(spec.csi)||problems.push({code:"vac-csi",path:["volumeAttributesClassName"]})),problems}var messages9={capacityMissing:"PersistentVolume {pv} has no capacity.storage; the API server requires it",capacityKey:"PersistentVolume {pv} lists '{key}' in capacity; only 'storage' is supported",noSource:"PersistentVolume {pv} has no volume source (csi, nfs, hostPath, local, \u2026); the API server requires exactly one",severalSources:"PersistentVolume {pv} sets both {first} and {source}; a PersistentVolume has exactly one volume source",required:"PersistentVolume {pv} has {source} without {field}, which is required",sourceField:"PersistentVolume {pv}: {detail}",localAffinity:'PersistentVolume {pv} is a local volume without nodeAffinity; the API server requires it ("Local volume requires node affinity")',affinityRequired:"PersistentVolume {pv} has nodeAffinity without required; the API server requires node constraints there",affinityTerms:"PersistentVolume {pv} has nodeAffinity.required without nodeSelectorTerms; at least one term is required",recycleRoot:"PersistentVolume {pv} uses reclaim policy Recycle on hostPath '/'; the API server forbids recycling the node's root",vacEmpty:'PersistentVolume {pv} sets volumeAttributesClassName to ""; leave it out or name a VolumeAttributesClass',vacCsi:"PersistentVolume {pv} sets volumeAttributesClassName '{value}' without a csi source; only CSI volumes have attributes classes"};function sourceDetail(problem){switch(problem.code){case"backsteps":return`${problem.source}.${problem.field} '${problem.value}' contains a '..' element`;case"not-absolute":return`${problem.source}.${problem.field} '${problem.value}' must be an absolute path`;case"host-path-type":return`hostPath type '${problem.value}' is not a hostPath type`;case"csi-driver-name":return`CSI driver '${problem.value}' is not a valid driver name (a DNS subdomain of at most 63 characters)`;case"required":return`${problem.source} has no ${problem.field}, which is required`;default:return problem.code}}function toReport3(pv,spec,problem){let base={resource:pv,path:["spec",...problem.path],data:{pv:pv.name}};switch(problem.code){case"capacity-missing":return{...base,messageId:"capacityMissing",fix:"capacity: {storage: 10Gi}"};case"capacity-key":return{...base,messageId:"capacityKey",data:{...base.data,key:problem.key}};case"no-source":return{...base,messageId:"noSource"};case"several-sources":return{...base,messageId:"severalSources",data:{...base.data,first:problem.first,source:problem.source}};case"required":return{...base,messageId:"required",data:{...base.data,source:problem.source,field:problem.field}};case"source-field":return{...base,messageId:"sourceField",data:{...base.data,detail:sourceDetail(problem.problem)}};case"local-affinity":return{...base,messageId:"localAffinity",fix:"nodeAffinity: {required: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [<node>]}]}]}}"};case"affinity-required":return{...base,path:["spec","nodeAffinity"],messageId:"affinityRequired"};case"affinity-terms":return{...base,messageId:"affinityTerms"};case"recycle-root":return{...base,messageId:"recycleRoot",fix:"persistentVolumeReclaimPolicy: Retain"};case"vac-empty":return{...base,messageId:"vacEmpty"};case"vac-csi":return{...base,messageId:"vacCsi",data:{...base.data,value:String(spec.volumeAttributesClassName)}}}}var pv_spec_invalid_default={id:"pv-spec-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume the API server rejects: capacity, volume source, local without node affinity, Recycle of `/`, attributes class, class name",why:`\`ValidatePersistentVolumeSpec\` rejects a PersistentVolume whose \`capacity\` is missing or lists anything but \`storage\`, that has no volume source or more than one (${PV_SOURCE_FIELDS.length} kinds: csi, nfs, hostPath, local, \u2026), whose source lacks a required field (\`csi.volumeHandle\`, \`local.path\`, \`nfs.server\`, \u2026), a \`local\` volume without \`nodeAffinity\` (the scheduler could not know where the disk is), \`nodeAffinity\` without required node selector terms, \`Recycle\` on \`hostPath: /\`, an empty \`volumeAttributesClassName\` or one on a non-CSI volume (from 1.34, where the feature is on by default). The PV is never created and claims waiting for it stay Pending.`,fix:"Give the PV `capacity: {storage: \u2026}`, exactly one volume source with its required fields, and for `local` volumes a `nodeAffinity.required` term naming the node.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: ssd-node1
spec: # expect: pv-spec-invalid/localAffinity@1
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-ssd
  local:
    path: /mnt/disks/ssd1
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-ssd
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: ssd-node1
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-ssd
  local:
    path: /mnt/disks/ssd1
  nodeAffinity:
    required:
      nodeSelectorTerms:
        - matchExpressions:
            - key: kubernetes.io/hostname
              operator: In
              values: [node1]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-ssd
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
`},references:["pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, validateVolumeNodeAffinity)","https://kubernetes.io/docs/concepts/storage/volumes/#local","https://kubernetes.io/docs/concepts/storage/persistent-volumes/"],sources:[{tool:"Kubernetes API server",check:'ValidatePersistentVolumeSpec: "must specify a volume type", "Local volume requires node affinity"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages9,check(context){let{model}=context;for(let pv of model.persistentVolumes){let spec=pv.object.spec;if(isObject(spec))for(let problem of pvSpecProblems(spec,model.options.kubeVersion,model.isFragment(pv)!==void 0)){let report3=toReport3(pv,spec,problem);report3&&context.report(report3)}}}};var pathKey=(resource,path3)=>`${resource.order}\0${path3.join("\0")}`;function buildClaimSpecs(allClaims,workloads,defaultClass){let claimsAt=new Map;for(let claim of allClaims){let at2=pathKey(claim.resource,claim.path),list=claimsAt.get(at2);list?list.push(claim):claimsAt.set(at2,[claim])}let specs=[];for(let claim of allClaims)claim.origin==="object"&&specs.push({origin:"object",name:claim.name,object:claim.object,resource:claim.resource,path:[],namespace:claim.namespace,label:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`,claims:[claim],storageClass:claim.storageClass});for(let workload of workloads){let of=`${workload.kind} ${workload.namespace}/${workload.name}`,add=(origin,object,path3,name,label2)=>specs.push({origin,name,object,resource:workload.resource,path:path3,namespace:workload.namespace,label:label2,claims:claimsAt.get(pathKey(workload.resource,path3))??[],owner:workload,storageClass:claimClassOf(object,defaultClass)});if(workload.kind==="StatefulSet"){let sts=workload.resource.object;for(let[template,index]of indexedObjectsOf(objectOf(sts.spec).volumeClaimTemplates)){let name=nonEmptyString(objectOf(template.metadata).name)??`#${index}`;add("statefulset",template,["spec","volumeClaimTemplates",index],name,`Claim template '${name}' of ${of}`)}}for(let{volume,index}of workload.volumes){let template=objectOf(volume.ephemeral).volumeClaimTemplate;isObject(template)&&add("ephemeral",template,[...workload.specPath,"volumes",index,"ephemeral","volumeClaimTemplate"],String(volume.name),`Ephemeral claim template of volume '${String(volume.name)}' in ${of}`)}}return specs}var identitiesOf=spec=>spec.claims.length>0?spec.claims.map(c=>({namespace:c.namespace,name:c.name})):[{namespace:spec.namespace,name:""}],storageClassObject=resource=>resource.object,pvObjectOf=resource=>resource.object;function fittingVolume(model,spec,className,accept=()=>!0){let identities=identitiesOf(spec);return model.volumesOfClass(className).find(pv=>accept(pv)&&identities.some(identity2=>staticMatchFailure(pvObjectOf(pv),spec.object,identity2,className)===void 0))}function reservedVolume(model,spec){for(let identity2 of identitiesOf(spec)){if(identity2.name==="")continue;let pv=model.volumesReservedFor(identity2.namespace,identity2.name).find(v=>staticMatchFailure(pvObjectOf(v),spec.object,identity2,"")===void 0);if(pv)return pv}}var pvc_default_class_hides_pv_default={id:"pvc-default-class-hides-pv",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim without storageClassName gets the default class, so the classless PersistentVolume meant for it is ignored",why:'When a claim omits `storageClassName`, the DefaultStorageClass admission plugin writes the default class into it on create. From then on the binder only considers PVs of that class: a pre-created PV without a class is never matched, and the claim is dynamically provisioned instead (new, empty disk) or stays Pending. Only `storageClassName: ""` keeps a claim classless.',fix:'Set `storageClassName: ""` on the claim (or give the PV the default class\'s name), as the Kubernetes docs do for static volumes.',examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: legacy-reports
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteMany]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
  namespace: finance
spec: # expect: pvc-default-class-hides-pv/hidden@1
  accessModes: [ReadWriteMany]
  resources:
    requests:
      storage: 100Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: legacy-reports
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteMany]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
  namespace: finance
spec:
  storageClassName: ""
  accessModes: [ReadWriteMany]
  resources:
    requests:
      storage: 100Gi
`},references:["plugin/pkg/admission/storage/storageclass/setdefault/admission.go (claimDefaulterPlugin.Admit)","component-helpers storage/volume/helpers.go (PersistentVolumeClaimHasClass)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Turn it off when the files declare a default StorageClass that the target clusters do not have (a class shipped for local development only), so claims there stay classless and do bind the PersistentVolume."},messages:{hidden:"{claim} sets no storageClassName, so admission gives it the default StorageClass '{class}' and it will not bind to the classless PersistentVolume {volume} that fits it"},check(context){let{model}=context,defaultClass=model.defaultStorageClassName;if(defaultClass===void 0)return;let storageClass2=model.storageClass(defaultClass);for(let spec of model.claimSpecs){if(spec.storageClass.declared!==void 0||nonEmptyString(objectOf(spec.object.spec).volumeName)||reservedVolume(model,spec))continue;let pv=fittingVolume(model,spec,"",v=>claimRefOf(pvObjectOf(v))===void 0);pv&&context.report({messageId:"hidden",data:{claim:spec.label,class:defaultClass,volume:pv.name},resource:spec.resource,path:[...spec.path,"spec","storageClassName"],related:[{resource:pv,path:["metadata","name"],message:`PersistentVolume ${pv.name} (no class)`},...storageClass2?[{resource:storageClass2,path:["metadata","annotations"],message:`default StorageClass ${defaultClass}`}]:[]],fix:'storageClassName: ""'})}}};var pvc_no_class_no_default_default={id:"pvc-no-class-no-default",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim without storageClassName meets StorageClasses none of which is the default, and no classless PersistentVolume fits it",why:'The DefaultStorageClass admission plugin only fills in a class when one StorageClass is annotated `storageclass.kubernetes.io/is-default-class: "true"`. Without one, a claim with no class behaves like `storageClassName: ""`: it can only bind to a pre-created classless PV, is never provisioned, and stays Pending until a default class appears (the PV controller then assigns it retroactively, since 1.28). The rule only runs when the files declare StorageClasses, since otherwise the cluster\'s default is unknown.',fix:"Name the class the claim should use in `storageClassName`, or mark one StorageClass as the default.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-rwo
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec: # expect: pvc-no-class-no-default/noDefault@1
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard-rwo
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: standard-rwo
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["plugin/pkg/admission/storage/storageclass/setdefault/admission.go (claimDefaulterPlugin.Admit)","pkg/controller/volume/persistentvolume/pv_controller.go (assignDefaultStorageClass)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#retroactive-default-storageclass-assignment"],sources:[],whenNotToUse:"Turn it off when the clusters have a default StorageClass the files do not declare (better: name it in `defaultStorageClass`, which informs the other rules too), or when claims are meant to wait for an administrator to add volumes."},messages:{noDefault:"{claim} sets no storageClassName, {classes} and no classless PersistentVolume fits it; it stays Pending until a default class exists"},check(context){let{model}=context;if(model.storageClasses.length===0||model.defaultStorageClasses.length>0)return;let names=[...new Set(model.storageClasses.map(sc=>sc.name).filter(n=>n!==""))];for(let spec of model.claimSpecs)spec.storageClass.declared!==void 0||nonEmptyString(objectOf(spec.object.spec).volumeName)||fittingVolume(model,spec,"")||reservedVolume(model,spec)||context.report({messageId:"noDefault",data:{claim:spec.label,classes:names.length===1?`StorageClass '${names[0]}' is not the default`:`none of the StorageClasses ${listNames(names)} is the default`},resource:spec.resource,path:[...spec.path,"spec","storageClassName"],related:model.storageClasses.slice(0,3).map(sc=>({resource:sc,path:["metadata","name"],message:`StorageClass ${sc.name}`})),fix:names.length===1?`storageClassName: ${names[0]}`:`set storageClassName to one of ${listNames(names,4,"")}, or mark one StorageClass default`})}};var pvc_prebinding_one_sided_default={id:"pvc-prebinding-one-sided",severity:"info",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim and a PersistentVolume are tied together on one side only",why:"Kubernetes documents reserving a PersistentVolume by setting both sides: `volumeName` on the claim and `claimRef` on the volume. With only `volumeName`, the volume stays open to every other claim until this one is bound, and another claim created first can take it. With only `claimRef` and a claim whose class can be provisioned, a claim created before the volume exists is provisioned a new volume at once, and the reservation is never used.",fix:'Set both sides: `claimRef: {namespace, name}` on the PersistentVolume and `volumeName` on the claim; for a claim meant only for pre-created volumes, use `storageClassName: ""`.',examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: uploads-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/uploads
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: ""
  volumeName: uploads-pv # expect: pvc-prebinding-one-sided/noClaimRef@15
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: uploads-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/uploads
  claimRef:
    namespace: default
    name: uploads
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: ""
  volumeName: uploads-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`},references:["https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume","pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim, provisionClaim)"],sources:[],whenNotToUse:"Turn it off when volumes and claims are always created in a fixed order by one tool (a chart that applies the PersistentVolume first, an operator), so the one-sided reservation cannot be raced."},messages:{noClaimRef:"{claim} names PersistentVolume {volume} in volumeName, but the volume has no claimRef back to it; until the claim binds, another claim can take the volume{more}",noVolumeName:"{claim} is tied to PersistentVolume {volume} only by the volume's claimRef, and its class {class} can provision; if the claim is created before the volume, it gets a new volume instead{more}"},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind!=="bound"||binding.via==="match")continue;let provisioning=model.provisioning(claim);binding.via==="volumeName"&&!claimRefOf(pvObject(binding.volume))&&found.push({claim,volume:binding.volume,side:"noClaimRef",storageClass:provisioning.storageClass});let mayProvision=provisioning.kind==="dynamic"||provisioning.why==="unknown-class";binding.via==="claimRef"&&mayProvision&&found.push({claim,volume:binding.volume,side:"noVolumeName",storageClass:provisioning.storageClass})}for(let{first:{claim,volume,side,storageClass:storageClass2},count}of groupByTemplate(found,f=>f.side)){let data={claim:claimLabel(claim),volume:volume.name,more:moreClaims(count)};side==="noClaimRef"?context.report({messageId:"noClaimRef",data,resource:claim.resource,path:[...claim.path,"spec","volumeName"],related:[{resource:volume,path:["metadata","name"],message:`PersistentVolume ${volume.name}`}],fix:`claimRef: {namespace: ${claim.namespace}, name: ${claim.name}} on PersistentVolume ${volume.name}`}):context.report({messageId:"noVolumeName",data:{...data,class:classLabel(storageClass2)},resource:claim.resource,path:[...claim.path,"spec",...claim.storageClass.declared===void 0?[]:["storageClassName"]],related:[{resource:volume,path:["spec","claimRef"],message:`PersistentVolume ${volume.name}`}],fix:`volumeName: ${volume.name}`})}}};var pvc_selector_blocks_provisioning_default={id:"pvc-selector-blocks-provisioning",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim with a label selector relies on a provisioning StorageClass, and no PersistentVolume matches the selector",why:'A selector only filters existing PersistentVolumes. When none matches, the claim falls through to dynamic provisioning, and the CSI external-provisioner (like most provisioners) refuses any claim with a selector: "claim Selector is not supported". The claim stays Pending. Even `selector: {}` blocks provisioning, because only its presence is checked.',fix:'Remove `spec.selector` to let the class provision a volume, or create the PersistentVolumes the selector is meant to pick (with the claim\'s class) and use `storageClassName: ""` or a no-provisioner class for them.',examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: gp3
  selector: # expect: pvc-selector-blocks-provisioning/blocked@3
    matchLabels:
      tier: gold
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:['kubernetes-csi/external-provisioner pkg/controller/controller.go (Provision: "claim Selector is not supported")',"sigs.k8s.io/sig-storage-lib-external-provisioner controller.go","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#selector"],sources:[],whenNotToUse:"Turn it off when the claims' provisioner honours selectors (some in-house and out-of-tree provisioners do), or when the PersistentVolumes the selector picks are created outside the linted files."},messages:{blocked:"{claim} has a selector and no PersistentVolume of class '{class}' matches it, so StorageClass {class} ('{provisioner}') must provision it and refuses: claim Selector is not supported"},check(context){let{model}=context;for(let spec of model.claimSpecs){if(!selectorBlocksProvisioning(spec.object)||nonEmptyString(objectOf(spec.object.spec).volumeName))continue;let{effective}=spec.storageClass,storageClass2=model.storageClassFor(spec.storageClass);!storageClass2||!isDynamicClass(storageClassObject(storageClass2))||fittingVolume(model,spec,effective)||reservedVolume(model,spec)||context.report({messageId:"blocked",data:{claim:spec.label,class:effective,provisioner:String(storageClassObject(storageClass2).provisioner)},resource:spec.resource,path:[...spec.path,"spec","selector"],related:[{resource:storageClass2,path:["provisioner"],message:`StorageClass ${storageClass2.name}`}],fix:"remove spec.selector"})}}};function platformHint(name,platforms){let titles=[...new Set(platforms.map(p=>p.title))],ids=[...new Set(platforms.map(p=>p.platform))];return`'${name}' is a built-in class of ${titles.join(", ")}: set \`platform: ${ids[0]}\` in .kstorelint.yaml (or --platform ${ids[0]}) so kstorelint knows it${ids.length>1?` (platforms: ${ids.join(", ")})`:""}`}var pvc_storageclass_not_found_default={id:"pvc-storageclass-not-found",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names a StorageClass that is not declared, and no PersistentVolume has that class either",why:'The binder compares class names only, so a claim can still bind to a PV that carries the class name, and a claim pre-bound with `volumeName` is never provisioned. When there is no such PV, the PV controller tries to provision, cannot find the StorageClass, raises `ProvisioningFailed` ("storageclass.storage.k8s.io \\"x\\" not found") and the claim stays Pending; pods using it never start. A typo in `storageClassName` is the usual cause. The class may exist only in the cluster (e.g. a cloud default such as `gp2` or `standard`): then add it to the files linted, or lower this rule.',fix:'Fix the class name, add the StorageClass, or use `storageClassName: ""` to bind to a pre-created classless PersistentVolume.',examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast-sdd # expect: pvc-storageclass-not-found/notFound@21
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast-ssd
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (provisionClaim, findProvisionablePlugin: ProvisioningFailed)","component-helpers storage/volume/helpers.go (GetPersistentVolumeClaimClass)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1"],sources:[{tool:"Gatekeeper library",check:"K8sStorageClass"}],whenNotToUse:"Turn it off, or list the classes under `assume:`, when the StorageClasses come with the cluster (cloud defaults such as `gp2`, `standard` or `managed-csi`) or from another repository, and only the applications are linted."},messages:{notFound:"{claim} uses StorageClass '{class}', which is not declared and which no PersistentVolume carries; provisioning fails and the claim stays Pending"},check(context){let{model}=context,classNames=[...new Set(model.storageClasses.map(sc=>sc.name).filter(n=>n!==""))];for(let spec of model.claimSpecs){let{declared}=spec.storageClass;if(!declared||isPlaceholderClassName(declared)||model.volumesOfClass(declared).length>0||nonEmptyString(objectOf(spec.object.spec).volumeName)||reservedVolume(model,spec)||spec.claims.some(claim=>model.binding(claim).kind==="bound"))continue;let data={claim:spec.label,class:declared},from={resource:spec.resource,path:[...spec.path,...spec.storageClass.path]},platforms=wellKnownPlatformClass(declared);reportMissingReference(context,{kind:"StorageClass",namespace:void 0,name:declared,from},{...platforms.length>0?{providedByClusters:platformHint(declared,platforms)}:{},notFound:({nearest:nearest2,didYouMean})=>({messageId:"notFound",data,related:relatedOf(nearest2?.targets.slice(0,1)??[]),fix:didYouMean??(classNames.length>0?`declared StorageClasses: ${listNames(classNames,4,"")}`:void 0)})})}}};var WHY_STATIC={"empty-class":()=>'class "" is never provisioned',"no-provisioner":sc=>`class ${classLabel(sc)} has provisioner kubernetes.io/no-provisioner`,"no-default":()=>"it has no class and the view has no default StorageClass to provision it","unknown-class":sc=>`class ${classLabel(sc)} is no StorageClass in the view`};function fixFor(failure,volume){switch(failure.kind){case"capacity":return failure.have?`request at most ${failure.have.text}, or give PersistentVolume ${volume} at least ${failure.want.text}`:void 0;case"volumeMode":return`volumeMode: ${failure.have}`;case"class":return`storageClassName: ${classLabel(failure.have)}`;case"accessModes":return`accessModes: [${failure.have.join(", ")}]`;case"selector":return`make the selector match the labels of PersistentVolume ${volume}`;default:return}}var pvc_unbindable_default={id:"pvc-unbindable",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim that can only bind an existing PersistentVolume matches none of the PersistentVolumes given",why:'A claim whose class is `""` or names a StorageClass with provisioner `kubernetes.io/no-provisioner` (also when that class is the default given to a claim without class) is never provisioned: it waits, Pending, for a PersistentVolume that passes every binder test (access modes, capacity, volumeMode, selector, class), and so do the pods that use it. The binder compares quantities exactly, so a `10G` volume (10 000 000 000 bytes) does not satisfy a `10Gi` claim (10 737 418 240 bytes). The finding names the closest PersistentVolume and the first test it fails, in binder order. It is only reported when the view offers PersistentVolumes (not reserved for other claims) or one is reserved for the claim. Claims the cluster may provision are not judged: a claim without class while the view has no default StorageClass, and a class the view does not define (add the StorageClass, e.g. with `provisioner: kubernetes.io/no-provisioner` for a static-only class like `manual`, to have them judged).',fix:'Make the claim and its intended PersistentVolume agree: same class (`""` on both for classless volumes), a capacity at least the request (mind `G` vs `Gi`), the same volumeMode, a PV access-mode set that contains every requested mode, PV labels the selector matches. To tie them explicitly, set `spec.volumeName` on the claim and `spec.claimRef` on the PV.',examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: data-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10G
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi # expect: pvc-unbindable/noMatch@16
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: data-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["component-helpers storage/volume/pv_helpers.go (FindMatchingVolume)","pkg/controller/volume/persistentvolume/index.go (findByClaim, allPossibleMatchingAccessModes)","pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding"],sources:[],whenNotToUse:"Turn it off when some of the static PersistentVolumes for these claims are created outside the linted files: the rule judges claims against the volumes in the files, and a partial set of volumes looks like a complete one."},messages:{noMatch:"{claim} matches no PersistentVolume and {notProvisioned}: the closest miss is that {reason}{defaulted}{more}"},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);binding.kind!=="pending"||!binding.poolInView||!binding.closest||!binding.failure||binding.failure.kind==="taken"||found.push({claim,binding})}let tag=({binding})=>`${binding.failure.kind}\0${binding.closest.name}`;for(let{first:{claim,binding},count}of groupByTemplate(found,tag)){let{closest:closest2,failure}=binding,paths=failurePaths(failure,claim,closest2);context.report({messageId:"noMatch",data:{claim:claimLabel(claim),notProvisioned:WHY_STATIC[binding.why](binding.storageClass),reason:describeFailure(failure,closest2.name),defaulted:defaultedNote(failure,claim),more:moreClaims(count)},resource:claim.resource,path:[...claim.path,...paths.claim],related:[{resource:closest2,path:paths.volume,message:`closest PersistentVolume ${closest2.name}`}],fix:fixFor(failure,closest2.name)})}}};function fixFor2(failure){switch(failure.kind){case"capacity":return failure.have?`storage: ${failure.have.text} (or grow the PersistentVolume to ${failure.want.text})`:void 0;case"class":return`storageClassName: ${classLabel(failure.have)}`;case"volumeMode":return`volumeMode: ${failure.have}`;case"accessModes":return`accessModes: [${failure.have.join(", ")}]`;default:return}}var pvc_volumename_mismatch_default={id:"pvc-volumename-mismatch",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names in volumeName a PersistentVolume that fails the binder's capacity, class, volumeMode or access-mode check",why:'For a claim with `volumeName` and a PersistentVolume without `claimRef`, the controller runs `checkVolumeSatisfyClaim`: the PV must hold at least the requested bytes, have the same class (a claim without class gets the default StorageClass at creation, which a classless PV does not have), the same volumeMode, and offer every requested access mode. Otherwise the claim gets `VolumeMismatch` ("Cannot bind to requested volume") and stays Pending. The label selector and node affinity are not checked for volumeName. When the PV\'s `claimRef` names the claim too, the pair binds without these checks: the claim then silently gets a smaller volume or one of the wrong mode (reported as a warning).',fix:'Make the claim agree with the PersistentVolume: request at most its capacity, use its class (`storageClassName: ""` for a classless PV), its volumeMode, and a subset of its access modes.',examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10G
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/archive
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
spec:
  storageClassName: ""
  volumeName: archive-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi # expect: pvc-volumename-mismatch/mismatch@16
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive-pv
spec:
  storageClassName: ""
  capacity:
    storage: 10G
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/archive
  claimRef:
    namespace: default
    name: archive
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: archive
spec:
  storageClassName: ""
  volumeName: archive-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10G
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim, checkVolumeSatisfyClaim)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Keep it on: the claim stays Pending in any cluster. Lower it only when the PersistentVolumes in the files are stand-ins for cluster volumes of another size or class."},messages:{mismatch:"{claim} cannot bind PersistentVolume {volume} named in its volumeName: {reason}{defaulted}; it stays Pending with VolumeMismatch (selector and node affinity are not checked for volumeName){more}",mutual:"{claim} and PersistentVolume {volume} name each other, so they bind without the volumeName checks and the claim gets a volume that does not fit: {reason}{defaulted}{more}"},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind==="prebind-failed"&&binding.volume&&binding.failure&&binding.failure.kind!=="reserved"&&binding.failure.kind!=="taken")found.push({claim,volume:binding.volume,failure:binding.failure,mutual:!1});else if(binding.kind==="bound"&&binding.via==="volumeName"){let failure=prebindFailure(pvObject(binding.volume),claim.object,model.provisioning(claim).storageClass);failure&&found.push({claim,volume:binding.volume,failure,mutual:!0})}}for(let{first:{claim,volume,failure,mutual},count}of groupByTemplate(found,m=>`${m.mutual}\0${m.volume.name}\0${m.failure.kind}`)){let paths=failurePaths(failure,claim,volume),defaulted=defaultedNote(failure,claim);context.report({messageId:mutual?"mutual":"mismatch",data:{claim:claimLabel(claim),volume:volume.name,reason:describeFailure(failure,volume.name),defaulted,more:moreClaims(count)},resource:claim.resource,path:[...claim.path,...paths.claim],related:[{resource:volume,path:paths.volume,message:`PersistentVolume ${volume.name}`}],fix:fixFor2(failure),...mutual?{severity:"warning"}:{}})}}};function push(map,key,value){let list=map.get(key);list?list.push(value):map.set(key,[value])}var POD_SPEC_PATHS={Pod:["spec"],Job:["spec","template","spec"],CronJob:["spec","jobTemplate","spec","template","spec"]},POD_NAMESPACE="\0pod-namespace\0";function containerCommands(object){let specPath=POD_SPEC_PATHS[String(object.kind)];if(!specPath)return[];let spec=object;for(let key of specPath)spec=objectOf(spec)[key];let commands=[];for(let list of["initContainers","containers"])for(let[container,ci]of indexedObjectsOf(objectOf(spec)[list])){let env=new Map;for(let[variable]of indexedObjectsOf(container.env)){let name=stringOf(variable.name);if(!name)continue;stringOf(objectOf(objectOf(variable.valueFrom).fieldRef).fieldPath)==="metadata.namespace"?env.set(name,POD_NAMESPACE):typeof variable.value=="string"&&env.set(name,variable.value)}let expand=text=>text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g,(match,name)=>name===void 0?"$":env.get(name)??match),argv=[];for(let field of["command","args"]){let values=container[field];Array.isArray(values)&&values.forEach((value,i)=>{typeof value=="string"&&argv.push({text:expand(value),path:[...specPath,list,ci,field,i]})})}argv.length>0&&commands.push({image:stringOf(container.image)??"",argv})}return commands}function shellWords(script){let words=[],word="",quote2,started=!1,flush=()=>{started&&words.push(word),word="",started=!1};for(let i=0;i<script.length;i++){let c=script[i];if(quote2){c===quote2?quote2=void 0:word+=c;continue}if(c==="\\"&&script[i+1]===`
`){i++;continue}if(c==="#"&&!started){for(;i+1<script.length&&script[i+1]!==`
`;)i++;continue}c==='"'||c==="'"?(quote2=c,started=!0):c==="|"||c===";"||c==="&"||c===`
`?(flush(),words.push(c===`
`?";":c)):/\s/.test(c)?flush():(word+=c,started=!0)}return flush(),words}var VALUE_FLAGS=new Set(["--secret-name","--host","--cert-name","--key-name","--webhook-name","--patch-failure-policy","-n","--namespace","-o","--output","-f","--filename","--from-literal","--from-file","--from-env-file","--type","--cert","--key","--docker-server","--docker-username","--docker-password","--docker-email","--context","--kubeconfig","--field-manager","--server","--token","--user","--cluster"]);function parseCommandLine(words){let positionals=[],flags=new Map;for(let i=0;i<words.length;i++){let word=words[i];word.startsWith("-")?word.includes("=")?flags.set(word.slice(0,word.indexOf("=")),word.slice(word.indexOf("=")+1)):VALUE_FLAGS.has(word)&&i+1<words.length?flags.set(word,words[++i]):/^-n[a-z0-9]/.test(word)?flags.set("-n",word.slice(2)):flags.set(word,!0):positionals.push(word)}return{positionals,flags}}var namespaceFlag=command=>command.flags.get("-n")??command.flags.get("--namespace");function pipelines(words){let commands=[],current=[];for(let word of words)word==="|"||word===";"||word==="&"?(commands.push({segment:current,pipe:word==="|"}),current=[]):current.push(word);return commands.push({segment:current,pipe:!1}),commands.map((c,i)=>({segment:c.segment,next:c.pipe?commands[i+1]?.segment:void 0}))}var groupOf=apiVersion=>apiVersion.includes("/")?apiVersion.slice(0,apiVersion.lastIndexOf("/")):"",nameOf=object=>nonEmptyString(objectOf(object.metadata).name),specOf=object=>objectOf(object.spec),at=(...path3)=>path3,METADATA_NAME=at("metadata","name"),OWN={scope:"producer"};function suffixed(object,kind,suffixes){let name=nameOf(object);return name?suffixes.map(suffix=>({kind,name:`${name}${suffix}`,placement:OWN,path:METADATA_NAME})):[]}function namedBy(object,kind,field){let value=object;for(let key of field)value=objectOf(value)[key];let explicit=nonEmptyString(value),name=explicit??nameOf(object);return name?[{kind,name,placement:OWN,path:explicit?field:METADATA_NAME}]:[]}var isTrue=value=>value===!0,isFalse=value=>value===!1,certManagerCertificate={id:"cert-manager-certificate",title:"cert-manager Certificate",groups:["cert-manager.io","certmanager.k8s.io"],kinds:["Certificate"],docs:"https://cert-manager.io/docs/usage/certificate/",produces(object){let secretName=nonEmptyString(specOf(object).secretName);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("spec","secretName")}]:[]}},INGRESS_SHIM_ANNOTATIONS=["cert-manager.io/issuer","cert-manager.io/cluster-issuer","certmanager.k8s.io/issuer","certmanager.k8s.io/cluster-issuer"],certManagerIngressShim={id:"cert-manager-ingress-shim",title:"cert-manager annotated Ingress",groups:["networking.k8s.io","extensions"],kinds:["Ingress"],docs:"https://cert-manager.io/docs/usage/ingress/",produces(object){let annotations=objectOf(objectOf(object.metadata).annotations);return INGRESS_SHIM_ANNOTATIONS.some(key=>nonEmptyString(annotations[key]))||annotations["kubernetes.io/tls-acme"]==="true"?indexedObjectsOf(specOf(object).tls).flatMap(([tls,i])=>{let secretName=nonEmptyString(tls.secretName);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("spec","tls",i,"secretName")}]:[]}):[]}},sealedSecret={id:"sealed-secret",title:"SealedSecret",groups:["bitnami.com"],kinds:["SealedSecret"],docs:"https://github.com/bitnami-labs/sealed-secrets#sealedsecrets-as-templates-for-secrets",produces:object=>namedBy(object,"Secret",at("spec","template","metadata","name"))},externalSecretsOperator={id:"external-secret",title:"ExternalSecret",groups:["external-secrets.io"],kinds:["ExternalSecret"],docs:"https://external-secrets.io/latest/api/externalsecret/",produces(object){let policy=stringOf(objectOf(specOf(object).target).creationPolicy);return policy==="Merge"||policy==="None"?[]:namedBy(object,"Secret",at("spec","target","name"))}},kubernetesExternalSecrets={id:"kubernetes-external-secret",title:"ExternalSecret (kubernetes-external-secrets)",groups:["kubernetes-client.io"],kinds:["ExternalSecret"],docs:"https://github.com/external-secrets/kubernetes-external-secrets#how-to-use-it",produces:object=>namedBy(object,"Secret",METADATA_NAME)},secretProviderClass={id:"secrets-store-csi-sync",title:"SecretProviderClass",groups:["secrets-store.csi.x-k8s.io"],kinds:["SecretProviderClass"],docs:"https://secrets-store-csi-driver.sigs.k8s.io/topics/sync-as-kubernetes-secret",produces(object){return indexedObjectsOf(specOf(object).secretObjects).flatMap(([entry2,i])=>{let secretName=nonEmptyString(entry2.secretName);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("spec","secretObjects",i,"secretName")}]:[]})}},kustomizeGenerators={id:"kustomize-generators",title:"kustomize generator",groups:["kustomize.config.k8s.io"],kinds:["Kustomization","Component"],docs:"https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/configmapgenerator/",sources:["https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/"],produces(object){return[["configMapGenerator","ConfigMap"],["secretGenerator","Secret"]].flatMap(([field,kind])=>indexedObjectsOf(object[field]).flatMap(([generator,i])=>{let name=nonEmptyString(generator.name);return name?[{kind,name,placement:{scope:"any"},path:at(field,i,"name")}]:[]}))}},openShiftServingCert={id:"openshift-serving-cert",title:"OpenShift service serving certificate",groups:[""],kinds:["Service"],docs:"https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/security_and_compliance/configuring-certificates#add-service-serving",produces(object){let annotations=objectOf(objectOf(object.metadata).annotations);return["service.beta.openshift.io/serving-cert-secret-name","service.alpha.openshift.io/serving-cert-secret-name"].flatMap(key=>{let secretName=nonEmptyString(annotations[key]);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("metadata","annotations",key)}]:[]})}},strimziKafkaUser={id:"strimzi-kafka-user",title:"Strimzi KafkaUser",groups:["kafka.strimzi.io"],kinds:["KafkaUser"],docs:"https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaUserSpec-reference",produces(object){let type=stringOf(objectOf(specOf(object).authentication).type);return type==="tls"||type==="scram-sha-512"?namedBy(object,"Secret",METADATA_NAME):[]}},strimziKafka={id:"strimzi-kafka",title:"Strimzi Kafka",groups:["kafka.strimzi.io"],kinds:["Kafka"],docs:"https://strimzi.io/docs/operators/latest/deploying.html#ref-certificates-and-secrets-str",produces:object=>[...suffixed(object,"Secret",["-cluster-ca","-cluster-ca-cert","-clients-ca","-clients-ca-cert"]),...suffixed(object,"Service",["-kafka-bootstrap","-kafka-brokers"])]},zalandoSecretName=(user,cluster)=>`${user.replace(/_/g,"-")}.${cluster}.credentials.postgresql.acid.zalan.do`,zalandoPostgresql={id:"zalando-postgresql",title:"Zalando postgresql",groups:["acid.zalan.do"],kinds:["postgresql"],docs:"https://github.com/zalando/postgres-operator/blob/master/docs/user.md#manifest-roles",sources:["https://github.com/zalando/postgres-operator/blob/master/docs/reference/operator_parameters.md (secret_name_template, super_username, replication_username, connection_pooler_user)","https://github.com/zalando/postgres-operator/blob/master/docs/quickstart.md (Services named like the cluster, replicas with -repl)","pkg/cluster/k8sres.go generateSingleUserSecret: no Secret for NOLOGIN roles"],produces(object){let cluster=nameOf(object);if(!cluster)return[];let spec=specOf(object),secret=(user,path3)=>({kind:"Secret",name:zalandoSecretName(user,cluster),placement:OWN,path:path3}),out=[secret("postgres",METADATA_NAME),secret("standby",METADATA_NAME)];for(let[user,flags]of Object.entries(objectOf(spec.users)))Array.isArray(flags)&&flags.some(flag=>String(flag).toLowerCase()==="nologin")||out.push(secret(user,at("spec","users",user)));for(let[database,prepared]of Object.entries(objectOf(spec.preparedDatabases))){let path3=at("spec","preparedDatabases",database);if(isTrue(objectOf(prepared).defaultUsers))for(let role of["owner","reader","writer"])out.push(secret(`${database}_${role}_user`,path3));for(let[schema,settings]of Object.entries(objectOf(objectOf(prepared).schemas)))if(isTrue(objectOf(settings).defaultUsers))for(let role of["owner","reader","writer"])out.push(secret(`${database}_${schema}_${role}_user`,[...path3,"schemas",schema]))}return out.push(...suffixed(object,"Service",["","-repl"])),isTrue(spec.enableConnectionPooler)&&out.push(secret("pooler",at("spec","enableConnectionPooler")),...suffixed(object,"Service",["-pooler"])),isTrue(spec.enableReplicaConnectionPooler)&&out.push(...suffixed(object,"Service",["-pooler-repl"])),out}},cnpgCluster={id:"cloudnative-pg-cluster",title:"CloudNativePG Cluster",groups:["postgresql.cnpg.io"],kinds:["Cluster"],docs:"https://cloudnative-pg.io/documentation/current/applications/#secrets",sources:["https://cloudnative-pg.io/documentation/current/service_management/","api/v1/cluster_types.go (secret suffixes -app, -superuser, -ca, -server, -replication) and api/v1/cluster_funcs.go (Get*SecretName, ShouldCreateApplicationSecret)"],produces(object){let name=nameOf(object);if(!name)return[];let spec=specOf(object),own=(kind,suffix)=>({kind,name:`${name}${suffix}`,placement:OWN,path:METADATA_NAME}),out=[],bootstrap=objectOf(spec.bootstrap),method=isObject(bootstrap.recovery)?"recovery":isObject(bootstrap.pg_basebackup)?"pg_basebackup":"initdb",ownSecret=nonEmptyString(objectOf(objectOf(bootstrap[method]).secret).name),replica=isTrue(objectOf(spec.replica).enabled);!ownSecret&&!(replica&&method!=="initdb")&&out.push(own("Secret","-app")),isTrue(spec.enableSuperuserAccess)&&!nonEmptyString(objectOf(spec.superuserSecret).name)&&out.push(own("Secret","-superuser"));let certificates=objectOf(spec.certificates);(!nonEmptyString(certificates.serverCASecret)||!nonEmptyString(certificates.clientCASecret))&&out.push(own("Secret","-ca")),nonEmptyString(certificates.serverTLSSecret)||out.push(own("Secret","-server")),nonEmptyString(certificates.replicationTLSSecret)||out.push(own("Secret","-replication"));let services=objectOf(objectOf(spec.managed).services),disabled=new Set(Array.isArray(services.disabledDefaultServices)?services.disabledDefaultServices.map(String):[]);out.push(own("Service","-rw"));for(let type of["ro","r"])disabled.has(type)||out.push(own("Service",`-${type}`));for(let[additional,i]of indexedObjectsOf(services.additional)){let serviceName=nonEmptyString(objectOf(objectOf(additional.serviceTemplate).metadata).name);serviceName&&out.push({kind:"Service",name:serviceName,placement:OWN,path:at("spec","managed","services","additional",i,"serviceTemplate","metadata","name")})}return out}},cnpgPooler={id:"cloudnative-pg-pooler",title:"CloudNativePG Pooler",groups:["postgresql.cnpg.io"],kinds:["Pooler"],docs:"https://cloudnative-pg.io/documentation/current/connection_pooling/",sources:["pkg/specs/pgbouncer/services.go (Service named like the Pooler)"],produces:object=>[...suffixed(object,"Secret",[""]),...suffixed(object,"Service",[""])]},redisEnterpriseDatabase={id:"redis-enterprise-database",title:"Redis Enterprise database",groups:["app.redislabs.com"],kinds:["RedisEnterpriseDatabase"],docs:"https://redis.io/docs/latest/operate/kubernetes/security/authentication/manage-redb-credentials/",produces(object){let spec=specOf(object);if(nonEmptyString(spec.databaseSecretName)||isFalse(spec.defaultUser))return[];let name=nameOf(object);return name?[{kind:"Secret",name:`redb-${name}`,placement:OWN,path:METADATA_NAME}]:[]}},redisEnterpriseCluster={id:"redis-enterprise-cluster",title:"Redis Enterprise cluster",groups:["app.redislabs.com"],kinds:["RedisEnterpriseCluster"],docs:"https://redis.io/docs/latest/operate/kubernetes/security/manage-rec-credentials/",produces:object=>suffixed(object,"Secret",[""])},cockroachCluster={id:"cockroachdb-cluster",title:"CockroachDB CrdbCluster",groups:["crdb.cockroachlabs.com"],kinds:["CrdbCluster"],docs:"https://www.cockroachlabs.com/docs/stable/secure-cockroachdb-kubernetes",sources:["https://github.com/cockroachdb/cockroach-operator/blob/master/pkg/resource/cluster.go (NodeTLSSecretName, ClientTLSSecretName, CASecretName, DiscoveryServiceName, PublicServiceName)"],produces(object){let spec=specOf(object),out=suffixed(object,"Service",["","-public"]);if(!isTrue(spec.tlsEnabled))return out;let nodeSecret=nonEmptyString(spec.nodeTLSSecret),clientSecret=nonEmptyString(spec.clientTLSSecret);return nodeSecret||out.push(...suffixed(object,"Secret",["-node"])),clientSecret||out.push(...suffixed(object,"Secret",["-root"])),(!nodeSecret||!clientSecret)&&out.push(...suffixed(object,"Secret",["-ca"])),out}};function eckHttp(object,short){let tlsDisabled=isTrue(objectOf(objectOf(objectOf(specOf(object).http).tls).selfSignedCertificate).disabled);return[...suffixed(object,"Service",[`-${short}-http`]),...tlsDisabled?[]:suffixed(object,"Secret",[`-${short}-http-certs-public`])]}var ECK_HTTP_DOCS="https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-services.html",ECK_TLS_DOCS="https://www.elastic.co/docs/deploy-manage/security/k8s-https-settings",eckElasticsearch={id:"eck-elasticsearch",title:"ECK Elasticsearch",groups:["elasticsearch.k8s.elastic.co"],kinds:["Elasticsearch"],docs:"https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-users-and-roles.html",sources:[ECK_HTTP_DOCS,ECK_TLS_DOCS],produces(object){return[...isTrue(objectOf(specOf(object).auth).disableElasticUser)?[]:suffixed(object,"Secret",["-es-elastic-user"]),...eckHttp(object,"es")]}},eckStack=(id,title,group,kind,short)=>({id,title,groups:[group],kinds:[kind],docs:ECK_HTTP_DOCS,sources:[ECK_TLS_DOCS],produces:object=>eckHttp(object,short)}),eckKibana=eckStack("eck-kibana","ECK Kibana","kibana.k8s.elastic.co","Kibana","kb"),eckEnterpriseSearch=eckStack("eck-enterprise-search","ECK Enterprise Search","enterprisesearch.k8s.elastic.co","EnterpriseSearch","ent"),eckApmServer={...eckStack("eck-apm-server","ECK APM Server","apm.k8s.elastic.co","ApmServer","apm"),sources:[ECK_TLS_DOCS,"https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-apm-connecting.html (secret token in <name>-apm-token)"],produces:object=>[...eckHttp(object,"apm"),...suffixed(object,"Secret",["-apm-token"])]},eckAgent={...eckStack("eck-agent","ECK Elastic Agent (Fleet Server)","agent.k8s.elastic.co","Agent","agent"),produces:object=>isTrue(specOf(object).fleetServerEnabled)?eckHttp(object,"agent"):[]},rookCephCluster={id:"rook-ceph-cluster",title:"Rook CephCluster",groups:["ceph.rook.io"],kinds:["CephCluster"],docs:"https://rook.io/docs/rook/latest/Troubleshooting/disaster-recovery/",sources:["https://rook.io/docs/rook/latest/Storage-Configuration/Monitoring/ceph-dashboard/ (rook-ceph-dashboard-password)"],produces(object){let fixed=(kind,name)=>({kind,name,placement:OWN,path:METADATA_NAME}),out=["rook-ceph-mon","rook-ceph-admin-keyring","rook-ceph-config","rook-ceph-mons-keyring"].map(name=>fixed("Secret",name));return out.push(fixed("ConfigMap","rook-ceph-mon-endpoints")),isTrue(objectOf(specOf(object).dashboard).enabled)&&out.push(fixed("Secret","rook-ceph-dashboard-password")),out}},rookObjectStore={id:"rook-ceph-object-store",title:"Rook CephObjectStore",groups:["ceph.rook.io"],kinds:["CephObjectStore"],docs:"https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/object-storage/",produces(object){let name=nameOf(object);return name?[{kind:"Service",name:`rook-ceph-rgw-${name}`,placement:OWN,path:METADATA_NAME}]:[]}},rookObjectStoreUser={id:"rook-ceph-object-store-user",title:"Rook CephObjectStoreUser",groups:["ceph.rook.io"],kinds:["CephObjectStoreUser"],docs:"https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/object-storage/#create-a-user",produces(object){let name=nameOf(object),store=nonEmptyString(specOf(object).store);return name&&store?[{kind:"Secret",name:`rook-ceph-object-user-${store}-${name}`,placement:OWN,path:at("spec","store")}]:[]}},rookCephClient={id:"rook-ceph-client",title:"Rook CephClient",groups:["ceph.rook.io"],kinds:["CephClient"],docs:"https://rook.io/docs/rook/latest/CRDs/ceph-client-crd/",sources:["https://rook.io/docs/rook/latest/CRDs/specification/ (ClientSpec.secretName: default rook-ceph-client-<name>)"],produces(object){let explicit=nonEmptyString(specOf(object).secretName),name=nameOf(object);return explicit?[{kind:"Secret",name:explicit,placement:OWN,path:at("spec","secretName")}]:name?[{kind:"Secret",name:`rook-ceph-client-${name}`,placement:OWN,path:METADATA_NAME}]:[]}},objectBucketClaim={id:"object-bucket-claim",title:"ObjectBucketClaim",groups:["objectbucket.io"],kinds:["ObjectBucketClaim"],docs:"https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/ceph-object-bucket-claim/",produces:object=>[...suffixed(object,"Secret",[""]),...suffixed(object,"ConfigMap",[""])]},LITERAL_NAME=/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;function placementOf(namespace){return namespace===void 0||namespace===POD_NAMESPACE?OWN:typeof namespace=="string"&&LITERAL_NAME.test(namespace)?{scope:"namespace",namespace}:void 0}function kubectlCreated(segment,next){let command=parseCommandLine(segment.slice(1)),[verb,resource,...rest]=command.positionals;if(verb!=="create")return;let kind,name;if(resource==="secret"&&["generic","tls","docker-registry"].includes(rest[0]??""))[kind,name]=["Secret",rest[1]];else if(resource==="configmap"||resource==="cm")[kind,name]=["ConfigMap",rest[0]];else return;if(!name||!LITERAL_NAME.test(name))return;let namespace=namespaceFlag(command);if(command.flags.has("--dry-run")){if(!next||!next[0]?.endsWith("kubectl"))return;let writer=parseCommandLine(next.slice(1));if(!["apply","create","replace"].includes(writer.positionals[0]??""))return;namespace??=namespaceFlag(writer)}let placement=placementOf(namespace);return placement?{kind,name,placement}:void 0}var kubectlInPod={id:"kubectl-create",title:"kubectl create in a pod",groups:["","batch"],kinds:["Pod","Job","CronJob"],docs:"https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret/",sources:["https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_configmap/"],produces(object){let out=[];for(let{argv}of containerCommands(object)){let sources=[{words:argv.map(a=>a.text),pathOf:name=>(argv.find(a=>a.text===name)??argv[0]).path},...argv.filter(a=>/\s/.test(a.text)&&a.text.includes("kubectl")).map(a=>({words:shellWords(a.text),pathOf:()=>a.path}))];for(let{words,pathOf}of sources)for(let{segment,next}of pipelines(words)){let start=segment.findIndex(word=>word==="kubectl"||word.endsWith("/kubectl")),created=start<0?void 0:kubectlCreated(segment.slice(start),next);created&&out.push({...created,path:pathOf(created.name)})}}return out}},kubeWebhookCertgen={id:"kube-webhook-certgen",title:"kube-webhook-certgen create",groups:["","batch"],kinds:["Pod","Job","CronJob"],docs:"https://github.com/kubernetes/ingress-nginx/tree/main/images/kube-webhook-certgen",sources:["images/kube-webhook-certgen/rootfs/cmd/create.go (--secret-name and --namespace are required)"],produces(object){return containerCommands(object).flatMap(({image,argv})=>{if(!image.includes("kube-webhook-certgen"))return[];let command=parseCommandLine(argv.map(a=>a.text));if(!command.positionals.includes("create"))return[];let name=command.flags.get("--secret-name"),placement=placementOf(command.flags.get("--namespace"));if(typeof name!="string"||!LITERAL_NAME.test(name)||!placement)return[];let path3=(argv.find(a=>a.text.endsWith(name))??argv[0]).path;return[{kind:"Secret",name,placement,path:path3}]})}},PRODUCERS=[certManagerCertificate,certManagerIngressShim,sealedSecret,externalSecretsOperator,kubernetesExternalSecrets,secretProviderClass,kustomizeGenerators,openShiftServingCert,strimziKafkaUser,strimziKafka,zalandoPostgresql,cnpgCluster,cnpgPooler,redisEnterpriseDatabase,redisEnterpriseCluster,cockroachCluster,eckElasticsearch,eckKibana,eckApmServer,eckEnterpriseSearch,eckAgent,rookCephCluster,rookObjectStore,rookObjectStoreUser,rookCephClient,objectBucketClaim,kubectlInPod,kubeWebhookCertgen],byKind=new Map;for(let producer of PRODUCERS)for(let kind of producer.kinds){let list=byKind.get(kind)??[];list.push(producer),byKind.set(kind,list)}function producersFor(apiVersion,kind){let group=groupOf(apiVersion);return(byKind.get(kind)??[]).filter(producer=>producer.groups.includes(group))}function producedBy(object){let apiVersion=stringOf(object.apiVersion),kind=stringOf(object.kind);return!apiVersion||!kind?[]:producersFor(apiVersion,kind).flatMap(producer=>producer.produces(object).map(produced=>({...produced,producer})))}function isBuiltInGroup(group){return["","apps","batch","autoscaling","policy","extensions"].includes(group)||group.endsWith(".k8s.io")}function isDelimitedPart(part,whole){if(part==="")return!1;let before=i=>i===0?"edge":whole[i-1]==="."?"dot":whole[i-1]==="-"?"dash":void 0,after=i=>i===whole.length?"edge":whole[i]==="."?"dot":whole[i]==="-"?"dash":void 0;for(let i=whole.indexOf(part);i>=0;i=whole.indexOf(part,i+1)){let[start,end]=[before(i),after(i+part.length)];if(!(!start||!end)&&(start==="edge"||end==="edge"||start==="dot"&&end==="dot"))return!0}return!1}var SCRAPE_CONFIGURATION={"monitoring.coreos.com":["ServiceMonitor","PodMonitor","Probe","PrometheusRule","ScrapeConfig"],"monitoring.googleapis.com":["PodMonitoring","ClusterPodMonitoring","ClusterNodeMonitoring","Rules","ClusterRules","GlobalRules"]};function probableProducer(name,namespace,candidates2){let best;for(let candidate of candidates2){let group=groupOf(candidate.apiVersion);candidate.namespace!==namespace||isBuiltInGroup(group)||!isDelimitedPart(candidate.name,name)||SCRAPE_CONFIGURATION[group]?.includes(candidate.kind)||producersFor(candidate.apiVersion,candidate.kind).length>0||(!best||candidate.name.length>best.name.length||candidate.name.length===best.name.length&&`${candidate.kind}/${candidate.name}`<`${best.kind}/${best.name}`)&&(best=candidate)}return best}import path2 from"node:path";var NEARNESS=["file","folder","ancestor","descendant","elsewhere"];function writtenFile(resource){let{source}=resource;return path2.resolve(source.origin?.file??source.renderedFrom?.file??source.file)}function placeOf(resource){let unit=resource.source.unit;return unit?path2.resolve(unit):path2.dirname(writtenFile(resource))}var segments=folder=>folder.split(path2.sep).filter(Boolean);function distance(from,to){let unitFrom=from.source.unit,unitTo=to.source.unit;if(unitFrom!==void 0&&unitFrom===unitTo)return{nearness:"folder",steps:0,up:0};if(unitFrom===void 0&&unitTo===void 0&&writtenFile(from)===writtenFile(to))return{nearness:"file",steps:0,up:0};let a=segments(placeOf(from)),b=segments(placeOf(to)),common=0;for(;common<a.length&&common<b.length&&a[common]===b[common];)common++;let up=a.length-common,down=b.length-common;return up===0&&down===0?{nearness:"folder",steps:0,up}:down===0?{nearness:"ancestor",steps:up,up}:up===0?{nearness:"descendant",steps:down,up}:{nearness:"elsewhere",steps:up*1e3+down,up}}var compare=(a,b)=>NEARNESS.indexOf(a.nearness)-NEARNESS.indexOf(b.nearness)||a.steps-b.steps,isRelated=d=>d.nearness!=="elsewhere"||d.up<=1;function nearest(from,candidates2,resourceOf){if(candidates2.length<2)return[...candidates2];let best,chosen=[],placed=[];for(let candidate of candidates2){let resource=resourceOf(candidate);if(!resource)continue;placed.push(candidate);let d=distance(from,resource),order=best===void 0?-1:compare(d,best);order<0?(best=d,chosen=[candidate]):order===0&&chosen.push(candidate)}return placed.length===0?[...candidates2]:chosen}var NEAR_MISS_SCOPES=["namespace","cluster"],isMissing3=resolution=>resolution.outcome!=="found"&&resolution.outcome!=="assumed",CONFUSED_KINDS={PersistentVolumeClaim:["PersistentVolume"],ConfigMap:["Secret"],Secret:["ConfigMap"]},isConfigKind=kind=>kind==="ConfigMap"||kind==="Secret",kindsOf=reference=>typeof reference.kind=="string"?[reference.kind]:reference.kind,namespaceFor=(kind,namespace)=>isClusterScoped(kind)?void 0:namespace,byCodeUnit=(a,b)=>a<b?-1:a>b?1:0,objectTarget=resource=>({kind:resource.kind,name:resource.name,namespace:resource.namespace,origin:"object",resource,path:["metadata","name"],label:describe(resource)}),claimTarget=claim=>({kind:"PersistentVolumeClaim",name:claim.name,namespace:claim.namespace,origin:claim.origin==="object"?"object":"produced",resource:claim.resource,path:[...claim.path,"metadata","name"],label:claimLabel(claim)});function configTarget(object){let produced=object.origin!=="object"&&object.origin!=="cluster";return{kind:object.kind,name:object.name,namespace:object.namespace,origin:produced?"produced":object.origin==="cluster"?"cluster":"object",...object.resource?{resource:object.resource}:{},path:object.path,label:object.resource&&produced?`${describe(object.resource)} creates ${object.kind} ${object.name}`:`${object.kind} ${object.namespace}/${object.name}`,...object.keys?{keys:new Set(object.keys.keys())}:{}}}var producedTarget=entry2=>({kind:entry2.kind,name:entry2.name,namespace:entry2.namespace,origin:"produced",resource:entry2.resource,path:entry2.path,label:`${describe(entry2.resource)} creates ${entry2.kind} ${entry2.name}`}),defaultClassTarget=name=>({kind:"StorageClass",name,namespace:void 0,origin:"cluster",path:[],label:`StorageClass ${name} (the cluster's default, from the configuration)`}),ReferenceResolver=class{constructor(model){this.model=model}model;resolved=new Map;claimsByName;producedByName;claimsByNamespace;objectsByNamespace;resolve(reference){let key=[...kindsOf(reference),"",reference.namespace??"",reference.name,...reference.keys??[]].join("\0"),answers=this.resolved.get(reference.from.resource);answers||(answers=new Map,this.resolved.set(reference.from.resource,answers));let resolution=answers.get(key);return resolution||(resolution=this.compute(reference),answers.set(key,resolution)),resolution}compute(reference){let{name,from}=reference,kinds=kindsOf(reference),reach=kind=>this.source(kind).reachable(kind,namespaceFor(kind,reference.namespace),name,from.resource),found=kinds.flatMap(reach);if(found.length>0)return{outcome:"found",targets:nearest(from.resource,found,target=>target.resource)};if(kinds.some(kind=>this.model.isAssumed(kind,name,namespaceFor(kind,reference.namespace))))return{outcome:"assumed"};let broken=this.model.brokenDefinitions.find(definition=>kinds.includes(definition.kind)&&definition.name===name&&definition.namespace===namespaceFor(definition.kind,reference.namespace));if(broken)return{outcome:"broken-definition",definition:broken};for(let kind of kinds.flatMap(k=>CONFUSED_KINDS[k]??[]).filter(k=>!kinds.includes(k))){let mixUps=reach(kind).filter(target=>!isSameObject(target,from.resource));if(mixUps.length>0&&canServe(mixUps,reference.keys??[]))return{outcome:"other-kind",kind,targets:mixUps,related:nearTo(from.resource,mixUps)}}let elsewhere=kinds.flatMap(kind=>isClusterScoped(kind)?[]:this.source(kind).anywhere(kind,name));if(elsewhere.length>0)return{outcome:"other-namespace",namespaces:[...new Set(elsewhere.map(target=>target.namespace??""))].sort(byCodeUnit),targets:elsewhere,related:nearTo(from.resource,elsewhere)};let candidates2=nearMisses(name,kinds.flatMap(kind=>this.source(kind).inScope(kind,namespaceFor(kind,reference.namespace))),from.resource);if(candidates2.length>0)return{outcome:"near-miss",candidates:candidates2};let namespace=kinds.some(kind=>!isClusterScoped(kind))?reference.namespace:void 0,producer=probableProducer(name,namespace,this.model.resources);return producer?{outcome:"probable-producer",producer}:{outcome:"not-in-view"}}producedNamed(kind,name){return this.producedByName??=indexBy2(this.model.produced,entry2=>`${entry2.kind}\0${entry2.name}`),this.producedByName.get(`${kind}\0${name}`)??[]}source(kind){return kind==="PersistentVolumeClaim"?this.claimSource:isConfigKind(kind)?this.configSource:this.objectSource}claimSource={reachable:(_kind,namespace,name)=>this.model.claimsNamed(namespace??"",name).map(claimTarget),anywhere:(_kind,name)=>(this.claimsByName??=indexBy2(this.model.claims,claim=>claim.name),(this.claimsByName.get(name)??[]).map(claimTarget)),inScope:(_kind,namespace)=>(this.claimsByNamespace??=indexBy2(this.model.claims,claim=>claim.namespace),(this.claimsByNamespace.get(namespace??"")??[]).map(claimTarget))};configSource={reachable:(kind,namespace,name,from)=>this.model.configObjects.reachable(kind,namespace??"",declaredNamespace(from)!==void 0,name).map(configTarget),anywhere:(kind,name)=>this.model.configObjects.named(kind,name).map(configTarget),inScope:(kind,namespace)=>{let objects=this.model.configObjects;return[...new Set(objects.namesIn(kind,namespace??""))].flatMap(name=>objects.named(kind,name).filter(object=>object.namespace===namespace).map(configTarget))}};objectSource={reachable:(kind,namespace,name)=>[...this.model.findAll(kind,name,namespace).map(objectTarget),...this.producedNamed(kind,name).filter(entry2=>entry2.namespace===void 0||entry2.namespace===namespace).map(producedTarget),...kind==="StorageClass"&&name===this.model.options.defaultStorageClass?[defaultClassTarget(name)]:[]],anywhere:(kind,name)=>[...this.model.findInAnyNamespace(kind,name).map(objectTarget),...this.producedNamed(kind,name).map(producedTarget)],inScope:(kind,namespace)=>namespace===void 0?this.model.ofKind(kind).map(objectTarget):(this.objectsByNamespace??=indexBy2(this.model.resources,resource=>`${resource.kind}\0${resource.namespace??""}`),(this.objectsByNamespace.get(`${kind}\0${namespace}`)??[]).map(objectTarget))}};function indexBy2(items,key){let index=new Map;for(let item of items)push(index,key(item),item);return index}var isSameObject=(target,resource)=>target.kind===resource.kind&&target.name===resource.name&&target.namespace===resource.namespace;function canServe(targets,keys){return targets.some(target=>target.keys===void 0)?!0:keys.every(key=>targets.some(target=>target.keys?.has(key)))}var scopeOf=target=>target.namespace===void 0?"cluster":"namespace",nearTo=(from,targets)=>targets.some(target=>target.resource===void 0||isRelated(distance(from,target.resource)));function nearMisses(name,candidates2,from){let maxDistance=Math.max(2,Math.floor(name.length/3)),byName=new Map;for(let candidate of candidates2)candidate.name!==""&&candidate.name!==name&&push(byName,candidate.name,candidate);let misses=[];for(let[candidate,targets]of byName){let distance2=editDistance(name.toLowerCase(),candidate.toLowerCase());if(distance2>maxDistance)continue;let scope=NEAR_MISS_SCOPES[Math.min(...targets.map(target=>NEAR_MISS_SCOPES.indexOf(scopeOf(target))))];misses.push({name:candidate,distance:distance2,scope,targets,related:from===void 0||nearTo(from,targets)})}return misses.sort((a,b)=>Number(b.related)-Number(a.related)||NEAR_MISS_SCOPES.indexOf(a.scope)-NEAR_MISS_SCOPES.indexOf(b.scope)||a.distance-b.distance||byCodeUnit(a.name,b.name))}var pvc_volumename_not_found_default={id:"pvc-volumename-not-found",severity:"warning",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names in volumeName a PersistentVolume that is not in the view",why:'A claim with `spec.volumeName` binds only that PersistentVolume. When no PersistentVolume has that name the controller logs "volume not found, will try again next time" and the claim stays Pending without any event, so nothing in `kubectl describe` explains why its pods do not start. The PersistentVolume may exist only in the cluster; then declare it (feed the `kubectl get pv -o yaml` output) or lower this rule.',fix:"Fix the name in `volumeName`, or add the PersistentVolume (with a `claimRef` back to the claim).",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: reports-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
spec:
  storageClassName: ""
  volumeName: report-pv # expect: pvc-volumename-not-found/missing@15
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: reports-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/reports
  claimRef:
    namespace: default
    name: reports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: reports
spec:
  storageClassName: ""
  volumeName: reports-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: volume not found, will try again next time)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[{tool:"Monokle",check:"LNK001 (no-missing-links)"}],whenNotToUse:"Turn it off, or declare the volumes, when PersistentVolumes are created outside the linted files (by an administrator, a storage operator or another repository), as is common with static provisioning."},messages:{missing:"{claim} names PersistentVolume '{volume}' in volumeName, but no PersistentVolume has that name; the claim stays Pending{more}"},check(context){let{model}=context,missing=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind!=="prebind-failed")continue;let from={resource:claim.resource,path:[...claim.path,"spec","volumeName"]},reference={kind:"PersistentVolume",namespace:void 0,name:binding.volumeName,from};isMissing3(model.resolveReference(reference))&&missing.push({claim,reference})}for(let{first:{claim,reference},count}of groupByTemplate(missing)){let data={claim:claimLabel(claim),volume:reference.name,more:moreClaims(count)};reportMissingReference(context,reference,{notFound:({didYouMean})=>({messageId:"missing",data,fix:didYouMean})})}}};var pvc_volumename_reserved_elsewhere_default={id:"pvc-volumename-reserved-elsewhere",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names in volumeName a PersistentVolume whose claimRef reserves it for another claim",why:'The PersistentVolume can only bind the claim its `claimRef` names (name and namespace). The claim that names the volume in `volumeName` gets the event `volume "X" already bound to a different claim` and stays Pending forever. A `claimRef` without a namespace names a claim that cannot exist, so it blocks every claim.',fix:"Make the two sides agree: set the PersistentVolume's `claimRef` to this claim's namespace and name, or point `volumeName` at the PersistentVolume reserved for this claim.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: billing-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/billing
  claimRef:
    namespace: finance
    name: billing
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: billing
  namespace: finance
spec:
  storageClassName: ""
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: billing
  namespace: default
spec:
  storageClassName: ""
  volumeName: billing-pv # expect: pvc-volumename-reserved-elsewhere/reserved@15
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: billing-pv
spec:
  storageClassName: ""
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  nfs:
    server: nfs.example.internal
    path: /exports/billing
  claimRef:
    namespace: default
    name: billing
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: billing
  namespace: default
spec:
  storageClassName: ""
  volumeName: billing-pv
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
`},references:['pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: "volume already bound to a different claim")',"component-helpers storage/volume/pv_helpers.go (IsVolumeBoundToClaim)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Keep it on: the claim can never bind while the reservation stands. Lower it only when the files hold an old copy of the PersistentVolume whose claimRef has since been changed in the cluster."},messages:{reserved:'{claim} names PersistentVolume {volume} in volumeName, but its claimRef reserves it for claim {other}; the claim stays Pending ("already bound to a different claim"){more}'},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind==="prebind-failed"&&binding.volume&&binding.failure?.kind==="reserved"){if(binding.failure.uid!==void 0&&binding.failure.name===claim.name&&binding.failure.namespace===claim.namespace)continue;found.push({claim,volume:binding.volume,other:binding.failure})}}for(let{first:{claim,volume,other},count}of groupByTemplate(found)){let orphaned=other.namespace===""||model.claimsNamed(other.namespace,other.name).length===0;context.report({messageId:"reserved",data:{claim:claimLabel(claim),volume:volume.name,other:identityLabel(other),more:moreClaims(count)},resource:claim.resource,path:[...claim.path,"spec","volumeName"],related:[{resource:volume,path:["spec","claimRef"],message:`claimRef of PersistentVolume ${volume.name}`}],fix:orphaned?`claimRef: {namespace: ${claim.namespace}, name: ${claim.name}} on PersistentVolume ${volume.name}`:"name another PersistentVolume in volumeName"})}}};var DECIMAL={k:"k",m:"M",g:"G",t:"T",p:"P",e:"E"};function quantityFixes(text){let compact=text.replace(/[\s_]/g,"").replace(/,(?=\d+\D*$)/,"."),shape=/^([+-]?[0-9.]+)([A-Za-z]*)$/.exec(compact);if(!shape)return[];let[,number,unit]=shape;if(/^e$/i.test(unit))return[];let bare=unit.toLowerCase().replace(/(?<=.)b$/,"").replace(/^b$/,""),unitMatch=/^([kmgtpe])(i?)$/.exec(bare),candidates2;return bare===""?candidates2=[number]:unitMatch?unitMatch[2]==="i"?candidates2=[`${number}${unitMatch[1].toUpperCase()}i`]:candidates2=[`${number}${DECIMAL[unitMatch[1]]}`,`${number}${unitMatch[1].toUpperCase()}i`]:candidates2=[],candidates2.filter(candidate=>candidate!==text&&parseQuantity(candidate).ok)}function fractionalFixes(quantity){if(!hasFractionalBytes(quantity))return[];let milli=/^([+]?[0-9.]+)m$/.exec(quantity.text);return milli?[`${milli[1]}M`,`${milli[1]}Mi`]:[String(quantityBytes(quantity))]}var orList=values=>values.map(v=>`'${v}'`).join(" or ");var FIELD_TEXT={capacity:"capacity.storage",request:"resources.requests.storage",limit:"resources.limits.storage"},quantityFieldText=field=>FIELD_TEXT[field];function claimSites(model,spec){let resources=objectOf(objectOf(spec.object.spec).resources),partial=model.isFragment(spec.resource)!==void 0;return["request","limit"].map(field=>{let list=field==="request"?"requests":"limits";return{resource:spec.resource,path:[...spec.path,"spec","resources",list,"storage"],value:objectOf(resources[list]).storage,field,origin:spec.origin,subject:spec.label,partial}})}function storageQuantities(model){let sites=[];for(let pv of model.persistentVolumes)isObject(pv.object.spec)&&sites.push({resource:pv,path:["spec","capacity","storage"],value:objectOf(pv.object.spec.capacity).storage,field:"capacity",origin:"volume",subject:`PersistentVolume ${pv.name}`,partial:model.isFragment(pv)!==void 0});for(let spec of model.claimSpecs)sites.push(...claimSites(model,spec));return sites}var quantity_fractional_bytes_default={id:"quantity-fractional-bytes",severity:"warning",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A storage size that is not a whole number of bytes, typically `500m` (milli) meant as `500M`",why:'Storage is counted in bytes, but a quantity may be finer: `m` is milli, so `storage: 500m` asks for half a byte. The API server accepts it with a warning (`fractional byte value "500m" is invalid, must be an integer`) for claims, StatefulSet claim templates and ephemeral templates, and rounds it up \u2014 a claim for 1 byte gets the smallest volume the provisioner makes, or binds to any static PV, which is not what `500M`/`500Mi` meant. The same value in a PersistentVolume capacity makes a volume no real claim fits.',fix:"Write the size in bytes or with an upper-case decimal (`M`, `G`) or binary (`Mi`, `Gi`) suffix: `500m` \u2192 `500M` or `500Mi`.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 500m # expect: quantity-fractional-bytes/fractional@16
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 500Mi
`},references:["pkg/api/persistentvolumeclaim/util.go (GetWarningsForPersistentVolumeClaimSpec: fractional byte value)","pkg/api/pod/warnings.go (ephemeral volume claim templates)","staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go"],sources:[{tool:"Kubernetes API server",check:'warning: fractional byte value "500m" is invalid, must be an integer',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolumeclaim/util.go"}],whenNotToUse:"Turn it off only for test manifests that use sub-byte sizes on purpose; on a storage size in real manifests, `m` is always a mistake for `M` or `Mi`."},messages:{fractional:"{subject} sets {field} to '{value}', which is not a whole number of bytes (rounded up to {bytes}){hint}"},check(context){for(let site of storageQuantities(context.model)){if(isPlaceholderValue(site.value))continue;let parsed=parseQuantity(site.value);if(!parsed.ok||!isPositive(parsed.quantity)||!hasFractionalBytes(parsed.quantity))continue;let{quantity}=parsed,fixes=fractionalFixes(quantity),milli=quantity.text.endsWith("m");context.report({messageId:"fractional",data:{subject:site.subject,field:quantityFieldText(site.field),value:quantity.text,bytes:`${quantityBytes(quantity)} ${quantityBytes(quantity)===1n?"byte":"bytes"}`,hint:milli?"; 'm' means milli (1/1000), not mega":""},resource:site.resource,path:site.path,fix:milli?`did you mean ${orList(fixes)}?`:`storage: ${fixes[0]}`})}}};var describeFix=text=>{let parsed=parseQuantity(text);return parsed.ok?`'${text}' (${quantityBytes(parsed.quantity)} bytes)`:`'${text}'`},quantity_invalid_default={id:"quantity-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A storage size that is not a Kubernetes quantity (`10GB`, `1K`, `5gi`, `1 Gi`)",why:"The API server parses sizes with `resource.ParseQuantity`, which is case-sensitive and knows no `B`: `10GB`, `1K`, `5gi`, `1KiB`, `1 Gi` or `1e` are rejected (`quantities must match the regular expression \u2026` / `unable to parse quantity's suffix`), so the PersistentVolume or claim is never created. Covers PV `capacity.storage` and `resources.requests.storage` / `resources.limits.storage` of claims and ephemeral volume templates; an invalid request in a StatefulSet claim template is reported by `sts-claim-template-invalid`.",fix:"Use a number with one of the suffixes `k`, `M`, `G`, `T`, `P`, `E` (powers of 1000) or `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei` (powers of 1024), spelt exactly: `10G` or `10Gi`, `1k` or `1Ki`, `5Gi`. A plain number is bytes.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10GB # expect: quantity-invalid/invalid@16
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity)","staging/src/k8s.io/apimachinery/pkg/api/resource/suffix.go","https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/"],sources:[{tool:"Kubernetes API server",check:'ParseQuantity: "quantities must match the regular expression \u2026"',url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/api/resource/quantity.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{invalid:"{subject} sets {field} to '{value}', which is not a valid quantity; suffixes are case-sensitive (k, M, G, T, P, E or Ki, Mi, Gi, Ti, Pi, Ei) and there is no 'B'"},check(context){for(let site of storageQuantities(context.model)){if(site.origin==="statefulset"&&site.field==="request"||typeof site.value!="string"&&typeof site.value!="number"||isPlaceholderValue(site.value)||parseQuantity(site.value).ok)continue;let value=String(site.value),fixes=quantityFixes(value.trim());context.report({messageId:"invalid",data:{subject:site.subject,field:quantityFieldText(site.field),value},resource:site.resource,path:site.path,fix:fixes.length>0?`did you mean ${fixes.map(describeFix).join(" or ")}?`:void 0})}}};var isAbsent=value=>value==null,quantity_not_positive_default={id:"quantity-not-positive",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume capacity or claim storage request that is missing, zero or negative (or a negative limit)",why:'The API server requires `capacity.storage` of a PersistentVolume and `resources.requests.storage` of a claim (also of an ephemeral volume template) to be greater than zero (`ValidatePositiveQuantityValue`: "must be greater than zero"), and the request to be present ("spec.resources[storage]: Required value"); a storage limit may not be negative. Degenerate values such as `"."` or `"+"` parse as zero. StatefulSet claim templates are checked by `sts-claim-template-invalid`; a PersistentVolume without capacity by `pv-spec-invalid`.',fix:"Give the size the volume should have, e.g. `storage: 10Gi`.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: scratch
spec:
  capacity:
    storage: 0 # expect: quantity-not-positive/notPositive@14
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath:
    path: /srv/scratch
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: scratch
spec:
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath:
    path: /srv/scratch
`},references:["pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec, ValidatePositiveQuantityValue, validateBasicResource)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/"],sources:[{tool:"Kubernetes API server",check:'ValidatePositiveQuantityValue: "must be greater than zero"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{missing:"{subject} has no resources.requests.storage; the API server requires a storage request greater than zero",notPositive:"{subject} sets {field} to '{value}'; it must be greater than zero",negative:"{subject} sets {field} to '{value}'; it may not be negative"},check(context){let report3=(site,messageId,value)=>context.report({messageId,data:{subject:site.subject,field:quantityFieldText(site.field),value},resource:site.resource,path:site.path});for(let site of storageQuantities(context.model)){if(site.origin==="statefulset"&&site.field==="request")continue;if(isAbsent(site.value)){site.field==="request"&&!site.partial&&context.report({messageId:"missing",data:{subject:site.subject},resource:site.resource,path:site.path,fix:"resources: {requests: {storage: 10Gi}}"});continue}if(isPlaceholderValue(site.value))continue;let parsed=parseQuantity(site.value);if(!parsed.ok)continue;let{quantity}=parsed;site.field==="limit"?quantity.numerator<0n&&report3(site,"negative",quantity.text):isPositive(quantity)||report3(site,"notPositive",quantity.text)}}};var reclaim_policy_recycle_default={id:"reclaim-policy-recycle",severity:"warning",category:"deprecation",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume uses the deprecated Recycle reclaim policy",why:'Recycle is deprecated: the API server answers with the warning "The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning." When the claim is deleted, the controller runs a scrub pod that does `rm -rf` on the volume contents and offers the volume to the next claim, so data of one tenant is wiped, not kept. Only hostPath and NFS volumes have a recycler; any other volume goes `Failed` ("No recycler plugin found for the volume!"). A StorageClass never accepts Recycle (reported by storageclass-invalid).',fix:"Use `Retain` (keep the data, clean up by hand) or dynamic provisioning with a StorageClass whose `reclaimPolicy` is `Delete`.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: nfs-share
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteMany]
  persistentVolumeReclaimPolicy: Recycle # expect: reclaim-policy-recycle/recycle@34
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/share
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: nfs-share
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteMany]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/share
`},references:["pkg/api/persistentvolume/util.go (GetWarningsForPersistentVolume: Recycle is deprecated)","pkg/controller/volume/persistentvolume/pv_controller.go (recycleVolumeOperation)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#recycle"],sources:[{tool:"Kubernetes API server",check:"warning: The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning.",url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolume/util.go"}],whenNotToUse:"Turn it off for hostPath or NFS scratch volumes in test clusters, where wiping and reusing the volume is exactly what you want and the deprecation is accepted."},messages:{recycle:"{object} uses reclaim policy Recycle, which is deprecated: deleting its claim runs `rm -rf` on the volume{support}"},check(context){for(let volume of context.model.persistentVolumes){let spec=objectOf(volume.object.spec);if(spec.persistentVolumeReclaimPolicy!=="Recycle")continue;let recyclable="nfs"in spec||"hostPath"in spec;context.report({messageId:"recycle",data:{object:describe(volume),support:recyclable?"":", and only NFS and hostPath volumes have a recycler, so this one goes Failed"},resource:volume,path:["spec","persistentVolumeReclaimPolicy"],fix:"persistentVolumeReclaimPolicy: Retain"})}}};var SELECTOR_KINDS=new Set(["Deployment","StatefulSet","DaemonSet","ReplicaSet"]);function selectorFix(object,kind,replacement){if(replacement!=="apps/v1"||!SELECTOR_KINDS.has(kind)||isObject(objectOf(object.spec).selector))return;let labels2=getIn(object,["spec","template","metadata","labels"]);return`apiVersion: apps/v1, and add spec.selector.matchLabels: {${isObject(labels2)?Object.entries(labels2).map(([k,v])=>`${k}: ${String(v)}`).join(", "):"<the template labels>"}}`}var removed_api_version_default={id:"removed-api-version",severity:"error",category:"deprecation",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"An object uses an API version that the target Kubernetes version no longer serves (warning when it is only deprecated there)",why:'An API version removed from the API server is not there at all: `kubectl apply` fails with `no matches for kind "Deployment" in version "apps/v1beta1"` and nothing of the object is created. Removed so far: apps/v1beta1, apps/v1beta2 and extensions/v1beta1 workloads (1.16), storage.k8s.io/v1beta1 StorageClass, CSIDriver, CSINode and VolumeAttachment and every extensions/v1beta1 and networking.k8s.io/v1beta1 Ingress (1.22), batch/v1beta1 CronJob, policy/v1beta1 PodDisruptionBudget and PodSecurityPolicy, autoscaling/v2beta1 (1.25), CSIStorageCapacity v1beta1 (1.27), and the snapshot.storage.k8s.io/v1beta1 VolumeSnapshot CRDs (external-snapshotter 6, for 1.24+). Changing the apiVersion is often not enough: apps/v1 requires `spec.selector`, which the beta versions filled in from the template labels. The target version is `--kube-version`; before the removal the finding is a warning.',fix:"Use the replacement apiVersion named in the message and make the changes it lists (for apps/v1: add `spec.selector.matchLabels` equal to the template labels).",examples:{bad:`apiVersion: apps/v1beta1 # expect: removed-api-version/removed@13
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,good:`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`},references:["https://kubernetes.io/docs/reference/using-api/deprecation-guide/","https://kubernetes.io/docs/reference/using-api/deprecation-policy/","https://github.com/kubernetes-csi/external-snapshotter/blob/master/CHANGELOG/CHANGELOG-6.0.md"],sources:[{tool:"Pluto",check:"detect-files",url:"https://github.com/FairwindsOps/pluto"},{tool:"kube-score",check:"stable-version",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"},{tool:"KubeLinter",check:"no-extensions-v1beta",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Monokle",check:"K8S002 (deprecation-violated)"},{tool:"Monokle",check:"K8S003 (removal-violated)"},{tool:"Datree",check:"K8S_DEPRECATED_APIVERSION_1.16 \u2026 1.24, K8S_REMOVED_APIVERSION_1.22 \u2026 1.27"},{tool:"Kubernetes API server",check:"warning: <apiVersion> <Kind> is deprecated in v1.X+, unavailable in v1.Y+; use <replacement>"}],whenNotToUse:"Turn it off when Pluto or a similar version gate already runs on the same manifests; otherwise keep it, with `--kube-version` set to the newest cluster you deploy to."},messages:{removed:"{object} uses apiVersion {apiVersion}, which Kubernetes 1.{removedIn} removed (target {version}); {instead}",deprecated:"{object} uses apiVersion {apiVersion}, which is deprecated and removed in Kubernetes 1.{removedIn} (target {version}); {instead}"},check(context){let version=context.model.options.kubeVersion,minor=kubeMinor(version);for(let resource of context.model.resources){let api=removedApi(resource.apiVersion,resource.kind);if(!api)continue;let lifecycle=apiLifecycle(api,minor),instead=api.replacement?api.changes?`use ${api.replacement} (${api.changes})`:`use ${api.replacement}`:api.changes??`${resource.kind} has no successor`;context.report({messageId:lifecycle,data:{object:describe(resource),apiVersion:resource.apiVersion,removedIn:api.removedIn,version,instead},resource,path:["apiVersion"],severity:lifecycle==="removed"?"error":"warning",fix:selectorFix(resource.object,resource.kind,api.replacement)??(api.replacement?`apiVersion: ${api.replacement}`:void 0)})}}};var ANN_BIND_COMPLETED="pv.kubernetes.io/bind-completed",ANN_BOUND_BY_CONTROLLER="pv.kubernetes.io/bound-by-controller",ANN_PROVISIONED_BY="pv.kubernetes.io/provisioned-by",SERVER_FIELDS=[{field:"metadata.resourceVersion",path:["metadata","resourceVersion"],severity:"error"},{field:"metadata.uid",path:["metadata","uid"],severity:"warning"},{field:"metadata.creationTimestamp",path:["metadata","creationTimestamp"],severity:"warning"},{field:"metadata.selfLink",path:["metadata","selfLink"],severity:"warning"},{field:"metadata.managedFields",path:["metadata","managedFields"],severity:"warning"},{field:"metadata.generation",path:["metadata","generation"],severity:"warning"},{field:"status",path:["status"],severity:"warning"}];function isMeaningful(value){return value==null||value===""||value===0||value===!1?!1:Array.isArray(value)?value.some(isMeaningful):isObject(value)?Object.values(value).some(isMeaningful):!0}var isZeroVersion=value=>value==="0"||value===0;function serverFieldsOf(object){let metadata=isObject(object.metadata)?object.metadata:{};return SERVER_FIELDS.filter(({path:path3})=>{let value=path3[0]==="status"?object.status:metadata[path3[1]];return isMeaningful(value)&&!(path3[1]==="resourceVersion"&&isZeroVersion(value))})}function exportedClaimRef(pv){let spec=isObject(pv.spec)?pv.spec:{},ref=isObject(spec.claimRef)?spec.claimRef:{},text=value=>typeof value=="string"||typeof value=="number"?String(value):"";return{uid:text(ref.uid),resourceVersion:text(ref.resourceVersion)}}function reclaimPolicyOf(pv){let policy=(isObject(pv.spec)?pv.spec:{}).persistentVolumeReclaimPolicy;return typeof policy=="string"&&policy!==""?policy:"Retain"}function releasedOutcome(policy){switch(policy){case"Delete":return"its reclaim policy Delete deletes the backing disk";case"Recycle":return"its reclaim policy Recycle scrubs its data";default:return"never binds again"}}var has=(annotations,key)=>Object.prototype.hasOwnProperty.call(annotations,key),restore_bind_completed_default={id:"restore-bind-completed",severity:"error",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolumeClaim carries the binder's own pv.kubernetes.io annotations from an export",why:"The presence of `pv.kubernetes.io/bind-completed` sends a new claim straight down the \"already bound\" path of the PV controller. If its PV still has a claimRef (always the case for an exported PV: the old uid, or none at all, never equals the new claim's uid) the claim goes to phase Lost with a ClaimMisbound event, and Lost is terminal; with an empty volumeName it is Lost at once. `pv.kubernetes.io/bound-by-controller` tells the controller that it made the link itself, so on a conflict it undoes it instead of keeping the user's pre-binding.",fix:"Delete the `pv.kubernetes.io/bind-completed` and `pv.kubernetes.io/bound-by-controller` annotations; keep `spec.volumeName` to pre-bind the claim to its restored PV.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/shop
  claimRef:
    namespace: shop
    name: data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
  annotations:
    pv.kubernetes.io/bind-completed: "yes" # expect: restore-bind-completed/claimRef@38
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/shop
  claimRef:
    namespace: shop
    name: data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncClaim, syncBoundClaim: ClaimLost, ClaimMisbound)","component-helpers storage/volume/pv_helpers.go (AnnBindCompleted, AnnBoundByController)"],sources:[],whenNotToUse:"Turn it off only for exported state kept for reference or diffing and never applied; applied, every finding is a claim that goes Lost."},messages:{claimRef:"{claim} has annotation '{annotation}' and PersistentVolume {volume} has a claimRef the new claim's uid cannot match; the controller marks the claim Lost (ClaimMisbound)",noVolumeName:"{claim} has annotation '{annotation}' but no spec.volumeName; the controller marks it Lost at once",volumeElsewhere:"{claim} has annotation '{annotation}' and names PersistentVolume {volume}, which is not in these files; if the live volume still has a claimRef (it does after a restore) the claim goes Lost",boundByController:"{claim} has annotation '{annotation}' from an export; the controller treats its link to PersistentVolume {volume} as its own and undoes it on a conflict"},check(context){let{model}=context;for(let spec of model.claimSpecs){let annotations=objectOf(objectOf(spec.object.metadata).annotations),bindCompleted=has(annotations,ANN_BIND_COMPLETED);if(!bindCompleted&&!has(annotations,ANN_BOUND_BY_CONTROLLER))continue;let annotation2=bindCompleted?ANN_BIND_COMPLETED:ANN_BOUND_BY_CONTROLLER,path3=[...spec.path,"metadata","annotations",annotation2],base={claim:spec.label,annotation:annotation2},fix=`remove the annotation${bindCompleted&&has(annotations,ANN_BOUND_BY_CONTROLLER)?"s":""} ${[ANN_BIND_COMPLETED,ANN_BOUND_BY_CONTROLLER].filter(k=>has(annotations,k)).join(" and ")}`,volumeName=nonEmptyString(objectOf(spec.object.spec).volumeName),pv=volumeName?model.persistentVolume(volumeName):void 0,related=pv?[{resource:pv,path:["spec","claimRef"],message:`PersistentVolume ${pv.name}`}]:[];bindCompleted?volumeName?pv?claimRefOf(pvObjectOf(pv))&&context.report({messageId:"claimRef",data:{...base,volume:volumeName},resource:spec.resource,path:path3,related,fix}):context.report({messageId:"volumeElsewhere",data:{...base,volume:volumeName},resource:spec.resource,path:path3,fix,severity:"warning"}):context.report({messageId:"noVolumeName",data:base,resource:spec.resource,path:path3,fix}):context.report({messageId:"boundByController",data:{...base,volume:volumeName??"(none)"},resource:spec.resource,path:path3,related,fix,severity:"warning"})}}};var restore_claimref_uid_default={id:"restore-claimref-uid",severity:"error",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume keeps the claimRef uid of the claim it was exported with",why:'A re-created claim gets a new uid. The PV controller sees a claimRef whose uid matches no live claim, decides the claim was deleted and marks the volume Released: with reclaim policy Delete the backing disk is deleted, with Retain the volume never binds again, and the claim that names it in volumeName stays Pending ("already bound to a different claim"). A stale claimRef.resourceVersion is ignored by the binder but shows the same unsanitised export.',fix:"Remove `uid` and `resourceVersion` from `spec.claimRef` (keep `name` and `namespace` to reserve the volume), or drop `claimRef` entirely and let the claim name the volume in `volumeName`. Set `persistentVolumeReclaimPolicy: Retain` while restoring.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f
  claimRef:
    namespace: shop
    name: data
    uid: 6c1e2a9e-1f0b-4a59-9d43-0d6f1f6c2b11 # expect: restore-claimref-uid/uid@10
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-shop-data
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f
  claimRef:
    namespace: shop
    name: data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pv-shop-data
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume, reclaimVolume, deleteVolumeOperation)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaiming"],sources:[],whenNotToUse:"Turn it off only for exported state kept for reference or `kubectl diff`, where the uid is expected; never for manifests that re-create volumes."},messages:{uid:"PersistentVolume {volume} keeps claimRef.uid '{uid}' of PersistentVolumeClaim {claim}; the re-created claim gets a new uid, so the volume goes Released and {outcome}",resourceVersion:"PersistentVolume {volume} keeps claimRef.resourceVersion '{version}' of PersistentVolumeClaim {claim}; the binder ignores it, but it marks an unsanitised export"},check(context){let{model}=context;for(let volume of model.persistentVolumes){let pv=pvObjectOf(volume),{uid,resourceVersion}=exportedClaimRef(pv),ref=claimRefOf(pv),claim=ref?`${ref.namespace}/${ref.name}`:"(unnamed)",claimObject=ref?model.claim(ref.namespace,ref.name):void 0,related=claimObject?[{resource:claimObject.resource,path:claimObject.path,message:`PersistentVolumeClaim ${claim}`}]:[];uid!==""?context.report({messageId:"uid",data:{volume:volume.name,uid,claim,outcome:releasedOutcome(reclaimPolicyOf(pv))},resource:volume,path:["spec","claimRef","uid"],related,fix:resourceVersion!==""?"remove spec.claimRef.uid and spec.claimRef.resourceVersion":"remove spec.claimRef.uid"}):resourceVersion!==""&&context.report({messageId:"resourceVersion",data:{volume:volume.name,version:resourceVersion,claim},resource:volume,path:["spec","claimRef","resourceVersion"],related,fix:"remove spec.claimRef.resourceVersion",severity:"warning"})}}};var restore_provisioned_pv_delete_default={id:"restore-provisioned-pv-delete",severity:"warning",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A re-declared, dynamically provisioned PersistentVolume keeps reclaim policy Delete",why:"A PV annotated `pv.kubernetes.io/provisioned-by` was created by a provisioner; declaring it again in a manifest (a restore, a migration) hands the existing disk to the PV controller. With `persistentVolumeReclaimPolicy: Delete`, the disk is destroyed as soon as its claim is deleted, or when the controller decides the claim is gone: a stale claimRef uid, a claim bound elsewhere. Restores should never be one mistake away from deleting the data they restore.",fix:"Set `persistentVolumeReclaimPolicy: Retain` on restored volumes; switch back to Delete (kubectl patch) once the claim is Bound and verified.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  annotations:
    pv.kubernetes.io/provisioned-by: ebs.csi.aws.com
spec:
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Delete # expect: restore-provisioned-pv-delete/deletePolicy@34
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0f1e2d3c4b5a69788
  claimRef:
    namespace: shop
    name: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  annotations:
    pv.kubernetes.io/provisioned-by: ebs.csi.aws.com
spec:
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0f1e2d3c4b5a69788
  claimRef:
    namespace: shop
    name: orders
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders
  namespace: shop
spec:
  storageClassName: ""
  volumeName: pvc-5b0e9c1a-0d1f-4a7e-9c1b-2f3e4d5a6b7c
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume: provisioned volume bound elsewhere is deleted; reclaimVolume)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaim-policy","https://kubernetes.io/docs/tasks/administer-cluster/change-pv-reclaim-policy/"],sources:[],whenNotToUse:"Turn it off when the restored volumes are disposable (a test environment restored from snapshots), or when a backup tool such as Velero manages the reclaim policy during the restore."},messages:{deletePolicy:"PersistentVolume {volume} was provisioned by '{provisioner}' and keeps reclaim policy Delete; if {claim} is deleted or misbound, the disk is deleted"},check(context){for(let volume of context.model.persistentVolumes){let annotations=objectOf(objectOf(volume.object.metadata).annotations);if(!Object.prototype.hasOwnProperty.call(annotations,ANN_PROVISIONED_BY)||objectOf(volume.object.spec).persistentVolumeReclaimPolicy!=="Delete")continue;let ref=claimRefOf(pvObjectOf(volume)),claim=ref?context.model.claim(ref.namespace,ref.name):void 0;context.report({messageId:"deletePolicy",data:{volume:volume.name,provisioner:String(annotations[ANN_PROVISIONED_BY]??""),claim:ref?`its claim PersistentVolumeClaim ${ref.namespace}/${ref.name}`:"the claim that binds it"},resource:volume,path:["spec","persistentVolumeReclaimPolicy"],related:claim?[{resource:claim.resource,path:claim.path,message:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`}]:[],fix:"persistentVolumeReclaimPolicy: Retain"})}}};var restore_server_fields_default={id:"restore-server-fields",severity:"error",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"An object carries fields the API server owns (resourceVersion, uid, status, \u2026), the mark of a `kubectl get -o yaml` export",why:'Creating an object that sets `metadata.resourceVersion` fails: "resourceVersion should not be set on objects to be created". `uid`, `creationTimestamp`, `selfLink`, `managedFields`, `generation` and `status` are replaced or ignored on create, so they do no harm by themselves, but they show an export that was not cleaned, and such exports usually also carry a PV claimRef uid or binder annotations that break a restore. Empty values (`creationTimestamp: null`, `status: {}`) as written by `kubectl create --dry-run` are not reported.',fix:"Strip server-owned fields before re-applying: delete `metadata.resourceVersion`, `uid`, `creationTimestamp`, `selfLink`, `managedFields`, `generation` and the whole `status` (e.g. `kubectl neat`, or `yq 'del(.metadata.resourceVersion, .metadata.uid, .status)'`).",examples:{bad:`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: shop-settings
      namespace: shop
      resourceVersion: "48213" # expect: restore-server-fields/resourceVersion@24
      uid: 0b8e1f52-41f4-4c1e-a3c2-5f9d6c0e7a10
      creationTimestamp: "2025-03-02T10:15:00Z"
    data:
      mode: production
`,good:`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: shop-settings
      namespace: shop
      creationTimestamp: null
    data:
      mode: production
`},references:["apiserver pkg/storage/etcd3/store.go (ErrResourceVersionSetOnCreate)","apiserver pkg/registry/rest/meta.go (FillObjectMetaSystemFields)","pkg/registry/core/persistentvolume/strategy.go (PrepareForCreate clears status)"],sources:[{tool:"Kubernetes API server",check:'"resourceVersion should not be set on objects to be created"'}],whenNotToUse:"Turn it off for directories of exported state kept for diffing or backup and never applied with `kubectl create` or `kubectl apply`."},messages:{resourceVersion:"{object} sets server-owned {fields}; creating it fails because metadata.resourceVersion is '{value}' ('resourceVersion should not be set on objects to be created')",serverOwned:"{object} sets server-owned {fields}, which the API server ignores or overwrites on create; the manifest looks like an unsanitised export"},check(context){for(let resource of context.model.resources){let owned=serverFieldsOf(resource.object);if(owned.length===0)continue;let main=owned.find(({field})=>field==="metadata.resourceVersion")??owned[0],fields=joinFields(owned.map(({field})=>field)),common={resource,path:main.path,fix:`delete ${fields}`},object=describe(resource);if(main.field==="metadata.resourceVersion"){let value=String(objectOf(resource.object.metadata).resourceVersion);context.report({...common,messageId:"resourceVersion",data:{object,fields,value}})}else context.report({...common,messageId:"serverOwned",data:{object,fields},severity:"warning"})}}};function joinFields(fields){return fields.length===1?fields[0]:`${fields.slice(0,-1).join(", ")} and ${fields.at(-1)}`}var NON_ATTACHING_SOURCES=["nfs","hostPath","local","cephfs","glusterfs","quobyte","flexVolume"],NON_ATTACHING_DRIVERS=new Set(["efs.csi.aws.com","fsx.csi.aws.com","s3.csi.aws.com","nfs.csi.k8s.io","smb.csi.k8s.io","file.csi.azure.com","blob.csi.azure.com","filestore.csi.storage.gke.io","gcsfuse.csi.storage.gke.io","cephfs.csi.ceph.com","nfs.csi.ceph.com"]),NON_ATTACHING_PROVISIONERS=new Set(["rancher.io/local-path","docker.io/hostpath","microk8s.io/hostpath","k8s.io/minikube-hostpath","kubernetes.io/host-path","openebs.io/local","kubernetes.io/azure-file","kubernetes.io/glusterfs","kubernetes.io/quobyte"]);function driverAttaches(driver,attachRequired){return attachRequired?.(driver)??!NON_ATTACHING_DRIVERS.has(driver)}function provisionerAttaches(provisioner,attachRequired){return NON_ATTACHING_PROVISIONERS.has(provisioner)?!1:driverAttaches(provisioner,attachRequired)}function volumeAttaches(pv,attachRequired){let spec=pv.spec??{};if(NON_ATTACHING_SOURCES.some(source=>spec[source]!==void 0&&spec[source]!==null))return!1;let csi=spec.csi;return csi&&typeof csi.driver=="string"?driverAttaches(csi.driver,attachRequired):!0}function attachRequiredIn(model){return driver=>{let csiDriver=model.find("CSIDriver",driver);if(!csiDriver)return;let value=objectOf(csiDriver.object.spec).attachRequired;return typeof value=="boolean"?value:!0}}function claimAttaches(model,binding,attachRequired){switch(binding.kind){case"bound":return volumeAttaches(pvObject(binding.volume),attachRequired);case"dynamic":{let provisioner=nonEmptyString(binding.classResource.object.provisioner);return provisioner===void 0||provisionerAttaches(provisioner,attachRequired)}case"pending":{if(binding.why!=="no-provisioner")return!0;let pool=model.volumesOfClass(binding.storageClass);return pool.length===0||pool.some(pv=>volumeAttaches(pvObject(pv),attachRequired))}case"prebind-failed":return binding.volume===void 0||volumeAttaches(pvObject(binding.volume),attachRequired);case"unresolved":return!0}}function claimAccess(model,claim){let binding=model.binding(claim),attaches=claimAttaches(model,binding,attachRequiredIn(model));return binding.kind==="bound"?{modes:volumeAccessModes(pvObject(binding.volume)),volume:binding.volume,resource:binding.volume,path:["spec","accessModes"],attaches}:{modes:claimAccessModes(claim.object),resource:claim.resource,path:[...claim.path,"spec","accessModes"],attaches}}var enforcedAcrossNodes=use=>use.podExclusive||use.access.attaches;function singleWriterUses(model,workload){let uses=[];if(model.isFragment(workload.resource))return uses;let seen=new Set;for(let use of model.volumeClaims(workload)){if(use.naming!=="claimName"||use.replacedByTemplate||seen.has(use.name))continue;seen.add(use.name);let candidates2=use.claims.map(({claim:claim2})=>({claim:claim2,access:claimAccess(model,claim2)}));if(candidates2.length===0||!candidates2.every(({access:access2})=>isSingleWriter(access2.modes)))continue;let[{claim,access}]=candidates2;uses.push({workload,claim,access,volumeName:use.volumeName,path:use.path,podExclusive:access.modes.includes("ReadWriteOncePod")})}return uses}function describeAccess(use){let modes2=use.access.modes.join(", "),claim=`PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;return use.access.volume?`${claim}, bound to PersistentVolume ${use.access.volume.name} (${modes2})`:`${claim} (${modes2})`}function accessRelated(use){let owner=use.access.volume?`PersistentVolume ${use.access.volume.name}`:`PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;return{resource:use.access.resource,path:use.access.path,message:`accessModes of ${owner}: ${use.access.modes.join(", ")}`}}var joinAnd=items=>items.length<=1?items.join(""):`${items.slice(0,-1).join(", ")} and ${items[items.length-1]}`,rwo_claim_shared_by_workloads_default={id:"rwo-claim-shared-by-workloads",severity:"warning",category:"multi-attach",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"Two workloads mount the same ReadWriteOnce or ReadWriteOncePod claim",why:"A ReadWriteOnce volume is attached to one node at a time: pods of another workload that land on a different node wait in ContainerCreating with `Multi-Attach error`, and nothing tells the scheduler to keep them together (warning: it works only while every pod happens to share a node). A ReadWriteOncePod claim may be used by one pod in the whole cluster: the second workload's pod is unschedulable for as long as the first one runs (error). Typical cases: a backup CronJob or a sidecar Deployment mounting a database's claim. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet that check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume.",fix:"Give each workload its own claim, run the second task inside the first workload's pod (a sidecar or an init container), or use a volume that supports ReadWriteMany. If the pods must share one RWO disk, pin them to one node with pod affinity (fragile).",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: db-data
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: db-backup
spec:
  schedule: "0 3 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: busybox:1.36
              command: [tar, czf, /backup/db.tgz, /data]
              volumeMounts:
                - {name: data, mountPath: /data}
          volumes:
            - name: data
              persistentVolumeClaim:
                claimName: db-data # expect: rwo-claim-shared-by-workloads/multiAttach@28
`,good:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: db-backups
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: db-data
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: db-backup
spec:
  schedule: "0 3 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: postgres:16
              command: [sh, -c, "pg_dump -h db -U postgres postgres > /backup/db.sql"]
              volumeMounts:
                - {name: backups, mountPath: /backup}
          volumes:
            - name: backups
              persistentVolumeClaim:
                claimName: db-backups
`},references:["pkg/volume/util/util.go (IsMultiAttachAllowed)","pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)","pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)","pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[],whenNotToUse:"Turn it off when all pods run on one node on purpose (a single-node cluster, k3s at the edge, pods pinned together with pod affinity), where a ReadWriteOnce volume can serve every pod of that node."},messages:{multiAttach:"{workload} mounts {claim}, which {others} also mount{s}; their pods work only while all of them run on one node, the others wait for Multi-Attach",podExclusive:"{workload} mounts {claim}, which {others} also mount{s}; ReadWriteOncePod lets one pod use it, so only one of these workloads can run at a time"},check(context){let{model}=context,byClaim=new Map;for(let workload of model.workloads)for(let use of singleWriterUses(model,workload).filter(enforcedAcrossNodes))byClaim.set(use.claim,[...byClaim.get(use.claim)??[],use]);for(let uses of byClaim.values()){let[first,...rest]=uses;for(let use of rest){let self=describeWorkload(use.workload),others=[...new Set(uses.map(u=>describeWorkload(u.workload)))].filter(name=>name!==self);others.length!==0&&context.report({messageId:use.podExclusive?"podExclusive":"multiAttach",data:{workload:describeWorkload(use.workload),claim:describeAccess(use),others:joinAnd(others),s:others.length===1?"s":""},resource:use.workload.resource,path:use.path,related:[accessRelated(use),{resource:first.workload.resource,path:first.path,message:`${describeWorkload(first.workload)} mounts it here`}],severity:use.podExclusive?"error":"warning",fix:"a claim per workload, a sidecar in one pod, or a ReadWriteMany volume"})}}}};var REPLICAS_FIX={Deployment:"replicas: 1 with strategy: {type: Recreate}, a StatefulSet with volumeClaimTemplates, or a ReadWriteMany volume",StatefulSet:"move the claim to volumeClaimTemplates (one claim per replica), or use a ReadWriteMany volume"};function explain(model,workload,cause,count){let hpa=model.autoscalerOf(workload),hpaName=hpa?`HorizontalPodAutoscaler ${hpa.resource.namespace}/${hpa.resource.name}`:"an autoscaler",jobSpec=workload.kind==="CronJob"?["spec","jobTemplate","spec"]:["spec"];switch(cause){case"replicas":return{runs:`runs ${count} pods at once (replicas: ${count})`,fix:REPLICAS_FIX[workload.kind]??"replicas: 1, or a ReadWriteMany volume",related:{resource:workload.resource,path:["spec","replicas"],message:`replicas of ${describeWorkload(workload)}`}};case"hpa-min":case"hpa-max":return{runs:cause==="hpa-min"?`is kept at ${count} or more pods by ${hpaName}`:`may be scaled to ${count} pods by ${hpaName}`,fix:"maxReplicas: 1 (or no autoscaler), or a ReadWriteMany volume",related:hpa&&{resource:hpa.resource,path:["spec",cause==="hpa-min"?"minReplicas":"maxReplicas"],message:hpaName}};case"daemonset":return{runs:"runs one pod on every eligible node",fix:"a ReadWriteMany volume, or a node-local volume (hostPath, local PV) per node"};case"parallelism":return{runs:`runs ${count} pods at once (parallelism)`,fix:"parallelism: 1, or a ReadWriteMany volume",related:{resource:workload.resource,path:[...jobSpec,"parallelism"],message:`parallelism of ${describeWorkload(workload)}`}};case"cronjob-overlap":return{runs:"may start a run while the previous one still runs (concurrencyPolicy Allow, the default)",fix:"concurrencyPolicy: Forbid",related:{resource:workload.resource,path:["spec","concurrencyPolicy"],message:`concurrencyPolicy of ${describeWorkload(workload)}`}}}}var rwo_multiple_pods_default={id:"rwo-multiple-pods",severity:"warning",category:"multi-attach",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"Several pods of one workload mount the same ReadWriteOnce or ReadWriteOncePod claim",why:"ReadWriteOnce means one node: the attach/detach controller refuses to attach the volume to a second node (`Multi-Attach error \u2026 Volume is already used by pod(s)`), so every pod that is not scheduled onto the node holding the attachment stays in ContainerCreating. Nothing makes the scheduler put the pods together. ReadWriteOncePod means one pod: the scheduler keeps every other pod Pending. Several pods at once come from `replicas` > 1 (Deployment, ReplicaSet, ReplicationController, a StatefulSet that lists the claim under `volumes`), a DaemonSet (one pod per node), Job `parallelism` > 1 or an autoscaler `minReplicas` > 1 (error); an autoscaler that may scale above one replica or a CronJob whose runs may overlap (`concurrencyPolicy: Allow`, the default) are reported as warnings. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet that check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume.",fix:"Run one pod (`replicas: 1` with `strategy: {type: Recreate}`, `parallelism: 1`, `concurrencyPolicy: Forbid`), give every replica its own claim with a StatefulSet's `volumeClaimTemplates`, or use a volume that supports ReadWriteMany.",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: uploads
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: uploads, mountPath: /usr/share/nginx/html/uploads}
      volumes:
        - name: uploads
          persistentVolumeClaim:
            claimName: uploads # expect: rwo-multiple-pods/multiAttach@24
`,good:`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector: {app: web}
  ports:
    - {name: http, port: 80}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - {name: uploads, mountPath: /usr/share/nginx/html/uploads}
  volumeClaimTemplates:
    - metadata:
        name: uploads
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 20Gi
`},references:["pkg/volume/util/util.go (IsMultiAttachAllowed)","pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)","pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)","pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes","https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy"],sources:[],whenNotToUse:"Turn it off on single-node clusters (local development, edge devices), where every pod lands on the node that holds the ReadWriteOnce attachment; ReadWriteOncePod claims fail there too, so keep it if you use them."},messages:{multiAttach:"{workload} {runs}, and every pod mounts {claim}; pods on any other node than the first wait for Multi-Attach",podExclusive:"{workload} {runs}, and every pod mounts {claim}; ReadWriteOncePod lets only one pod use it, the others stay Pending"},check(context){let{model}=context;for(let workload of model.workloads){let concurrency=model.concurrency(workload);if(!concurrency)continue;let several=concurrency.count>1&&concurrency.cause?{count:concurrency.count,cause:concurrency.cause,definite:!0}:concurrency.possible&&{...concurrency.possible,definite:!1};if(!several)continue;let uses=singleWriterUses(model,workload).filter(enforcedAcrossNodes);if(uses.length===0)continue;let cause=explain(model,workload,several.cause,several.count);for(let use of uses)context.report({messageId:use.podExclusive?"podExclusive":"multiAttach",data:{workload:describeWorkload(workload),runs:cause.runs,claim:describeAccess(use)},resource:workload.resource,path:use.path,related:[accessRelated(use),...cause.related?[cause.related]:[]],fix:cause.fix,severity:several.definite&&use.podExclusive?"error":"warning"})}}};var isRecord=value=>typeof value=="object"&&value!==null&&!Array.isArray(value),recordOf=value=>isRecord(value)?value:{},isCount=value=>typeof value=="number"&&Number.isInteger(value)&&value>=0;function scaledIntOrPercent(value,total,roundUp){if(typeof value=="number")return Number.isInteger(value)?value:void 0;if(typeof value!="string"||!value.endsWith("%"))return;let digits=value.slice(0,-1);if(!/^[+-]?[0-9]+$/.test(digits))return;let scaled=Number.parseInt(digits,10)*total/100;return roundUp?Math.ceil(scaled):Math.floor(scaled)}function resolveFenceposts(maxSurge,maxUnavailable,desired){let surge=scaledIntOrPercent(maxSurge??"25%",desired,!0),unavailable=scaledIntOrPercent(maxUnavailable??"25%",desired,!1);if(!(surge===void 0||unavailable===void 0))return{surge,unavailable:surge===0&&unavailable===0?1:unavailable}}function deploymentRollout(deploymentSpec){let spec=recordOf(deploymentSpec),replicas=spec.replicas===void 0||spec.replicas===null?1:spec.replicas;if(!isCount(replicas))return{strategy:"invalid"};let strategy=recordOf(spec.strategy),type=strategy.type??"RollingUpdate";if(type==="Recreate")return{strategy:"Recreate"};if(type!=="RollingUpdate"&&type!=="")return{strategy:"invalid"};let bounds=recordOf(strategy.rollingUpdate),fenceposts=resolveFenceposts(bounds.maxSurge,bounds.maxUnavailable,replicas);return fenceposts?{strategy:"RollingUpdate",replicas,...fenceposts}:{strategy:"invalid"}}var keepsOldPodsUntilNewReady=rollout=>rollout.strategy==="RollingUpdate"&&rollout.surge>0&&rollout.unavailable===0;function jobPodsAtOnce(jobSpec){let spec=recordOf(jobSpec),parallelism=spec.parallelism??1;if(!isCount(parallelism))return;let completions=spec.completions;return completions==null?parallelism:isCount(completions)?Math.min(parallelism,completions):void 0}function cronJobMayOverlap(cronJobSpec){let policy=recordOf(cronJobSpec).concurrencyPolicy;return policy==null||policy===""||policy==="Allow"}var HOSTNAME_LABEL="kubernetes.io/hostname";function daemonSetPodsAtOnce(podSpec){let spec=recordOf(podSpec);return typeof spec.nodeName=="string"&&spec.nodeName!==""||typeof recordOf(spec.nodeSelector)[HOSTNAME_LABEL]=="string"?1:2}function autoscalerRange(hpaSpec){let spec=recordOf(hpaSpec),min=spec.minReplicas??1,max=spec.maxReplicas;if(!(!isCount(min)||!isCount(max)))return{min,max:Math.max(min,max)}}function podsAtOnce(kind,object,autoscaler){let spec=recordOf(recordOf(object).spec);switch(kind){case"Pod":return{count:1};case"Deployment":case"ReplicaSet":case"ReplicationController":case"StatefulSet":{let replicas=spec.replicas??1;return isCount(replicas)?withAutoscaler(replicas,autoscaler):void 0}case"DaemonSet":{let count=daemonSetPodsAtOnce(recordOf(spec.template).spec);return count>1?{count,cause:"daemonset"}:{count}}case"Job":{let count=jobPodsAtOnce(spec);return count===void 0?void 0:count>1?{count,cause:"parallelism"}:{count}}case"CronJob":{let count=jobPodsAtOnce(recordOf(spec.jobTemplate).spec);return count===void 0?void 0:count>1?{count,cause:"parallelism"}:cronJobMayOverlap(spec)&&count===1?{count,possible:{count:2,cause:"cronjob-overlap"}}:{count}}}}function withAutoscaler(replicas,autoscaler){return!autoscaler||replicas===0?replicas>1?{count:replicas,cause:"replicas"}:{count:replicas}:autoscaler.min>1?{count:autoscaler.min,cause:"hpa-min"}:autoscaler.max>1?{count:1,possible:{count:autoscaler.max,cause:"hpa-max"}}:{count:1}}var rwo_rolling_update_default={id:"rwo-rolling-update",severity:"warning",category:"multi-attach",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A one-replica Deployment with a rolling update that keeps the old pod mounts a ReadWriteOnce or ReadWriteOncePod claim",why:"A Deployment without `strategy` rolls out with RollingUpdate, maxSurge 25 % and maxUnavailable 25 %; for one replica that resolves to surge 1, unavailable 0 (ResolveFenceposts): the new pod is created while the old one keeps running and the old one is only removed once the new one is ready. A ReadWriteOnce volume cannot be attached to a second node, so a new pod scheduled elsewhere waits in ContainerCreating with `Multi-Attach error`; a ReadWriteOncePod claim makes the new pod unschedulable on any node. Either way the new pod never becomes ready, the old one is never removed, and the rollout hangs until `progressDeadlineSeconds` marks it failed. On the same node it works by luck. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet the Multi-Attach check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume.",fix:"Use `strategy: {type: Recreate}` (the old pod is stopped before the new one starts), or set `rollingUpdate.maxSurge: 0` so the old pod goes first. If several pods must run, give each its own claim (a StatefulSet with `volumeClaimTemplates`) or use a ReadWriteMany volume.",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: wiki-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wiki
spec:
  replicas: 1
  selector:
    matchLabels: {app: wiki}
  template:
    metadata:
      labels: {app: wiki}
    spec:
      containers:
        - name: wiki
          image: requarks/wiki:2.5
          volumeMounts:
            - {name: data, mountPath: /wiki/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: wiki-data # expect: rwo-rolling-update/multiAttach@24
`,good:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: wiki-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wiki
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: wiki}
  template:
    metadata:
      labels: {app: wiki}
    spec:
      containers:
        - name: wiki
          image: requarks/wiki:2.5
          volumeMounts:
            - {name: data, mountPath: /wiki/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: wiki-data
`},references:["pkg/controller/deployment/util/deployment_util.go (ResolveFenceposts)","pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)","pkg/volume/util/util.go (IsMultiAttachAllowed)","pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)","pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)","https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[],whenNotToUse:"Turn it off on single-node clusters, where the new pod always starts next to the old one and the rolling update works; with more than one node the rollout can hang."},messages:{multiAttach:"{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {claim}; on another node the new pod waits for Multi-Attach and the rollout deadlocks",podExclusive:"{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {claim}; ReadWriteOncePod lets only one pod use it, so the new pod is unschedulable and the rollout deadlocks"},check(context){let{model}=context;for(let workload of model.workloads){if(workload.kind!=="Deployment")continue;let rollout=deploymentRollout(workload.resource.object.spec);if(rollout.strategy!=="RollingUpdate"||!keepsOldPodsUntilNewReady(rollout)||model.concurrency(workload)?.count!==1)continue;let strategyPath=["spec","strategy"],strategyWritten=getIn(workload.resource.object,strategyPath)!==void 0;for(let use of singleWriterUses(model,workload).filter(enforcedAcrossNodes))context.report({messageId:use.podExclusive?"podExclusive":"multiAttach",data:{workload:describeWorkload(workload),surge:rollout.surge,claim:describeAccess(use)},resource:workload.resource,path:use.path,related:[accessRelated(use),...strategyWritten?[{resource:workload.resource,path:strategyPath,message:`strategy of ${describeWorkload(workload)}`}]:[]],fix:"strategy: {type: Recreate}",severity:use.podExclusive?"error":"warning"})}}};var IDENTIFIER=/^[A-Za-z_$][\w$-]*$/;function pathText(path3){let out="";for(let segment of path3)typeof segment=="number"?out+=`[${segment}]`:IDENTIFIER.test(segment)?out+=out?`.${segment}`:segment:out+=`[${JSON.stringify(segment)}]`;return out||"(the object)"}var TYPE_NAMES={string:"a string",integer:"an integer",number:"a number",boolean:"true or false",array:"a list",object:"a map",null:"null"},expectedText=types=>types.map(t=>TYPE_NAMES[t]??t).join(" or ");function jsonType(value){return Array.isArray(value)?"array":value===null?"null":typeof value=="number"?Number.isInteger(value)?"integer":"number":typeof value=="object"?"object":typeof value}function actualText(value,written){let type=jsonType(value),name=TYPE_NAMES[type]??type;return type==="array"||type==="object"?name:`${name} (${written??JSON.stringify(value)})`}var quotedList=values=>values.map(v=>`'${String(v)}'`).join(", "),originText=origin=>origin==="built-in"?"":` (schema from ${origin})`;var schema_invalid_enum_default={id:"schema-invalid-enum",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field with a fixed set of values (access modes, reclaim policy, volumeMode, volumeBindingMode, hostPath type, StatefulSet and Deployment strategies) has another value",why:'The API server rejects the object with `Unsupported value: "ReadWriteOne": supported values: \u2026`; values are case-sensitive, so `retain` or `filesystem` fail too.',fix:"Use one of the values the message lists, spelled exactly.",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOne] # expect: access-modes-invalid/unknown@17
  persistentVolumeReclaimPolicy: retain # expect: schema-invalid-enum/invalid@34
  volumeMode: Filesystem
  hostPath:
    path: /srv/archive
    type: Dir # expect: schema-invalid-enum/invalid@11
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: archive
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  volumeMode: Filesystem
  hostPath:
    path: /srv/archive
    type: Directory
`},references:["https://kubernetes.io/docs/concepts/storage/persistent-volumes/","https://kubernetes.io/docs/concepts/storage/volumes/#hostpath","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/","staging/src/k8s.io/api/core/v1/types.go, staging/src/k8s.io/api/apps/v1/types.go, staging/src/k8s.io/api/storage/v1/types.go"],sources:[{tool:"Kubernetes API server",check:'Unsupported value: "\u2026": supported values: \u2026',url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/field/errors.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{invalid:"{object}: '{path}' is '{value}', which is not one of {allowed}{origin}"},check(context){for(let problem of context.model.schemaCheck.problems){if(problem.kind!=="enum"||defaultedWhenEmpty(problem.path,problem.value))continue;let allowed=problem.allowed.map(String),value=String(problem.value),suggestion=closest(value,allowed.filter(a=>a!==""));context.report({messageId:"invalid",data:{object:describe(problem.resource),path:pathText(problem.path),value,allowed:quotedList(allowed),origin:originText(problem.origin)},resource:problem.resource,path:problem.path,fix:suggestion?`did you mean '${suggestion}'?`:void 0})}}},DEFAULTED_WHEN_EMPTY=["podManagementPolicy","updateStrategy.type","strategy.type","persistentVolumeReclaimPolicy"];function defaultedWhenEmpty(path3,value){let dotted=path3.join(".");return value===""&&DEFAULTED_WHEN_EMPTY.some(field=>dotted.endsWith(field))}var schema_required_field_default={id:"schema-required-field",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field the kind's schema requires is missing (or null)",why:"The API server rejects the object with `Required value` (a volume mount without `mountPath`, a StorageClass without `provisioner`, a claim volume without `claimName`), so nothing of it is created. `field: null` counts as missing.",fix:"Add the field. The finding points at the object that lacks it.",examples:{bad:`apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: cache # expect: schema-required-field/missing@11
          readOnly: false
  volumes:
    - name: cache
      emptyDir: {}
`,good:`apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: cache
          mountPath: /cache
  volumes:
    - name: cache
      emptyDir: {}
`},references:["https://kubernetes.io/docs/reference/kubernetes-api/","pkg/apis/core/validation/validation.go (field.Required)"],sources:[{tool:"kubeconform",check:"schema validation",url:"https://github.com/yannh/kubeconform"},{tool:"KubeLinter",check:"schema-validation",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Monokle",check:"K8S001 (schema-violated)"},{tool:"Kubernetes API server",check:"Required value",url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/field/errors.go"}],whenNotToUse:"Turn it off if kubeconform or KubeLinter's `schema-validation` already checks the same files and you prefer its reports; keep it otherwise, since a missing required field fails the apply."},messages:{missing:"{object} lacks the required field '{path}'{origin}"},check(context){for(let problem of context.model.schemaCheck.problems)problem.kind==="required"&&context.report({messageId:"missing",data:{object:describe(problem.resource),path:pathText(problem.path),origin:originText(problem.origin)},resource:problem.resource,path:problem.path})}};var OCTAL_MODE=/^0?[0-7]{3}$/,MODE_FIELDS=new Set(["defaultMode","mode"]);function fixFor3(key,expected,value,written){if(typeof key!="string"||written===void 0)return;let type=jsonType(value);if(expected.includes("array")&&type!=="object")return`${key}: [${written}]`;if(expected.includes("string")&&type!=="object"&&type!=="array")return`${key}: "${written}"`;if((expected.includes("integer")||expected.includes("number"))&&typeof value=="string"&&value.trim()!==""&&Number.isFinite(Number(value)))return MODE_FIELDS.has(key)&&OCTAL_MODE.test(value)?`${key}: 0${value.replace(/^0/,"")} (octal, without quotes)`:`${key}: ${value.trim()}`}var schema_type_mismatch_default={id:"schema-type-mismatch",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field has the wrong type: a quoted number, a number where a string is required, a single value where a list is required",why:'The API server cannot decode the object: `kubectl apply` fails with `cannot unmarshal string into Go struct field \u2026 of type int32` (e.g. `defaultMode: "0644"`), `json: cannot unmarshal number into Go struct field ConfigMap.data of type string` (a ConfigMap value `port: 8080`), or `cannot unmarshal string into \u2026 of type []v1.PersistentVolumeAccessMode` (`accessModes: ReadWriteOnce`). Nothing in the file is applied.',fix:"Quote values that must be strings (ConfigMap data, labels, annotations, env values), unquote numbers, and write lists as lists (`accessModes: [ReadWriteOnce]`). File modes are octal without quotes (`defaultMode: 0644`).",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  port: 8080 # expect: schema-type-mismatch/mismatch@9
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ReadWriteOnce # expect: schema-type-mismatch/mismatch@16
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - {name: settings, mountPath: /etc/app}
        - {name: data, mountPath: /data}
  volumes:
    - name: settings
      configMap:
        name: settings
        defaultMode: "0440" # expect: file-mode-out-of-range/notInteger@22
    - name: data
      persistentVolumeClaim:
        claimName: data
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  port: "8080"
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - {name: settings, mountPath: /etc/app}
        - {name: data, mountPath: /data}
  volumes:
    - name: settings
      configMap:
        name: settings
        defaultMode: 0440
    - name: data
      persistentVolumeClaim:
        claimName: data
`},references:["https://kubernetes.io/docs/reference/kubernetes-api/","https://kubernetes.io/docs/concepts/configuration/configmap/","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[{tool:"kubeconform",check:"schema validation",url:"https://github.com/yannh/kubeconform"},{tool:"KubeLinter",check:"schema-validation",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Monokle",check:"K8S001 (schema-violated)"}],whenNotToUse:"Turn it off if kubeconform or KubeLinter's `schema-validation` already checks the same files and you prefer its reports; keep it otherwise, since the API server cannot decode such an object at all."},messages:{mismatch:"{object}: '{path}' must be {expected}, not {actual}{origin}"},check(context){for(let problem of context.model.schemaCheck.problems){if(problem.kind!=="type")continue;let written=context.scalarSource(problem.resource,problem.path);context.report({messageId:"mismatch",data:{object:describe(problem.resource),path:pathText(problem.path),origin:originText(problem.origin),expected:expectedText(problem.expected),actual:actualText(problem.value,written)},resource:problem.resource,path:problem.path,fix:fixFor3(problem.path.at(-1),problem.expected,problem.value,written)})}}};var schema_unknown_field_default={id:"schema-unknown-field",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field that the kind's schema does not have: a typo, a wrong case, or a field at the wrong indentation",why:'kubectl (1.27+) asks the API server for strict field validation, so `kubectl apply` fails with `unknown field "spec.storageClass"`. With `--validate=false` or other clients the server silently drops the field, so the setting you wrote (a storage class, `readOnly`, a StatefulSet\'s `serviceName`) never takes effect. Custom resources are checked against the CustomResourceDefinitions given in the same run (`x-kubernetes-preserve-unknown-fields` is honoured); kinds without a schema are skipped.',fix:"Rename the field as suggested, or move it to the object it belongs to (a top-level `serviceName` belongs in `spec`).",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClass: standard # expect: schema-unknown-field/didYouMean@17
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /data
          readonly: true # expect: schema-unknown-field/didYouMean@21
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`,good:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: standard
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /data
          readOnly: true
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`},references:["https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation","https://kubernetes.io/docs/reference/kubernetes-api/","https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#field-pruning"],sources:[{tool:"kubeconform",check:"-strict",url:"https://github.com/yannh/kubeconform"},{tool:"KubeLinter",check:"schema-validation",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Kubernetes API server",check:'strict field validation: strict decoding error: unknown field "\u2026"'}],whenNotToUse:"Turn it off when a tool between the files and the API server reads extra fields out of the manifests and removes them (some templating and GitOps layers do), or when the CustomResourceDefinitions in the files are older than those in the cluster."},messages:{unknown:"{object} has an unknown field '{path}'{origin}",didYouMean:"{object} has an unknown field '{path}'{origin}; did you mean '{suggestion}'?",wrongLevel:"{object} has an unknown field '{path}'{origin}; '{field}' belongs in '{where}'"},check(context){for(let problem of context.model.schemaCheck.problems){if(problem.kind!=="unknown-field")continue;let base={object:describe(problem.resource),path:pathText(problem.path),origin:originText(problem.origin)},at2={resource:problem.resource,path:problem.path};if(problem.belongsAt){let where=pathText(problem.belongsAt.slice(0,-1));context.report({messageId:"wrongLevel",data:{...base,field:problem.field,where},...at2,fix:`move it to ${pathText(problem.belongsAt)}`})}else problem.suggestion?context.report({messageId:"didYouMean",data:{...base,suggestion:problem.suggestion},...at2,fix:`rename '${problem.field}' to '${problem.suggestion}'`}):context.report({messageId:"unknown",data:base,...at2})}}};var PROVISIONED_BY="pv.kubernetes.io/provisioned-by",NO_DELETER=new Set(["nfs","hostPath","local","iscsi","fc","flexVolume"]);function consequence(spec){if(isObject(spec.csi))return`the CSI driver '${String(spec.csi.driver??"")}' is asked to delete the volume if its provisioner takes the PV, otherwise the PV stays Released`;let source=Object.keys(spec).find(field=>NO_DELETER.has(field)&&isObject(spec[field]));return source?`${source} has no deleter, so the PV goes Failed instead of Available`:"the backing disk is deleted with it"}var static_pv_delete_policy_default={id:"static-pv-delete-policy",severity:"warning",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A hand-written PersistentVolume has reclaim policy Delete",why:"A PV written by hand points at storage that existed before it, usually data someone cares about. With `persistentVolumeReclaimPolicy: Delete`, deleting its claim (or a namespace, or a Helm release) makes the controller delete the backing disk; for volume types without a deleter (NFS, hostPath, local, iSCSI) the PV goes `Failed` instead of being reusable. Hand-written PVs default to `Retain` for this reason. PVs that carry `pv.kubernetes.io/provisioned-by` are dynamically provisioned volumes and are checked by restore-provisioned-pv-delete.",fix:"Set `persistentVolumeReclaimPolicy: Retain` (or leave it out, Retain is the default for PVs created by hand).",examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: orders-disk
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Delete # expect: static-pv-delete-policy/delete@34
  storageClassName: ""
  csi:
    driver: pd.csi.storage.gke.io
    volumeHandle: projects/shop/zones/europe-west1-b/disks/orders
    fsType: ext4
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: orders-disk
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  csi:
    driver: pd.csi.storage.gke.io
    volumeHandle: projects/shop/zones/europe-west1-b/disks/orders
    fsType: ext4
`},references:["pkg/apis/core/v1/defaults.go (SetDefaults_PersistentVolume: Retain)","pkg/controller/volume/persistentvolume/pv_controller.go (reclaimVolume, deleteVolumeOperation)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaiming"],sources:[],whenNotToUse:"Turn it off for scratch volumes whose storage is meant to go with the claim, such as test clusters that create and destroy disks on every run."},messages:{delete:"{object} is written by hand (no {annotation} annotation) but has reclaim policy Delete: when its claim is deleted, {consequence}"},check(context){for(let volume of context.model.persistentVolumes){let spec=objectOf(volume.object.spec);spec.persistentVolumeReclaimPolicy==="Delete"&&(PROVISIONED_BY in objectOf(objectOf(volume.object.metadata).annotations)||context.report({messageId:"delete",data:{object:describe(volume),annotation:PROVISIONED_BY,consequence:consequence(spec)},resource:volume,path:["spec","persistentVolumeReclaimPolicy"],fix:"persistentVolumeReclaimPolicy: Retain"}))}}};var shown=name=>name===""?'""':`'${name}'`,storageclass_beta_annotation_default={id:"storageclass-beta-annotation",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume or claim sets its class with the deprecated volume.beta.kubernetes.io/storage-class annotation",why:"The annotation has been deprecated since Kubernetes 1.8 and the API server warns about it, yet it still wins over `spec.storageClassName` on both PVs and claims. When the two disagree, the binder and the provisioner silently use the annotation, not the field you read.",fix:"Move the value to `spec.storageClassName` and delete the annotation.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: slow
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
parameters:
  type: sc1
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
  annotations:
    volume.beta.kubernetes.io/storage-class: slow # expect: storageclass-beta-annotation/conflict@46
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["component-helpers storage/volume/helpers.go (GetPersistentVolumeClaimClass, GetPersistentVolumeClass)","pkg/api/persistentvolumeclaim/util.go, pkg/api/persistentvolume/util.go (deprecation warnings)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class"],sources:[{tool:"Kubernetes API server",check:'warning: deprecated since v1.8; use "storageClassName" attribute instead',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolume/util.go"}],whenNotToUse:"Turn it off only for manifests that must still apply to clusters older than 1.6, which predate `storageClassName`; every newer cluster reads the field."},messages:{deprecated:"{object} sets its class {class} with annotation '{annotation}', deprecated since Kubernetes 1.8; use spec.storageClassName",conflict:"{object} has annotation '{annotation}' = {class} and spec.storageClassName {field}; the annotation wins, so the class is {class}, not {field}"},check(context){let{model}=context,annotated=[...model.persistentVolumes.map(pv=>({resource:pv,path:[],object:pv.object,label:describe(pv)})),...model.claimSpecs.map(spec=>({resource:spec.resource,path:spec.path,object:spec.object,label:spec.label}))];for(let{resource,path:path3,object,label:label2}of annotated){let annotations=objectOf(objectOf(objectOf(object).metadata).annotations);if(!Object.prototype.hasOwnProperty.call(annotations,BETA_CLASS_ANNOTATION))continue;let value=annotations[BETA_CLASS_ANNOTATION],className=value==null?"":String(value),field=objectOf(objectOf(object).spec).storageClassName,at2=[...path3,"metadata","annotations",BETA_CLASS_ANNOTATION],base={object:label2,annotation:BETA_CLASS_ANNOTATION,class:shown(className)};typeof field=="string"&&field!==className?context.report({messageId:"conflict",data:{...base,field:shown(field)},resource,path:at2,fix:`keep one: delete the annotation (class '${field}'), or set storageClassName: ${className===""?'""':className}`,severity:"error"}):context.report({messageId:"deprecated",data:base,resource,path:at2,fix:`storageClassName: ${className===""?'""':className}`})}}};var storageclass_default_annotation_value_default={id:"storageclass-default-annotation-value",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:'A StorageClass is-default-class annotation is meant as true but is not the exact string "true"',why:'Kubernetes treats a StorageClass as the default only when `storageclass.kubernetes.io/is-default-class` (or the beta key) is exactly the string `"true"`. `True`, `yes`, `1` or `enabled` silently leave the cluster without that default, so claims without a class are not provisioned. An unquoted `true` or `yes` is a YAML boolean, which kubectl refuses to decode into the string-valued annotations.',fix:'Write the annotation value as the quoted string "true".',examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "True" # expect: storageclass-default-annotation-value/notTrue@50
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
`},references:["pkg/volume/util/storageclass.go (IsDefaultAnnotation)","https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/"],sources:[],whenNotToUse:'Keep it on: a value meant as true that is not exactly "true" never makes the class the default. It stays silent when the annotation is absent or clearly false.'},messages:{notString:`StorageClass {class} sets '{key}' to the YAML {type} {written}, not the string "true"; kubectl cannot decode it and the class is not the default`,notTrue:`StorageClass {class} sets '{key}' to {written}; only the exact string "true" makes it the default`},check(context){for(let sc of context.model.storageClasses)for(let{key,value}of defaultClassAnnotations(storageClassObject(sc))){if(!isMisspelledDefault(value))continue;let path3=["metadata","annotations",key],written=context.scalarSource(sc,path3)??JSON.stringify(value),base={class:sc.name,key,written},fix=`${key}: "true"`;typeof value=="string"?context.report({messageId:"notTrue",data:base,resource:sc,path:path3,fix}):context.report({messageId:"notString",data:{...base,type:typeof value},resource:sc,path:path3,fix})}}};var RECLAIM_POLICIES=["Delete","Retain"],BINDING_MODES=["Immediate","WaitForFirstConsumer"],MAX_PARAMETERS=512,MAX_PARAMETERS_BYTES=256*1024,quote=value=>typeof value=="string"?`'${value}'`:JSON.stringify(value);function provisionerProblems(provisioner){return typeof provisioner!="string"||provisioner===""?[{path:["provisioner"],message:"provisioner is required",fix:"provisioner: <CSI driver name>, or kubernetes.io/no-provisioner for static volumes"}]:isQualifiedName(provisioner.toLowerCase())?[]:[{path:["provisioner"],message:`provisioner ${quote(provisioner)} is not a qualified name ([prefix/]name)`}]}function enumProblems(object,field,allowed){let value=object[field];if(value==null||typeof value=="string"&&allowed.includes(value))return[];let hint=field==="reclaimPolicy"&&value==="Recycle"?" (Recycle is not allowed for StorageClasses)":"";return[{path:[field],message:`${field} ${quote(value)} is not supported; use ${allowed.join(" or ")}${hint}`,fix:`${field}: ${allowed[0]}`}]}function parameterProblems(parameters){if(!isObject(parameters))return[];let problems=[],entries=Object.entries(parameters);entries.length>MAX_PARAMETERS&&problems.push({path:["parameters"],message:`parameters has ${entries.length} keys; at most ${MAX_PARAMETERS} are allowed`});let bytes=0;for(let[key,value]of entries)key===""&&problems.push({path:["parameters",key],message:"parameters may not have an empty key"}),bytes+=Buffer.byteLength(key)+Buffer.byteLength(typeof value=="string"?value:String(value??""));return bytes>MAX_PARAMETERS_BYTES&&problems.push({path:["parameters"],message:`parameters total ${bytes} bytes; at most ${MAX_PARAMETERS_BYTES} are allowed`}),problems}function termKey(term,path3,problems){let expressions=Array.isArray(term.matchLabelExpressions)?term.matchLabelExpressions:[],byKey=new Map;return expressions.forEach((expression,index)=>{if(!isObject(expression))return;let at2=[...path3,"matchLabelExpressions",index],key=typeof expression.key=="string"?expression.key:"",values=Array.isArray(expression.values)?expression.values.map(String):[];isQualifiedName(key)||problems.push({path:[...at2,"key"],message:`topology key ${quote(expression.key)} is not a qualified name`}),values.length===0&&problems.push({path:[...at2,"values"],message:`topology key ${quote(key)} must list at least one value`}),new Set(values).size!==values.length&&problems.push({path:[...at2,"values"],message:`topology key ${quote(key)} lists a value twice`}),byKey.has(key)&&problems.push({path:[...at2,"key"],message:`topology key ${quote(key)} appears twice in one term`}),byKey.set(key,[...new Set(values)].sort())}),JSON.stringify([...byKey.entries()].sort(([a],[b])=>a<b?-1:a>b?1:0))}function topologyProblems(topologies){if(!Array.isArray(topologies))return[];let problems=[],seen=new Map;return topologies.forEach((term,index)=>{if(!isObject(term))return;let key=termKey(term,["allowedTopologies",index],problems),first=seen.get(key);first!==void 0?problems.push({path:["allowedTopologies",index],message:`allowedTopologies[${index}] duplicates allowedTopologies[${first}]`,fix:`remove allowedTopologies[${index}]`}):seen.set(key,index)}),problems}function storageClassProblems(storageClass2){return[...provisionerProblems(storageClass2.provisioner),...enumProblems(storageClass2,"reclaimPolicy",RECLAIM_POLICIES),...enumProblems(storageClass2,"volumeBindingMode",BINDING_MODES),...parameterProblems(storageClass2.parameters),...topologyProblems(storageClass2.allowedTopologies)]}var storageclass_invalid_default={id:"storageclass-invalid",severity:"error",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StorageClass fails API validation: provisioner, reclaimPolicy, volumeBindingMode, parameters or allowedTopologies",why:"The API server rejects the StorageClass, so every claim that names it cannot be provisioned. Typical mistakes: `reclaimPolicy: Recycle` (allowed on PVs, never on StorageClasses), `volumeBindingMode: WaitForFirstConsumer` misspelt, a missing `provisioner`, duplicate `allowedTopologies` terms. Most of these fields are also immutable, so a wrong class must be deleted and re-created.",fix:"Use `reclaimPolicy: Delete` or `Retain`, `volumeBindingMode: Immediate` or `WaitForFirstConsumer`, a `provisioner` name such as `ebs.csi.aws.com` (or `kubernetes.io/no-provisioner`), and distinct `allowedTopologies` terms.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: nfs-retain
provisioner: nfs.csi.k8s.io
reclaimPolicy: Recycle # expect: storageclass-invalid/invalid@16
volumeBindingMode: WaitForFirstconsumer # expect: storageclass-invalid/invalid@20
allowVolumeExpansion: true
parameters:
  server: nfs.example.internal
  share: /exports
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: nfs-retain
provisioner: nfs.csi.k8s.io
reclaimPolicy: Retain
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
parameters:
  server: nfs.example.internal
  share: /exports
`},references:["pkg/apis/storage/validation/validation.go (ValidateStorageClass, validateProvisioner, validateParameters, validateReclaimPolicy, validateVolumeBindingMode, validateAllowedTopologies)","https://kubernetes.io/docs/concepts/storage/storage-classes/"],sources:[{tool:"Kubernetes API server",check:'ValidateStorageClass: "Unsupported value" for reclaimPolicy and volumeBindingMode',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/storage/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a StorageClass the API server rejects, and the claims that name it are never provisioned. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{invalid:"StorageClass {class} is rejected by the API server: {problem}"},check(context){for(let sc of context.model.storageClasses)for(let problem of storageClassProblems(sc.object))context.report({messageId:"invalid",data:{class:sc.name,problem:problem.message},resource:sc,path:problem.path,fix:problem.fix})}};var picksNewest=kubeVersion=>Number(kubeVersion.split(".")[1]??"0")>=26;function defaultAnnotationPath(sc){return["metadata","annotations",defaultClassAnnotations(storageClassObject(sc)).find(a=>a.value==="true")?.key??""]}var storageclass_multiple_defaults_default={id:"storageclass-multiple-defaults",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"More than one StorageClass is marked as the default",why:'Claims without `storageClassName` get the default class at creation. With several defaults, Kubernetes 1.26 and later pick the most recently created one (ties by name), which manifests cannot tell: the class claims end up with depends on the order objects were created in. Before 1.26 the admission plugin rejected such claims outright ("N default StorageClasses were found").',fix:'Keep `storageclass.kubernetes.io/is-default-class: "true"` on exactly one StorageClass; remove it (or set it to "false") on the others.',examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true" # expect: storageclass-multiple-defaults/several@50
provisioner: ebs.csi.aws.com
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
  annotations:
    storageclass.kubernetes.io/is-default-class: "true" # expect: storageclass-multiple-defaults/several@50
provisioner: ebs.csi.aws.com
parameters:
  type: io2
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
  annotations:
    storageclass.kubernetes.io/is-default-class: "false"
provisioner: ebs.csi.aws.com
parameters:
  type: io2
`},references:['pkg/volume/util/storageclass.go (GetDefaultClass: "choosing the newest")',"plugin/pkg/admission/storage/storageclass/setdefault/admission.go","https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/"],sources:[],whenNotToUse:"Turn it off when one run deliberately covers several clusters (an overlay per environment, each with its own default), since the rule sees one view; linting each environment on its own is the better fix."},messages:{several:"StorageClass {class} is a default StorageClass, and so {others}; {consequence}"},check(context){let{model}=context,byName=new Map;for(let sc of model.defaultStorageClasses)byName.has(sc.name)||byName.set(sc.name,sc);if(byName.size<2)return;let consequence2=picksNewest(model.options.kubeVersion)?"claims without a class get whichever was created last":`before Kubernetes 1.26 claims without a class are rejected ("${byName.size} default StorageClasses were found")`;for(let[name,sc]of byName){let others=[...byName.values()].filter(other=>other.name!==name);context.report({messageId:"several",data:{class:name,others:`${others.length===1?"is":"are"} ${others.map(o=>`StorageClass ${o.name}`).join(", ")}`,consequence:consequence2},resource:sc,path:defaultAnnotationPath(sc),related:others.map(o=>({resource:o,path:defaultAnnotationPath(o),message:`default StorageClass ${o.name}`})),fix:'keep is-default-class: "true" on one StorageClass only'})}}};var storageclass_no_expansion_default={id:"storageclass-no-expansion",severity:"info",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim (or claim template) uses a StorageClass without allowVolumeExpansion: true, so it can never grow",why:'The PersistentVolumeClaimResize admission plugin only lets a claim\'s storage request grow when its StorageClass has `allowVolumeExpansion: true`; otherwise the update is refused ("only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize"). A full disk then means a migration instead of an edit. The field can be changed on an existing StorageClass.',fix:"Set `allowVolumeExpansion: true` on the StorageClass if its driver supports expansion (most CSI drivers do).",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: pd.csi.storage.gke.io
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast # expect: storageclass-no-expansion/noExpansion@21
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: pd.csi.storage.gke.io
allowVolumeExpansion: true
parameters:
  type: pd-ssd
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: shop
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`},references:["plugin/pkg/admission/storage/persistentvolume/resize/admission.go (allowResize)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims"],sources:[],whenNotToUse:"Turn it off when the driver cannot expand volumes (some local, NFS and legacy drivers), or when fixed-size volumes are a deliberate cost limit."},messages:{noExpansion:"{claim} uses StorageClass {class}, which does not set allowVolumeExpansion: true; its size can never be increased"},check(context){let{model}=context;for(let spec of model.claimSpecs){let{declared}=spec.storageClass,storageClass2=model.storageClassFor(spec.storageClass);if(!storageClass2)continue;let sc=storageClassObject(storageClass2);!isDynamicClass(sc)||allowsExpansion(sc)||context.report({messageId:"noExpansion",data:{claim:spec.label,class:storageClass2.name},resource:spec.resource,path:declared===void 0?[...spec.path,"spec"]:[...spec.path,...spec.storageClass.path],related:[{resource:storageClass2,path:["metadata","name"],message:`StorageClass ${storageClass2.name}${declared===void 0?" (the default)":""}`}],fix:`allowVolumeExpansion: true on StorageClass ${storageClass2.name}`})}}};var sameSet=(a,b)=>a.length===b.length&&new Set(a).size===new Set(b).size&&a.every(x=>b.includes(x)),showClass=name=>name===""?'"" (no class)':`'${name}'`;function claimDifferences(existing,template,defaultClass){let differences=[],[want,have]=[claimRequest(template),claimRequest(existing)];want&&(!have||compareQuantities(have,want)<0)&&differences.push({field:"resources.requests.storage",want:describeQuantity(want),have:have?describeQuantity(have):"nothing",value:want.text});let[wantClass,haveClass]=[effectiveClaimClass(template,defaultClass),effectiveClaimClass(existing,defaultClass)];wantClass!==haveClass&&differences.push({field:"storageClassName",want:showClass(wantClass),have:showClass(haveClass),value:wantClass===""?'""':wantClass});let[wantModes,haveModes]=[claimAccessModes(template),claimAccessModes(existing)];sameSet(wantModes,haveModes)||differences.push({field:"accessModes",want:`[${wantModes.join(", ")}]`,have:`[${haveModes.join(", ")}]`,value:`[${wantModes.join(", ")}]`});let[wantMode,haveMode]=[volumeModeOf(template),volumeModeOf(existing)];return wantMode!==haveMode&&differences.push({field:"volumeMode",want:wantMode,have:haveMode,value:wantMode}),differences}function differencePath(claim,difference){switch(difference.field){case"resources.requests.storage":return["spec","resources","requests","storage"];case"storageClassName":return claim.storageClass.path;default:return["spec",difference.field]}}var sts_claim_precreated_mismatch_default={id:"sts-claim-precreated-mismatch",severity:"warning",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pre-created claim named like a StatefulSet claim differs from the volumeClaimTemplate that would have created it",why:"For each ordinal the StatefulSet controller looks for the claim `<template>-<statefulset>-<ordinal>` and, if it exists, uses it as is: size, class, access modes and volumeMode are never compared. A pre-seeded claim (a restore, a migration) that is smaller or of another class or mode silently wins over the template, and the pod runs on storage the StatefulSet does not describe; the spec of an existing claim cannot be changed afterwards except to grow it.",fix:"Make the pre-created claim match the template (same class, access modes and volumeMode, at least the template's size), or change the template to describe the storage you restore.",examples:{bad:{"statefulset.yaml":`apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  clusterIP: None
  selector: {app: db}
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 50Gi
`,"restored-claims.yaml":`apiVersion: v1
kind: PersistentVolume
metadata:
  name: restored-db-0
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/db-0
  claimRef:
    namespace: shop
    name: data-db-0
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-db-0
  namespace: shop
spec:
  storageClassName: ""
  volumeName: restored-db-0
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi # expect: sts-claim-precreated-mismatch/differs@16
`},good:{"statefulset.yaml":`apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  clusterIP: None
  selector: {app: db}
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 50Gi
`,"restored-claims.yaml":`apiVersion: v1
kind: PersistentVolume
metadata:
  name: restored-db-0
spec:
  capacity:
    storage: 50Gi
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  nfs:
    server: nfs.example.internal
    path: /exports/db-0
  claimRef:
    namespace: shop
    name: data-db-0
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-db-0
  namespace: shop
spec:
  storageClassName: ""
  volumeName: restored-db-0
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
`}},references:["pkg/controller/statefulset/stateful_pod_control.go (createPersistentVolumeClaims: an existing claim is used as is)","pkg/controller/statefulset/stateful_set_utils.go (getPersistentVolumeClaimName)","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates"],sources:[],whenNotToUse:"Turn it off when pre-created claims differ from the template on purpose, for example a restored replica that keeps a larger volume, and the difference is documented."},messages:{differs:"{claim} is adopted as is by StatefulSet {statefulSet} for ordinal {ordinal}, but its {differences}"},check(context){let{model}=context;for(let claim of model.claims){let adoption=claim.adoptedBy;if(!adoption||!model.isFirstCopy(claim))continue;let{statefulSet,template,templateName,templatePath:templatePath2,ordinal}=adoption,differences=claimDifferences(claim.object,template,model.defaultStorageClassName);differences.length!==0&&context.report({messageId:"differs",data:{claim:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`,statefulSet:`${statefulSet.namespace}/${statefulSet.name}`,ordinal,differences:differences.map(d=>`${d.field} is ${d.have} where template '${templateName}' asks for ${d.want}`).join("; its ")},resource:claim.resource,path:differencePath(claim,differences[0]),related:[{resource:statefulSet.resource,path:[...templatePath2,"metadata","name"],message:`volumeClaimTemplate '${templateName}' of StatefulSet ${statefulSet.namespace}/${statefulSet.name}`}],fix:`match the template: ${differences.map(d=>`${d.field}: ${d.value}`).join(", ")}`})}}};var serviceNameOf=workload=>nonEmptyString(objectOf(workload.resource.object.spec).serviceName);var statefulSets=model=>model.workloads.filter(w=>w.kind==="StatefulSet"&&!model.isFragment(w.resource)),inlineLabels=labels2=>`{${Object.entries(labels2).map(([k,v])=>`${k}: ${v}`).join(", ")}}`;var messages10={noName:"{template} of {sts} has no metadata.name; the claim and the pod volume need one",badName:"Claim template '{name}' of {sts} is not a DNS-1123 label (lower case letters, digits and '-', at most 63 characters); it becomes a pod volume name and pod creation fails",noModes:"Claim template '{name}' of {sts} has no accessModes; creating its claims fails (FailedCreate) and no pod starts",unknownMode:"Claim template '{name}' of {sts} asks for access mode '{mode}'; supported values are ReadWriteOnce, ReadOnlyMany, ReadWriteMany and ReadWriteOncePod",mixedRwop:"Claim template '{name}' of {sts} combines ReadWriteOncePod with other access modes, which a claim may not do",noStorage:"Claim template '{name}' of {sts} has no resources.requests.storage; creating its claims fails (FailedCreate) and no pod starts",badQuantity:"Claim template '{name}' of {sts} requests storage '{value}', which is not a valid quantity (e.g. 10Gi, 500M)",notPositive:"Claim template '{name}' of {sts} requests storage '{value}'; it must be greater than zero"},KNOWN_MODES=new Set(ACCESS_MODES);function checkName(context,sts,template){let base={resource:sts.resource,data:{sts:describeWorkload(sts)}};if(!template.name){context.report({...base,messageId:"noName",data:{...base.data,template:`volumeClaimTemplates[${template.index}]`},path:[...template.path,"metadata","name"]});return}return isDns1123Label(template.name)||context.report({...base,messageId:"badName",data:{...base.data,name:template.name},path:[...template.path,"metadata","name"]}),template.name}function checkModes(context,sts,template,name){let path3=[...template.path,"spec","accessModes"],data={sts:describeWorkload(sts),name},raw=objectOf(template.template.spec).accessModes,modes2=asAccessModes(raw);if(modes2.length===0){context.report({messageId:"noModes",data,resource:sts.resource,path:path3,fix:"accessModes: [ReadWriteOnce]"});return}let unknown=modes2.filter(mode=>!KNOWN_MODES.has(mode));for(let mode of unknown){let index=Array.isArray(raw)?raw.indexOf(mode):-1;context.report({messageId:"unknownMode",data:{...data,mode},resource:sts.resource,path:index>=0?[...path3,index]:path3})}modes2.includes("ReadWriteOncePod")&&modes2.length>1&&context.report({messageId:"mixedRwop",data,resource:sts.resource,path:path3,fix:"accessModes: [ReadWriteOncePod]"})}function checkStorage(context,sts,template,name){let path3=[...template.path,"spec","resources","requests","storage"],data={sts:describeWorkload(sts),name},value=objectOf(objectOf(objectOf(template.template.spec).resources).requests).storage;if(value==null){context.report({messageId:"noStorage",data,resource:sts.resource,path:path3,fix:"resources: {requests: {storage: 10Gi}}"});return}let parsed=parseQuantity(value);parsed.ok?isPositive(parsed.quantity)||context.report({messageId:"notPositive",data:{...data,value:parsed.quantity.text},resource:sts.resource,path:path3}):context.report({messageId:"badQuantity",data:{...data,value:String(value)},resource:sts.resource,path:path3})}var sts_claim_template_invalid_default={id:"sts-claim-template-invalid",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet claim template that would be an invalid PersistentVolumeClaim, or whose name is not a DNS-1123 label",why:"StatefulSet validation does not validate `volumeClaimTemplates`: the StatefulSet is accepted, and the controller then fails to create each replica's claim (`FailedCreate \u2026 spec.accessModes: Required value`, `spec.resources[storage]: Required value`, an invalid quantity), so no pod ever starts. The template's name also becomes a pod volume name, which must be a DNS-1123 label. `volumeClaimTemplates` cannot be changed on an existing StatefulSet, so the fix means deleting and re-creating it.",fix:"Give every template a lower-case `metadata.name`, at least one valid access mode (ReadWriteOncePod alone), and `resources.requests.storage` with a positive quantity such as `10Gi`.",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: minio
spec:
  clusterIP: None
  selector: {app: minio}
  ports:
    - {name: api, port: 9000}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: minio
spec:
  serviceName: minio
  replicas: 4
  selector:
    matchLabels: {app: minio}
  template:
    metadata:
      labels: {app: minio}
    spec:
      containers:
        - name: minio
          image: minio/minio:RELEASE.2024-10-13T13-34-11Z
          args: [server, "http://minio-{0...3}.minio.default.svc.cluster.local/data"]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec: # expect: sts-claim-template-invalid/noModes@7
        resources:
          requests:
            storage: 100Gi
`,good:`apiVersion: v1
kind: Service
metadata:
  name: minio
spec:
  clusterIP: None
  selector: {app: minio}
  ports:
    - {name: api, port: 9000}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: minio
spec:
  serviceName: minio
  replicas: 4
  selector:
    matchLabels: {app: minio}
  template:
    metadata:
      labels: {app: minio}
    spec:
      containers:
        - name: minio
          image: minio/minio:RELEASE.2024-10-13T13-34-11Z
          args: [server, "http://minio-{0...3}.minio.default.svc.cluster.local/data"]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 100Gi
`},references:["pkg/controller/statefulset/stateful_pod_control.go (createPersistentVolumeClaims: FailedCreate)","pkg/apis/core/validation/validation.go (ValidatePersistentVolumeClaimSpec, ValidateVolumes)","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates"],sources:[],whenNotToUse:"Keep it on even where server-side dry runs pass: StatefulSet validation does not look at the claim templates, a StatefulSet it reports never gets a pod, and its templates cannot be fixed in place."},messages:messages10,check(context){for(let sts of statefulSets(context.model))for(let template of claimTemplates(sts)){let name=checkName(context,sts,template)??`volumeClaimTemplates[${template.index}]`;checkModes(context,sts,template,name),checkStorage(context,sts,template,name)}}};var sts_claim_template_unmounted_default={id:"sts-claim-template-unmounted",severity:"warning",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet claim template that no container mounts, or a template volume that a claim template silently replaces",why:"The API contract says every `volumeClaimTemplates` entry \"must have at least one matching (by name) volumeMount in one container\". An unmounted template still creates (and bills for) one claim per replica while the data is written to the container's own filesystem and lost on restart \u2014 usually a typo or a mount left on another name. Separately, a pod template `volumes` entry with a claim template's name is replaced by the claim without a word (info): whatever it declared (an emptyDir, another claim) is never used.",fix:"Add a `volumeMounts` (or `volumeDevices`) entry with the claim template's name, or remove the template; rename or remove a template volume that shares a claim template's name.",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: kafka
spec:
  clusterIP: None
  selector: {app: kafka}
  ports:
    - {name: broker, port: 9092}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka
spec:
  serviceName: kafka
  replicas: 3
  selector:
    matchLabels: {app: kafka}
  template:
    metadata:
      labels: {app: kafka}
    spec:
      containers:
        - name: kafka
          image: apache/kafka:3.8.0
  volumeClaimTemplates:
    - metadata:
        name: logs # expect: sts-claim-template-unmounted/unmounted@15
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 100Gi
`,good:`apiVersion: v1
kind: Service
metadata:
  name: kafka
spec:
  clusterIP: None
  selector: {app: kafka}
  ports:
    - {name: broker, port: 9092}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka
spec:
  serviceName: kafka
  replicas: 3
  selector:
    matchLabels: {app: kafka}
  template:
    metadata:
      labels: {app: kafka}
    spec:
      containers:
        - name: kafka
          image: apache/kafka:3.8.0
          volumeMounts:
            - {name: logs, mountPath: /var/lib/kafka/data}
  volumeClaimTemplates:
    - metadata:
        name: logs
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 100Gi
`},references:["staging/src/k8s.io/api/apps/v1/types.go (StatefulSetSpec.volumeClaimTemplates)","pkg/controller/statefulset/stateful_set_utils.go (updateStorage)"],sources:[],whenNotToUse:"Turn it off when the claim is mounted by a container that a mutating webhook or operator adds at admission (a backup or log shipping sidecar), which the manifests do not show."},messages:{unmounted:"Claim template '{template}' of {sts} is mounted by no container; each replica gets a claim that holds no data",replaced:"Volume '{volume}' of {sts} has the name of a claim template and is replaced by the per-replica claim; what it declares is never used"},check(context){for(let sts of statefulSets(context.model)){let templates=claimTemplates(sts);if(templates.length===0)continue;let mounted=new Set(sts.containers.flatMap(mountsOf).flatMap(m=>m.volumeName??[])),names=new Set;for(let{name,path:path3}of templates)name&&(names.add(name),mounted.has(name)||context.report({messageId:"unmounted",data:{template:name,sts:describeWorkload(sts)},resource:sts.resource,path:[...path3,"metadata","name"],fix:`volumeMounts: [{name: ${name}, mountPath: \u2026}]`}));for(let{volume,path:path3}of sts.volumes)typeof volume.name!="string"||!names.has(volume.name)||context.report({messageId:"replaced",data:{volume:volume.name,sts:describeWorkload(sts)},resource:sts.resource,path:[...path3,"name"],severity:"info",fix:"remove this volume (the claim template provides it) or rename it"})}}};var MAX_STATEFULSET_NAME=52,sts_name_too_long_default={id:"sts-name-too-long",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet name longer than 52 characters (no pod is ever created) or not a DNS-1123 label",why:'Every StatefulSet pod carries the label `controller-revision-hash: <name>-<hash>` with a hash of up to 10 characters, and label values are limited to 63 characters. With a name of 53 to 63 characters the API server accepts the StatefulSet, but every pod creation fails with `metadata.labels: Invalid value: "<name>-58d5fbb889": must be no more than 63 characters` (kubernetes/kubernetes#64023). Names must also be DNS-1123 labels (lower case, digits and `-`, at most 63), otherwise the StatefulSet itself is rejected.',fix:"Shorten the name to 52 characters or less, in lower case letters, digits and `-`. Charts often build it from release and chart names: set `fullnameOverride`.",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: analytics
spec:
  clusterIP: None
  selector: {app: analytics}
  ports:
    - {name: http, port: 8080}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: production-eu-west-1-analytics-clickhouse-replica-set # expect: sts-name-too-long/tooLong@9
spec:
  serviceName: analytics
  replicas: 2
  selector:
    matchLabels: {app: analytics}
  template:
    metadata:
      labels: {app: analytics}
    spec:
      containers:
        - name: clickhouse
          image: clickhouse/clickhouse-server:24.8
`,good:`apiVersion: v1
kind: Service
metadata:
  name: analytics
spec:
  clusterIP: None
  selector: {app: analytics}
  ports:
    - {name: http, port: 8080}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: analytics-clickhouse
spec:
  serviceName: analytics
  replicas: 2
  selector:
    matchLabels: {app: analytics}
  template:
    metadata:
      labels: {app: analytics}
    spec:
      containers:
        - name: clickhouse
          image: clickhouse/clickhouse-server:24.8
`},references:["https://github.com/kubernetes/kubernetes/issues/64023","pkg/apis/apps/validation/validation.go (ValidateStatefulSetName)","pkg/controller/history/controller_history.go (ControllerRevisionName)"],sources:[],whenNotToUse:"Keep it on: a StatefulSet with a longer name never creates a pod. Turn it off only when the name is a placeholder that a later step shortens."},messages:{tooLong:"StatefulSet name '{name}' has {length} characters; above 52 the controller-revision-hash label '{name}-<hash>' exceeds 63 characters and no pod is ever created",invalid:"StatefulSet name '{name}' is not a DNS-1123 label (lower case letters, digits and '-', at most 63 characters); the API server rejects it"},check(context){for(let resource of context.model.ofKind("StatefulSet")){let name=resource.name;if(!name)continue;let base={resource,path:["metadata","name"]};isDns1123Label(name)?name.length>MAX_STATEFULSET_NAME&&context.report({...base,messageId:"tooLong",data:{name,length:name.length},fix:`shorten it by ${name.length-MAX_STATEFULSET_NAME} characters`}):context.report({...base,messageId:"invalid",data:{name}})}}};var FIELDS=["whenDeleted","whenScaled"],CONSEQUENCE={whenDeleted:"deleting the StatefulSet deletes every replica's claim",whenScaled:"scaling down deletes the claims of the removed replicas"},sts_retention_policy_default={id:"sts-retention-policy",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet persistentVolumeClaimRetentionPolicy value other than Retain or Delete, or Delete on claims whose volumes are deleted with them",why:"`whenDeleted` and `whenScaled` accept only `Retain` (the default) and `Delete`; anything else makes the API server reject the StatefulSet (error). `Delete` is valid but makes the controller own the claims: deleting the StatefulSet (whenDeleted) or scaling it down (whenScaled) deletes the claims, and when their StorageClass has `reclaimPolicy: Delete` (the default) the volumes and their data go too. A `kubectl delete -f` of a bundle, or a mistaken scale to 0, then destroys the data (info, so that it is a decision, not an accident).",fix:"Use `Retain` or `Delete` exactly. Keep `Retain` for data you cannot lose, or give the claims a StorageClass with `reclaimPolicy: Retain` so that deleting a claim leaves the volume behind.",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: nats
spec:
  clusterIP: None
  selector: {app: nats}
  ports:
    - {name: client, port: 4222}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: nats
spec:
  serviceName: nats
  replicas: 3
  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Retained # expect: sts-retention-policy/unsupported@18
    whenScaled: Retain
  selector:
    matchLabels: {app: nats}
  template:
    metadata:
      labels: {app: nats}
    spec:
      containers:
        - name: nats
          image: nats:2.10
          args: [--jetstream, --store_dir=/data]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`,good:`apiVersion: v1
kind: Service
metadata:
  name: nats
spec:
  clusterIP: None
  selector: {app: nats}
  ports:
    - {name: client, port: 4222}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: nats
spec:
  serviceName: nats
  replicas: 3
  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Retain
    whenScaled: Retain
  selector:
    matchLabels: {app: nats}
  template:
    metadata:
      labels: {app: nats}
    spec:
      containers:
        - name: nats
          image: nats:2.10
          args: [--jetstream, --store_dir=/data]
          volumeMounts:
            - {name: data, mountPath: /data}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`},references:["pkg/apis/apps/validation/validation.go (ValidatePersistentVolumeClaimRetentionPolicy)","pkg/controller/statefulset/stateful_set_utils.go (isClaimOwnerUpToDate, updateClaimOwnerRefForSetAndPod)","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention","https://kubernetes.io/docs/concepts/storage/storage-classes/#reclaim-policy"],sources:[{tool:"Kubernetes API server",check:"ValidatePersistentVolumeClaimRetentionPolicy",url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go"}],whenNotToUse:"Lower it, or turn it off, for StatefulSets whose data is disposable (caches, preview environments) and where `Delete` is a deliberate choice; keep it where losing the volumes on a scale-down would hurt."},messages:{unsupported:"{sts} sets persistentVolumeClaimRetentionPolicy.{field} to '{value}'; supported values are Retain and Delete",deletesData:"{sts} sets persistentVolumeClaimRetentionPolicy.{field}: Delete, so {consequence}, and StorageClass {classes} (reclaimPolicy Delete) deletes their volumes and data with them"},check(context){let{model}=context;for(let sts of statefulSets(model)){let policy=objectOf(objectOf(sts.resource.object.spec).persistentVolumeClaimRetentionPolicy);for(let field of FIELDS){let value=policy[field],path3=["spec","persistentVolumeClaimRetentionPolicy",field];if(value==null||value===""||value==="Retain")continue;if(value!=="Delete"){context.report({messageId:"unsupported",data:{sts:describeWorkload(sts),field,value:String(value)},resource:sts.resource,path:path3,fix:`${field}: Retain`});continue}let deleting=new Map;for(let{template}of claimTemplates(sts)){let className=model.claimClass(template).effective,storageClass2=model.storageClassFor(model.claimClass(template)),reclaim=storageClass2&&(objectOf(storageClass2.object).reclaimPolicy??"Delete");storageClass2&&reclaim==="Delete"&&deleting.set(className,storageClass2.name)}if(deleting.size===0)continue;let classes=[...deleting.keys()];context.report({messageId:"deletesData",data:{sts:describeWorkload(sts),field,consequence:CONSEQUENCE[field],classes:classes.map(c=>`'${c}'`).join(", ")},resource:sts.resource,path:path3,related:classes.flatMap(c=>{let sc=model.storageClass(c);return sc?[{resource:sc,path:["reclaimPolicy"],message:`StorageClass ${c}`}]:[]}),severity:"info",fix:`${field}: Retain, or a StorageClass with reclaimPolicy: Retain`})}}}};var SERVICE_NAME_PATH=["spec","serviceName"],MAX_DEPTH=12;function misplacedServiceName(value,path3=[],seen=new Set){if(typeof value!="object"||value===null||seen.has(value)||path3.length>MAX_DEPTH)return;seen.add(value);let entries=Array.isArray(value)?value.map((item,i)=>[i,item]):Object.entries(value);for(let[key,child]of entries){let childPath=[...path3,key];if(key==="serviceName"&&!(path3.length===1&&path3[0]==="spec")&&(typeof child=="string"||child===null))return childPath}for(let[key,child]of entries){let found=misplacedServiceName(child,[...path3,key],seen);if(found)return found}}var sts_service_not_found_default={id:"sts-service-not-found",severity:"warning",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet has no spec.serviceName, or no Service of that name exists in its namespace",why:"The StatefulSet controller gives every pod `hostname: <pod>` and `subdomain: <serviceName>`; the per-pod DNS names `<pod>.<serviceName>.<namespace>.svc` exist only when a headless Service of exactly that name lives in the same namespace. Nothing fails when it is missing: the pods run, but peers cannot find each other by name (database replication, quorum members, Kafka brokers). The API server accepts an empty `serviceName`, and a `serviceName` indented under `metadata` or at the top level is silently dropped.",fix:"Set `spec.serviceName` to the name of a headless Service (`clusterIP: None`) in the StatefulSet's namespace whose selector selects the pods, and add that Service. If the Service exists only in the cluster, lower this rule's severity.",examples:{bad:`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
spec:
  serviceName: zk-hs # expect: sts-service-not-found/notFound@16
  replicas: 3
  selector:
    matchLabels: {app: zk}
  template:
    metadata:
      labels: {app: zk}
    spec:
      containers:
        - name: zookeeper
          image: zookeeper:3.9
`,good:`apiVersion: v1
kind: Service
metadata:
  name: zk-hs
spec:
  clusterIP: None
  selector: {app: zk}
  ports:
    - {name: peer, port: 2888}
    - {name: election, port: 3888}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
spec:
  serviceName: zk-hs
  replicas: 3
  selector:
    matchLabels: {app: zk}
  template:
    metadata:
      labels: {app: zk}
    spec:
      containers:
        - name: zookeeper
          image: zookeeper:3.9
`},references:["pkg/controller/statefulset/stateful_set_utils.go (initIdentity: hostname and subdomain)","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations","https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields"],sources:[{tool:"kube-score",check:"statefulset-has-servicename",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"}],whenNotToUse:"Turn it off, or list the Services under `assume:`, when the pods never address each other by name (one replica whose clients use a normal Service), or when the governing Service is created outside the linted files."},messages:{noServiceName:"{sts} has no spec.serviceName, so its pods get no per-pod DNS names",misplaced:"{sts} has no spec.serviceName, but 'serviceName' is written at {at}; it belongs in spec, so its pods get no per-pod DNS names",notFound:"{sts} names the governing Service '{service}', which is not a Service in namespace '{namespace}'; its pods get no per-pod DNS names",otherNamespace:"{sts} names the governing Service '{service}', which exists only in {other}; it must be in the StatefulSet's namespace '{namespace}'"},check(context){let{model}=context;for(let sts of statefulSets(model)){let data={sts:describeWorkload(sts)},service=serviceNameOf(sts);if(!service){let spec=sts.resource.object.spec,misplaced=misplacedServiceName(sts.resource.object);if(misplaced)context.report({messageId:"misplaced",data:{...data,at:misplaced.length===1?"the top level":misplaced.join(".")},resource:sts.resource,path:misplaced,fix:"move serviceName under spec"});else{let written=isObject(spec)&&getIn(sts.resource.object,SERVICE_NAME_PATH)!==void 0;context.report({messageId:"noServiceName",data,resource:sts.resource,path:written?SERVICE_NAME_PATH:["spec"],fix:"serviceName: <a headless Service in this namespace>"})}continue}let named={...data,service,namespace:sts.namespace};reportMissingReference(context,{kind:"Service",namespace:sts.namespace,name:service,from:{resource:sts.resource,path:SERVICE_NAME_PATH}},{notFound:({didYouMean})=>({messageId:"notFound",data:named,fix:didYouMean??`add a headless Service '${service}' (clusterIP: None) selecting the pods`}),otherNamespace:({where})=>({messageId:"otherNamespace",data:{...named,other:where}})})}}};var sts_service_not_headless_default={id:"sts-service-not-headless",severity:"warning",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"The governing Service of a StatefulSet is not headless (clusterIP is not None)",why:"Cluster DNS publishes `<pod>.<subdomain>.<namespace>.svc` records only for pods behind a headless Service (`clusterIP: None`) named like the pod's subdomain. A Service with a cluster IP (the default) gets one virtual IP and no per-pod records, so StatefulSet members cannot address each other by their stable names. `clusterIP` cannot be changed on an existing Service; it has to be re-created.",fix:"Set `spec.clusterIP: None` on the governing Service (type ClusterIP), and keep a separate normal Service for clients that want one virtual IP.",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: mongo
spec: # expect: sts-service-not-headless/notHeadless@1
  selector: {app: mongo}
  ports:
    - {name: mongo, port: 27017}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mongo
spec:
  serviceName: mongo
  replicas: 3
  selector:
    matchLabels: {app: mongo}
  template:
    metadata:
      labels: {app: mongo}
    spec:
      containers:
        - name: mongo
          image: mongo:7
`,good:`apiVersion: v1
kind: Service
metadata:
  name: mongo
spec:
  clusterIP: None
  selector: {app: mongo}
  ports:
    - {name: mongo, port: 27017}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mongo
spec:
  serviceName: mongo
  replicas: 3
  selector:
    matchLabels: {app: mongo}
  template:
    metadata:
      labels: {app: mongo}
    spec:
      containers:
        - name: mongo
          image: mongo:7
`},references:["https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields","https://kubernetes.io/docs/concepts/services-networking/service/#headless-services","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id"],sources:[{tool:"kube-score",check:"statefulset-has-servicename",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"}],whenNotToUse:"Turn it off when the members never need per-pod DNS names (one replica, or peers that find each other through the Kubernetes API) and a Service with a cluster IP is what you want."},messages:{notHeadless:"Service {service} governs {sts} but is not headless ({actual}); DNS gives it one virtual IP and no per-pod records"},check(context){let{model}=context;for(let sts of statefulSets(model)){let service=model.governingService(sts);if(!service)continue;let spec=objectOf(service.object.spec);if(spec.clusterIP==="None")continue;let type=typeof spec.type=="string"&&spec.type!==""?spec.type:"ClusterIP",written=spec.clusterIP!==void 0&&spec.clusterIP!==null,actual=type==="ExternalName"?"type ExternalName":written?`clusterIP: ${String(spec.clusterIP)}`:`type ${type} without clusterIP: None, so a cluster IP is allocated`;context.report({messageId:"notHeadless",data:{service:`${service.namespace}/${service.name}`,sts:describeWorkload(sts),actual},resource:service,path:["spec","clusterIP"],related:[{resource:sts.resource,path:["spec","serviceName"],message:`serviceName of ${describeWorkload(sts)}`}],fix:type==="ClusterIP"?"clusterIP: None":"type: ClusterIP with clusterIP: None"})}}};var sts_service_selects_nothing_default={id:"sts-service-selects-nothing",severity:"warning",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"The governing Service of a StatefulSet has no selector, or its selector does not select the StatefulSet's pods",why:"Per-pod DNS records come from the endpoints of the headless Service: a pod gets `<pod>.<service>.<namespace>.svc` only when the Service selects it. A Service without a selector gets no endpoints from the control plane, and one whose selector asks for a label value the pod template does not carry selects nothing, so the StatefulSet members cannot resolve each other even though every object looks right.",fix:"Make the Service's `spec.selector` a subset of the StatefulSet's pod template labels (usually the same labels as `spec.selector.matchLabels`).",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: etcd
spec:
  clusterIP: None
  selector:
    app: etcd-cluster # expect: sts-service-selects-nothing/mismatch@10
  ports:
    - {name: peer, port: 2380}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  selector:
    matchLabels: {app: etcd}
  template:
    metadata:
      labels: {app: etcd}
    spec:
      containers:
        - name: etcd
          image: quay.io/coreos/etcd:v3.5.15
`,good:`apiVersion: v1
kind: Service
metadata:
  name: etcd
spec:
  clusterIP: None
  selector:
    app: etcd
  ports:
    - {name: peer, port: 2380}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  selector:
    matchLabels: {app: etcd}
  template:
    metadata:
      labels: {app: etcd}
    spec:
      containers:
        - name: etcd
          image: quay.io/coreos/etcd:v3.5.15
`},references:["https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields","https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors","pkg/controller/endpointslice (endpoints come from the selector)"],sources:[{tool:"kube-score",check:"statefulset-has-servicename",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"},{tool:"kube-score",check:"service-targets-pod",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"},{tool:"KubeLinter",check:"dangling-service",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"}],whenNotToUse:"Turn it off when the governing Service has no selector on purpose and its endpoints are managed by hand or by a controller, as some operators do."},messages:{noSelector:"Service {service} governs {sts} but has no selector, so it has no endpoints and the pods get no DNS records",mismatch:"Service {service} governs {sts} but selects {selector}, while the pods are labelled {labels} ('{key}' differs); it has no endpoints and the pods get no DNS records"},check(context){let{model}=context;for(let sts of statefulSets(model)){let service=model.governingService(sts);if(!service)continue;let spec=objectOf(service.object.spec);if(spec.type==="ExternalName")continue;let selector=asLabels(spec.selector),base={service:`${service.namespace}/${service.name}`,sts:describeWorkload(sts)},related=[{resource:sts.resource,path:["spec","template","metadata","labels"],message:`pod labels of ${describeWorkload(sts)}`}];if(Object.keys(selector).length===0){context.report({messageId:"noSelector",data:base,resource:service,path:["spec","selector"],related,fix:`selector: ${inlineLabels(sts.podLabels)}`});continue}if(matchesEqualitySelector(sts.podLabels,selector))continue;let key=Object.keys(selector).find(k=>sts.podLabels[k]!==selector[k])??"";context.report({messageId:"mismatch",data:{...base,selector:inlineLabels(selector),labels:inlineLabels(sts.podLabels),key},resource:service,path:["spec","selector",key],related,fix:key in sts.podLabels?`${key}: ${sts.podLabels[key]}`:`drop '${key}' from the selector or add it to the pod labels`})}}};var OPERATORS=new Set(["In","NotIn","Exists","DoesNotExist"]),isSet2=value=>value!=null,isNegative=value=>typeof value=="number"&&value<0,messages11={noSelector:"{sts} has no spec.selector; the API server requires one",emptySelector:'{sts} has an empty spec.selector ("empty selector is invalid for statefulset")',selectorMismatch:'{sts} has a spec.selector that does not match its template labels {labels} ("selector does not match template labels")',restartPolicy:"{sts} sets restartPolicy '{value}' in its pod template; StatefulSet pods only support Always",activeDeadline:"{sts} sets activeDeadlineSeconds in its pod template, which StatefulSets forbid",negative:"{sts} sets {field} to {value}; it must be 0 or more",podManagementPolicy:"{sts} sets podManagementPolicy '{value}'; supported values are OrderedReady and Parallel",updateStrategy:"{sts} sets updateStrategy.type '{value}'; supported values are RollingUpdate and OnDelete",rollingUpdateWithOnDelete:"{sts} sets updateStrategy.rollingUpdate with type OnDelete; rollingUpdate is only allowed for updateStrategy 'RollingUpdate'"};function checkSelector(context,sts){let data={sts:describeWorkload(sts)},spec=objectOf(sts.resource.object.spec);if(!isSet2(spec.selector)){if(sts.resource.apiVersion==="apps/v1beta1")return;context.report({messageId:"noSelector",data,resource:sts.resource,path:["spec","selector"],fix:`selector: {matchLabels: ${inlineLabels(sts.podLabels)}}`});return}let selector=objectOf(spec.selector),matchLabels=asLabels(selector.matchLabels),expressions=objectsOf(selector.matchExpressions);if(Object.keys(matchLabels).length===0&&expressions.length===0){context.report({messageId:"emptySelector",data,resource:sts.resource,path:["spec","selector"]});return}expressions.some(e=>typeof e.key!="string"||!OPERATORS.has(e.operator))||matchesSelector(sts.podLabels,{matchLabels,matchExpressions:expressions})||context.report({messageId:"selectorMismatch",data:{...data,labels:inlineLabels(sts.podLabels)},resource:sts.resource,path:["spec","selector"],related:[{resource:sts.resource,path:[...sts.specPath.slice(0,-1),"metadata","labels"],message:`template labels of ${describeWorkload(sts)}`}]})}function checkTemplate(context,sts){let data={sts:describeWorkload(sts)},{restartPolicy,activeDeadlineSeconds}=sts.spec;isSet2(restartPolicy)&&restartPolicy!==""&&restartPolicy!=="Always"&&context.report({messageId:"restartPolicy",data:{...data,value:String(restartPolicy)},resource:sts.resource,path:[...sts.specPath,"restartPolicy"],fix:"restartPolicy: Always (or leave it out)"}),isSet2(activeDeadlineSeconds)&&context.report({messageId:"activeDeadline",data,resource:sts.resource,path:[...sts.specPath,"activeDeadlineSeconds"],fix:"remove activeDeadlineSeconds"})}function checkFields(context,sts){let data={sts:describeWorkload(sts)},spec=objectOf(sts.resource.object.spec),strategy=objectOf(spec.updateStrategy),negatives=[["replicas",["spec","replicas"],spec.replicas],["minReadySeconds",["spec","minReadySeconds"],spec.minReadySeconds],["ordinals.start",["spec","ordinals","start"],objectOf(spec.ordinals).start],["updateStrategy.rollingUpdate.partition",["spec","updateStrategy","rollingUpdate","partition"],objectOf(strategy.rollingUpdate).partition]];for(let[field,path3,value]of negatives)isNegative(value)&&context.report({messageId:"negative",data:{...data,field,value:String(value)},resource:sts.resource,path:path3});let policy=spec.podManagementPolicy;isSet2(policy)&&policy!==""&&policy!=="OrderedReady"&&policy!=="Parallel"&&context.report({messageId:"podManagementPolicy",data:{...data,value:String(policy)},resource:sts.resource,path:["spec","podManagementPolicy"]});let type=strategy.type;isSet2(type)&&type!==""&&type!=="RollingUpdate"&&type!=="OnDelete"&&context.report({messageId:"updateStrategy",data:{...data,value:String(type)},resource:sts.resource,path:["spec","updateStrategy","type"]}),type==="OnDelete"&&isObject(strategy.rollingUpdate)&&context.report({messageId:"rollingUpdateWithOnDelete",data,resource:sts.resource,path:["spec","updateStrategy","rollingUpdate"],fix:"remove updateStrategy.rollingUpdate"})}var sts_spec_invalid_default={id:"sts-spec-invalid",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet spec the API server rejects: selector, restartPolicy, activeDeadlineSeconds, negative counts, unknown policies",why:"`ValidateStatefulSetSpec` rejects the whole StatefulSet when `spec.selector` is missing or empty or does not match the template labels, when the pod template sets a `restartPolicy` other than Always or any `activeDeadlineSeconds`, when `replicas`, `minReadySeconds`, `ordinals.start` or `partition` is negative, when `podManagementPolicy` or `updateStrategy.type` is not a supported value, or when `rollingUpdate` is given with `OnDelete`. `kubectl apply` fails, and in a bundle applied by a pipeline everything after it may not be applied either. `selector` cannot be changed later, so getting it right matters.",fix:"Give `spec.selector.matchLabels` a subset of the template labels, leave `restartPolicy` out (or Always), drop `activeDeadlineSeconds`, and use OrderedReady/Parallel and RollingUpdate/OnDelete.",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  clusterIP: None
  selector: {app: redis}
  ports:
    - {name: redis, port: 6379}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 3
  podManagementPolicy: Paralel # expect: sts-spec-invalid/podManagementPolicy@24
  selector: # expect: sts-spec-invalid/selectorMismatch@3
    matchLabels: {app: redis-cluster}
  template:
    metadata:
      labels: {app: redis}
    spec:
      restartPolicy: OnFailure # expect: sts-spec-invalid/restartPolicy@22
      containers:
        - name: redis
          image: redis:7
`,good:`apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  clusterIP: None
  selector: {app: redis}
  ports:
    - {name: redis, port: 6379}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 3
  podManagementPolicy: Parallel
  selector:
    matchLabels: {app: redis}
  template:
    metadata:
      labels: {app: redis}
    spec:
      containers:
        - name: redis
          image: redis:7
`},references:["pkg/apis/apps/validation/validation.go (ValidateStatefulSetSpec, ValidatePodTemplateSpecForStatefulSet)","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector"],sources:[{tool:"Kubernetes API server",check:'ValidateStatefulSetSpec: "`selector` does not match template `labels`"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages11,check(context){for(let sts of statefulSets(context.model))checkSelector(context,sts),checkTemplate(context,sts),checkFields(context,sts)}};var sts_volume_mount_not_found_default={id:"sts-volume-mount-not-found",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet container mounts a volume that is neither a template volume nor a volumeClaimTemplates entry",why:"For Deployments, Jobs and DaemonSets the API server rejects a mount of an unknown volume. StatefulSet validation does not check the pod template's mounts (the claim-template volumes are only added per pod), so the StatefulSet is accepted and then every pod creation fails: `FailedCreate \u2026 spec.containers[0].volumeMounts[0].name: Not found`. The StatefulSet shows 0 ready replicas with no pod to look at.",fix:"Name the mount after a `volumes` entry of the template or a `volumeClaimTemplates` entry (the claim template's `metadata.name`), or add the missing volume.",examples:{bad:`apiVersion: v1
kind: Service
metadata:
  name: pg
spec:
  clusterIP: None
  selector: {app: pg}
  ports:
    - {name: sql, port: 5432}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: pg
spec:
  serviceName: pg
  replicas: 1
  selector:
    matchLabels: {app: pg}
  template:
    metadata:
      labels: {app: pg}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - name: pgdata # expect: sts-volume-mount-not-found/unknown@21
              mountPath: /var/lib/postgresql/data
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`,good:`apiVersion: v1
kind: Service
metadata:
  name: pg
spec:
  clusterIP: None
  selector: {app: pg}
  ports:
    - {name: sql, port: 5432}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: pg
spec:
  serviceName: pg
  replicas: 1
  selector:
    matchLabels: {app: pg}
  template:
    metadata:
      labels: {app: pg}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`},references:["pkg/apis/apps/validation/validation.go (ValidatePodTemplateSpecForStatefulSet: pod validation left as a TODO)","pkg/controller/statefulset/stateful_set_utils.go (updateStorage)"],sources:[{tool:"Kubevious",check:"container-volume-mount-ref"}],whenNotToUse:"Keep it on: every pod creation of the StatefulSet fails while a mount names nothing, and the API server accepts the StatefulSet. Turn it off only if a mutating webhook adds the volume at admission."},messages:{unknown:"Container '{container}' of {sts} mounts '{volume}' ({list}), which is neither a template volume nor a volumeClaimTemplates entry; every pod creation fails with 'Not found'"},check(context){for(let sts of statefulSets(context.model)){let known=claimTemplateNames(sts);for(let{volume}of sts.volumes)typeof volume.name=="string"&&known.add(volume.name);for(let mount of sts.containers.flatMap(mountsOf)){if(!mount.volumeName||known.has(mount.volumeName))continue;let suggestion=closest(mount.volumeName,known);context.report({messageId:"unknown",data:{container:mount.containerName,sts:describeWorkload(sts),volume:mount.volumeName,list:mount.list},resource:sts.resource,path:[...mount.path,"name"],fix:suggestion?`did you mean '${suggestion}'?`:void 0})}}}};var FIELDS2=["subPath","subPathExpr"],subpath_invalid_default={id:"subpath-invalid",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A volumeMount subPath or subPathExpr that is absolute, climbs out with `..`, or both fields set",why:"The API server rejects the pod or pod template: `subPath` and `subPathExpr` must be relative paths without a `..` element (`validateLocalDescendingPath`), and they are mutually exclusive. Ephemeral (debug) containers may not use either. The kubelet checks the expanded `subPathExpr` again when it starts the container.",fix:"Write the path relative to the volume root (`config/app.yaml`, not `/config/app.yaml`), without `..`; keep only one of `subPath` and `subPathExpr`.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
immutable: true
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx/nginx.conf
          subPath: /nginx.conf # expect: subpath-invalid/absolute@20
  volumes:
    - name: config
      configMap:
        name: web-config
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
immutable: true
data:
  nginx.conf: |
    events {}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx
  volumes:
    - name: config
      configMap:
        name: web-config
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumeMounts, validateLocalDescendingPath, validatePathNoBacksteps, validateEphemeralContainers)","https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath"],sources:[{tool:"Kubernetes API server",check:`validateLocalDescendingPath: "must be a relative path", "must not contain '..'"`,url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{absolute:"{container} mounts volume '{volume}' with {field} '{value}', which must be a relative path",backsteps:"{container} mounts volume '{volume}' with {field} '{value}', which contains a '..' element",both:"{container} mounts volume '{volume}' with both subPath and subPathExpr; they are mutually exclusive",ephemeral:"{container} is an ephemeral container and mounts volume '{volume}' with {field}, which ephemeral containers may not use"},check(context){for(let workload of context.model.workloads)for(let container of workload.containers)for(let mount of mountsOf(container)){if(mount.kind!=="mount")continue;let base={container:describeContainer(workload,mount),volume:mount.volumeName??""},at2=field=>({resource:workload.resource,path:[...mount.path,field]}),present=FIELDS2.filter(field=>nonEmptyString(mount.entry[field])!==void 0);if(mount.ephemeral){for(let field of present)context.report({messageId:"ephemeral",data:{...base,field},...at2(field)});continue}present.length===2&&context.report({messageId:"both",data:base,...at2("subPathExpr"),fix:"keep one of subPath and subPathExpr"});for(let field of present){let value=mount.entry[field];for(let problem of localDescendingPathProblems(value)){let relative=value.replace(/^\/+/,"");context.report({messageId:problem,data:{...base,field,value},...at2(field),fix:problem==="absolute"&&relative&&localDescendingPathProblems(relative).length===0?`${field}: ${relative}`:void 0})}}}}};var FIXED_POD_FIELDS=new Set(["metadata.name","metadata.namespace","metadata.uid"]);function isStatic(projection,model,namespace){if(projection.kind==="downwardAPI")return indexedObjectsOf(projection.source.items).every(([item])=>FIXED_POD_FIELDS.has(String(objectOf(item.fieldRef).fieldPath)));if(projection.kind!=="configMap"&&projection.kind!=="secret")return!1;let kind=projection.kind==="configMap"?"ConfigMap":"Secret",name=nonEmptyString(projection.source.name)??nonEmptyString(projection.source.secretName);return name!==void 0&&model.find(kind,name,namespace)?.object.immutable===!0}function missed(projection){switch(projection.kind){case"downwardAPI":return"changes to the pod's labels, annotations or resources";case"serviceAccountToken":return"the rotated service account token (the one it has expires)";default:return`changes to ${projection.label}`}}function isLongRunning(workload,view){return workload.kind==="Job"||workload.kind==="CronJob"?!1:view.path[workload.specPath.length]!=="initContainers"||view.container.restartPolicy==="Always"}var subpath_no_live_update_default={id:"subpath-no-live-update",severity:"info",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A ConfigMap, Secret, downwardAPI or projected volume is mounted with `subPath`, so the file never receives updates",why:"The kubelet refreshes these volumes by swapping a `..data` symlink inside the volume directory. A `subPath` mount binds one file or directory of the volume as it was when the container started, so later changes to the ConfigMap or Secret, to the pod's labels and annotations, or a rotated service account token never reach the container; it keeps the old content until it restarts. Immutable ConfigMaps and Secrets, fixed pod fields (name, namespace, uid), init containers that run to completion and Job/CronJob pods (each run starts with fresh content) are not reported.",fix:"Mount the volume without `subPath` on a directory of its own and point the program at the file there, or restart the pods when the content changes (for example with a checksum annotation on the pod template), or mark the ConfigMap/Secret `immutable: true` to document that it does not change.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  default.conf: |
    server { listen 80; }
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx/conf.d/default.conf
          subPath: default.conf # expect: subpath-no-live-update/subPath@20
  volumes:
    - name: config
      configMap:
        name: web-config
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  default.conf: |
    server { listen 80; }
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx/conf.d
  volumes:
    - name: config
      configMap:
        name: web-config
`},references:["https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath","https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically","pkg/volume/util/atomic_writer.go (updates swap the ..data symlink)"],sources:[],whenNotToUse:"Turn it off when pods are restarted on every configuration change anyway (a checksum annotation, Reloader, a GitOps tool that rolls the workload), so the missing live update never matters."},messages:{subPath:"Container '{container}' of {workload} mounts volume '{volume}' ({source}) with {field} '{subPath}', so it will not see {missed}"},check(context){let{model}=context;for(let workload of model.workloads){let byName=new Map;for(let volume of workload.volumes)typeof volume.volume.name=="string"&&byName.set(volume.volume.name,volume);for(let view of workload.containers)if(isLongRunning(workload,view))for(let[mount,index]of indexedObjectsOf(view.container.volumeMounts)){let field=nonEmptyString(mount.subPath)?"subPath":nonEmptyString(mount.subPathExpr)?"subPathExpr":void 0,volume=typeof mount.name=="string"?byName.get(mount.name):void 0;if(!field||!volume)continue;let projections=projectionsOf(volume.volume),changing=projections.filter(p=>!isStatic(p,model,workload.namespace));if(changing.length===0)continue;let related=[{resource:workload.resource,path:[...volume.path,"name"],message:`volume '${mount.name}'`}];for(let ref of objectReferencesOf(volume.volume)){let object=model.find(ref.kind,ref.name,workload.namespace);object&&related.push({resource:object,path:["metadata","name"],message:`${ref.kind} ${workload.namespace}/${ref.name}`})}context.report({messageId:"subPath",data:{container:String(view.container.name??""),workload:describeWorkload(workload),volume:mount.name,source:projections.map(p=>p.label).join(" + "),field,subPath:String(mount[field]),missed:changing.map(missed).join(", ")},resource:workload.resource,path:[...view.path,"volumeMounts",index,field],related,fix:"mount the volume on a directory without subPath, or roll the pods when the content changes (checksum annotation)"})}}}};var unused_suppression_default={id:"unused-suppression",severity:"warning",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A suppression comment or annotation that silences nothing",why:"A stale `# kstorelint-disable-\u2026` comment or `kstorelint.io/ignore` annotation hides nothing today, but it will silently hide the next real problem of that rule on that line or object. A directive naming an unknown rule is usually a typo, so the finding it was meant for is still reported.",fix:"Remove the directive, or correct the rule id it names.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast # kstorelint-disable-line claim-not-found # expect: unused-suppression/unused@14
`,good:`apiVersion: v1
kind: Pod
metadata:
  name: scratch
spec:
  containers:
    - name: app
      image: busybox:1.36
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
      persistentVolumeClaim:
        # kstorelint-disable-next-line claim-not-found -- created by the backup operator
        claimName: restored-data
`},references:["https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments"],sources:[{tool:"ESLint",check:"reportUnusedDisableDirectives",url:"https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments"}],whenNotToUse:"Turn it off when the same files are linted with different rule sets (a directive used by one configuration looks unused to the other), or for one run while upgrading kstorelint changes where findings point."},messages:{unused:"{detail}"},check(){}};function modeOf(claimObject){let mode=objectOf(objectOf(claimObject).spec).volumeMode;return mode==null||mode==="Filesystem"?"Filesystem":mode==="Block"?"Block":void 0}function volumeModes(model,workload){let uses=model.volumeClaims(workload),templates=new Map(uses.flatMap(use=>use.naming==="template"?[[use.volumeName,use]]:[])),volumes=volumesByName(workload),withMode=(mode,claim,resource,path3)=>mode?{kind:"claim",mode,claim,resource,modePath:[...path3,"spec","volumeMode"]}:void 0;return{lookup(name){let template=templates.get(name);if(template)return withMode(modeOf(template.template),`claim template '${name}'`,workload.resource,template.volumePath);let volume=volumes.get(name);if(!volume)return;let raw=volume.volume,source=volumeSourceOf(raw);if(source==="persistentVolumeClaim"){let claims=uses.find(u=>u.naming==="claimName"&&u.volumePath===volume.path)?.claims.map(({claim:claim2})=>claim2)??[],modes2=new Set(claims.map(c=>modeOf(c.object)));if(claims.length===0||modes2.size>1)return;let[claim]=claims,label2=claim.origin==="object"?`PersistentVolumeClaim ${claim.namespace}/${claim.name}`:`claim '${claim.name}'`;return withMode(modeOf(claim.object),label2,claim.resource,claim.path)}if(source==="ephemeral"){let template2=objectOf(raw.ephemeral).volumeClaimTemplate;return isObject(template2)?withMode(modeOf(template2),`the ephemeral claim template of volume '${name}'`,workload.resource,[...volume.path,"ephemeral","volumeClaimTemplate"]):void 0}return{kind:"other",source,resource:workload.resource,path:[...volume.path,source]}}}}var messages12={blockMounted:"{container} lists volume '{volume}' in volumeMounts, but {claim} has volumeMode Block; a block volume can only be attached through volumeDevices",filesystemDevice:"{container} lists volume '{volume}' in volumeDevices, but {claim} has volumeMode Filesystem; only a Block claim can be a raw device",deviceNotClaim:"{container} uses volume '{volume}' as a block device, but its source is {source}; only claim templates, persistentVolumeClaim and ephemeral volumes can be block devices",relativeDevicePath:"{container} attaches block device '{volume}' at '{path}', which is not an absolute path; the kubelet refuses to start the container",devicePathBacksteps:"{container} attaches block device '{volume}' at '{path}', which contains a '..' element"};function checkDevicePath(context,workload,mount){if(mount.kind!=="device"||!mount.target)return;let data={container:describeContainer(workload,mount),volume:mount.volumeName??"",path:mount.target},at2={resource:workload.resource,path:[...mount.path,"devicePath"]};hasBacksteps(mount.target)?context.report({...at2,messageId:"devicePathBacksteps",data}):isAbsolutePath(mount.target)||context.report({...at2,messageId:"relativeDevicePath",data,fix:`devicePath: /${mount.target.replace(/^\.\//,"")}`})}function checkMode(context,workload,modes2,mount){if(!mount.volumeName)return;let target=modes2.lookup(mount.volumeName);if(!target)return;let data={container:describeContainer(workload,mount),volume:mount.volumeName},at2={resource:workload.resource,path:[...mount.path,"name"]};if(target.kind==="other"){mount.kind==="device"&&workload.kind==="StatefulSet"&&context.report({...at2,messageId:"deviceNotClaim",data:{...data,source:target.source},related:[{resource:target.resource,path:target.path,message:`volume '${mount.volumeName}'`}]});return}let related=[{resource:target.resource,path:target.modePath,message:`volumeMode of ${target.claim}`}];mount.kind==="mount"&&target.mode==="Block"?context.report({...at2,messageId:"blockMounted",data:{...data,claim:target.claim},related,fix:`volumeDevices: [{name: ${mount.volumeName}, devicePath: /dev/xvda}]`}):mount.kind==="device"&&target.mode==="Filesystem"&&context.report({...at2,messageId:"filesystemDevice",data:{...data,claim:target.claim},related,fix:"volumeMode: Block on the claim, or mount it with volumeMounts"})}var volume_mode_usage_default={id:"volume-mode-usage",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A Block claim in volumeMounts, a Filesystem claim in volumeDevices, or a devicePath that is relative or climbs out with `..`",why:'A claim\'s `volumeMode` decides how a container gets it: `Filesystem` (the default) through `volumeMounts`, `Block` through `volumeDevices` with an absolute `devicePath`. The kubelet checks this before it starts the pod ("volume X has volumeMode Block, but is specified in volumeMounts", and the reverse), so the pod hangs in ContainerCreating; it refuses a relative `devicePath` ("must be an absolute path"), and the API server rejects a `devicePath` with a `..` element. In a StatefulSet a device must name a claim template, a persistentVolumeClaim or an ephemeral volume (for other workloads `volume-mount-not-found` checks that). Name and path clashes between mounts and devices are `mount-path-conflict`\'s.',fix:"List Block claims under `volumeDevices` with an absolute `devicePath` (e.g. `/dev/xvda`) and Filesystem claims under `volumeMounts`, or change the claim's `volumeMode` (which is immutable: re-create the claim).",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: raw-disk
spec:
  storageClassName: gp3
  volumeMode: Block
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: postgres:16
      volumeMounts:
        - name: data # expect: volume-mode-usage/blockMounted@17
          mountPath: /var/lib/postgresql/data
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: raw-disk
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: raw-disk
spec:
  storageClassName: gp3
  volumeMode: Block
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: postgres:16
      volumeDevices:
        - name: data
          devicePath: /dev/xvda
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: raw-disk
`},references:["pkg/kubelet/volumemanager/populator/desired_state_of_world_populator.go (createVolumeSpec: volumeMode mismatch with volumeMounts/volumeDevices)","pkg/kubelet/kubelet_pods.go (makeBlockVolumes: must be an absolute path)","pkg/apis/core/validation/validation.go (ValidateVolumeDevices)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#raw-block-volume-support"],sources:[],whenNotToUse:"Keep it on: a pod it reports does not start. Turn it off only when the claims in the files have another volumeMode than the claims in the cluster."},messages:messages12,check(context){for(let workload of context.model.workloads){if(context.model.isFragment(workload.resource)!==void 0)continue;let modes2=volumeModes(context.model,workload);for(let container of workload.containers)for(let mount of mountsOf(container))checkDevicePath(context,workload,mount),checkMode(context,workload,modes2,mount)}}};var listNames3=names=>names.length===0?"the pod has no volumes":`its volumes are '${names.join("', '")}'`,volume_mount_not_found_default={id:"volume-mount-not-found",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A volumeMount or volumeDevice names a volume the pod does not have",why:'The API server rejects the pod (or the Deployment, Job, \u2026 whose template it is) with `volumeMounts[0].name: Not found`: every mount and device must name an entry of `spec.volumes`. A block device (`volumeDevices`) must moreover be a persistentVolumeClaim or ephemeral volume ("can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"). StatefulSets are checked by `sts-volume-mount-not-found`, because their mounts may also name volumeClaimTemplates.',fix:"Fix the name in the mount, or add the volume to `spec.volumes` (names are case-sensitive). For `volumeDevices`, use a persistentVolumeClaim or ephemeral volume with `volumeMode: Block`.",examples:{bad:`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: html
          mountPath: /usr/share/nginx/html
        - name: cache # expect: volume-mount-not-found/mountUnknown@17
          mountPath: /var/cache/nginx
  volumes:
    - name: html
      emptyDir: {}
    - name: nginx-cache
      emptyDir: {}
`,good:`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: html
          mountPath: /usr/share/nginx/html
        - name: nginx-cache
          mountPath: /var/cache/nginx
  volumes:
    - name: html
      emptyDir: {}
    - name: nginx-cache
      emptyDir: {}
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumeMounts: IsMatchedVolume; ValidateVolumeDevices: isMatchedDevice)","https://kubernetes.io/docs/concepts/storage/volumes/"],sources:[{tool:"Kubevious",check:"container-volume-mount-ref"},{tool:"Kubernetes API server",check:'ValidateVolumeMounts: volumeMounts[].name "Not found"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Turn it off only when a mutating webhook injects the named volume at admission (service mesh or secret injectors); otherwise the API server rejects the workload."},messages:{mountUnknown:"{container} mounts volume '{volume}', which is not a volume of the pod; {volumes}",deviceUnknown:"{container} uses volume '{volume}' as a block device, but it is not a volume of the pod; {volumes}",deviceNotClaim:"{container} uses volume '{volume}' as a block device, but it is a {source} volume; only persistentVolumeClaim and ephemeral volumes can be block devices"},check(context){for(let workload of context.model.workloads){if(workload.kind==="StatefulSet"||context.model.isFragment(workload.resource)!==void 0)continue;let volumes=volumesByName(workload),names=[...volumes.keys()];for(let container of workload.containers)for(let mount of mountsOf(container)){if(!mount.volumeName)continue;let at2={resource:workload.resource,path:[...mount.path,"name"]},subject=describeContainer(workload,mount),volume=volumes.get(mount.volumeName);if(!volume){let suggestion=closest(mount.volumeName,names);context.report({messageId:mount.kind==="mount"?"mountUnknown":"deviceUnknown",data:{container:subject,volume:mount.volumeName,volumes:listNames3(names)},...at2,fix:suggestion?`did you mean '${suggestion}'?`:void 0});continue}let source=volumeSourceOf(volume.volume);mount.kind==="device"&&source&&source!=="persistentVolumeClaim"&&source!=="ephemeral"&&context.report({messageId:"deviceNotClaim",data:{container:subject,volume:mount.volumeName,source},...at2,related:[{resource:workload.resource,path:[...volume.path,source],message:`volume '${mount.volumeName}'`}],fix:"mount it with volumeMounts, or use a persistentVolumeClaim with volumeMode: Block"})}}}};var messages13={nameMissing:"Volume #{index} of {workload} has no name",nameInvalid:"Volume name '{volume}' of {workload} is not a DNS-1123 label (at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit)",nameDuplicate:"Volume name '{volume}' of {workload} is used twice (volumes #{first} and #{index})",severalSources:"Volume '{volume}' of {workload} sets both {first} and {source}; a volume has exactly one source",required:"Volume '{volume}' of {workload} has {source} without {field}, which is required",hostPathType:"Volume '{volume}' of {workload} has hostPath type '{value}', which is not one of {types}",backsteps:"Volume '{volume}' of {workload} has {source}.{field} '{value}', which contains a '..' element",notAbsolute:"Volume '{volume}' of {workload} has {source}.{field} '{value}', which must be an absolute path",negativeSize:"Volume '{volume}' of {workload} has emptyDir sizeLimit '{value}', which is negative",csiDriverName:"Volume '{volume}' of {workload} has CSI driver '{value}', which is not a valid driver name (a DNS subdomain of at most 63 characters)"},TYPES_TEXT=HOST_PATH_TYPES.filter(Boolean).join(", ")+' or ""',hostPathTypeHint=value=>HOST_PATH_TYPES.find(t=>t!==""&&t.toLowerCase()===value.toLowerCase());function reportSourceProblem(context,workload,volumePath,base,problem){let at2={resource:workload.resource,path:[...volumePath,...problem.path]};switch(problem.code){case"several-sources":context.report({messageId:"severalSources",data:{...base,first:problem.first,source:problem.source},...at2,fix:`keep one of ${problem.first} and ${problem.source}`});return;case"required":context.report({messageId:"required",data:{...base,source:problem.source,field:problem.field},...at2});return;case"host-path-type":{let hint=hostPathTypeHint(problem.value);context.report({messageId:"hostPathType",data:{...base,value:problem.value,types:TYPES_TEXT},...at2,fix:hint?`type: ${hint}`:void 0});return}case"backsteps":context.report({messageId:"backsteps",data:{...base,source:problem.source,field:problem.field,value:problem.value},...at2});return;case"not-absolute":context.report({messageId:"notAbsolute",data:{...base,source:problem.source,field:problem.field,value:problem.value},...at2,fix:`path: /${problem.value}`});return;case"negative-size":context.report({messageId:"negativeSize",data:{...base,value:problem.value},...at2});return;case"csi-driver-name":context.report({messageId:"csiDriverName",data:{...base,value:problem.value},...at2});return}}var volume_spec_invalid_default={id:"volume-spec-invalid",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod volume the API server rejects: bad or duplicate name, no or several sources, or an invalid source field",why:"The API server validates `spec.volumes` of every pod and pod template (`ValidateVolumes`, `validateVolumeSource`) and rejects the whole object on any error: a name that is not a DNS-1123 label or is used twice, a volume with more than one source, a hostPath with an unknown `type` or a `..` element, a negative `emptyDir.sizeLimit`, or a missing required field (`persistentVolumeClaim.claimName`, `configMap.name`, `secret.secretName`, `nfs.server`/`nfs.path` (absolute), `hostPath.path`, `csi.driver`, \u2026). A volume with no source at all is not an error: the API server defaults it to an emptyDir (`SetDefaults_Volume`), so `emptyDir:` with nothing after it works.",fix:"Give each volume a unique lower-case name and exactly one source with its required fields; use one of the hostPath types exactly as spelt (`Directory`, `DirectoryOrCreate`, `File`, `FileOrCreate`, `Socket`, `CharDevice`, `BlockDevice`).",examples:{bad:`apiVersion: v1
kind: Pod
metadata:
  name: log-shipper
spec:
  containers:
    - name: shipper
      image: fluent/fluent-bit:3.1
      volumeMounts:
        - name: varlog
          mountPath: /var/log
        - name: buffer
          mountPath: /buffer
        - name: Config
          mountPath: /fluent-bit/etc
  volumes:
    - name: varlog
      hostPath:
        path: /var/log
        type: directory # expect: volume-spec-invalid/hostPathType@15
    - name: buffer
      emptyDir: {}
      hostPath: # expect: volume-spec-invalid/severalSources@7
        path: /var/lib/shipper
    - name: Config # expect: volume-spec-invalid/nameInvalid@13
      configMap:
        name: fluent-bit-config
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: fluent-bit-config
data:
  fluent-bit.conf: |
    [SERVICE]
        Flush 5
`,good:`apiVersion: v1
kind: Pod
metadata:
  name: log-shipper
spec:
  containers:
    - name: shipper
      image: fluent/fluent-bit:3.1
      volumeMounts:
        - name: varlog
          mountPath: /var/log
        - name: buffer
          mountPath: /buffer
        - name: config
          mountPath: /fluent-bit/etc
  volumes:
    - name: varlog
      hostPath:
        path: /var/log
        type: Directory
    - name: buffer
      emptyDir: {}
    - name: config
      configMap:
        name: fluent-bit-config
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: fluent-bit-config
data:
  fluent-bit.conf: |
    [SERVICE]
        Flush 5
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumes, validateVolumeSource, validateHostPathVolumeSource, validateNFSVolumeSource, ValidateCSIDriverName)","https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"],sources:[{tool:"Kubernetes API server",check:'validateVolumeSource: "may not specify more than 1 volume type"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages13,check(context){for(let workload of context.model.workloads){let name=`${workload.kind} ${workload.namespace}/${workload.name}`,firstIndex=new Map;for(let{volume,index,path:path3}of workload.volumes){let raw=volume,volumeName=typeof raw.name=="string"?raw.name:"",base={volume:volumeName,workload:name};if(raw.name===void 0||raw.name===null||raw.name==="")context.report({messageId:"nameMissing",data:{index,workload:name},resource:workload.resource,path:[...path3,"name"]});else if(typeof raw.name=="string"){let seen=firstIndex.get(volumeName);if(!isDns1123Label(volumeName)&&!isNamePlaceholder(volumeName)){let lower=volumeName.toLowerCase().replace(/[^-a-z0-9]/g,"-");context.report({messageId:"nameInvalid",data:base,resource:workload.resource,path:[...path3,"name"],fix:isDns1123Label(lower)?`name: ${lower} (and in its volumeMounts)`:void 0})}else seen!==void 0&&context.report({messageId:"nameDuplicate",data:{...base,first:seen,index},resource:workload.resource,path:[...path3,"name"],related:[{resource:workload.resource,path:[...workload.specPath,"volumes",seen,"name"],message:`first volume '${volumeName}'`}]});seen===void 0&&firstIndex.set(volumeName,index)}for(let problem of volumeSourceProblems(raw))reportSourceProblem(context,workload,path3,base,problem)}}}};function waitingClass(model,claim,names){if(nonEmptyString(objectOf(claim.spec).volumeName)||names.some(({namespace,name})=>name!==""&&model.volumesReservedFor(namespace,name).length>0))return;let storageClass2=model.storageClassFor(model.claimClass(claim));return storageClass2&&bindingModeOf(storageClassObject(storageClass2))===WAIT_FOR_FIRST_CONSUMER?storageClass2:void 0}var wffc_pod_nodename_default={id:"wffc-pod-nodename",severity:"error",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod with spec.nodeName uses an unbound claim of a WaitForFirstConsumer StorageClass",why:"With `volumeBindingMode: WaitForFirstConsumer`, binding and provisioning wait until the scheduler picks a node for the first pod using the claim. `spec.nodeName` bypasses the scheduler, so nothing ever selects a node for the claim: it stays Pending and the pod waits for its volume forever.",fix:"Replace `nodeName` with a node selector or node affinity (`kubernetes.io/hostname: <node>`), so the scheduler runs and triggers binding; or use an Immediate class or a pre-bound PersistentVolume.",examples:{bad:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-lvm
provisioner: topolvm.io
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
  namespace: shop
spec:
  storageClassName: local-lvm
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: shop
spec:
  nodeName: worker-3
  containers:
    - name: redis
      image: redis:7
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: cache # expect: wffc-pod-nodename/bypassed@20
`,good:`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-lvm
provisioner: topolvm.io
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: cache
  namespace: shop
spec:
  storageClassName: local-lvm
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: shop
spec:
  nodeSelector:
    kubernetes.io/hostname: worker-3
  containers:
    - name: redis
      image: redis:7
      volumeMounts:
        - {name: data, mountPath: /data}
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: cache
`},references:["https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode","component-helpers storage/volume/pv_helpers.go (IsDelayBindingMode)","pkg/scheduler/framework/plugins/volumebinding/binder.go"],sources:[],whenNotToUse:"Keep it on: the claim never binds. Turn it off only when the claim is bound before the pod exists by some means the files do not show, such as a PersistentVolume pre-bound by another tool."},messages:{bypassed:"{workload} sets spec.nodeName '{node}' and uses {claim} of StorageClass {class} (WaitForFirstConsumer); the scheduler is bypassed, so the claim is never bound or provisioned"},check(context){let{model}=context,report3=(workload,node,claim,storageClass2,path3)=>context.report({messageId:"bypassed",data:{workload:`${workload.kind} ${workload.namespace}/${workload.name}`,node,claim,class:storageClass2.name},resource:workload.resource,path:path3,related:[{resource:workload.resource,path:[...workload.specPath,"nodeName"],message:`nodeName ${node}`},{resource:storageClass2,path:["volumeBindingMode"],message:`StorageClass ${storageClass2.name}`}],fix:`nodeSelector: {kubernetes.io/hostname: ${node}} instead of nodeName`}),templatesOf=new Map;for(let spec of model.claimSpecs)spec.owner&&templatesOf.set(spec.owner,[...templatesOf.get(spec.owner)??[],spec]);for(let workload of model.workloads){let node=nonEmptyString(workload.spec.nodeName);if(node){for(let use of model.volumeClaims(workload)){let claim=use.claims[0]?.claim;if(use.naming!=="claimName"||use.replacedByTemplate||!claim||claim.origin!=="object")continue;let storageClass2=waitingClass(model,claim.object,[claim]);storageClass2&&report3(workload,node,`PersistentVolumeClaim ${claim.namespace}/${claim.name}`,storageClass2,use.path)}for(let spec of templatesOf.get(workload)??[]){let storageClass2=waitingClass(model,spec.object,identitiesOf(spec));storageClass2&&report3(workload,node,spec.origin==="statefulset"?`its volumeClaimTemplate '${spec.name}'`:`the ephemeral volume '${spec.name}'`,storageClass2,spec.path)}}}}};var yaml_alias_bomb_default={id:"yaml-alias-bomb",severity:"error",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"YAML aliases that expand to an enormous document",why:'Nested aliases ("billion laughs") expand exponentially; the API server refuses such input and a tool that expands it runs out of memory. The document is not linted.',fix:"Write the values out, or use fewer nested aliases.",examples:{bad:`a: &a [x, x, x, x, x, x, x, x, x, x] # expect: yaml-alias-bomb/bomb@1
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: defaults
data:
  a: x
`},references:["https://en.wikipedia.org/wiki/Billion_laughs_attack"],sources:[],whenNotToUse:"Keep it on: it protects kstorelint and the API server alike. Turn it off only for test inputs that exercise alias expansion on purpose."},messages:{bomb:"YAML aliases expand too far to be read safely ({detail}); the document was skipped"},check(context){for(let problem of context.model.problems)problem.kind==="alias-bomb"&&context.reportFile({messageId:"bomb",data:{detail:problem.message},problem})}};var yaml_duplicate_key_default={id:"yaml-duplicate-key",severity:"error",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A mapping key written twice in one object",why:"kubectl keeps the last value without a word, so the first one is silently lost; with strict field validation the API server rejects the object instead. Either way the manifest does not say what its author thinks.",fix:"Keep one of the two keys, or merge their contents.",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
  accessModes: [ReadWriteMany] # expect: yaml-duplicate-key/duplicate@3
`,good:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`},references:["https://github.com/kubernetes-sigs/yaml (YAMLToJSONStrict)"],sources:[{tool:"yamllint",check:"key-duplicates",url:"https://yamllint.readthedocs.io/en/stable/rules.html#module-yamllint.rules.key_duplicates"},{tool:"Monokle",check:"YML010 (no-duplicate-key)"},{tool:"kubeconform",check:"-strict",url:"https://github.com/yannh/kubeconform"}],whenNotToUse:"Turn it off if yamllint's `key-duplicates` already runs on the same files; otherwise keep it, because kubectl drops the first value without a word."},messages:{duplicate:"Key '{detail}' appears twice in one mapping; kubectl keeps only the last value"},check(context){for(let problem of context.model.problems)problem.kind==="duplicate-key"&&context.reportFile({messageId:"duplicate",data:{detail:problem.message},problem})}};var yaml_syntax_default={id:"yaml-syntax",severity:"error",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"YAML that does not parse",why:"kubectl rejects the whole file when one document does not parse, so none of its objects is applied. kstorelint still lints the other documents of the file, but the broken one is invisible to every other rule.",fix:"Fix the syntax at the reported position: indentation, an unclosed quote or bracket, a tab used for indentation.",examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
 labels: {} # expect: yaml-syntax/syntax@1
data:
  mode: fast
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: "fast"
`},references:["https://yaml.org/spec/1.1/"],sources:[{tool:"Monokle",check:"YML001 \u2026 YML021 (yaml-syntax plugin)"}],whenNotToUse:"Keep it on: a broken document is invisible to every other rule. Turn it off only for files that are not Kubernetes YAML and cannot be left out with `ignore:`."},messages:{syntax:"YAML syntax error ({code}): {detail}"},check(context){for(let problem of context.model.problems)problem.kind==="syntax"&&context.reportFile({messageId:"syntax",data:{code:problem.code,detail:problem.message},problem})}};var YAML11_ONLY_BOOLEANS=/^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,LEADING_ZERO_INT=/^[-+]?0[0-7_]*[0-7]$/,LEADING_ZERO_NOT_OCTAL=/^[-+]?0[0-9_]*[89][0-9_]*$/,VERSION_LIKE_FLOAT=/^\d+\.\d+$/,isQuotedOrBlock=source=>/^["'|>!&*]/.test(source);function yamlAmbiguity(source){if(source===""||isQuotedOrBlock(source))return;if(YAML11_ONLY_BOOLEANS.test(source))return{kind:"boolean",yaml11:/^[yYoO]/.test(source)&&!/^(off|Off|OFF)$/.test(source)};let digits=source.replace(/_/g,"");if(LEADING_ZERO_INT.test(source)&&!/^[-+]?0+$/.test(digits)){let sign=digits.startsWith("-")?-1:1,unsigned=digits.replace(/^[-+]/,"");return{kind:"octal",yaml11:sign*parseInt(unsigned,8),yaml12:sign*parseInt(unsigned,10)}}if(LEADING_ZERO_NOT_OCTAL.test(source))return{kind:"leading-zero",yaml11:Number(digits)};if(VERSION_LIKE_FLOAT.test(source)&&String(Number(source))!==source)return{kind:"float",yaml11:Number(source)}}var MODE_KEYS=new Set(["defaultMode","mode"]),messages14={boolean:"{object}: '{path}' is written {written}, which kubectl (YAML 1.1) reads as the boolean {yaml11} and YAML 1.2 tools as the string '{written}'{outcome}",octal:"{object}: '{path}' is written {written}, which kubectl (YAML 1.1) reads as octal, i.e. {yaml11}, and YAML 1.2 tools as {yaml12}{outcome}",number:"{object}: '{path}' is written {written}, which YAML reads as the number {yaml11}, not the string '{written}'{outcome}"},REJECTED="; the API server rejects it because the field is a string",pathKey2=path3=>path3.join("\0");function*candidates(value,path3){if(Array.isArray(value))for(let i=0;i<value.length;i++)yield*candidates(value[i],[...path3,i]);else if(isObject(value))for(let[key,child]of Object.entries(value))yield*candidates(child,[...path3,key]);else(typeof value=="boolean"||typeof value=="number")&&(yield path3)}var entry=(path3,value)=>typeof path3.at(-1)=="number"?`- ${value}`:`${String(path3.at(-1))}: ${value}`;function listOfStrings(resource,path3){if(typeof path3.at(-1)!="number")return!1;let list=getIn(resource.object,path3.slice(0,-1));return Array.isArray(list)&&list.some((item,i)=>i!==path3.at(-1)&&typeof item=="string")}function report2(context,resource,path3,written,ambiguity,stringField){let key=String(path3.at(-1)),base={object:describe(resource),path:pathText(path3),written},severity=stringField?"error":"warning",outcome=stringField?REJECTED:"",quoted=entry(path3,`"${written}"`);switch(ambiguity.kind){case"boolean":context.report({messageId:"boolean",data:{...base,yaml11:String(ambiguity.yaml11),outcome},resource,path:path3,severity,fix:stringField||listOfStrings(resource,path3)?quoted:entry(path3,String(ambiguity.yaml11))});return;case"octal":if(MODE_KEYS.has(key))return;context.report({messageId:"octal",data:{...base,yaml11:ambiguity.yaml11,yaml12:ambiguity.yaml12,outcome},resource,path:path3,severity,fix:stringField?quoted:`${entry(path3,String(ambiguity.yaml11))} (or ${entry(path3,String(ambiguity.yaml12))} if that was meant)`});return;case"leading-zero":case"float":stringField&&context.report({messageId:"number",data:{...base,yaml11:ambiguity.yaml11,outcome},resource,path:path3,severity,fix:quoted})}}var yaml_version_ambiguity_default={id:"yaml-version-ambiguity",severity:"warning",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A plain YAML value that kubectl (YAML 1.1) and YAML 1.2 tools read differently, or that is not the string it looks like",why:"kubectl decodes manifests with YAML 1.1 rules, most other tools in a pipeline (yq, linters, the `yaml` npm package, kustomize for booleans) with YAML 1.2. Unquoted `yes`, `no`, `on`, `off`, `y` and `n` are booleans for kubectl and strings for YAML 1.2; `0755` is octal 493 for kubectl and 755 for YAML 1.2; and `08` and `1.10` are the numbers 8 and 1.1 for both. Where the field is a string (env values, labels, annotations, ConfigMap data, image tags) kubectl sends a boolean or number and the API server rejects the object (`cannot unmarshal bool into Go struct field \u2026 of type string`): error. Elsewhere the object works with kubectl but means something else to the other tools: warning. File modes (`defaultMode: 0644`) are octal on purpose and left to the file-mode rules; JSON files are not checked.",fix:'Quote values meant as strings (`value: "yes"`, `version: "1.10"`), write booleans as `true`/`false`, and write octal numbers as `0o755` (the same for YAML 1.1 and 1.2) or in decimal.',examples:{bad:`apiVersion: v1
kind: ConfigMap
metadata:
  name: feature-flags
  labels:
    release: 1.10 # expect: yaml-version-ambiguity/number@14
data:
  ENABLE_CACHE: yes # expect: yaml-version-ambiguity/boolean@17
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: feature-flags
  labels:
    release: "1.10"
data:
  ENABLE_CACHE: "yes"
`},references:["https://yaml.org/type/bool.html (YAML 1.1 booleans)","https://yaml.org/spec/1.2.2/#1032-tag-resolution (YAML 1.2 core schema)","https://github.com/kubernetes-sigs/yaml (go-yaml v2 resolution used by kubectl)","https://kubernetes.io/docs/concepts/configuration/configmap/"],sources:[{tool:"yamllint",check:"truthy",url:"https://yamllint.readthedocs.io/en/stable/rules.html#module-yamllint.rules.truthy"}],whenNotToUse:"Turn it off when kubectl is the only reader of the manifests and the values are right as kubectl reads them: the warnings are about YAML 1.2 tools elsewhere in the pipeline, while the errors (kubectl sends a boolean where a string belongs) stay real."},messages:messages14,check(context){let{model}=context,stringFields=new Map;for(let problem of model.schemaCheck.problems){if(problem.kind!=="type"||!problem.expected.includes("string"))continue;let set=stringFields.get(problem.resource)??new Set;set.add(pathKey2(problem.path)),stringFields.set(problem.resource,set)}for(let resource of model.resources)if(!isJsonFile(resource))for(let path3 of candidates(resource.object,[])){let written=context.scalarSource(resource,path3),ambiguity=written===void 0?void 0:yamlAmbiguity(written);!written||!ambiguity||report2(context,resource,path3,written,ambiguity,stringFields.get(resource)?.has(pathKey2(path3))??!1)}}};function podClaims(model,workload){let out=[];for(let use of model.volumeClaims(workload))if(use.naming==="claimName"){let claim=use.claims[0]?.claim;out.push({claim,name:use.name,object:claim?.object,path:use.path})}else if(use.naming==="ephemeral")out.push({name:use.name,object:use.template,path:use.path});else for(let{claim,ordinal}of use.claims)out.push({claim,name:claim.name,object:claim.object,path:use.path,ordinal});return out}function boundVolume(model,claim){let binding=model.binding(claim);if(binding.kind==="bound")return{volume:binding.volume,via:binding.via};let name=nonEmptyString(objectOf(claim.object.spec).volumeName),volume=name?model.persistentVolume(name):void 0;return volume?{volume,via:"volumeName"}:void 0}function provisioningClass(model,object){if(!object)return;let storageClass2=model.storageClassFor(model.claimClass(object));if(!(!storageClass2||storageClass2.object.provisioner===NO_PROVISIONER))return storageClass2}function isDynamic(model,podClaim){return podClaim.claim?boundVolume(model,podClaim.claim)===void 0&&!nonEmptyString(objectOf(podClaim.claim.object.spec).volumeName):podClaim.object!==void 0}var bindingMode=storageClass2=>nonEmptyString(storageClass2.object.volumeBindingMode)??"Immediate";function describeConsumer(workload,podClaim){return workload.kind==="Pod"?describeWorkload(workload):podClaim.ordinal!==void 0?`Pod ${workload.namespace}/${workload.name}-${podClaim.ordinal} of StatefulSet ${workload.name}`:`Pods of ${describeWorkload(workload)}`}function consumerLabels(workload,podClaim){let found=labels(workload,podClaim);return{...found,reference:found.reference??referenceMessage(podClaim)}}function labels(workload,podClaim){let key=podClaim.path.join("/"),pods=`Pods of ${describeWorkload(workload)}`;if(!podClaim.claim)return{label:`the claim of ephemeral volume '${podClaim.name}'`,consumer:workload.kind==="Pod"?describeWorkload(workload):pods,key};if(podClaim.claim.origin==="statefulset"){let claims=`${nonEmptyString(objectOf(podClaim.claim.object.metadata).name)??""}-${workload.name}-<ordinal>`;return{label:`claim ${workload.namespace}/${claims}`,consumer:pods,key,reference:`Claims ${claims} are created from this template`}}return{label:`claim ${podClaim.claim.namespace}/${podClaim.name}`,consumer:describeConsumer(workload,podClaim),key:`${key}|${podClaim.name}`}}function referenceMessage(podClaim){return podClaim.claim?podClaim.ordinal!==void 0?`Claim ${podClaim.name} is created from this template`:`Claim ${podClaim.name} is mounted here`:`Ephemeral volume '${podClaim.name}' creates its claim from this template`}function claimClassPath(claim){let{source,path:path3}=claim.storageClass;return[...claim.path,...source==="annotation"||source==="field"?path3:["metadata","name"]]}var PV=`apiVersion: v1
kind: PersistentVolume
metadata:
  name: mariadb-disk
spec:
  capacity:
    storage: 10Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: ""
  claimRef:
    namespace: default
    name: mariadb-data
  csi:
    driver: pd.csi.storage.gke.io
    fsType: ext4
    volumeHandle: projects/my-project/zones/us-west1-b/disks/mariadb-disk
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: mariadb-data
spec:
  storageClassName: ""
  volumeName: mariadb-disk
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
`,pod=(zone,marker)=>`---
apiVersion: v1
kind: Pod
metadata:
  name: mariadb
spec:
  nodeSelector:
    topology.kubernetes.io/zone: ${zone}${marker}
  containers:
    - name: mariadb
      image: mariadb:11.4
      env:
        - name: MARIADB_RANDOM_ROOT_PASSWORD
          value: "1"
      volumeMounts:
        - name: data
          mountPath: /var/lib/mysql
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: mariadb-data
`;function volumeOf(model,podClaim){let{claim}=podClaim,bound=claim?boundVolume(model,claim):void 0;if(!claim||!bound||bound.via!=="match")return bound;let storageClass2=model.storageClassFor(claim.storageClass);return storageClass2&&bindingMode(storageClass2)==="WaitForFirstConsumer"?void 0:bound}var claimRelated=(workload,podClaim)=>{let claim=podClaim.claim,own={resource:workload.resource,path:podClaim.path,message:referenceMessage(podClaim)};return!claim||claim.resource===workload.resource?[own]:[own,{resource:claim.resource,path:[...claim.path,"metadata","name"],message:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`}]},zone_conflict_default={id:"zone-conflict",severity:"error",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod is pinned to zones that the PersistentVolume it mounts is not in",why:`A zonal disk attaches only to nodes of its zone. The scheduler checks the PV's zone labels (VolumeZone: "node(s) had no available volume zone") and its node affinity (VolumeBinding: "node(s) had volume node affinity conflict"); when the pod's nodeSelector or required node affinity only allows other zones, no node passes both and the pod stays Pending forever. A GCE PD volume handle names the disk's zone too: without labels or node affinity the pod is scheduled in its own zone and then hangs in ContainerCreating with FailedAttachVolume.`,fix:"Make the pod's zone constraint include the disk's zone (or drop it: the scheduler follows the volume by itself), or restore the data onto a disk in the pod's zone and point the PV at that disk.",examples:{bad:PV+pod("us-west1-a"," # expect: zone-conflict/conflict@34"),good:PV+pod("us-west1-b","")},references:["pkg/scheduler/framework/plugins/volumezone/volume_zone.go (Filter, getPVTopologies)","component-helpers storage/volume/helpers.go (CheckNodeAffinity)","component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go (GetRequiredNodeAffinity)","https://kubernetes.io/docs/setup/best-practices/multiple-zones/#storage-access-for-zones"],sources:[],whenNotToUse:"Turn it off when the PersistentVolumes in the files are templates whose zone is rewritten during a restore (some backup tools remap zones), so the zone written is not the zone used."},messages:{conflict:"{workload} can only run in zone(s) {podZones}, but claim {claim} is bound to PersistentVolume {volume} in zone(s) {volumeZones}; no node in those zones can attach it"},check(context){let{model}=context;for(let workload of model.workloads){let pod3=podZones(workload.spec);if(!pod3)continue;let podAt=path3=>[...workload.specPath,...path3];for(let podClaim of podClaims(model,workload)){let bound=volumeOf(model,podClaim);if(!bound)continue;let volume=volumeZones(bound.volume.object);if(!volume||!zonesDisjoint(pod3,volume))continue;let pvName=describe(bound.volume).replace(/^PersistentVolume /,"");context.report({messageId:"conflict",data:{workload:describeConsumer(workload,podClaim),podZones:formatZones(pod3),claim:`${workload.namespace}/${podClaim.name}`,volume:pvName,volumeZones:formatZones(volume)},resource:workload.resource,path:podAt(pod3.paths[0]??[]),related:[...claimRelated(workload,podClaim),...volume.paths.map(path3=>({resource:bound.volume,path:path3,message:`PersistentVolume ${pvName} is in zone(s) ${formatZones(volume)}`}))],fix:`use a zone of the volume (${formatZones(volume)}) in the pod's node constraints, or move the data to a disk in ${formatZones(pod3)}`})}}}};var storageClass=zones=>`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ssd-east
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: gp3
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.kubernetes.io/zone
        values: [${zones}]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ledger
spec:
  storageClassName: ssd-east
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 20Gi
`,pod2=marker=>`---
apiVersion: v1
kind: Pod
metadata:
  name: ledger
spec:
  nodeSelector:
    topology.kubernetes.io/zone: us-east-1c${marker}
  containers:
    - name: ledger
      image: postgres:16
      env:
        - {name: POSTGRES_PASSWORD, value: example}
      volumeMounts:
        - {name: data, mountPath: /var/lib/postgresql/data}
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: ledger
`,zone_conflict_allowed_topologies_default={id:"zone-conflict-allowed-topologies",severity:"error",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod is pinned to zones in which its claim's StorageClass may not provision",why:`A StorageClass's \`allowedTopologies\` restricts where new volumes are created. With WaitForFirstConsumer the scheduler only picks a node whose topology the class allows; if the pod's nodeSelector or required node affinity only allows other zones, no node qualifies and the pod stays Pending ("didn't find available persistent volumes to bind"). With Immediate binding the volume is created in an allowed zone first, and then the pod cannot run next to it ("volume node affinity conflict").`,fix:"Add the pod's zone to the class's `allowedTopologies`, use a class that provisions there, or change the pod's zone constraint.",examples:{bad:storageClass("us-east-1a, us-east-1b")+pod2(" # expect: zone-conflict-allowed-topologies/conflict@34"),good:storageClass("us-east-1a, us-east-1b, us-east-1c")+pod2("")},references:["https://kubernetes.io/docs/concepts/storage/storage-classes/#allowed-topologies","pkg/scheduler/framework/plugins/volumebinding/binder.go (checkVolumeProvisions: MatchTopologySelectorTerms)","component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go (GetRequiredNodeAffinity)"],sources:[],whenNotToUse:"Turn it off when the StorageClass in the files stands in for cluster classes whose allowedTopologies differ per environment."},messages:{conflict:"{workload} can only run in zone(s) {podZones}, but {claim} is provisioned by StorageClass {storageClass}, whose allowedTopologies only allow zone(s) {classZones}"},check(context){let{model}=context;for(let workload of model.workloads){let pod3=podZones(workload.spec);if(!pod3)continue;let seen=new Set;for(let podClaim of podClaims(model,workload)){if(!isDynamic(model,podClaim))continue;let sc=provisioningClass(model,podClaim.object),classZones=sc&&allowedTopologyZones(sc.object);if(!sc||!classZones||!zonesDisjoint(pod3,classZones))continue;let{label:label2,consumer,key,reference}=consumerLabels(workload,podClaim);if(seen.has(key))continue;seen.add(key);let related=[{resource:workload.resource,path:podClaim.path,message:reference}],claim=podClaim.claim;claim&&claim.resource!==workload.resource&&related.push({resource:claim.resource,path:claimClassPath(claim),message:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`});for(let path3 of classZones.paths)related.push({resource:sc,path:path3,message:`StorageClass ${sc.name} allows zone(s) ${formatZones(classZones)}`});context.report({messageId:"conflict",data:{workload:consumer,podZones:formatZones(pod3),claim:label2,storageClass:sc.name,classZones:formatZones(classZones)},resource:workload.resource,path:[...workload.specPath,...pod3.paths[0]??[]],related,fix:`add ${formatZones(pod3)} to StorageClass ${sc.name}'s allowedTopologies, or use a class that provisions there`})}}}};var example=mode=>`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
provisioner: ebs.csi.aws.com
allowVolumeExpansion: true
${mode}
parameters:
  type: gp3
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: search-data
spec:
  storageClassName: gp3
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: search
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: search}
  template:
    metadata:
      labels: {app: search}
    spec:
      nodeSelector:
        node.kubernetes.io/instance-type: r6i.2xlarge
      containers:
        - name: search
          image: postgres:16
          env:
            - {name: POSTGRES_PASSWORD, value: example}
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: search-data
`,isZonal=(storageClass2,classZones)=>ZONAL_PROVISIONERS.includes(String(storageClass2.object.provisioner))||classZones!==void 0&&classZones.zones.size>1;function constraintOf(workload,storageClass2,classZones){let zones=podZones(workload.spec);if(!(zones&&isAzureNonZonal(String(storageClass2.object.provisioner),zones))){if(zones&&zones.zones.size>0)return classZones&&(zonesDisjoint(zones,classZones)||[...classZones.zones].every(zone=>zones.zones.has(zone)))?void 0:`in zone(s) ${formatZones(zones)}`;if(hasNodeConstraint(workload.spec))return nonEmptyString(workload.spec.nodeName)?`on node ${workload.spec.nodeName}`:"on the nodes their nodeSelector / node affinity select"}}var zone_immediate_binding_default={id:"zone-immediate-binding",severity:"warning",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A zonal StorageClass binds Immediate while the pods using it are tied to particular zones or nodes",why:'With `volumeBindingMode: Immediate` (the default) the volume is provisioned as soon as the claim exists, "without knowledge of the Pod\'s scheduling requirements". A zonal disk (EBS, GCE PD, Azure Disk, or any class whose allowedTopologies span several zones) then lands in some zone, and a pod restricted by nodeSelector, node affinity or nodeName to nodes elsewhere can never attach it: Pending with "volume node affinity conflict".',fix:"Set `volumeBindingMode: WaitForFirstConsumer` on the StorageClass so the volume is created in the zone of the node the pod is scheduled to (the field is immutable: create a new class, or delete and re-create it). Alternatively restrict the class's allowedTopologies to zones the pods can use.",examples:{bad:{"storage.yaml":example("volumeBindingMode: Immediate # expect: zone-immediate-binding/immediate@20")},good:{"storage.yaml":example("volumeBindingMode: WaitForFirstConsumer")}},references:["https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode","pkg/apis/storage/v1/defaults.go (SetDefaults_StorageClass: Immediate)","pkg/scheduler/framework/plugins/volumebinding/binder.go (bound claims: node affinity conflict)"],sources:[],whenNotToUse:"Turn it off for single-zone clusters, where every volume and every node share one zone and Immediate binding cannot pick the wrong one."},messages:{immediate:"StorageClass {storageClass} ({provisioner}) binds Immediate: the volume for {claim} is provisioned before {workload} may only run {constraint}{more}; the volume may land in another zone and never attach"},check(context){let{model}=context,consumers=new Map;for(let workload of model.workloads){let seen=new Set;for(let podClaim of podClaims(model,workload)){if(!isDynamic(model,podClaim))continue;let sc=provisioningClass(model,podClaim.object);if(!sc||bindingMode(sc)!=="Immediate")continue;let classZones=allowedTopologyZones(sc.object);if(!isZonal(sc,classZones))continue;let constraint=constraintOf(workload,sc,classZones);if(!constraint)continue;let{label:label2,consumer,key,reference}=consumerLabels(workload,podClaim);if(seen.has(key))continue;seen.add(key);let list=consumers.get(sc)??[];list.push({workload,claim:label2,constraint,related:{resource:workload.resource,path:podClaim.path,message:`${reference} (${consumer})`}}),consumers.set(sc,list)}}for(let[sc,list]of consumers){let[first]=list,hasField=nonEmptyString(sc.object.volumeBindingMode)!==void 0;context.report({messageId:"immediate",data:{storageClass:sc.name,provisioner:String(sc.object.provisioner),claim:first.claim,workload:first.workload.kind==="Pod"?`${describeWorkload(first.workload)} is scheduled, yet it`:`the pods of ${describeWorkload(first.workload)} are scheduled, yet they`,constraint:first.constraint,more:list.length>1?` (and ${list.length-1} more claim(s))`:""},resource:sc,path:hasField?["volumeBindingMode"]:["provisioner"],related:list.map(c=>c.related),fix:"volumeBindingMode: WaitForFirstConsumer"})}}};var rules=[access_modes_invalid_default,claim_not_found_default,cluster_scoped_namespace_default,config_key_invalid_default,config_key_not_found_default,configmap_or_secret_not_found_default,datasource_invalid_default,deprecated_topology_label_default,deprecated_volume_plugin_default,env_name_invalid_default,envfrom_key_dropped_default,ephemeral_claim_conflict_default,file_mode_decimal_literal_default,file_mode_out_of_range_default,helm_template_unrendered_default,key_path_invalid_default,label_selector_invalid_default,mount_path_conflict_default,object_name_invalid_default,pv_claimref_claim_not_found_default,pv_claimref_no_namespace_default,pv_claimref_unsatisfiable_default,pv_contended_default,pv_spec_invalid_default,pvc_default_class_hides_pv_default,pvc_no_class_no_default_default,pvc_prebinding_one_sided_default,pvc_selector_blocks_provisioning_default,pvc_storageclass_not_found_default,pvc_unbindable_default,pvc_volumename_mismatch_default,pvc_volumename_not_found_default,pvc_volumename_reserved_elsewhere_default,quantity_fractional_bytes_default,quantity_invalid_default,quantity_not_positive_default,reclaim_policy_recycle_default,removed_api_version_default,restore_bind_completed_default,restore_claimref_uid_default,restore_provisioned_pv_delete_default,restore_server_fields_default,rwo_claim_shared_by_workloads_default,rwo_multiple_pods_default,rwo_rolling_update_default,schema_invalid_enum_default,schema_required_field_default,schema_type_mismatch_default,schema_unknown_field_default,static_pv_delete_policy_default,storageclass_beta_annotation_default,storageclass_default_annotation_value_default,storageclass_invalid_default,storageclass_multiple_defaults_default,storageclass_no_expansion_default,sts_claim_precreated_mismatch_default,sts_claim_template_invalid_default,sts_claim_template_unmounted_default,sts_name_too_long_default,sts_retention_policy_default,sts_service_not_found_default,sts_service_not_headless_default,sts_service_selects_nothing_default,sts_spec_invalid_default,sts_volume_mount_not_found_default,subpath_invalid_default,subpath_no_live_update_default,unused_suppression_default,volume_mode_usage_default,volume_mount_not_found_default,volume_spec_invalid_default,wffc_pod_nodename_default,yaml_alias_bomb_default,yaml_duplicate_key_default,yaml_syntax_default,yaml_version_ambiguity_default,zone_conflict_default,zone_conflict_allowed_topologies_default,zone_immediate_binding_default];function formatRuleList(rules2,format){if(format==="markdown")return["| rule | severity | category | what it finds |","| --- | --- | --- | --- |",...rules2.map(r=>`| [\`${r.id}\`](docs/rules.md#${r.id}) | ${r.severity} | ${r.category} | ${r.docs.summary.replace(/\|/g,"\\|")} |`),""].join(`
`);let width=Math.max(...rules2.map(r=>r.id.length));return rules2.map(r=>`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(13)}  ${r.docs.summary}`).join(`
`)+`
`}var exampleText=example2=>typeof example2=="string"?example2:Object.entries(example2).map(([file,text])=>`# ${file}
${text}`).join(`---
`),NO_PEER_CHECK="No peer checks this.",inlineCode=text=>text.includes("`")?`\`\` ${text} \`\``:`\`${text}\``,sourceMarkdown=({tool,check,url})=>`${tool} ${url?`[${inlineCode(check)}](${url})`:inlineCode(check)}`,sourcesMarkdown=sources=>sources.length===0?NO_PEER_CHECK:sources.map(sourceMarkdown).join("; ")+".",sourceText=({tool,check,url})=>`  ${tool}: ${check}${url?` (${url})`:""}`;function formatExplain(rule){return[`${rule.id} (${rule.severity}, ${rule.category})`,"",rule.docs.summary,"","Why:",rule.docs.why,"","Fix:",rule.docs.fix,"","When not to use it:",rule.docs.whenNotToUse,"","Bad:",exampleText(rule.docs.examples.bad),"Good:",exampleText(rule.docs.examples.good),"References:",...rule.docs.references.map(r=>`  ${r}`),"Peer checks:",...rule.docs.sources.length===0?[`  ${NO_PEER_CHECK}`]:rule.docs.sources.map(sourceText),`Docs: ${docsUrl(rule.id)}`,""].join(`
`)}export{ACCESS_MODE_SHORT,asAccessModes,isObject,objectsOf,nonEmptyString,objectOf,formatMessage,docsUrl,isPlaceholderValue,claimNameReference,configObjectReference,getIn,matchesEqualitySelector,asLabels,TEMPLATE_PATH,isWorkloadKind,workloadOf,configReferences,formatZones,podZones,volumeZones,allowedTopologyZones,volumeClass,isDefaultClass,claimClassOf,selectorBlocksProvisioning,bindingModeOf,statefulSetClaimName,ephemeralClaimName,ordinalsOf,literalPodNames,claimTemplates,buildClaims,mountsOf,describeQuantity,claimRequest,claimRefOf,classLabel,describeFailure,provisioningOf,storageClassTable,simulateBinding,volumeSourceOf,buildClaimSpecs,push,producedBy,nearest,ReferenceResolver,autoscalerRange,podsAtOnce,serviceNameOf,rules,formatRuleList,sourcesMarkdown,formatExplain};
