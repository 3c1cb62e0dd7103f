import { createRequire as __kstorelintRequire } from 'node:module';
const require = __kstorelintRequire(import.meta.url);
import{ConfigError,UsageError}from"./chunk-MAS5PSG3.js";import{GIT_REPO_OFF_BY_DEFAULT,IN_TREE_PROVISIONERS,NEWEST_KUBE_VERSION,PLATFORMS,RELAXED_ENV_NAMES_SINCE,VOLUME_PLUGIN_FATES,apiLifecycle,asStorageClassObject,isPlatform,kubeMinor,parseKubeVersion,platformClasses,pluginSeverity,removedApi,usesRelaxedEnvNames,wellKnownPlatformClass}from"./chunk-CUPZ4IK2.js";import{packageVersion}from"./chunk-D5KCAAFF.js";import{__commonJS,__require,__toESM}from"./chunk-W5DOQR3K.js";var require_identity=__commonJS({"node_modules/yaml/dist/nodes/identity.js"(exports){"use strict";var ALIAS=Symbol.for("yaml.alias"),DOC=Symbol.for("yaml.document"),MAP=Symbol.for("yaml.map"),PAIR=Symbol.for("yaml.pair"),SCALAR2=Symbol.for("yaml.scalar"),SEQ=Symbol.for("yaml.seq"),NODE_TYPE=Symbol.for("yaml.node.type"),isAlias4=node=>!!node&&typeof node=="object"&&node[NODE_TYPE]===ALIAS,isDocument=node=>!!node&&typeof node=="object"&&node[NODE_TYPE]===DOC,isMap5=node=>!!node&&typeof node=="object"&&node[NODE_TYPE]===MAP,isPair2=node=>!!node&&typeof node=="object"&&node[NODE_TYPE]===PAIR,isScalar5=node=>!!node&&typeof node=="object"&&node[NODE_TYPE]===SCALAR2,isSeq4=node=>!!node&&typeof node=="object"&&node[NODE_TYPE]===SEQ;function isCollection2(node){if(node&&typeof node=="object")switch(node[NODE_TYPE]){case MAP:case SEQ:return!0}return!1}function isNode(node){if(node&&typeof node=="object")switch(node[NODE_TYPE]){case ALIAS:case MAP:case SCALAR2:case SEQ:return!0}return!1}var hasAnchor=node=>(isScalar5(node)||isCollection2(node))&&!!node.anchor;exports.ALIAS=ALIAS;exports.DOC=DOC;exports.MAP=MAP;exports.NODE_TYPE=NODE_TYPE;exports.PAIR=PAIR;exports.SCALAR=SCALAR2;exports.SEQ=SEQ;exports.hasAnchor=hasAnchor;exports.isAlias=isAlias4;exports.isCollection=isCollection2;exports.isDocument=isDocument;exports.isMap=isMap5;exports.isNode=isNode;exports.isPair=isPair2;exports.isScalar=isScalar5;exports.isSeq=isSeq4}});var require_visit=__commonJS({"node_modules/yaml/dist/visit.js"(exports){"use strict";var identity4=require_identity(),BREAK=Symbol("break visit"),SKIP=Symbol("skip children"),REMOVE=Symbol("remove node");function visit(node,visitor){let visitor_=initVisitor(visitor);identity4.isDocument(node)?visit_(null,node.contents,visitor_,Object.freeze([node]))===REMOVE&&(node.contents=null):visit_(null,node,visitor_,Object.freeze([]))}visit.BREAK=BREAK;visit.SKIP=SKIP;visit.REMOVE=REMOVE;function visit_(key2,node,visitor,path17){let ctrl=callVisitor(key2,node,visitor,path17);if(identity4.isNode(ctrl)||identity4.isPair(ctrl))return replaceNode(key2,path17,ctrl),visit_(key2,ctrl,visitor,path17);if(typeof ctrl!="symbol"){if(identity4.isCollection(node)){path17=Object.freeze(path17.concat(node));for(let i=0;i<node.items.length;++i){let ci=visit_(i,node.items[i],visitor,path17);if(typeof ci=="number")i=ci-1;else{if(ci===BREAK)return BREAK;ci===REMOVE&&(node.items.splice(i,1),i-=1)}}}else if(identity4.isPair(node)){path17=Object.freeze(path17.concat(node));let ck=visit_("key",node.key,visitor,path17);if(ck===BREAK)return BREAK;ck===REMOVE&&(node.key=null);let cv=visit_("value",node.value,visitor,path17);if(cv===BREAK)return BREAK;cv===REMOVE&&(node.value=null)}}return ctrl}async function visitAsync(node,visitor){let visitor_=initVisitor(visitor);identity4.isDocument(node)?await visitAsync_(null,node.contents,visitor_,Object.freeze([node]))===REMOVE&&(node.contents=null):await visitAsync_(null,node,visitor_,Object.freeze([]))}visitAsync.BREAK=BREAK;visitAsync.SKIP=SKIP;visitAsync.REMOVE=REMOVE;async function visitAsync_(key2,node,visitor,path17){let ctrl=await callVisitor(key2,node,visitor,path17);if(identity4.isNode(ctrl)||identity4.isPair(ctrl))return replaceNode(key2,path17,ctrl),visitAsync_(key2,ctrl,visitor,path17);if(typeof ctrl!="symbol"){if(identity4.isCollection(node)){path17=Object.freeze(path17.concat(node));for(let i=0;i<node.items.length;++i){let ci=await visitAsync_(i,node.items[i],visitor,path17);if(typeof ci=="number")i=ci-1;else{if(ci===BREAK)return BREAK;ci===REMOVE&&(node.items.splice(i,1),i-=1)}}}else if(identity4.isPair(node)){path17=Object.freeze(path17.concat(node));let ck=await visitAsync_("key",node.key,visitor,path17);if(ck===BREAK)return BREAK;ck===REMOVE&&(node.key=null);let cv=await visitAsync_("value",node.value,visitor,path17);if(cv===BREAK)return BREAK;cv===REMOVE&&(node.value=null)}}return ctrl}function initVisitor(visitor){return typeof visitor=="object"&&(visitor.Collection||visitor.Node||visitor.Value)?Object.assign({Alias:visitor.Node,Map:visitor.Node,Scalar:visitor.Node,Seq:visitor.Node},visitor.Value&&{Map:visitor.Value,Scalar:visitor.Value,Seq:visitor.Value},visitor.Collection&&{Map:visitor.Collection,Seq:visitor.Collection},visitor):visitor}function callVisitor(key2,node,visitor,path17){if(typeof visitor=="function")return visitor(key2,node,path17);if(identity4.isMap(node))return visitor.Map?.(key2,node,path17);if(identity4.isSeq(node))return visitor.Seq?.(key2,node,path17);if(identity4.isPair(node))return visitor.Pair?.(key2,node,path17);if(identity4.isScalar(node))return visitor.Scalar?.(key2,node,path17);if(identity4.isAlias(node))return visitor.Alias?.(key2,node,path17)}function replaceNode(key2,path17,node){let parent=path17[path17.length-1];if(identity4.isCollection(parent))parent.items[key2]=node;else if(identity4.isPair(parent))key2==="key"?parent.key=node:parent.value=node;else if(identity4.isDocument(parent))parent.contents=node;else{let pt=identity4.isAlias(parent)?"alias":"scalar";throw new Error(`Cannot replace node with ${pt} parent`)}}exports.visit=visit;exports.visitAsync=visitAsync}});var require_directives=__commonJS({"node_modules/yaml/dist/doc/directives.js"(exports){"use strict";var identity4=require_identity(),visit=require_visit(),escapeChars={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},escapeTagName=tn=>tn.replace(/[!,[\]{}]/g,ch=>escapeChars[ch]),Directives=class _Directives{constructor(yaml,tags){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},_Directives.defaultYaml,yaml),this.tags=Object.assign({},_Directives.defaultTags,tags)}clone(){let copy=new _Directives(this.yaml,this.tags);return copy.docStart=this.docStart,copy}atDocument(){let res=new _Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:_Directives.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},_Directives.defaultTags);break}return res}add(line,onError){this.atNextDocument&&(this.yaml={explicit:_Directives.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},_Directives.defaultTags),this.atNextDocument=!1);let parts=line.trim().split(/[ \t]+/),name=parts.shift();switch(name){case"%TAG":{if(parts.length!==2&&(onError(0,"%TAG directive should contain exactly two parts"),parts.length<2))return!1;let[handle,prefix]=parts;return this.tags[handle]=prefix,!0}case"%YAML":{if(this.yaml.explicit=!0,parts.length!==1)return onError(0,"%YAML directive should contain exactly one part"),!1;let[version]=parts;if(version==="1.1"||version==="1.2")return this.yaml.version=version,!0;{let isValid=/^\d+\.\d+$/.test(version);return onError(6,`Unsupported YAML version ${version}`,isValid),!1}}default:return onError(0,`Unknown directive ${name}`,!0),!1}}tagName(source,onError){if(source==="!")return"!";if(source[0]!=="!")return onError(`Not a valid tag: ${source}`),null;if(source[1]==="<"){let verbatim=source.slice(2,-1);return verbatim==="!"||verbatim==="!!"?(onError(`Verbatim tags aren't resolved, so ${source} is invalid.`),null):(source[source.length-1]!==">"&&onError("Verbatim tags must end with a >"),verbatim)}let[,handle,suffix]=source.match(/^(.*!)([^!]*)$/s);suffix||onError(`The ${source} tag has no suffix`);let prefix=this.tags[handle];if(prefix)try{return prefix+decodeURIComponent(suffix)}catch(error2){return onError(String(error2)),null}return handle==="!"?source:(onError(`Could not resolve tag: ${source}`),null)}tagString(tag){for(let[handle,prefix]of Object.entries(this.tags))if(tag.startsWith(prefix))return handle+escapeTagName(tag.substring(prefix.length));return tag[0]==="!"?tag:`!<${tag}>`}toString(doc){let lines=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],tagEntries=Object.entries(this.tags),tagNames;if(doc&&tagEntries.length>0&&identity4.isNode(doc.contents)){let tags={};visit.visit(doc.contents,(_key,node)=>{identity4.isNode(node)&&node.tag&&(tags[node.tag]=!0)}),tagNames=Object.keys(tags)}else tagNames=[];for(let[handle,prefix]of tagEntries)handle==="!!"&&prefix==="tag:yaml.org,2002:"||(!doc||tagNames.some(tn=>tn.startsWith(prefix)))&&lines.push(`%TAG ${handle} ${prefix}`);return lines.join(`
`)}};Directives.defaultYaml={explicit:!1,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};exports.Directives=Directives}});var require_anchors=__commonJS({"node_modules/yaml/dist/doc/anchors.js"(exports){"use strict";var identity4=require_identity(),visit=require_visit();function anchorIsValid(anchor){if(/[\x00-\x19\s,[\]{}]/.test(anchor)){let msg=`Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;throw new Error(msg)}return!0}function anchorNames(root){let anchors=new Set;return visit.visit(root,{Value(_key,node){node.anchor&&anchors.add(node.anchor)}}),anchors}function findNewAnchor(prefix,exclude){for(let i=1;;++i){let name=`${prefix}${i}`;if(!exclude.has(name))return name}}function createNodeAnchors(doc,prefix){let aliasObjects=[],sourceObjects=new Map,prevAnchors=null;return{onAnchor:source=>{aliasObjects.push(source),prevAnchors??(prevAnchors=anchorNames(doc));let anchor=findNewAnchor(prefix,prevAnchors);return prevAnchors.add(anchor),anchor},setAnchors:()=>{for(let source of aliasObjects){let ref=sourceObjects.get(source);if(typeof ref=="object"&&ref.anchor&&(identity4.isScalar(ref.node)||identity4.isCollection(ref.node)))ref.node.anchor=ref.anchor;else{let error2=new Error("Failed to resolve repeated object (this should not happen)");throw error2.source=source,error2}}},sourceObjects}}exports.anchorIsValid=anchorIsValid;exports.anchorNames=anchorNames;exports.createNodeAnchors=createNodeAnchors;exports.findNewAnchor=findNewAnchor}});var require_applyReviver=__commonJS({"node_modules/yaml/dist/doc/applyReviver.js"(exports){"use strict";function applyReviver(reviver,obj,key2,val){if(val&&typeof val=="object")if(Array.isArray(val))for(let i=0,len=val.length;i<len;++i){let v0=val[i],v1=applyReviver(reviver,val,String(i),v0);v1===void 0?delete val[i]:v1!==v0&&(val[i]=v1)}else if(val instanceof Map)for(let k of Array.from(val.keys())){let v0=val.get(k),v1=applyReviver(reviver,val,k,v0);v1===void 0?val.delete(k):v1!==v0&&val.set(k,v1)}else if(val instanceof Set)for(let v0 of Array.from(val)){let v1=applyReviver(reviver,val,v0,v0);v1===void 0?val.delete(v0):v1!==v0&&(val.delete(v0),val.add(v1))}else for(let[k,v0]of Object.entries(val)){let v1=applyReviver(reviver,val,k,v0);v1===void 0?delete val[k]:v1!==v0&&(val[k]=v1)}return reviver.call(obj,key2,val)}exports.applyReviver=applyReviver}});var require_toJS=__commonJS({"node_modules/yaml/dist/nodes/toJS.js"(exports){"use strict";var identity4=require_identity();function toJS(value,arg,ctx){if(Array.isArray(value))return value.map((v,i)=>toJS(v,String(i),ctx));if(value&&typeof value.toJSON=="function"){if(!ctx||!identity4.hasAnchor(value))return value.toJSON(arg,ctx);let data={aliasCount:0,count:1,res:void 0};ctx.anchors.set(value,data),ctx.onCreate=res2=>{data.res=res2,delete ctx.onCreate};let res=value.toJSON(arg,ctx);return ctx.onCreate&&ctx.onCreate(res),res}return typeof value=="bigint"&&!ctx?.keep?Number(value):value}exports.toJS=toJS}});var require_Node=__commonJS({"node_modules/yaml/dist/nodes/Node.js"(exports){"use strict";var applyReviver=require_applyReviver(),identity4=require_identity(),toJS=require_toJS(),NodeBase=class{constructor(type){Object.defineProperty(this,identity4.NODE_TYPE,{value:type})}clone(){let copy=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(copy.range=this.range.slice()),copy}toJS(doc,{mapAsMap,maxAliasCount,onAnchor,reviver}={}){if(!identity4.isDocument(doc))throw new TypeError("A document argument is required");let ctx={anchors:new Map,doc,keep:!0,mapAsMap:mapAsMap===!0,mapKeyWarned:!1,maxAliasCount:typeof maxAliasCount=="number"?maxAliasCount:100},res=toJS.toJS(this,"",ctx);if(typeof onAnchor=="function")for(let{count,res:res2}of ctx.anchors.values())onAnchor(res2,count);return typeof reviver=="function"?applyReviver.applyReviver(reviver,{"":res},"",res):res}};exports.NodeBase=NodeBase}});var require_Alias=__commonJS({"node_modules/yaml/dist/nodes/Alias.js"(exports){"use strict";var anchors=require_anchors(),visit=require_visit(),identity4=require_identity(),Node=require_Node(),toJS=require_toJS(),Alias=class extends Node.NodeBase{constructor(source){super(identity4.ALIAS),this.source=source,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(doc,ctx){if(ctx?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let nodes2;ctx?.aliasResolveCache?nodes2=ctx.aliasResolveCache:(nodes2=[],visit.visit(doc,{Node:(_key,node)=>{(identity4.isAlias(node)||identity4.hasAnchor(node))&&nodes2.push(node)}}),ctx&&(ctx.aliasResolveCache=nodes2));let found;for(let node of nodes2){if(node===this)break;node.anchor===this.source&&(found=node)}if(found&&ctx){let{anchors:anchors2,doc:doc2,maxAliasCount}=ctx,data=anchors2.get(found);if(data||(toJS.toJS(found,null,ctx),data=anchors2.get(found)),data?.res===void 0){let msg="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(msg)}if(maxAliasCount>=0&&(data.count+=1,data.aliasCount===0&&(data.aliasCount=getAliasCount(doc2,found,anchors2)),data.count*data.aliasCount>maxAliasCount)){let msg="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(msg)}}return found}toJSON(_arg,ctx){if(!ctx)return{source:this.source};let source=this.resolve(ctx.doc,ctx);if(!source){let msg=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(msg)}return ctx.anchors.get(source).res}toString(ctx,_onComment,_onChompKeep){let src=`*${this.source}`;if(ctx){if(anchors.anchorIsValid(this.source),ctx.options.verifyAliasOrder&&!ctx.anchors.has(this.source)){let msg=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(msg)}if(ctx.implicitKey)return`${src} `}return src}};function getAliasCount(doc,node,anchors2){if(identity4.isAlias(node)){let source=node.resolve(doc),anchor=anchors2&&source&&anchors2.get(source);return anchor?anchor.count*anchor.aliasCount:0}else if(identity4.isCollection(node)){let count=0;for(let item of node.items){let c=getAliasCount(doc,item,anchors2);c>count&&(count=c)}return count}else if(identity4.isPair(node)){let kc=getAliasCount(doc,node.key,anchors2),vc=getAliasCount(doc,node.value,anchors2);return Math.max(kc,vc)}return 1}exports.Alias=Alias}});var require_Scalar=__commonJS({"node_modules/yaml/dist/nodes/Scalar.js"(exports){"use strict";var identity4=require_identity(),Node=require_Node(),toJS=require_toJS(),isScalarValue=value=>!value||typeof value!="function"&&typeof value!="object",Scalar3=class extends Node.NodeBase{constructor(value){super(identity4.SCALAR),this.value=value}toJSON(arg,ctx){return ctx?.keep?this.value:toJS.toJS(this.value,arg,ctx)}toString(){return String(this.value)}};Scalar3.BLOCK_FOLDED="BLOCK_FOLDED";Scalar3.BLOCK_LITERAL="BLOCK_LITERAL";Scalar3.PLAIN="PLAIN";Scalar3.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar3.QUOTE_SINGLE="QUOTE_SINGLE";exports.Scalar=Scalar3;exports.isScalarValue=isScalarValue}});var require_createNode=__commonJS({"node_modules/yaml/dist/doc/createNode.js"(exports){"use strict";var Alias=require_Alias(),identity4=require_identity(),Scalar3=require_Scalar(),defaultTagPrefix="tag:yaml.org,2002:";function findTagObject(value,tagName,tags){if(tagName){let match=tags.filter(t=>t.tag===tagName),tagObj=match.find(t=>!t.format)??match[0];if(!tagObj)throw new Error(`Tag ${tagName} not found`);return tagObj}return tags.find(t=>t.identify?.(value)&&!t.format)}function createNode(value,tagName,ctx){if(identity4.isDocument(value)&&(value=value.contents),identity4.isNode(value))return value;if(identity4.isPair(value)){let map=ctx.schema[identity4.MAP].createNode?.(ctx.schema,null,ctx);return map.items.push(value),map}(value instanceof String||value instanceof Number||value instanceof Boolean||typeof BigInt<"u"&&value instanceof BigInt)&&(value=value.valueOf());let{aliasDuplicateObjects,onAnchor,onTagObj,schema,sourceObjects}=ctx,ref;if(aliasDuplicateObjects&&value&&typeof value=="object"){if(ref=sourceObjects.get(value),ref)return ref.anchor??(ref.anchor=onAnchor(value)),new Alias.Alias(ref.anchor);ref={anchor:null,node:null},sourceObjects.set(value,ref)}tagName?.startsWith("!!")&&(tagName=defaultTagPrefix+tagName.slice(2));let tagObj=findTagObject(value,tagName,schema.tags);if(!tagObj){if(value&&typeof value.toJSON=="function"&&(value=value.toJSON()),!value||typeof value!="object"){let node2=new Scalar3.Scalar(value);return ref&&(ref.node=node2),node2}tagObj=value instanceof Map?schema[identity4.MAP]:Symbol.iterator in Object(value)?schema[identity4.SEQ]:schema[identity4.MAP]}onTagObj&&(onTagObj(tagObj),delete ctx.onTagObj);let node=tagObj?.createNode?tagObj.createNode(ctx.schema,value,ctx):typeof tagObj?.nodeClass?.from=="function"?tagObj.nodeClass.from(ctx.schema,value,ctx):new Scalar3.Scalar(value);return tagName?node.tag=tagName:tagObj.default||(node.tag=tagObj.tag),ref&&(ref.node=node),node}exports.createNode=createNode}});var require_Collection=__commonJS({"node_modules/yaml/dist/nodes/Collection.js"(exports){"use strict";var createNode=require_createNode(),identity4=require_identity(),Node=require_Node();function collectionFromPath(schema,path17,value){let v=value;for(let i=path17.length-1;i>=0;--i){let k=path17[i];if(typeof k=="number"&&Number.isInteger(k)&&k>=0){let a=[];a[k]=v,v=a}else v=new Map([[k,v]])}return createNode.createNode(v,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema,sourceObjects:new Map})}var isEmptyPath=path17=>path17==null||typeof path17=="object"&&!!path17[Symbol.iterator]().next().done,Collection=class extends Node.NodeBase{constructor(type,schema){super(type),Object.defineProperty(this,"schema",{value:schema,configurable:!0,enumerable:!1,writable:!0})}clone(schema){let copy=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return schema&&(copy.schema=schema),copy.items=copy.items.map(it=>identity4.isNode(it)||identity4.isPair(it)?it.clone(schema):it),this.range&&(copy.range=this.range.slice()),copy}addIn(path17,value){if(isEmptyPath(path17))this.add(value);else{let[key2,...rest]=path17,node=this.get(key2,!0);if(identity4.isCollection(node))node.addIn(rest,value);else if(node===void 0&&this.schema)this.set(key2,collectionFromPath(this.schema,rest,value));else throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`)}}deleteIn(path17){let[key2,...rest]=path17;if(rest.length===0)return this.delete(key2);let node=this.get(key2,!0);if(identity4.isCollection(node))return node.deleteIn(rest);throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`)}getIn(path17,keepScalar){let[key2,...rest]=path17,node=this.get(key2,!0);return rest.length===0?!keepScalar&&identity4.isScalar(node)?node.value:node:identity4.isCollection(node)?node.getIn(rest,keepScalar):void 0}hasAllNullValues(allowScalar){return this.items.every(node=>{if(!identity4.isPair(node))return!1;let n=node.value;return n==null||allowScalar&&identity4.isScalar(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(path17){let[key2,...rest]=path17;if(rest.length===0)return this.has(key2);let node=this.get(key2,!0);return identity4.isCollection(node)?node.hasIn(rest):!1}setIn(path17,value){let[key2,...rest]=path17;if(rest.length===0)this.set(key2,value);else{let node=this.get(key2,!0);if(identity4.isCollection(node))node.setIn(rest,value);else if(node===void 0&&this.schema)this.set(key2,collectionFromPath(this.schema,rest,value));else throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`)}}};exports.Collection=Collection;exports.collectionFromPath=collectionFromPath;exports.isEmptyPath=isEmptyPath}});var require_stringifyComment=__commonJS({"node_modules/yaml/dist/stringify/stringifyComment.js"(exports){"use strict";var stringifyComment=str=>str.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(comment,indent){return/^\n+$/.test(comment)?comment.substring(1):indent?comment.replace(/^(?! *$)/gm,indent):comment}var lineComment=(str,indent,comment)=>str.endsWith(`
`)?indentComment(comment,indent):comment.includes(`
`)?`
`+indentComment(comment,indent):(str.endsWith(" ")?"":" ")+comment;exports.indentComment=indentComment;exports.lineComment=lineComment;exports.stringifyComment=stringifyComment}});var require_foldFlowLines=__commonJS({"node_modules/yaml/dist/stringify/foldFlowLines.js"(exports){"use strict";var FOLD_FLOW="flow",FOLD_BLOCK="block",FOLD_QUOTED="quoted";function foldFlowLines(text,indent,mode="flow",{indentAtStart,lineWidth=80,minContentWidth=20,onFold,onOverflow}={}){if(!lineWidth||lineWidth<0)return text;lineWidth<minContentWidth&&(minContentWidth=0);let endStep=Math.max(1+minContentWidth,1+lineWidth-indent.length);if(text.length<=endStep)return text;let folds=[],escapedFolds={},end=lineWidth-indent.length;typeof indentAtStart=="number"&&(indentAtStart>lineWidth-Math.max(2,minContentWidth)?folds.push(0):end=lineWidth-indentAtStart);let split,prev,overflow=!1,i=-1,escStart=-1,escEnd=-1;mode===FOLD_BLOCK&&(i=consumeMoreIndentedLines(text,i,indent.length),i!==-1&&(end=i+endStep));for(let ch;ch=text[i+=1];){if(mode===FOLD_QUOTED&&ch==="\\"){switch(escStart=i,text[i+1]){case"x":i+=3;break;case"u":i+=5;break;case"U":i+=9;break;default:i+=1}escEnd=i}if(ch===`
`)mode===FOLD_BLOCK&&(i=consumeMoreIndentedLines(text,i,indent.length)),end=i+indent.length+endStep,split=void 0;else{if(ch===" "&&prev&&prev!==" "&&prev!==`
`&&prev!=="	"){let next=text[i+1];next&&next!==" "&&next!==`
`&&next!=="	"&&(split=i)}if(i>=end)if(split)folds.push(split),end=split+endStep,split=void 0;else if(mode===FOLD_QUOTED){for(;prev===" "||prev==="	";)prev=ch,ch=text[i+=1],overflow=!0;let j=i>escEnd+1?i-2:escStart-1;if(escapedFolds[j])return text;folds.push(j),escapedFolds[j]=!0,end=j+endStep,split=void 0}else overflow=!0}prev=ch}if(overflow&&onOverflow&&onOverflow(),folds.length===0)return text;onFold&&onFold();let res=text.slice(0,folds[0]);for(let i2=0;i2<folds.length;++i2){let fold=folds[i2],end2=folds[i2+1]||text.length;fold===0?res=`
${indent}${text.slice(0,end2)}`:(mode===FOLD_QUOTED&&escapedFolds[fold]&&(res+=`${text[fold]}\\`),res+=`
${indent}${text.slice(fold+1,end2)}`)}return res}function consumeMoreIndentedLines(text,i,indent){let end=i,start=i+1,ch=text[start];for(;ch===" "||ch==="	";)if(i<start+indent)ch=text[++i];else{do ch=text[++i];while(ch&&ch!==`
`);end=i,start=i+1,ch=text[start]}return end}exports.FOLD_BLOCK=FOLD_BLOCK;exports.FOLD_FLOW=FOLD_FLOW;exports.FOLD_QUOTED=FOLD_QUOTED;exports.foldFlowLines=foldFlowLines}});var require_stringifyString=__commonJS({"node_modules/yaml/dist/stringify/stringifyString.js"(exports){"use strict";var Scalar3=require_Scalar(),foldFlowLines=require_foldFlowLines(),getFoldOptions=(ctx,isBlock)=>({indentAtStart:isBlock?ctx.indent.length:ctx.indentAtStart,lineWidth:ctx.options.lineWidth,minContentWidth:ctx.options.minContentWidth}),containsDocumentMarker=str=>/^(%|---|\.\.\.)/m.test(str);function lineLengthOverLimit(str,lineWidth,indentLength){if(!lineWidth||lineWidth<0)return!1;let limit=lineWidth-indentLength,strLen=str.length;if(strLen<=limit)return!1;for(let i=0,start=0;i<strLen;++i)if(str[i]===`
`){if(i-start>limit)return!0;if(start=i+1,strLen-start<=limit)return!1}return!0}function doubleQuotedString(value,ctx){let json=JSON.stringify(value);if(ctx.options.doubleQuotedAsJSON)return json;let{implicitKey}=ctx,minMultiLineLength=ctx.options.doubleQuotedMinMultiLineLength,indent=ctx.indent||(containsDocumentMarker(value)?"  ":""),str="",start=0;for(let i=0,ch=json[i];ch;ch=json[++i])if(ch===" "&&json[i+1]==="\\"&&json[i+2]==="n"&&(str+=json.slice(start,i)+"\\ ",i+=1,start=i,ch="\\"),ch==="\\")switch(json[i+1]){case"u":{str+=json.slice(start,i);let code=json.substr(i+2,4);switch(code){case"0000":str+="\\0";break;case"0007":str+="\\a";break;case"000b":str+="\\v";break;case"001b":str+="\\e";break;case"0085":str+="\\N";break;case"00a0":str+="\\_";break;case"2028":str+="\\L";break;case"2029":str+="\\P";break;default:code.substr(0,2)==="00"?str+="\\x"+code.substr(2):str+=json.substr(i,6)}i+=5,start=i+1}break;case"n":if(implicitKey||json[i+2]==='"'||json.length<minMultiLineLength)i+=1;else{for(str+=json.slice(start,i)+`

`;json[i+2]==="\\"&&json[i+3]==="n"&&json[i+4]!=='"';)str+=`
`,i+=2;str+=indent,json[i+2]===" "&&(str+="\\"),i+=1,start=i+1}break;default:i+=1}return str=start?str+json.slice(start):json,implicitKey?str:foldFlowLines.foldFlowLines(str,indent,foldFlowLines.FOLD_QUOTED,getFoldOptions(ctx,!1))}function singleQuotedString(value,ctx){if(ctx.options.singleQuote===!1||ctx.implicitKey&&value.includes(`
`)||/[ \t]\n|\n[ \t]/.test(value))return doubleQuotedString(value,ctx);let indent=ctx.indent||(containsDocumentMarker(value)?"  ":""),res="'"+value.replace(/'/g,"''").replace(/\n+/g,`$&
${indent}`)+"'";return ctx.implicitKey?res:foldFlowLines.foldFlowLines(res,indent,foldFlowLines.FOLD_FLOW,getFoldOptions(ctx,!1))}function quotedString(value,ctx){let{singleQuote}=ctx.options,qs;if(singleQuote===!1)qs=doubleQuotedString;else{let hasDouble=value.includes('"'),hasSingle=value.includes("'");hasDouble&&!hasSingle?qs=singleQuotedString:hasSingle&&!hasDouble?qs=doubleQuotedString:qs=singleQuote?singleQuotedString:doubleQuotedString}return qs(value,ctx)}var blockEndNewlines;try{blockEndNewlines=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{blockEndNewlines=/\n+(?!\n|$)/g}function blockString({comment,type,value},ctx,onComment,onChompKeep){let{blockQuote,commentString,lineWidth}=ctx.options;if(!blockQuote||/\n[\t ]+$/.test(value))return quotedString(value,ctx);let indent=ctx.indent||(ctx.forceBlockIndent||containsDocumentMarker(value)?"  ":""),literal=blockQuote==="literal"?!0:blockQuote==="folded"||type===Scalar3.Scalar.BLOCK_FOLDED?!1:type===Scalar3.Scalar.BLOCK_LITERAL?!0:!lineLengthOverLimit(value,lineWidth,indent.length);if(!value)return literal?`|
`:`>
`;let chomp,endStart;for(endStart=value.length;endStart>0;--endStart){let ch=value[endStart-1];if(ch!==`
`&&ch!=="	"&&ch!==" ")break}let end=value.substring(endStart),endNlPos=end.indexOf(`
`);endNlPos===-1?chomp="-":value===end||endNlPos!==end.length-1?(chomp="+",onChompKeep&&onChompKeep()):chomp="",end&&(value=value.slice(0,-end.length),end[end.length-1]===`
`&&(end=end.slice(0,-1)),end=end.replace(blockEndNewlines,`$&${indent}`));let startWithSpace=!1,startEnd,startNlPos=-1;for(startEnd=0;startEnd<value.length;++startEnd){let ch=value[startEnd];if(ch===" ")startWithSpace=!0;else if(ch===`
`)startNlPos=startEnd;else break}let start=value.substring(0,startNlPos<startEnd?startNlPos+1:startEnd);start&&(value=value.substring(start.length),start=start.replace(/\n+/g,`$&${indent}`));let header=(startWithSpace?indent?"2":"1":"")+chomp;if(comment&&(header+=" "+commentString(comment.replace(/ ?[\r\n]+/g," ")),onComment&&onComment()),!literal){let foldedValue=value.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${indent}`),literalFallback=!1,foldOptions=getFoldOptions(ctx,!0);blockQuote!=="folded"&&type!==Scalar3.Scalar.BLOCK_FOLDED&&(foldOptions.onOverflow=()=>{literalFallback=!0});let body=foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`,indent,foldFlowLines.FOLD_BLOCK,foldOptions);if(!literalFallback)return`>${header}
${indent}${body}`}return value=value.replace(/\n+/g,`$&${indent}`),`|${header}
${indent}${start}${value}${end}`}function plainString(item,ctx,onComment,onChompKeep){let{type,value}=item,{actualString,implicitKey,indent,indentStep,inFlow}=ctx;if(implicitKey&&value.includes(`
`)||inFlow&&/[[\]{},]/.test(value))return quotedString(value,ctx);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))return implicitKey||inFlow||!value.includes(`
`)?quotedString(value,ctx):blockString(item,ctx,onComment,onChompKeep);if(!implicitKey&&!inFlow&&type!==Scalar3.Scalar.PLAIN&&value.includes(`
`))return blockString(item,ctx,onComment,onChompKeep);if(containsDocumentMarker(value)){if(indent==="")return ctx.forceBlockIndent=!0,blockString(item,ctx,onComment,onChompKeep);if(implicitKey&&indent===indentStep)return quotedString(value,ctx)}let str=value.replace(/\n+/g,`$&
${indent}`);if(actualString){let test=tag=>tag.default&&tag.tag!=="tag:yaml.org,2002:str"&&tag.test?.test(str),{compat,tags}=ctx.doc.schema;if(tags.some(test)||compat?.some(test))return quotedString(value,ctx)}return implicitKey?str:foldFlowLines.foldFlowLines(str,indent,foldFlowLines.FOLD_FLOW,getFoldOptions(ctx,!1))}function stringifyString(item,ctx,onComment,onChompKeep){let{implicitKey,inFlow}=ctx,ss=typeof item.value=="string"?item:Object.assign({},item,{value:String(item.value)}),{type}=item;type!==Scalar3.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)&&(type=Scalar3.Scalar.QUOTE_DOUBLE);let _stringify=_type=>{switch(_type){case Scalar3.Scalar.BLOCK_FOLDED:case Scalar3.Scalar.BLOCK_LITERAL:return implicitKey||inFlow?quotedString(ss.value,ctx):blockString(ss,ctx,onComment,onChompKeep);case Scalar3.Scalar.QUOTE_DOUBLE:return doubleQuotedString(ss.value,ctx);case Scalar3.Scalar.QUOTE_SINGLE:return singleQuotedString(ss.value,ctx);case Scalar3.Scalar.PLAIN:return plainString(ss,ctx,onComment,onChompKeep);default:return null}},res=_stringify(type);if(res===null){let{defaultKeyType,defaultStringType}=ctx.options,t=implicitKey&&defaultKeyType||defaultStringType;if(res=_stringify(t),res===null)throw new Error(`Unsupported default string type ${t}`)}return res}exports.stringifyString=stringifyString}});var require_stringify=__commonJS({"node_modules/yaml/dist/stringify/stringify.js"(exports){"use strict";var anchors=require_anchors(),identity4=require_identity(),stringifyComment=require_stringifyComment(),stringifyString=require_stringifyString();function createStringifyContext(doc,options){let opt=Object.assign({blockQuote:!0,commentString:stringifyComment.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},doc.schema.toStringOptions,options),inFlow;switch(opt.collectionStyle){case"block":inFlow=!1;break;case"flow":inFlow=!0;break;default:inFlow=null}return{anchors:new Set,doc,flowCollectionPadding:opt.flowCollectionPadding?" ":"",indent:"",indentStep:typeof opt.indent=="number"?" ".repeat(opt.indent):"  ",inFlow,options:opt}}function getTagObject(tags,item){if(item.tag){let match=tags.filter(t=>t.tag===item.tag);if(match.length>0)return match.find(t=>t.format===item.format)??match[0]}let tagObj,obj;if(identity4.isScalar(item)){obj=item.value;let match=tags.filter(t=>t.identify?.(obj));if(match.length>1){let testMatch=match.filter(t=>t.test);testMatch.length>0&&(match=testMatch)}tagObj=match.find(t=>t.format===item.format)??match.find(t=>!t.format)}else obj=item,tagObj=tags.find(t=>t.nodeClass&&obj instanceof t.nodeClass);if(!tagObj){let name=obj?.constructor?.name??(obj===null?"null":typeof obj);throw new Error(`Tag not resolved for ${name} value`)}return tagObj}function stringifyProps(node,tagObj,{anchors:anchors$1,doc}){if(!doc.directives)return"";let props=[],anchor=(identity4.isScalar(node)||identity4.isCollection(node))&&node.anchor;anchor&&anchors.anchorIsValid(anchor)&&(anchors$1.add(anchor),props.push(`&${anchor}`));let tag=node.tag??(tagObj.default?null:tagObj.tag);return tag&&props.push(doc.directives.tagString(tag)),props.join(" ")}function stringify(item,ctx,onComment,onChompKeep){if(identity4.isPair(item))return item.toString(ctx,onComment,onChompKeep);if(identity4.isAlias(item)){if(ctx.doc.directives)return item.toString(ctx);if(ctx.resolvedAliases?.has(item))throw new TypeError("Cannot stringify circular structure without alias nodes");ctx.resolvedAliases?ctx.resolvedAliases.add(item):ctx.resolvedAliases=new Set([item]),item=item.resolve(ctx.doc)}let tagObj,node=identity4.isNode(item)?item:ctx.doc.createNode(item,{onTagObj:o=>tagObj=o});tagObj??(tagObj=getTagObject(ctx.doc.schema.tags,node));let props=stringifyProps(node,tagObj,ctx);props.length>0&&(ctx.indentAtStart=(ctx.indentAtStart??0)+props.length+1);let str=typeof tagObj.stringify=="function"?tagObj.stringify(node,ctx,onComment,onChompKeep):identity4.isScalar(node)?stringifyString.stringifyString(node,ctx,onComment,onChompKeep):node.toString(ctx,onComment,onChompKeep);return props?identity4.isScalar(node)||str[0]==="{"||str[0]==="["?`${props} ${str}`:`${props}
${ctx.indent}${str}`:str}exports.createStringifyContext=createStringifyContext;exports.stringify=stringify}});var require_stringifyPair=__commonJS({"node_modules/yaml/dist/stringify/stringifyPair.js"(exports){"use strict";var identity4=require_identity(),Scalar3=require_Scalar(),stringify=require_stringify(),stringifyComment=require_stringifyComment();function stringifyPair({key:key2,value},ctx,onComment,onChompKeep){let{allNullValues,doc,indent,indentStep,options:{commentString,indentSeq,simpleKeys}}=ctx,keyComment=identity4.isNode(key2)&&key2.comment||null;if(simpleKeys){if(keyComment)throw new Error("With simple keys, key nodes cannot have comments");if(identity4.isCollection(key2)||!identity4.isNode(key2)&&typeof key2=="object"){let msg="With simple keys, collection cannot be used as a key value";throw new Error(msg)}}let explicitKey=!simpleKeys&&(!key2||keyComment&&value==null&&!ctx.inFlow||identity4.isCollection(key2)||(identity4.isScalar(key2)?key2.type===Scalar3.Scalar.BLOCK_FOLDED||key2.type===Scalar3.Scalar.BLOCK_LITERAL:typeof key2=="object"));ctx=Object.assign({},ctx,{allNullValues:!1,implicitKey:!explicitKey&&(simpleKeys||!allNullValues),indent:indent+indentStep});let keyCommentDone=!1,chompKeep=!1,str=stringify.stringify(key2,ctx,()=>keyCommentDone=!0,()=>chompKeep=!0);if(!explicitKey&&!ctx.inFlow&&str.length>1024){if(simpleKeys)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");explicitKey=!0}if(ctx.inFlow){if(allNullValues||value==null)return keyCommentDone&&onComment&&onComment(),str===""?"?":explicitKey?`? ${str}`:str}else if(allNullValues&&!simpleKeys||value==null&&explicitKey)return str=`? ${str}`,keyComment&&!keyCommentDone?str+=stringifyComment.lineComment(str,ctx.indent,commentString(keyComment)):chompKeep&&onChompKeep&&onChompKeep(),str;keyCommentDone&&(keyComment=null),explicitKey?(keyComment&&(str+=stringifyComment.lineComment(str,ctx.indent,commentString(keyComment))),str=`? ${str}
${indent}:`):(str=`${str}:`,keyComment&&(str+=stringifyComment.lineComment(str,ctx.indent,commentString(keyComment))));let vsb,vcb,valueComment;identity4.isNode(value)?(vsb=!!value.spaceBefore,vcb=value.commentBefore,valueComment=value.comment):(vsb=!1,vcb=null,valueComment=null,value&&typeof value=="object"&&(value=doc.createNode(value))),ctx.implicitKey=!1,!explicitKey&&!keyComment&&identity4.isScalar(value)&&(ctx.indentAtStart=str.length+1),chompKeep=!1,!indentSeq&&indentStep.length>=2&&!ctx.inFlow&&!explicitKey&&identity4.isSeq(value)&&!value.flow&&!value.tag&&!value.anchor&&(ctx.indent=ctx.indent.substring(2));let valueCommentDone=!1,valueStr=stringify.stringify(value,ctx,()=>valueCommentDone=!0,()=>chompKeep=!0),ws=" ";if(keyComment||vsb||vcb){if(ws=vsb?`
`:"",vcb){let cs=commentString(vcb);ws+=`
${stringifyComment.indentComment(cs,ctx.indent)}`}valueStr===""&&!ctx.inFlow?ws===`
`&&valueComment&&(ws=`

`):ws+=`
${ctx.indent}`}else if(!explicitKey&&identity4.isCollection(value)){let vs0=valueStr[0],nl0=valueStr.indexOf(`
`),hasNewline=nl0!==-1,flow=ctx.inFlow??value.flow??value.items.length===0;if(hasNewline||!flow){let hasPropsLine=!1;if(hasNewline&&(vs0==="&"||vs0==="!")){let sp0=valueStr.indexOf(" ");vs0==="&"&&sp0!==-1&&sp0<nl0&&valueStr[sp0+1]==="!"&&(sp0=valueStr.indexOf(" ",sp0+1)),(sp0===-1||nl0<sp0)&&(hasPropsLine=!0)}hasPropsLine||(ws=`
${ctx.indent}`)}}else(valueStr===""||valueStr[0]===`
`)&&(ws="");return str+=ws+valueStr,ctx.inFlow?valueCommentDone&&onComment&&onComment():valueComment&&!valueCommentDone?str+=stringifyComment.lineComment(str,ctx.indent,commentString(valueComment)):chompKeep&&onChompKeep&&onChompKeep(),str}exports.stringifyPair=stringifyPair}});var require_log=__commonJS({"node_modules/yaml/dist/log.js"(exports){"use strict";var node_process=__require("process");function debug(logLevel,...messages15){logLevel==="debug"&&console.log(...messages15)}function warn(logLevel,warning){(logLevel==="debug"||logLevel==="warn")&&(typeof node_process.emitWarning=="function"?node_process.emitWarning(warning):console.warn(warning))}exports.debug=debug;exports.warn=warn}});var require_merge=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports){"use strict";var identity4=require_identity(),Scalar3=require_Scalar(),MERGE_KEY="<<",merge={identify:value=>value===MERGE_KEY||typeof value=="symbol"&&value.description===MERGE_KEY,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Scalar3.Scalar(Symbol(MERGE_KEY)),{addToJSMap:addMergeToJSMap}),stringify:()=>MERGE_KEY},isMergeKey=(ctx,key2)=>(merge.identify(key2)||identity4.isScalar(key2)&&(!key2.type||key2.type===Scalar3.Scalar.PLAIN)&&merge.identify(key2.value))&&ctx?.doc.schema.tags.some(tag=>tag.tag===merge.tag&&tag.default);function addMergeToJSMap(ctx,map,value){let source=resolveAliasValue(ctx,value);if(identity4.isSeq(source))for(let it of source.items)mergeValue(ctx,map,it);else if(Array.isArray(source))for(let it of source)mergeValue(ctx,map,it);else mergeValue(ctx,map,source)}function mergeValue(ctx,map,value){let source=resolveAliasValue(ctx,value);if(!identity4.isMap(source))throw new Error("Merge sources must be maps or map aliases");let srcMap=source.toJSON(null,ctx,Map);for(let[key2,value2]of srcMap)map instanceof Map?map.has(key2)||map.set(key2,value2):map instanceof Set?map.add(key2):Object.prototype.hasOwnProperty.call(map,key2)||Object.defineProperty(map,key2,{value:value2,writable:!0,enumerable:!0,configurable:!0});return map}function resolveAliasValue(ctx,value){return ctx&&identity4.isAlias(value)?value.resolve(ctx.doc,ctx):value}exports.addMergeToJSMap=addMergeToJSMap;exports.isMergeKey=isMergeKey;exports.merge=merge}});var require_addPairToJSMap=__commonJS({"node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports){"use strict";var log=require_log(),merge=require_merge(),stringify=require_stringify(),identity4=require_identity(),toJS=require_toJS();function addPairToJSMap(ctx,map,{key:key2,value}){if(identity4.isNode(key2)&&key2.addToJSMap)key2.addToJSMap(ctx,map,value);else if(merge.isMergeKey(ctx,key2))merge.addMergeToJSMap(ctx,map,value);else{let jsKey=toJS.toJS(key2,"",ctx);if(map instanceof Map)map.set(jsKey,toJS.toJS(value,jsKey,ctx));else if(map instanceof Set)map.add(jsKey);else{let stringKey=stringifyKey(key2,jsKey,ctx),jsValue=toJS.toJS(value,stringKey,ctx);stringKey in map?Object.defineProperty(map,stringKey,{value:jsValue,writable:!0,enumerable:!0,configurable:!0}):map[stringKey]=jsValue}}return map}function stringifyKey(key2,jsKey,ctx){if(jsKey===null)return"";if(typeof jsKey!="object")return String(jsKey);if(identity4.isNode(key2)&&ctx?.doc){let strCtx=stringify.createStringifyContext(ctx.doc,{});strCtx.anchors=new Set;for(let node of ctx.anchors.keys())strCtx.anchors.add(node.anchor);strCtx.inFlow=!0,strCtx.inStringifyKey=!0;let strKey=key2.toString(strCtx);if(!ctx.mapKeyWarned){let jsonStr=JSON.stringify(strKey);jsonStr.length>40&&(jsonStr=jsonStr.substring(0,36)+'..."'),log.warn(ctx.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`),ctx.mapKeyWarned=!0}return strKey}return JSON.stringify(jsKey)}exports.addPairToJSMap=addPairToJSMap}});var require_Pair=__commonJS({"node_modules/yaml/dist/nodes/Pair.js"(exports){"use strict";var createNode=require_createNode(),stringifyPair=require_stringifyPair(),addPairToJSMap=require_addPairToJSMap(),identity4=require_identity();function createPair(key2,value,ctx){let k=createNode.createNode(key2,void 0,ctx),v=createNode.createNode(value,void 0,ctx);return new Pair(k,v)}var Pair=class _Pair{constructor(key2,value=null){Object.defineProperty(this,identity4.NODE_TYPE,{value:identity4.PAIR}),this.key=key2,this.value=value}clone(schema){let{key:key2,value}=this;return identity4.isNode(key2)&&(key2=key2.clone(schema)),identity4.isNode(value)&&(value=value.clone(schema)),new _Pair(key2,value)}toJSON(_,ctx){let pair=ctx?.mapAsMap?new Map:{};return addPairToJSMap.addPairToJSMap(ctx,pair,this)}toString(ctx,onComment,onChompKeep){return ctx?.doc?stringifyPair.stringifyPair(this,ctx,onComment,onChompKeep):JSON.stringify(this)}};exports.Pair=Pair;exports.createPair=createPair}});var require_stringifyCollection=__commonJS({"node_modules/yaml/dist/stringify/stringifyCollection.js"(exports){"use strict";var identity4=require_identity(),stringify=require_stringify(),stringifyComment=require_stringifyComment();function stringifyCollection(collection,ctx,options){return(ctx.inFlow??collection.flow?stringifyFlowCollection:stringifyBlockCollection)(collection,ctx,options)}function stringifyBlockCollection({comment,items},ctx,{blockItemPrefix,flowChars,itemIndent,onChompKeep,onComment}){let{indent,options:{commentString}}=ctx,itemCtx=Object.assign({},ctx,{indent:itemIndent,type:null}),chompKeep=!1,lines=[];for(let i=0;i<items.length;++i){let item=items[i],comment2=null;if(identity4.isNode(item))!chompKeep&&item.spaceBefore&&lines.push(""),addCommentBefore(ctx,lines,item.commentBefore,chompKeep),item.comment&&(comment2=item.comment);else if(identity4.isPair(item)){let ik=identity4.isNode(item.key)?item.key:null;ik&&(!chompKeep&&ik.spaceBefore&&lines.push(""),addCommentBefore(ctx,lines,ik.commentBefore,chompKeep))}chompKeep=!1;let str2=stringify.stringify(item,itemCtx,()=>comment2=null,()=>chompKeep=!0);comment2&&(str2+=stringifyComment.lineComment(str2,itemIndent,commentString(comment2))),chompKeep&&comment2&&(chompKeep=!1),lines.push(blockItemPrefix+str2)}let str;if(lines.length===0)str=flowChars.start+flowChars.end;else{str=lines[0];for(let i=1;i<lines.length;++i){let line=lines[i];str+=line?`
${indent}${line}`:`
`}}return comment?(str+=`
`+stringifyComment.indentComment(commentString(comment),indent),onComment&&onComment()):chompKeep&&onChompKeep&&onChompKeep(),str}function stringifyFlowCollection({items},ctx,{flowChars,itemIndent}){let{indent,indentStep,flowCollectionPadding:fcPadding,options:{commentString}}=ctx;itemIndent+=indentStep;let itemCtx=Object.assign({},ctx,{indent:itemIndent,inFlow:!0,type:null}),reqNewline=!1,linesAtValue=0,lines=[];for(let i=0;i<items.length;++i){let item=items[i],comment=null;if(identity4.isNode(item))item.spaceBefore&&lines.push(""),addCommentBefore(ctx,lines,item.commentBefore,!1),item.comment&&(comment=item.comment);else if(identity4.isPair(item)){let ik=identity4.isNode(item.key)?item.key:null;ik&&(ik.spaceBefore&&lines.push(""),addCommentBefore(ctx,lines,ik.commentBefore,!1),ik.comment&&(reqNewline=!0));let iv=identity4.isNode(item.value)?item.value:null;iv?(iv.comment&&(comment=iv.comment),iv.commentBefore&&(reqNewline=!0)):item.value==null&&ik?.comment&&(comment=ik.comment)}comment&&(reqNewline=!0);let str=stringify.stringify(item,itemCtx,()=>comment=null);reqNewline||(reqNewline=lines.length>linesAtValue||str.includes(`
`)),i<items.length-1?str+=",":ctx.options.trailingComma&&(ctx.options.lineWidth>0&&(reqNewline||(reqNewline=lines.reduce((sum,line)=>sum+line.length+2,2)+(str.length+2)>ctx.options.lineWidth)),reqNewline&&(str+=",")),comment&&(str+=stringifyComment.lineComment(str,itemIndent,commentString(comment))),lines.push(str),linesAtValue=lines.length}let{start,end}=flowChars;if(lines.length===0)return start+end;if(!reqNewline){let len=lines.reduce((sum,line)=>sum+line.length+2,2);reqNewline=ctx.options.lineWidth>0&&len>ctx.options.lineWidth}if(reqNewline){let str=start;for(let line of lines)str+=line?`
${indentStep}${indent}${line}`:`
`;return`${str}
${indent}${end}`}else return`${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`}function addCommentBefore({indent,options:{commentString}},lines,comment,chompKeep){if(comment&&chompKeep&&(comment=comment.replace(/^\n+/,"")),comment){let ic=stringifyComment.indentComment(commentString(comment),indent);lines.push(ic.trimStart())}}exports.stringifyCollection=stringifyCollection}});var require_YAMLMap=__commonJS({"node_modules/yaml/dist/nodes/YAMLMap.js"(exports){"use strict";var stringifyCollection=require_stringifyCollection(),addPairToJSMap=require_addPairToJSMap(),Collection=require_Collection(),identity4=require_identity(),Pair=require_Pair(),Scalar3=require_Scalar();function findPair(items,key2){let k=identity4.isScalar(key2)?key2.value:key2;for(let it of items)if(identity4.isPair(it)&&(it.key===key2||it.key===k||identity4.isScalar(it.key)&&it.key.value===k))return it}var YAMLMap=class extends Collection.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(schema){super(identity4.MAP,schema),this.items=[]}static from(schema,obj,ctx){let{keepUndefined,replacer}=ctx,map=new this(schema),add=(key2,value)=>{if(typeof replacer=="function")value=replacer.call(obj,key2,value);else if(Array.isArray(replacer)&&!replacer.includes(key2))return;(value!==void 0||keepUndefined)&&map.items.push(Pair.createPair(key2,value,ctx))};if(obj instanceof Map)for(let[key2,value]of obj)add(key2,value);else if(obj&&typeof obj=="object")for(let key2 of Object.keys(obj))add(key2,obj[key2]);return typeof schema.sortMapEntries=="function"&&map.items.sort(schema.sortMapEntries),map}add(pair,overwrite){let _pair;identity4.isPair(pair)?_pair=pair:!pair||typeof pair!="object"||!("key"in pair)?_pair=new Pair.Pair(pair,pair?.value):_pair=new Pair.Pair(pair.key,pair.value);let prev=findPair(this.items,_pair.key),sortEntries=this.schema?.sortMapEntries;if(prev){if(!overwrite)throw new Error(`Key ${_pair.key} already set`);identity4.isScalar(prev.value)&&Scalar3.isScalarValue(_pair.value)?prev.value.value=_pair.value:prev.value=_pair.value}else if(sortEntries){let i=this.items.findIndex(item=>sortEntries(_pair,item)<0);i===-1?this.items.push(_pair):this.items.splice(i,0,_pair)}else this.items.push(_pair)}delete(key2){let it=findPair(this.items,key2);return it?this.items.splice(this.items.indexOf(it),1).length>0:!1}get(key2,keepScalar){let node=findPair(this.items,key2)?.value;return(!keepScalar&&identity4.isScalar(node)?node.value:node)??void 0}has(key2){return!!findPair(this.items,key2)}set(key2,value){this.add(new Pair.Pair(key2,value),!0)}toJSON(_,ctx,Type){let map=Type?new Type:ctx?.mapAsMap?new Map:{};ctx?.onCreate&&ctx.onCreate(map);for(let item of this.items)addPairToJSMap.addPairToJSMap(ctx,map,item);return map}toString(ctx,onComment,onChompKeep){if(!ctx)return JSON.stringify(this);for(let item of this.items)if(!identity4.isPair(item))throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);return!ctx.allNullValues&&this.hasAllNullValues(!1)&&(ctx=Object.assign({},ctx,{allNullValues:!0})),stringifyCollection.stringifyCollection(this,ctx,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:ctx.indent||"",onChompKeep,onComment})}};exports.YAMLMap=YAMLMap;exports.findPair=findPair}});var require_map=__commonJS({"node_modules/yaml/dist/schema/common/map.js"(exports){"use strict";var identity4=require_identity(),YAMLMap=require_YAMLMap(),map={collection:"map",default:!0,nodeClass:YAMLMap.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(map2,onError){return identity4.isMap(map2)||onError("Expected a mapping for this tag"),map2},createNode:(schema,obj,ctx)=>YAMLMap.YAMLMap.from(schema,obj,ctx)};exports.map=map}});var require_YAMLSeq=__commonJS({"node_modules/yaml/dist/nodes/YAMLSeq.js"(exports){"use strict";var createNode=require_createNode(),stringifyCollection=require_stringifyCollection(),Collection=require_Collection(),identity4=require_identity(),Scalar3=require_Scalar(),toJS=require_toJS(),YAMLSeq=class extends Collection.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(schema){super(identity4.SEQ,schema),this.items=[]}add(value){this.items.push(value)}delete(key2){let idx=asItemIndex(key2);return typeof idx!="number"?!1:this.items.splice(idx,1).length>0}get(key2,keepScalar){let idx=asItemIndex(key2);if(typeof idx!="number")return;let it=this.items[idx];return!keepScalar&&identity4.isScalar(it)?it.value:it}has(key2){let idx=asItemIndex(key2);return typeof idx=="number"&&idx<this.items.length}set(key2,value){let idx=asItemIndex(key2);if(typeof idx!="number")throw new Error(`Expected a valid index, not ${key2}.`);let prev=this.items[idx];identity4.isScalar(prev)&&Scalar3.isScalarValue(value)?prev.value=value:this.items[idx]=value}toJSON(_,ctx){let seq=[];ctx?.onCreate&&ctx.onCreate(seq);let i=0;for(let item of this.items)seq.push(toJS.toJS(item,String(i++),ctx));return seq}toString(ctx,onComment,onChompKeep){return ctx?stringifyCollection.stringifyCollection(this,ctx,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(ctx.indent||"")+"  ",onChompKeep,onComment}):JSON.stringify(this)}static from(schema,obj,ctx){let{replacer}=ctx,seq=new this(schema);if(obj&&Symbol.iterator in Object(obj)){let i=0;for(let it of obj){if(typeof replacer=="function"){let key2=obj instanceof Set?it:String(i++);it=replacer.call(obj,key2,it)}seq.items.push(createNode.createNode(it,void 0,ctx))}}return seq}};function asItemIndex(key2){let idx=identity4.isScalar(key2)?key2.value:key2;return idx&&typeof idx=="string"&&(idx=Number(idx)),typeof idx=="number"&&Number.isInteger(idx)&&idx>=0?idx:null}exports.YAMLSeq=YAMLSeq}});var require_seq=__commonJS({"node_modules/yaml/dist/schema/common/seq.js"(exports){"use strict";var identity4=require_identity(),YAMLSeq=require_YAMLSeq(),seq={collection:"seq",default:!0,nodeClass:YAMLSeq.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(seq2,onError){return identity4.isSeq(seq2)||onError("Expected a sequence for this tag"),seq2},createNode:(schema,obj,ctx)=>YAMLSeq.YAMLSeq.from(schema,obj,ctx)};exports.seq=seq}});var require_string=__commonJS({"node_modules/yaml/dist/schema/common/string.js"(exports){"use strict";var stringifyString=require_stringifyString(),string={identify:value=>typeof value=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:str=>str,stringify(item,ctx,onComment,onChompKeep){return ctx=Object.assign({actualString:!0},ctx),stringifyString.stringifyString(item,ctx,onComment,onChompKeep)}};exports.string=string}});var require_null=__commonJS({"node_modules/yaml/dist/schema/common/null.js"(exports){"use strict";var Scalar3=require_Scalar(),nullTag={identify:value=>value==null,createNode:()=>new Scalar3.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new Scalar3.Scalar(null),stringify:({source},ctx)=>typeof source=="string"&&nullTag.test.test(source)?source:ctx.options.nullStr};exports.nullTag=nullTag}});var require_bool=__commonJS({"node_modules/yaml/dist/schema/core/bool.js"(exports){"use strict";var Scalar3=require_Scalar(),boolTag={identify:value=>typeof value=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:str=>new Scalar3.Scalar(str[0]==="t"||str[0]==="T"),stringify({source,value},ctx){if(source&&boolTag.test.test(source)){let sv=source[0]==="t"||source[0]==="T";if(value===sv)return source}return value?ctx.options.trueStr:ctx.options.falseStr}};exports.boolTag=boolTag}});var require_stringifyNumber=__commonJS({"node_modules/yaml/dist/stringify/stringifyNumber.js"(exports){"use strict";function stringifyNumber({format,minFractionDigits,tag,value}){if(typeof value=="bigint")return String(value);let num=typeof value=="number"?value:Number(value);if(!isFinite(num))return isNaN(num)?".nan":num<0?"-.inf":".inf";let n=Object.is(value,-0)?"-0":JSON.stringify(value);if(!format&&minFractionDigits&&(!tag||tag==="tag:yaml.org,2002:float")&&/^-?\d/.test(n)&&!n.includes("e")){let i=n.indexOf(".");i<0&&(i=n.length,n+=".");let d=minFractionDigits-(n.length-i-1);for(;d-- >0;)n+="0"}return n}exports.stringifyNumber=stringifyNumber}});var require_float=__commonJS({"node_modules/yaml/dist/schema/core/float.js"(exports){"use strict";var Scalar3=require_Scalar(),stringifyNumber=require_stringifyNumber(),floatNaN={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:str=>str.slice(-3).toLowerCase()==="nan"?NaN:str[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:stringifyNumber.stringifyNumber},floatExp={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:str=>parseFloat(str),stringify(node){let num=Number(node.value);return isFinite(num)?num.toExponential():stringifyNumber.stringifyNumber(node)}},float={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(str){let node=new Scalar3.Scalar(parseFloat(str)),dot=str.indexOf(".");return dot!==-1&&str[str.length-1]==="0"&&(node.minFractionDigits=str.length-dot-1),node},stringify:stringifyNumber.stringifyNumber};exports.float=float;exports.floatExp=floatExp;exports.floatNaN=floatNaN}});var require_int=__commonJS({"node_modules/yaml/dist/schema/core/int.js"(exports){"use strict";var stringifyNumber=require_stringifyNumber(),intIdentify=value=>typeof value=="bigint"||Number.isInteger(value),intResolve=(str,offset,radix,{intAsBigInt})=>intAsBigInt?BigInt(str):parseInt(str.substring(offset),radix);function intStringify(node,radix,prefix){let{value}=node;return intIdentify(value)&&value>=0?prefix+value.toString(radix):stringifyNumber.stringifyNumber(node)}var intOct={identify:value=>intIdentify(value)&&value>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,8,opt),stringify:node=>intStringify(node,8,"0o")},int={identify:intIdentify,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(str,_onError,opt)=>intResolve(str,0,10,opt),stringify:stringifyNumber.stringifyNumber},intHex={identify:value=>intIdentify(value)&&value>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,16,opt),stringify:node=>intStringify(node,16,"0x")};exports.int=int;exports.intHex=intHex;exports.intOct=intOct}});var require_schema=__commonJS({"node_modules/yaml/dist/schema/core/schema.js"(exports){"use strict";var map=require_map(),_null=require_null(),seq=require_seq(),string=require_string(),bool=require_bool(),float=require_float(),int=require_int(),schema=[map.map,seq.seq,string.string,_null.nullTag,bool.boolTag,int.intOct,int.int,int.intHex,float.floatNaN,float.floatExp,float.float];exports.schema=schema}});var require_schema2=__commonJS({"node_modules/yaml/dist/schema/json/schema.js"(exports){"use strict";var Scalar3=require_Scalar(),map=require_map(),seq=require_seq();function intIdentify(value){return typeof value=="bigint"||Number.isInteger(value)}var stringifyJSON=({value})=>JSON.stringify(value),jsonScalars=[{identify:value=>typeof value=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:str=>str,stringify:stringifyJSON},{identify:value=>value==null,createNode:()=>new Scalar3.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:value=>typeof value=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:str=>str==="true",stringify:stringifyJSON},{identify:intIdentify,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(str,_onError,{intAsBigInt})=>intAsBigInt?BigInt(str):parseInt(str,10),stringify:({value})=>intIdentify(value)?value.toString():JSON.stringify(value)},{identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:str=>parseFloat(str),stringify:stringifyJSON}],jsonError={default:!0,tag:"",test:/^/,resolve(str,onError){return onError(`Unresolved plain scalar ${JSON.stringify(str)}`),str}},schema=[map.map,seq.seq].concat(jsonScalars,jsonError);exports.schema=schema}});var require_binary=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports){"use strict";var node_buffer=__require("buffer"),Scalar3=require_Scalar(),stringifyString=require_stringifyString(),binary={identify:value=>value instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(src,onError){if(typeof node_buffer.Buffer=="function")return node_buffer.Buffer.from(src,"base64");if(typeof atob=="function"){let str=atob(src.replace(/[\n\r]/g,"")),buffer=new Uint8Array(str.length);for(let i=0;i<str.length;++i)buffer[i]=str.charCodeAt(i);return buffer}else return onError("This environment does not support reading binary tags; either Buffer or atob is required"),src},stringify({comment,type,value},ctx,onComment,onChompKeep){if(!value)return"";let buf=value,str;if(typeof node_buffer.Buffer=="function")str=buf instanceof node_buffer.Buffer?buf.toString("base64"):node_buffer.Buffer.from(buf.buffer).toString("base64");else if(typeof btoa=="function"){let s="";for(let i=0;i<buf.length;++i)s+=String.fromCharCode(buf[i]);str=btoa(s)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(type??(type=Scalar3.Scalar.BLOCK_LITERAL),type!==Scalar3.Scalar.QUOTE_DOUBLE){let lineWidth=Math.max(ctx.options.lineWidth-ctx.indent.length,ctx.options.minContentWidth),n=Math.ceil(str.length/lineWidth),lines=new Array(n);for(let i=0,o=0;i<n;++i,o+=lineWidth)lines[i]=str.substr(o,lineWidth);str=lines.join(type===Scalar3.Scalar.BLOCK_LITERAL?`
`:" ")}return stringifyString.stringifyString({comment,type,value:str},ctx,onComment,onChompKeep)}};exports.binary=binary}});var require_pairs=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports){"use strict";var identity4=require_identity(),Pair=require_Pair(),Scalar3=require_Scalar(),YAMLSeq=require_YAMLSeq();function resolvePairs(seq,onError){if(identity4.isSeq(seq))for(let i=0;i<seq.items.length;++i){let item=seq.items[i];if(!identity4.isPair(item)){if(identity4.isMap(item)){item.items.length>1&&onError("Each pair must have its own sequence indicator");let pair=item.items[0]||new Pair.Pair(new Scalar3.Scalar(null));if(item.commentBefore&&(pair.key.commentBefore=pair.key.commentBefore?`${item.commentBefore}
${pair.key.commentBefore}`:item.commentBefore),item.comment){let cn=pair.value??pair.key;cn.comment=cn.comment?`${item.comment}
${cn.comment}`:item.comment}item=pair}seq.items[i]=identity4.isPair(item)?item:new Pair.Pair(item)}}else onError("Expected a sequence for this tag");return seq}function createPairs(schema,iterable,ctx){let{replacer}=ctx,pairs2=new YAMLSeq.YAMLSeq(schema);pairs2.tag="tag:yaml.org,2002:pairs";let i=0;if(iterable&&Symbol.iterator in Object(iterable))for(let it of iterable){typeof replacer=="function"&&(it=replacer.call(iterable,String(i++),it));let key2,value;if(Array.isArray(it))if(it.length===2)key2=it[0],value=it[1];else throw new TypeError(`Expected [key, value] tuple: ${it}`);else if(it&&it instanceof Object){let keys=Object.keys(it);if(keys.length===1)key2=keys[0],value=it[key2];else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`)}else key2=it;pairs2.items.push(Pair.createPair(key2,value,ctx))}return pairs2}var pairs={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};exports.createPairs=createPairs;exports.pairs=pairs;exports.resolvePairs=resolvePairs}});var require_omap=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports){"use strict";var identity4=require_identity(),toJS=require_toJS(),YAMLMap=require_YAMLMap(),YAMLSeq=require_YAMLSeq(),pairs=require_pairs(),YAMLOMap=class _YAMLOMap extends YAMLSeq.YAMLSeq{constructor(){super(),this.add=YAMLMap.YAMLMap.prototype.add.bind(this),this.delete=YAMLMap.YAMLMap.prototype.delete.bind(this),this.get=YAMLMap.YAMLMap.prototype.get.bind(this),this.has=YAMLMap.YAMLMap.prototype.has.bind(this),this.set=YAMLMap.YAMLMap.prototype.set.bind(this),this.tag=_YAMLOMap.tag}toJSON(_,ctx){if(!ctx)return super.toJSON(_);let map=new Map;ctx?.onCreate&&ctx.onCreate(map);for(let pair of this.items){let key2,value;if(identity4.isPair(pair)?(key2=toJS.toJS(pair.key,"",ctx),value=toJS.toJS(pair.value,key2,ctx)):key2=toJS.toJS(pair,"",ctx),map.has(key2))throw new Error("Ordered maps must not include duplicate keys");map.set(key2,value)}return map}static from(schema,iterable,ctx){let pairs$1=pairs.createPairs(schema,iterable,ctx),omap2=new this;return omap2.items=pairs$1.items,omap2}};YAMLOMap.tag="tag:yaml.org,2002:omap";var omap={collection:"seq",identify:value=>value instanceof Map,nodeClass:YAMLOMap,default:!1,tag:"tag:yaml.org,2002:omap",resolve(seq,onError){let pairs$1=pairs.resolvePairs(seq,onError),seenKeys=[];for(let{key:key2}of pairs$1.items)identity4.isScalar(key2)&&(seenKeys.includes(key2.value)?onError(`Ordered maps must not include duplicate keys: ${key2.value}`):seenKeys.push(key2.value));return Object.assign(new YAMLOMap,pairs$1)},createNode:(schema,iterable,ctx)=>YAMLOMap.from(schema,iterable,ctx)};exports.YAMLOMap=YAMLOMap;exports.omap=omap}});var require_bool2=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports){"use strict";var Scalar3=require_Scalar();function boolStringify({value,source},ctx){return source&&(value?trueTag:falseTag).test.test(source)?source:value?ctx.options.trueStr:ctx.options.falseStr}var trueTag={identify:value=>value===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new Scalar3.Scalar(!0),stringify:boolStringify},falseTag={identify:value=>value===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new Scalar3.Scalar(!1),stringify:boolStringify};exports.falseTag=falseTag;exports.trueTag=trueTag}});var require_float2=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports){"use strict";var Scalar3=require_Scalar(),stringifyNumber=require_stringifyNumber(),floatNaN={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:str=>str.slice(-3).toLowerCase()==="nan"?NaN:str[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:stringifyNumber.stringifyNumber},floatExp={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:str=>parseFloat(str.replace(/_/g,"")),stringify(node){let num=Number(node.value);return isFinite(num)?num.toExponential():stringifyNumber.stringifyNumber(node)}},float={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(str){let node=new Scalar3.Scalar(parseFloat(str.replace(/_/g,""))),dot=str.indexOf(".");if(dot!==-1){let f=str.substring(dot+1).replace(/_/g,"");f[f.length-1]==="0"&&(node.minFractionDigits=f.length)}return node},stringify:stringifyNumber.stringifyNumber};exports.float=float;exports.floatExp=floatExp;exports.floatNaN=floatNaN}});var require_int2=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports){"use strict";var stringifyNumber=require_stringifyNumber(),intIdentify=value=>typeof value=="bigint"||Number.isInteger(value);function intResolve(str,offset,radix,{intAsBigInt}){let sign=str[0];if((sign==="-"||sign==="+")&&(offset+=1),str=str.substring(offset).replace(/_/g,""),intAsBigInt){switch(radix){case 2:str=`0b${str}`;break;case 8:str=`0o${str}`;break;case 16:str=`0x${str}`;break}let n2=BigInt(str);return sign==="-"?BigInt(-1)*n2:n2}let n=parseInt(str,radix);return sign==="-"?-1*n:n}function intStringify(node,radix,prefix){let{value}=node;if(intIdentify(value)){let str=value.toString(radix);return value<0?"-"+prefix+str.substr(1):prefix+str}return stringifyNumber.stringifyNumber(node)}var intBin={identify:intIdentify,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,2,opt),stringify:node=>intStringify(node,2,"0b")},intOct={identify:intIdentify,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(str,_onError,opt)=>intResolve(str,1,8,opt),stringify:node=>intStringify(node,8,"0")},int={identify:intIdentify,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(str,_onError,opt)=>intResolve(str,0,10,opt),stringify:stringifyNumber.stringifyNumber},intHex={identify:intIdentify,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(str,_onError,opt)=>intResolve(str,2,16,opt),stringify:node=>intStringify(node,16,"0x")};exports.int=int;exports.intBin=intBin;exports.intHex=intHex;exports.intOct=intOct}});var require_set=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports){"use strict";var identity4=require_identity(),Pair=require_Pair(),YAMLMap=require_YAMLMap(),YAMLSet=class _YAMLSet extends YAMLMap.YAMLMap{constructor(schema){super(schema),this.tag=_YAMLSet.tag}add(key2){let pair;identity4.isPair(key2)?pair=key2:key2&&typeof key2=="object"&&"key"in key2&&"value"in key2&&key2.value===null?pair=new Pair.Pair(key2.key,null):pair=new Pair.Pair(key2,null),YAMLMap.findPair(this.items,pair.key)||this.items.push(pair)}get(key2,keepPair){let pair=YAMLMap.findPair(this.items,key2);return!keepPair&&identity4.isPair(pair)?identity4.isScalar(pair.key)?pair.key.value:pair.key:pair}set(key2,value){if(typeof value!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);let prev=YAMLMap.findPair(this.items,key2);prev&&!value?this.items.splice(this.items.indexOf(prev),1):!prev&&value&&this.items.push(new Pair.Pair(key2))}toJSON(_,ctx){return super.toJSON(_,ctx,Set)}toString(ctx,onComment,onChompKeep){if(!ctx)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},ctx,{allNullValues:!0}),onComment,onChompKeep);throw new Error("Set items must all have null values")}static from(schema,iterable,ctx){let{replacer}=ctx,set2=new this(schema);if(iterable&&Symbol.iterator in Object(iterable))for(let value of iterable)typeof replacer=="function"&&(value=replacer.call(iterable,value,value)),set2.items.push(Pair.createPair(value,null,ctx));return set2}};YAMLSet.tag="tag:yaml.org,2002:set";var set={collection:"map",identify:value=>value instanceof Set,nodeClass:YAMLSet,default:!1,tag:"tag:yaml.org,2002:set",createNode:(schema,iterable,ctx)=>YAMLSet.from(schema,iterable,ctx),resolve(map,onError){if(identity4.isMap(map)){if(map.hasAllNullValues(!0))return Object.assign(new YAMLSet,map);onError("Set items must all have null values")}else onError("Expected a mapping for this tag");return map}};exports.YAMLSet=YAMLSet;exports.set=set}});var require_timestamp=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports){"use strict";var stringifyNumber=require_stringifyNumber();function parseSexagesimal(str,asBigInt){let sign=str[0],parts=sign==="-"||sign==="+"?str.substring(1):str,num=n=>asBigInt?BigInt(n):Number(n),res=parts.replace(/_/g,"").split(":").reduce((res2,p)=>res2*num(60)+num(p),num(0));return sign==="-"?num(-1)*res:res}function stringifySexagesimal(node){let{value}=node,num=n=>n;if(typeof value=="bigint")num=n=>BigInt(n);else if(isNaN(value)||!isFinite(value))return stringifyNumber.stringifyNumber(node);let sign="";value<0&&(sign="-",value*=num(-1));let _60=num(60),parts=[value%_60];return value<60?parts.unshift(0):(value=(value-parts[0])/_60,parts.unshift(value%_60),value>=60&&(value=(value-parts[0])/_60,parts.unshift(value))),sign+parts.map(n=>String(n).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var intTime={identify:value=>typeof value=="bigint"||Number.isInteger(value),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(str,_onError,{intAsBigInt})=>parseSexagesimal(str,intAsBigInt),stringify:stringifySexagesimal},floatTime={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:str=>parseSexagesimal(str,!1),stringify:stringifySexagesimal},timestamp={identify:value=>value instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(str){let match=str.match(timestamp.test);if(!match)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,year,month,day,hour,minute,second]=match.map(Number),millisec=match[7]?Number((match[7]+"00").substr(1,3)):0,date=Date.UTC(year,month-1,day,hour||0,minute||0,second||0,millisec),tz=match[8];if(tz&&tz!=="Z"){let d=parseSexagesimal(tz,!1);Math.abs(d)<30&&(d*=60),date-=6e4*d}return new Date(date)},stringify:({value})=>value?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};exports.floatTime=floatTime;exports.intTime=intTime;exports.timestamp=timestamp}});var require_schema3=__commonJS({"node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports){"use strict";var map=require_map(),_null=require_null(),seq=require_seq(),string=require_string(),binary=require_binary(),bool=require_bool2(),float=require_float2(),int=require_int2(),merge=require_merge(),omap=require_omap(),pairs=require_pairs(),set=require_set(),timestamp=require_timestamp(),schema=[map.map,seq.seq,string.string,_null.nullTag,bool.trueTag,bool.falseTag,int.intBin,int.intOct,int.int,int.intHex,float.floatNaN,float.floatExp,float.float,binary.binary,merge.merge,omap.omap,pairs.pairs,set.set,timestamp.intTime,timestamp.floatTime,timestamp.timestamp];exports.schema=schema}});var require_tags=__commonJS({"node_modules/yaml/dist/schema/tags.js"(exports){"use strict";var map=require_map(),_null=require_null(),seq=require_seq(),string=require_string(),bool=require_bool(),float=require_float(),int=require_int(),schema=require_schema(),schema$1=require_schema2(),binary=require_binary(),merge=require_merge(),omap=require_omap(),pairs=require_pairs(),schema$2=require_schema3(),set=require_set(),timestamp=require_timestamp(),schemas=new Map([["core",schema.schema],["failsafe",[map.map,seq.seq,string.string]],["json",schema$1.schema],["yaml11",schema$2.schema],["yaml-1.1",schema$2.schema]]),tagsByName={binary:binary.binary,bool:bool.boolTag,float:float.float,floatExp:float.floatExp,floatNaN:float.floatNaN,floatTime:timestamp.floatTime,int:int.int,intHex:int.intHex,intOct:int.intOct,intTime:timestamp.intTime,map:map.map,merge:merge.merge,null:_null.nullTag,omap:omap.omap,pairs:pairs.pairs,seq:seq.seq,set:set.set,timestamp:timestamp.timestamp},coreKnownTags={"tag:yaml.org,2002:binary":binary.binary,"tag:yaml.org,2002:merge":merge.merge,"tag:yaml.org,2002:omap":omap.omap,"tag:yaml.org,2002:pairs":pairs.pairs,"tag:yaml.org,2002:set":set.set,"tag:yaml.org,2002:timestamp":timestamp.timestamp};function getTags(customTags,schemaName,addMergeTag){let schemaTags=schemas.get(schemaName);if(schemaTags&&!customTags)return addMergeTag&&!schemaTags.includes(merge.merge)?schemaTags.concat(merge.merge):schemaTags.slice();let tags=schemaTags;if(!tags)if(Array.isArray(customTags))tags=[];else{let keys=Array.from(schemas.keys()).filter(key2=>key2!=="yaml11").map(key2=>JSON.stringify(key2)).join(", ");throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`)}if(Array.isArray(customTags))for(let tag of customTags)tags=tags.concat(tag);else typeof customTags=="function"&&(tags=customTags(tags.slice()));return addMergeTag&&(tags=tags.concat(merge.merge)),tags.reduce((tags2,tag)=>{let tagObj=typeof tag=="string"?tagsByName[tag]:tag;if(!tagObj){let tagName=JSON.stringify(tag),keys=Object.keys(tagsByName).map(key2=>JSON.stringify(key2)).join(", ");throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`)}return tags2.includes(tagObj)||tags2.push(tagObj),tags2},[])}exports.coreKnownTags=coreKnownTags;exports.getTags=getTags}});var require_Schema=__commonJS({"node_modules/yaml/dist/schema/Schema.js"(exports){"use strict";var identity4=require_identity(),map=require_map(),seq=require_seq(),string=require_string(),tags=require_tags(),sortMapEntriesByKey=(a,b)=>a.key<b.key?-1:a.key>b.key?1:0,Schema=class _Schema{constructor({compat,customTags,merge,resolveKnownTags,schema,sortMapEntries,toStringDefaults}){this.compat=Array.isArray(compat)?tags.getTags(compat,"compat"):compat?tags.getTags(null,compat):null,this.name=typeof schema=="string"&&schema||"core",this.knownTags=resolveKnownTags?tags.coreKnownTags:{},this.tags=tags.getTags(customTags,this.name,merge),this.toStringOptions=toStringDefaults??null,Object.defineProperty(this,identity4.MAP,{value:map.map}),Object.defineProperty(this,identity4.SCALAR,{value:string.string}),Object.defineProperty(this,identity4.SEQ,{value:seq.seq}),this.sortMapEntries=typeof sortMapEntries=="function"?sortMapEntries:sortMapEntries===!0?sortMapEntriesByKey:null}clone(){let copy=Object.create(_Schema.prototype,Object.getOwnPropertyDescriptors(this));return copy.tags=this.tags.slice(),copy}};exports.Schema=Schema}});var require_stringifyDocument=__commonJS({"node_modules/yaml/dist/stringify/stringifyDocument.js"(exports){"use strict";var identity4=require_identity(),stringify=require_stringify(),stringifyComment=require_stringifyComment();function stringifyDocument(doc,options){let lines=[],hasDirectives=options.directives===!0;if(options.directives!==!1&&doc.directives){let dir2=doc.directives.toString(doc);dir2?(lines.push(dir2),hasDirectives=!0):doc.directives.docStart&&(hasDirectives=!0)}hasDirectives&&lines.push("---");let ctx=stringify.createStringifyContext(doc,options),{commentString}=ctx.options;if(doc.commentBefore){lines.length!==1&&lines.unshift("");let cs=commentString(doc.commentBefore);lines.unshift(stringifyComment.indentComment(cs,""))}let chompKeep=!1,contentComment=null;if(doc.contents){if(identity4.isNode(doc.contents)){if(doc.contents.spaceBefore&&hasDirectives&&lines.push(""),doc.contents.commentBefore){let cs=commentString(doc.contents.commentBefore);lines.push(stringifyComment.indentComment(cs,""))}ctx.forceBlockIndent=!!doc.comment,contentComment=doc.contents.comment}let onChompKeep=contentComment?void 0:()=>chompKeep=!0,body=stringify.stringify(doc.contents,ctx,()=>contentComment=null,onChompKeep);contentComment&&(body+=stringifyComment.lineComment(body,"",commentString(contentComment))),(body[0]==="|"||body[0]===">")&&lines[lines.length-1]==="---"?lines[lines.length-1]=`--- ${body}`:lines.push(body)}else lines.push(stringify.stringify(doc.contents,ctx));if(doc.directives?.docEnd)if(doc.comment){let cs=commentString(doc.comment);cs.includes(`
`)?(lines.push("..."),lines.push(stringifyComment.indentComment(cs,""))):lines.push(`... ${cs}`)}else lines.push("...");else{let dc=doc.comment;dc&&chompKeep&&(dc=dc.replace(/^\n+/,"")),dc&&((!chompKeep||contentComment)&&lines[lines.length-1]!==""&&lines.push(""),lines.push(stringifyComment.indentComment(commentString(dc),"")))}return lines.join(`
`)+`
`}exports.stringifyDocument=stringifyDocument}});var require_Document=__commonJS({"node_modules/yaml/dist/doc/Document.js"(exports){"use strict";var Alias=require_Alias(),Collection=require_Collection(),identity4=require_identity(),Pair=require_Pair(),toJS=require_toJS(),Schema=require_Schema(),stringifyDocument=require_stringifyDocument(),anchors=require_anchors(),applyReviver=require_applyReviver(),createNode=require_createNode(),directives=require_directives(),Document=class _Document{constructor(value,replacer,options){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,identity4.NODE_TYPE,{value:identity4.DOC});let _replacer=null;typeof replacer=="function"||Array.isArray(replacer)?_replacer=replacer:options===void 0&&replacer&&(options=replacer,replacer=void 0);let opt=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},options);this.options=opt;let{version}=opt;options?._directives?(this.directives=options._directives.atDocument(),this.directives.yaml.explicit&&(version=this.directives.yaml.version)):this.directives=new directives.Directives({version}),this.setSchema(version,options),this.contents=value===void 0?null:this.createNode(value,_replacer,options)}clone(){let copy=Object.create(_Document.prototype,{[identity4.NODE_TYPE]:{value:identity4.DOC}});return copy.commentBefore=this.commentBefore,copy.comment=this.comment,copy.errors=this.errors.slice(),copy.warnings=this.warnings.slice(),copy.options=Object.assign({},this.options),this.directives&&(copy.directives=this.directives.clone()),copy.schema=this.schema.clone(),copy.contents=identity4.isNode(this.contents)?this.contents.clone(copy.schema):this.contents,this.range&&(copy.range=this.range.slice()),copy}add(value){assertCollection(this.contents)&&this.contents.add(value)}addIn(path17,value){assertCollection(this.contents)&&this.contents.addIn(path17,value)}createAlias(node,name){if(!node.anchor){let prev=anchors.anchorNames(this);node.anchor=!name||prev.has(name)?anchors.findNewAnchor(name||"a",prev):name}return new Alias.Alias(node.anchor)}createNode(value,replacer,options){let _replacer;if(typeof replacer=="function")value=replacer.call({"":value},"",value),_replacer=replacer;else if(Array.isArray(replacer)){let keyToStr=v=>typeof v=="number"||v instanceof String||v instanceof Number,asStr=replacer.filter(keyToStr).map(String);asStr.length>0&&(replacer=replacer.concat(asStr)),_replacer=replacer}else options===void 0&&replacer&&(options=replacer,replacer=void 0);let{aliasDuplicateObjects,anchorPrefix,flow,keepUndefined,onTagObj,tag}=options??{},{onAnchor,setAnchors,sourceObjects}=anchors.createNodeAnchors(this,anchorPrefix||"a"),ctx={aliasDuplicateObjects:aliasDuplicateObjects??!0,keepUndefined:keepUndefined??!1,onAnchor,onTagObj,replacer:_replacer,schema:this.schema,sourceObjects},node=createNode.createNode(value,tag,ctx);return flow&&identity4.isCollection(node)&&(node.flow=!0),setAnchors(),node}createPair(key2,value,options={}){let k=this.createNode(key2,null,options),v=this.createNode(value,null,options);return new Pair.Pair(k,v)}delete(key2){return assertCollection(this.contents)?this.contents.delete(key2):!1}deleteIn(path17){return Collection.isEmptyPath(path17)?this.contents==null?!1:(this.contents=null,!0):assertCollection(this.contents)?this.contents.deleteIn(path17):!1}get(key2,keepScalar){return identity4.isCollection(this.contents)?this.contents.get(key2,keepScalar):void 0}getIn(path17,keepScalar){return Collection.isEmptyPath(path17)?!keepScalar&&identity4.isScalar(this.contents)?this.contents.value:this.contents:identity4.isCollection(this.contents)?this.contents.getIn(path17,keepScalar):void 0}has(key2){return identity4.isCollection(this.contents)?this.contents.has(key2):!1}hasIn(path17){return Collection.isEmptyPath(path17)?this.contents!==void 0:identity4.isCollection(this.contents)?this.contents.hasIn(path17):!1}set(key2,value){this.contents==null?this.contents=Collection.collectionFromPath(this.schema,[key2],value):assertCollection(this.contents)&&this.contents.set(key2,value)}setIn(path17,value){Collection.isEmptyPath(path17)?this.contents=value:this.contents==null?this.contents=Collection.collectionFromPath(this.schema,Array.from(path17),value):assertCollection(this.contents)&&this.contents.setIn(path17,value)}setSchema(version,options={}){typeof version=="number"&&(version=String(version));let opt;switch(version){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new directives.Directives({version:"1.1"}),opt={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=version:this.directives=new directives.Directives({version}),opt={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,opt=null;break;default:{let sv=JSON.stringify(version);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`)}}if(options.schema instanceof Object)this.schema=options.schema;else if(opt)this.schema=new Schema.Schema(Object.assign(opt,options));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json,jsonArg,mapAsMap,maxAliasCount,onAnchor,reviver}={}){let ctx={anchors:new Map,doc:this,keep:!json,mapAsMap:mapAsMap===!0,mapKeyWarned:!1,maxAliasCount:typeof maxAliasCount=="number"?maxAliasCount:100},res=toJS.toJS(this.contents,jsonArg??"",ctx);if(typeof onAnchor=="function")for(let{count,res:res2}of ctx.anchors.values())onAnchor(res2,count);return typeof reviver=="function"?applyReviver.applyReviver(reviver,{"":res},"",res):res}toJSON(jsonArg,onAnchor){return this.toJS({json:!0,jsonArg,mapAsMap:!1,onAnchor})}toString(options={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in options&&(!Number.isInteger(options.indent)||Number(options.indent)<=0)){let s=JSON.stringify(options.indent);throw new Error(`"indent" option must be a positive integer, not ${s}`)}return stringifyDocument.stringifyDocument(this,options)}};function assertCollection(contents){if(identity4.isCollection(contents))return!0;throw new Error("Expected a YAML collection as document contents")}exports.Document=Document}});var require_errors=__commonJS({"node_modules/yaml/dist/errors.js"(exports){"use strict";var YAMLError=class extends Error{constructor(name,pos,code,message){super(),this.name=name,this.code=code,this.message=message,this.pos=pos}},YAMLParseError=class extends YAMLError{constructor(pos,code,message){super("YAMLParseError",pos,code,message)}},YAMLWarning=class extends YAMLError{constructor(pos,code,message){super("YAMLWarning",pos,code,message)}},prettifyError=(src,lc)=>error2=>{if(error2.pos[0]===-1)return;error2.linePos=error2.pos.map(pos=>lc.linePos(pos));let{line,col}=error2.linePos[0];error2.message+=` at line ${line}, column ${col}`;let ci=col-1,lineStr=src.substring(lc.lineStarts[line-1],lc.lineStarts[line]).replace(/[\n\r]+$/,"");if(ci>=60&&lineStr.length>80){let trimStart=Math.min(ci-39,lineStr.length-79);lineStr="\u2026"+lineStr.substring(trimStart),ci-=trimStart-1}if(lineStr.length>80&&(lineStr=lineStr.substring(0,79)+"\u2026"),line>1&&/^ *$/.test(lineStr.substring(0,ci))){let prev=src.substring(lc.lineStarts[line-2],lc.lineStarts[line-1]);prev.length>80&&(prev=prev.substring(0,79)+`\u2026
`),lineStr=prev+lineStr}if(/[^ ]/.test(lineStr)){let count=1,end=error2.linePos[1];end?.line===line&&end.col>col&&(count=Math.max(1,Math.min(end.col-col,80-ci)));let pointer=" ".repeat(ci)+"^".repeat(count);error2.message+=`:

${lineStr}
${pointer}
`}};exports.YAMLError=YAMLError;exports.YAMLParseError=YAMLParseError;exports.YAMLWarning=YAMLWarning;exports.prettifyError=prettifyError}});var require_resolve_props=__commonJS({"node_modules/yaml/dist/compose/resolve-props.js"(exports){"use strict";function resolveProps(tokens,{flow,indicator,next,offset,onError,parentIndent,startOnNewline}){let spaceBefore=!1,atNewline=startOnNewline,hasSpace=startOnNewline,comment="",commentSep="",hasNewline=!1,reqSpace=!1,tab=null,anchor=null,tag=null,newlineAfterProp=null,comma=null,found=null,start=null;for(let token of tokens)switch(reqSpace&&(token.type!=="space"&&token.type!=="newline"&&token.type!=="comma"&&onError(token.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),reqSpace=!1),tab&&(atNewline&&token.type!=="comment"&&token.type!=="newline"&&onError(tab,"TAB_AS_INDENT","Tabs are not allowed as indentation"),tab=null),token.type){case"space":!flow&&(indicator!=="doc-start"||next?.type!=="flow-collection")&&token.source.includes("	")&&(tab=token),hasSpace=!0;break;case"comment":{hasSpace||onError(token,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let cb=token.source.substring(1)||" ";comment?comment+=commentSep+cb:comment=cb,commentSep="",atNewline=!1;break}case"newline":atNewline?comment?comment+=token.source:(!found||indicator!=="seq-item-ind")&&(spaceBefore=!0):commentSep+=token.source,atNewline=!0,hasNewline=!0,(anchor||tag)&&(newlineAfterProp=token),hasSpace=!0;break;case"anchor":anchor&&onError(token,"MULTIPLE_ANCHORS","A node can have at most one anchor"),token.source.endsWith(":")&&onError(token.offset+token.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),anchor=token,start??(start=token.offset),atNewline=!1,hasSpace=!1,reqSpace=!0;break;case"tag":{tag&&onError(token,"MULTIPLE_TAGS","A node can have at most one tag"),tag=token,start??(start=token.offset),atNewline=!1,hasSpace=!1,reqSpace=!0;break}case indicator:(anchor||tag)&&onError(token,"BAD_PROP_ORDER",`Anchors and tags must be after the ${token.source} indicator`),found&&onError(token,"UNEXPECTED_TOKEN",`Unexpected ${token.source} in ${flow??"collection"}`),found=token,atNewline=indicator==="seq-item-ind"||indicator==="explicit-key-ind",hasSpace=!1;break;case"comma":if(flow){comma&&onError(token,"UNEXPECTED_TOKEN",`Unexpected , in ${flow}`),comma=token,atNewline=!1,hasSpace=!1;break}default:onError(token,"UNEXPECTED_TOKEN",`Unexpected ${token.type} token`),atNewline=!1,hasSpace=!1}let last=tokens[tokens.length-1],end=last?last.offset+last.source.length:offset;return reqSpace&&next&&next.type!=="space"&&next.type!=="newline"&&next.type!=="comma"&&(next.type!=="scalar"||next.source!=="")&&onError(next.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),tab&&(atNewline&&tab.indent<=parentIndent||next?.type==="block-map"||next?.type==="block-seq")&&onError(tab,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma,found,spaceBefore,comment,hasNewline,anchor,tag,newlineAfterProp,end,start:start??end}}exports.resolveProps=resolveProps}});var require_util_contains_newline=__commonJS({"node_modules/yaml/dist/compose/util-contains-newline.js"(exports){"use strict";function containsNewline(key2){if(!key2)return null;switch(key2.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(key2.source.includes(`
`))return!0;if(key2.end){for(let st of key2.end)if(st.type==="newline")return!0}return!1;case"flow-collection":for(let it of key2.items){for(let st of it.start)if(st.type==="newline")return!0;if(it.sep){for(let st of it.sep)if(st.type==="newline")return!0}if(containsNewline(it.key)||containsNewline(it.value))return!0}return!1;default:return!0}}exports.containsNewline=containsNewline}});var require_util_flow_indent_check=__commonJS({"node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports){"use strict";var utilContainsNewline=require_util_contains_newline();function flowIndentCheck(indent,fc,onError){if(fc?.type==="flow-collection"){let end=fc.end[0];end.indent===indent&&(end.source==="]"||end.source==="}")&&utilContainsNewline.containsNewline(fc)&&onError(end,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}exports.flowIndentCheck=flowIndentCheck}});var require_util_map_includes=__commonJS({"node_modules/yaml/dist/compose/util-map-includes.js"(exports){"use strict";var identity4=require_identity();function mapIncludes(ctx,items,search){let{uniqueKeys}=ctx.options;if(uniqueKeys===!1)return!1;let isEqual=typeof uniqueKeys=="function"?uniqueKeys:(a,b)=>a===b||identity4.isScalar(a)&&identity4.isScalar(b)&&a.value===b.value;return items.some(pair=>isEqual(pair.key,search))}exports.mapIncludes=mapIncludes}});var require_resolve_block_map=__commonJS({"node_modules/yaml/dist/compose/resolve-block-map.js"(exports){"use strict";var Pair=require_Pair(),YAMLMap=require_YAMLMap(),resolveProps=require_resolve_props(),utilContainsNewline=require_util_contains_newline(),utilFlowIndentCheck=require_util_flow_indent_check(),utilMapIncludes=require_util_map_includes(),startColMsg="All mapping items must start at the same column";function resolveBlockMap({composeNode,composeEmptyNode},ctx,bm,onError,tag){let NodeClass=tag?.nodeClass??YAMLMap.YAMLMap,map=new NodeClass(ctx.schema);ctx.atRoot&&(ctx.atRoot=!1);let offset=bm.offset,commentEnd=null;for(let collItem of bm.items){let{start,key:key2,sep,value}=collItem,keyProps=resolveProps.resolveProps(start,{indicator:"explicit-key-ind",next:key2??sep?.[0],offset,onError,parentIndent:bm.indent,startOnNewline:!0}),implicitKey=!keyProps.found;if(implicitKey){if(key2&&(key2.type==="block-seq"?onError(offset,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in key2&&key2.indent!==bm.indent&&onError(offset,"BAD_INDENT",startColMsg)),!keyProps.anchor&&!keyProps.tag&&!sep){commentEnd=keyProps.end,keyProps.comment&&(map.comment?map.comment+=`
`+keyProps.comment:map.comment=keyProps.comment);continue}(keyProps.newlineAfterProp||utilContainsNewline.containsNewline(key2))&&onError(key2??start[start.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else keyProps.found?.indent!==bm.indent&&onError(offset,"BAD_INDENT",startColMsg);ctx.atKey=!0;let keyStart=keyProps.end,keyNode=key2?composeNode(ctx,key2,keyProps,onError):composeEmptyNode(ctx,keyStart,start,null,keyProps,onError);ctx.schema.compat&&utilFlowIndentCheck.flowIndentCheck(bm.indent,key2,onError),ctx.atKey=!1,utilMapIncludes.mapIncludes(ctx,map.items,keyNode)&&onError(keyStart,"DUPLICATE_KEY","Map keys must be unique");let valueProps=resolveProps.resolveProps(sep??[],{indicator:"map-value-ind",next:value,offset:keyNode.range[2],onError,parentIndent:bm.indent,startOnNewline:!key2||key2.type==="block-scalar"});if(offset=valueProps.end,valueProps.found){implicitKey&&(value?.type==="block-map"&&!valueProps.hasNewline&&onError(offset,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),ctx.options.strict&&keyProps.start<valueProps.found.offset-1024&&onError(keyNode.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let valueNode=value?composeNode(ctx,value,valueProps,onError):composeEmptyNode(ctx,offset,sep,null,valueProps,onError);ctx.schema.compat&&utilFlowIndentCheck.flowIndentCheck(bm.indent,value,onError),offset=valueNode.range[2];let pair=new Pair.Pair(keyNode,valueNode);ctx.options.keepSourceTokens&&(pair.srcToken=collItem),map.items.push(pair)}else{implicitKey&&onError(keyNode.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),valueProps.comment&&(keyNode.comment?keyNode.comment+=`
`+valueProps.comment:keyNode.comment=valueProps.comment);let pair=new Pair.Pair(keyNode);ctx.options.keepSourceTokens&&(pair.srcToken=collItem),map.items.push(pair)}}return commentEnd&&commentEnd<offset&&onError(commentEnd,"IMPOSSIBLE","Map comment with trailing content"),map.range=[bm.offset,offset,commentEnd??offset],map}exports.resolveBlockMap=resolveBlockMap}});var require_resolve_block_seq=__commonJS({"node_modules/yaml/dist/compose/resolve-block-seq.js"(exports){"use strict";var YAMLSeq=require_YAMLSeq(),resolveProps=require_resolve_props(),utilFlowIndentCheck=require_util_flow_indent_check();function resolveBlockSeq({composeNode,composeEmptyNode},ctx,bs,onError,tag){let NodeClass=tag?.nodeClass??YAMLSeq.YAMLSeq,seq=new NodeClass(ctx.schema);ctx.atRoot&&(ctx.atRoot=!1),ctx.atKey&&(ctx.atKey=!1);let offset=bs.offset,commentEnd=null;for(let{start,value}of bs.items){let props=resolveProps.resolveProps(start,{indicator:"seq-item-ind",next:value,offset,onError,parentIndent:bs.indent,startOnNewline:!0});if(!props.found)if(props.anchor||props.tag||value)value?.type==="block-seq"?onError(props.end,"BAD_INDENT","All sequence items must start at the same column"):onError(offset,"MISSING_CHAR","Sequence item without - indicator");else{commentEnd=props.end,props.comment&&(seq.comment=props.comment);continue}let node=value?composeNode(ctx,value,props,onError):composeEmptyNode(ctx,props.end,start,null,props,onError);ctx.schema.compat&&utilFlowIndentCheck.flowIndentCheck(bs.indent,value,onError),offset=node.range[2],seq.items.push(node)}return seq.range=[bs.offset,offset,commentEnd??offset],seq}exports.resolveBlockSeq=resolveBlockSeq}});var require_resolve_end=__commonJS({"node_modules/yaml/dist/compose/resolve-end.js"(exports){"use strict";function resolveEnd(end,offset,reqSpace,onError){let comment="";if(end){let hasSpace=!1,sep="";for(let token of end){let{source,type}=token;switch(type){case"space":hasSpace=!0;break;case"comment":{reqSpace&&!hasSpace&&onError(token,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let cb=source.substring(1)||" ";comment?comment+=sep+cb:comment=cb,sep="";break}case"newline":comment&&(sep+=source),hasSpace=!0;break;default:onError(token,"UNEXPECTED_TOKEN",`Unexpected ${type} at node end`)}offset+=source.length}}return{comment,offset}}exports.resolveEnd=resolveEnd}});var require_resolve_flow_collection=__commonJS({"node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports){"use strict";var identity4=require_identity(),Pair=require_Pair(),YAMLMap=require_YAMLMap(),YAMLSeq=require_YAMLSeq(),resolveEnd=require_resolve_end(),resolveProps=require_resolve_props(),utilContainsNewline=require_util_contains_newline(),utilMapIncludes=require_util_map_includes(),blockMsg="Block collections are not allowed within flow collections",isBlock=token=>token&&(token.type==="block-map"||token.type==="block-seq");function resolveFlowCollection({composeNode,composeEmptyNode},ctx,fc,onError,tag){let isMap5=fc.start.source==="{",fcName=isMap5?"flow map":"flow sequence",NodeClass=tag?.nodeClass??(isMap5?YAMLMap.YAMLMap:YAMLSeq.YAMLSeq),coll=new NodeClass(ctx.schema);coll.flow=!0;let atRoot=ctx.atRoot;atRoot&&(ctx.atRoot=!1),ctx.atKey&&(ctx.atKey=!1);let offset=fc.offset+fc.start.source.length;for(let i=0;i<fc.items.length;++i){let collItem=fc.items[i],{start,key:key2,sep,value}=collItem,props=resolveProps.resolveProps(start,{flow:fcName,indicator:"explicit-key-ind",next:key2??sep?.[0],offset,onError,parentIndent:fc.indent,startOnNewline:!1});if(!props.found){if(!props.anchor&&!props.tag&&!sep&&!value){i===0&&props.comma?onError(props.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${fcName}`):i<fc.items.length-1&&onError(props.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${fcName}`),props.comment&&(coll.comment?coll.comment+=`
`+props.comment:coll.comment=props.comment),offset=props.end;continue}!isMap5&&ctx.options.strict&&utilContainsNewline.containsNewline(key2)&&onError(key2,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(i===0)props.comma&&onError(props.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${fcName}`);else if(props.comma||onError(props.start,"MISSING_CHAR",`Missing , between ${fcName} items`),props.comment){let prevItemComment="";loop:for(let st of start)switch(st.type){case"comma":case"space":break;case"comment":prevItemComment=st.source.substring(1);break loop;default:break loop}if(prevItemComment){let prev=coll.items[coll.items.length-1];identity4.isPair(prev)&&(prev=prev.value??prev.key),prev.comment?prev.comment+=`
`+prevItemComment:prev.comment=prevItemComment,props.comment=props.comment.substring(prevItemComment.length+1)}}if(!isMap5&&!sep&&!props.found){let valueNode=value?composeNode(ctx,value,props,onError):composeEmptyNode(ctx,props.end,sep,null,props,onError);coll.items.push(valueNode),offset=valueNode.range[2],isBlock(value)&&onError(valueNode.range,"BLOCK_IN_FLOW",blockMsg)}else{ctx.atKey=!0;let keyStart=props.end,keyNode=key2?composeNode(ctx,key2,props,onError):composeEmptyNode(ctx,keyStart,start,null,props,onError);isBlock(key2)&&onError(keyNode.range,"BLOCK_IN_FLOW",blockMsg),ctx.atKey=!1;let valueProps=resolveProps.resolveProps(sep??[],{flow:fcName,indicator:"map-value-ind",next:value,offset:keyNode.range[2],onError,parentIndent:fc.indent,startOnNewline:!1});if(valueProps.found){if(!isMap5&&!props.found&&ctx.options.strict){if(sep)for(let st of sep){if(st===valueProps.found)break;if(st.type==="newline"){onError(st,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}props.start<valueProps.found.offset-1024&&onError(valueProps.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else value&&("source"in value&&value.source?.[0]===":"?onError(value,"MISSING_CHAR",`Missing space after : in ${fcName}`):onError(valueProps.start,"MISSING_CHAR",`Missing , or : between ${fcName} items`));let valueNode=value?composeNode(ctx,value,valueProps,onError):valueProps.found?composeEmptyNode(ctx,valueProps.end,sep,null,valueProps,onError):null;valueNode?isBlock(value)&&onError(valueNode.range,"BLOCK_IN_FLOW",blockMsg):valueProps.comment&&(keyNode.comment?keyNode.comment+=`
`+valueProps.comment:keyNode.comment=valueProps.comment);let pair=new Pair.Pair(keyNode,valueNode);if(ctx.options.keepSourceTokens&&(pair.srcToken=collItem),isMap5){let map=coll;utilMapIncludes.mapIncludes(ctx,map.items,keyNode)&&onError(keyStart,"DUPLICATE_KEY","Map keys must be unique"),map.items.push(pair)}else{let map=new YAMLMap.YAMLMap(ctx.schema);map.flow=!0,map.items.push(pair);let endRange=(valueNode??keyNode).range;map.range=[keyNode.range[0],endRange[1],endRange[2]],coll.items.push(map)}offset=valueNode?valueNode.range[2]:valueProps.end}}let expectedEnd=isMap5?"}":"]",[ce,...ee]=fc.end,cePos=offset;if(ce?.source===expectedEnd)cePos=ce.offset+ce.source.length;else{let name=fcName[0].toUpperCase()+fcName.substring(1),msg=atRoot?`${name} must end with a ${expectedEnd}`:`${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;onError(offset,atRoot?"MISSING_CHAR":"BAD_INDENT",msg),ce&&ce.source.length!==1&&ee.unshift(ce)}if(ee.length>0){let end=resolveEnd.resolveEnd(ee,cePos,ctx.options.strict,onError);end.comment&&(coll.comment?coll.comment+=`
`+end.comment:coll.comment=end.comment),coll.range=[fc.offset,cePos,end.offset]}else coll.range=[fc.offset,cePos,cePos];return coll}exports.resolveFlowCollection=resolveFlowCollection}});var require_compose_collection=__commonJS({"node_modules/yaml/dist/compose/compose-collection.js"(exports){"use strict";var identity4=require_identity(),Scalar3=require_Scalar(),YAMLMap=require_YAMLMap(),YAMLSeq=require_YAMLSeq(),resolveBlockMap=require_resolve_block_map(),resolveBlockSeq=require_resolve_block_seq(),resolveFlowCollection=require_resolve_flow_collection();function resolveCollection(CN,ctx,token,onError,tagName,tag){let coll=token.type==="block-map"?resolveBlockMap.resolveBlockMap(CN,ctx,token,onError,tag):token.type==="block-seq"?resolveBlockSeq.resolveBlockSeq(CN,ctx,token,onError,tag):resolveFlowCollection.resolveFlowCollection(CN,ctx,token,onError,tag),Coll=coll.constructor;return tagName==="!"||tagName===Coll.tagName?(coll.tag=Coll.tagName,coll):(tagName&&(coll.tag=tagName),coll)}function composeCollection(CN,ctx,token,props,onError){let tagToken=props.tag,tagName=tagToken?ctx.directives.tagName(tagToken.source,msg=>onError(tagToken,"TAG_RESOLVE_FAILED",msg)):null;if(token.type==="block-seq"){let{anchor,newlineAfterProp:nl}=props,lastProp=anchor&&tagToken?anchor.offset>tagToken.offset?anchor:tagToken:anchor??tagToken;lastProp&&(!nl||nl.offset<lastProp.offset)&&onError(lastProp,"MISSING_CHAR","Missing newline after block sequence props")}let expType=token.type==="block-map"?"map":token.type==="block-seq"?"seq":token.start.source==="{"?"map":"seq";if(!tagToken||!tagName||tagName==="!"||tagName===YAMLMap.YAMLMap.tagName&&expType==="map"||tagName===YAMLSeq.YAMLSeq.tagName&&expType==="seq")return resolveCollection(CN,ctx,token,onError,tagName);let tag=ctx.schema.tags.find(t=>t.tag===tagName&&t.collection===expType);if(!tag){let kt=ctx.schema.knownTags[tagName];if(kt?.collection===expType)ctx.schema.tags.push(Object.assign({},kt,{default:!1})),tag=kt;else return kt?onError(tagToken,"BAD_COLLECTION_TYPE",`${kt.tag} used for ${expType} collection, but expects ${kt.collection??"scalar"}`,!0):onError(tagToken,"TAG_RESOLVE_FAILED",`Unresolved tag: ${tagName}`,!0),resolveCollection(CN,ctx,token,onError,tagName)}let coll=resolveCollection(CN,ctx,token,onError,tagName,tag),res=tag.resolve?.(coll,msg=>onError(tagToken,"TAG_RESOLVE_FAILED",msg),ctx.options)??coll,node=identity4.isNode(res)?res:new Scalar3.Scalar(res);return node.range=coll.range,node.tag=tagName,tag?.format&&(node.format=tag.format),node}exports.composeCollection=composeCollection}});var require_resolve_block_scalar=__commonJS({"node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports){"use strict";var Scalar3=require_Scalar();function resolveBlockScalar(ctx,scalar2,onError){let start=scalar2.offset,header=parseBlockScalarHeader(scalar2,ctx.options.strict,onError);if(!header)return{value:"",type:null,comment:"",range:[start,start,start]};let type=header.mode===">"?Scalar3.Scalar.BLOCK_FOLDED:Scalar3.Scalar.BLOCK_LITERAL,lines=scalar2.source?splitLines(scalar2.source):[],chompStart=lines.length;for(let i=lines.length-1;i>=0;--i){let content=lines[i][1];if(content===""||content==="\r")chompStart=i;else break}if(chompStart===0){let value2=header.chomp==="+"&&lines.length>0?`
`.repeat(Math.max(1,lines.length-1)):"",end2=start+header.length;return scalar2.source&&(end2+=scalar2.source.length),{value:value2,type,comment:header.comment,range:[start,end2,end2]}}let trimIndent=scalar2.indent+header.indent,offset=scalar2.offset+header.length,contentStart=0;for(let i=0;i<chompStart;++i){let[indent,content]=lines[i];if(content===""||content==="\r")header.indent===0&&indent.length>trimIndent&&(trimIndent=indent.length);else{indent.length<trimIndent&&onError(offset+indent.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),header.indent===0&&(trimIndent=indent.length),contentStart=i,trimIndent===0&&!ctx.atRoot&&onError(offset,"BAD_INDENT","Block scalar values in collections must be indented");break}offset+=indent.length+content.length+1}for(let i=lines.length-1;i>=chompStart;--i)lines[i][0].length>trimIndent&&(chompStart=i+1);let value="",sep="",prevMoreIndented=!1;for(let i=0;i<contentStart;++i)value+=lines[i][0].slice(trimIndent)+`
`;for(let i=contentStart;i<chompStart;++i){let[indent,content]=lines[i];offset+=indent.length+content.length+1;let crlf=content[content.length-1]==="\r";if(crlf&&(content=content.slice(0,-1)),content&&indent.length<trimIndent){let message=`Block scalar lines must not be less indented than their ${header.indent?"explicit indentation indicator":"first line"}`;onError(offset-content.length-(crlf?2:1),"BAD_INDENT",message),indent=""}type===Scalar3.Scalar.BLOCK_LITERAL?(value+=sep+indent.slice(trimIndent)+content,sep=`
`):indent.length>trimIndent||content[0]==="	"?(sep===" "?sep=`
`:!prevMoreIndented&&sep===`
`&&(sep=`

`),value+=sep+indent.slice(trimIndent)+content,sep=`
`,prevMoreIndented=!0):content===""?sep===`
`?value+=`
`:sep=`
`:(value+=sep+content,sep=" ",prevMoreIndented=!1)}switch(header.chomp){case"-":break;case"+":for(let i=chompStart;i<lines.length;++i)value+=`
`+lines[i][0].slice(trimIndent);value[value.length-1]!==`
`&&(value+=`
`);break;default:value+=`
`}let end=start+header.length+scalar2.source.length;return{value,type,comment:header.comment,range:[start,end,end]}}function parseBlockScalarHeader({offset,props},strict,onError){if(props[0].type!=="block-scalar-header")return onError(props[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source}=props[0],mode=source[0],indent=0,chomp="",error2=-1;for(let i=1;i<source.length;++i){let ch=source[i];if(!chomp&&(ch==="-"||ch==="+"))chomp=ch;else{let n=Number(ch);!indent&&n?indent=n:error2===-1&&(error2=offset+i)}}error2!==-1&&onError(error2,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${source}`);let hasSpace=!1,comment="",length=source.length;for(let i=1;i<props.length;++i){let token=props[i];switch(token.type){case"space":hasSpace=!0;case"newline":length+=token.source.length;break;case"comment":strict&&!hasSpace&&onError(token,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),length+=token.source.length,comment=token.source.substring(1);break;case"error":onError(token,"UNEXPECTED_TOKEN",token.message),length+=token.source.length;break;default:{let message=`Unexpected token in block scalar header: ${token.type}`;onError(token,"UNEXPECTED_TOKEN",message);let ts=token.source;ts&&typeof ts=="string"&&(length+=ts.length)}}}return{mode,indent,chomp,comment,length}}function splitLines(source){let split=source.split(/\n( *)/),first=split[0],m=first.match(/^( *)/),lines=[m?.[1]?[m[1],first.slice(m[1].length)]:["",first]];for(let i=1;i<split.length;i+=2)lines.push([split[i],split[i+1]]);return lines}exports.resolveBlockScalar=resolveBlockScalar}});var require_resolve_flow_scalar=__commonJS({"node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports){"use strict";var Scalar3=require_Scalar(),resolveEnd=require_resolve_end();function resolveFlowScalar(scalar2,strict,onError){let{offset,type,source,end}=scalar2,_type,value,_onError=(rel,code,msg)=>onError(offset+rel,code,msg);switch(type){case"scalar":_type=Scalar3.Scalar.PLAIN,value=plainValue(source,_onError);break;case"single-quoted-scalar":_type=Scalar3.Scalar.QUOTE_SINGLE,value=singleQuotedValue(source,_onError);break;case"double-quoted-scalar":_type=Scalar3.Scalar.QUOTE_DOUBLE,value=doubleQuotedValue(source,_onError);break;default:return onError(scalar2,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${type}`),{value:"",type:null,comment:"",range:[offset,offset+source.length,offset+source.length]}}let valueEnd=offset+source.length,re=resolveEnd.resolveEnd(end,valueEnd,strict,onError);return{value,type:_type,comment:re.comment,range:[offset,valueEnd,re.offset]}}function plainValue(source,onError){let badChar="";switch(source[0]){case"	":badChar="a tab character";break;case",":badChar="flow indicator character ,";break;case"%":badChar="directive indicator character %";break;case"|":case">":{badChar=`block scalar indicator ${source[0]}`;break}case"@":case"`":{badChar=`reserved character ${source[0]}`;break}}return badChar&&onError(0,"BAD_SCALAR_START",`Plain value cannot start with ${badChar}`),unfoldLines(source)}function singleQuotedValue(source,onError){return(source[source.length-1]!=="'"||source.length===1)&&onError(source.length,"MISSING_CHAR","Missing closing 'quote"),unfoldLines(source.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(source){let line=/(.*?)\r?\n/sy,match=line.exec(source);if(!match)return source;let trimEnd,trimBoth;try{trimEnd=new RegExp("(?<![ 	])[ 	]+$"),trimBoth=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{trimEnd=/[ \t]+$/,trimBoth=/^[ \t]+|[ \t]+$/g}let res=match[1].replace(trimEnd,""),sep=" ",pos=line.lastIndex;for(;match=line.exec(source);){let lm=match[1].replace(trimBoth,"");lm===""?sep===`
`?res+=sep:sep=`
`:(res+=sep+lm,sep=" "),pos=line.lastIndex}let last=/[ \t]*(.*)/sy;return last.lastIndex=pos,match=last.exec(source),res+sep+(match?.[1]??"")}function doubleQuotedValue(source,onError){let res="";for(let i=1;i<source.length-1;++i){let ch=source[i];if(!(ch==="\r"&&source[i+1]===`
`))if(ch===`
`){let{fold,offset}=foldNewline(source,i);res+=fold,i=offset}else if(ch==="\\"){let next=source[++i],cc=escapeCodes[next];if(cc)res+=cc;else if(next===`
`)for(next=source[i+1];next===" "||next==="	";)next=source[++i+1];else if(next==="\r"&&source[i+1]===`
`)for(next=source[++i+1];next===" "||next==="	";)next=source[++i+1];else if(next==="x"||next==="u"||next==="U"){let length=next==="x"?2:next==="u"?4:8;res+=parseCharCode(source,i+1,length,onError),i+=length}else{let raw=source.substr(i-1,2);onError(i-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${raw}`),res+=raw}}else if(ch===" "||ch==="	"){let wsStart=i,next=source[i+1];for(;next===" "||next==="	";)next=source[++i+1];next!==`
`&&!(next==="\r"&&source[i+2]===`
`)&&(res+=i>wsStart?source.slice(wsStart,i+1):ch)}else res+=ch}return(source[source.length-1]!=='"'||source.length===1)&&onError(source.length,"MISSING_CHAR",'Missing closing "quote'),res}function foldNewline(source,offset){let fold="",ch=source[offset+1];for(;(ch===" "||ch==="	"||ch===`
`||ch==="\r")&&!(ch==="\r"&&source[offset+2]!==`
`);)ch===`
`&&(fold+=`
`),offset+=1,ch=source[offset+1];return fold||(fold=" "),{fold,offset}}var escapeCodes={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function parseCharCode(source,offset,length,onError){let cc=source.substr(offset,length),code=cc.length===length&&/^[0-9a-fA-F]+$/.test(cc)?parseInt(cc,16):NaN;try{return String.fromCodePoint(code)}catch{let raw=source.substr(offset-2,length+2);return onError(offset-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${raw}`),raw}}exports.resolveFlowScalar=resolveFlowScalar}});var require_compose_scalar=__commonJS({"node_modules/yaml/dist/compose/compose-scalar.js"(exports){"use strict";var identity4=require_identity(),Scalar3=require_Scalar(),resolveBlockScalar=require_resolve_block_scalar(),resolveFlowScalar=require_resolve_flow_scalar();function composeScalar(ctx,token,tagToken,onError){let{value,type,comment,range}=token.type==="block-scalar"?resolveBlockScalar.resolveBlockScalar(ctx,token,onError):resolveFlowScalar.resolveFlowScalar(token,ctx.options.strict,onError),tagName=tagToken?ctx.directives.tagName(tagToken.source,msg=>onError(tagToken,"TAG_RESOLVE_FAILED",msg)):null,tag;ctx.options.stringKeys&&ctx.atKey?tag=ctx.schema[identity4.SCALAR]:tagName?tag=findScalarTagByName(ctx.schema,value,tagName,tagToken,onError):token.type==="scalar"?tag=findScalarTagByTest(ctx,value,token,onError):tag=ctx.schema[identity4.SCALAR];let scalar2;try{let res=tag.resolve(value,msg=>onError(tagToken??token,"TAG_RESOLVE_FAILED",msg),ctx.options);scalar2=identity4.isScalar(res)?res:new Scalar3.Scalar(res)}catch(error2){let msg=error2 instanceof Error?error2.message:String(error2);onError(tagToken??token,"TAG_RESOLVE_FAILED",msg),scalar2=new Scalar3.Scalar(value)}return scalar2.range=range,scalar2.source=value,type&&(scalar2.type=type),tagName&&(scalar2.tag=tagName),tag.format&&(scalar2.format=tag.format),comment&&(scalar2.comment=comment),scalar2}function findScalarTagByName(schema,value,tagName,tagToken,onError){if(tagName==="!")return schema[identity4.SCALAR];let matchWithTest=[];for(let tag of schema.tags)if(!tag.collection&&tag.tag===tagName)if(tag.default&&tag.test)matchWithTest.push(tag);else return tag;for(let tag of matchWithTest)if(tag.test?.test(value))return tag;let kt=schema.knownTags[tagName];return kt&&!kt.collection?(schema.tags.push(Object.assign({},kt,{default:!1,test:void 0})),kt):(onError(tagToken,"TAG_RESOLVE_FAILED",`Unresolved tag: ${tagName}`,tagName!=="tag:yaml.org,2002:str"),schema[identity4.SCALAR])}function findScalarTagByTest({atKey,directives,schema},value,token,onError){let tag=schema.tags.find(tag2=>(tag2.default===!0||atKey&&tag2.default==="key")&&tag2.test?.test(value))||schema[identity4.SCALAR];if(schema.compat){let compat=schema.compat.find(tag2=>tag2.default&&tag2.test?.test(value))??schema[identity4.SCALAR];if(tag.tag!==compat.tag){let ts=directives.tagString(tag.tag),cs=directives.tagString(compat.tag),msg=`Value may be parsed as either ${ts} or ${cs}`;onError(token,"TAG_RESOLVE_FAILED",msg,!0)}}return tag}exports.composeScalar=composeScalar}});var require_util_empty_scalar_position=__commonJS({"node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports){"use strict";function emptyScalarPosition(offset,before,pos){if(before){pos??(pos=before.length);for(let i=pos-1;i>=0;--i){let st=before[i];switch(st.type){case"space":case"comment":case"newline":offset-=st.source.length;continue}for(st=before[++i];st?.type==="space";)offset+=st.source.length,st=before[++i];break}}return offset}exports.emptyScalarPosition=emptyScalarPosition}});var require_compose_node=__commonJS({"node_modules/yaml/dist/compose/compose-node.js"(exports){"use strict";var Alias=require_Alias(),identity4=require_identity(),composeCollection=require_compose_collection(),composeScalar=require_compose_scalar(),resolveEnd=require_resolve_end(),utilEmptyScalarPosition=require_util_empty_scalar_position(),CN={composeNode,composeEmptyNode};function composeNode(ctx,token,props,onError){let atKey=ctx.atKey,{spaceBefore,comment,anchor,tag}=props,node,isSrcToken=!0;switch(token.type){case"alias":node=composeAlias(ctx,token,onError),(anchor||tag)&&onError(token,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":node=composeScalar.composeScalar(ctx,token,tag,onError),anchor&&(node.anchor=anchor.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{node=composeCollection.composeCollection(CN,ctx,token,props,onError),anchor&&(node.anchor=anchor.source.substring(1))}catch(error2){let message=error2 instanceof Error?error2.message:String(error2);onError(token,"RESOURCE_EXHAUSTION",message)}break;default:{let message=token.type==="error"?token.message:`Unsupported token (type: ${token.type})`;onError(token,"UNEXPECTED_TOKEN",message),isSrcToken=!1}}return node??(node=composeEmptyNode(ctx,token.offset,void 0,null,props,onError)),anchor&&node.anchor===""&&onError(anchor,"BAD_ALIAS","Anchor cannot be an empty string"),atKey&&ctx.options.stringKeys&&(!identity4.isScalar(node)||typeof node.value!="string"||node.tag&&node.tag!=="tag:yaml.org,2002:str")&&onError(tag??token,"NON_STRING_KEY","With stringKeys, all keys must be strings"),spaceBefore&&(node.spaceBefore=!0),comment&&(token.type==="scalar"&&token.source===""?node.comment=comment:node.commentBefore=comment),ctx.options.keepSourceTokens&&isSrcToken&&(node.srcToken=token),node}function composeEmptyNode(ctx,offset,before,pos,{spaceBefore,comment,anchor,tag,end},onError){let token={type:"scalar",offset:utilEmptyScalarPosition.emptyScalarPosition(offset,before,pos),indent:-1,source:""},node=composeScalar.composeScalar(ctx,token,tag,onError);return anchor&&(node.anchor=anchor.source.substring(1),node.anchor===""&&onError(anchor,"BAD_ALIAS","Anchor cannot be an empty string")),spaceBefore&&(node.spaceBefore=!0),comment&&(node.comment=comment,node.range[2]=end),node}function composeAlias({options},{offset,source,end},onError){let alias=new Alias.Alias(source.substring(1));alias.source===""&&onError(offset,"BAD_ALIAS","Alias cannot be an empty string"),alias.source.endsWith(":")&&onError(offset+source.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let valueEnd=offset+source.length,re=resolveEnd.resolveEnd(end,valueEnd,options.strict,onError);return alias.range=[offset,valueEnd,re.offset],re.comment&&(alias.comment=re.comment),alias}exports.composeEmptyNode=composeEmptyNode;exports.composeNode=composeNode}});var require_compose_doc=__commonJS({"node_modules/yaml/dist/compose/compose-doc.js"(exports){"use strict";var Document=require_Document(),composeNode=require_compose_node(),resolveEnd=require_resolve_end(),resolveProps=require_resolve_props();function composeDoc(options,directives,{offset,start,value,end},onError){let opts=Object.assign({_directives:directives},options),doc=new Document.Document(void 0,opts),ctx={atKey:!1,atRoot:!0,directives:doc.directives,options:doc.options,schema:doc.schema},props=resolveProps.resolveProps(start,{indicator:"doc-start",next:value??end?.[0],offset,onError,parentIndent:0,startOnNewline:!0});props.found&&(doc.directives.docStart=!0,value&&(value.type==="block-map"||value.type==="block-seq")&&!props.hasNewline&&onError(props.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),doc.contents=value?composeNode.composeNode(ctx,value,props,onError):composeNode.composeEmptyNode(ctx,props.end,start,null,props,onError);let contentEnd=doc.contents.range[2],re=resolveEnd.resolveEnd(end,contentEnd,!1,onError);return re.comment&&(doc.comment=re.comment),doc.range=[offset,contentEnd,re.offset],doc}exports.composeDoc=composeDoc}});var require_composer=__commonJS({"node_modules/yaml/dist/compose/composer.js"(exports){"use strict";var node_process=__require("process"),directives=require_directives(),Document=require_Document(),errors=require_errors(),identity4=require_identity(),composeDoc=require_compose_doc(),resolveEnd=require_resolve_end();function getErrorPos(src){if(typeof src=="number")return[src,src+1];if(Array.isArray(src))return src.length===2?src:[src[0],src[1]];let{offset,source}=src;return[offset,offset+(typeof source=="string"?source.length:1)]}function parsePrelude(prelude){let comment="",atComment=!1,afterEmptyLine=!1;for(let i=0;i<prelude.length;++i){let source=prelude[i];switch(source[0]){case"#":comment+=(comment===""?"":afterEmptyLine?`

`:`
`)+(source.substring(1)||" "),atComment=!0,afterEmptyLine=!1;break;case"%":prelude[i+1]?.[0]!=="#"&&(i+=1),atComment=!1;break;default:atComment||(afterEmptyLine=!0),atComment=!1}}return{comment,afterEmptyLine}}var Composer3=class{constructor(options={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(source,code,message,warning)=>{let pos=getErrorPos(source);warning?this.warnings.push(new errors.YAMLWarning(pos,code,message)):this.errors.push(new errors.YAMLParseError(pos,code,message))},this.directives=new directives.Directives({version:options.version||"1.2"}),this.options=options}decorate(doc,afterDoc){let{comment,afterEmptyLine}=parsePrelude(this.prelude);if(comment){let dc=doc.contents;if(afterDoc)doc.comment=doc.comment?`${doc.comment}
${comment}`:comment;else if(afterEmptyLine||doc.directives.docStart||!dc)doc.commentBefore=comment;else if(identity4.isCollection(dc)&&!dc.flow&&dc.items.length>0){let it=dc.items[0];identity4.isPair(it)&&(it=it.key);let cb=it.commentBefore;it.commentBefore=cb?`${comment}
${cb}`:comment}else{let cb=dc.commentBefore;dc.commentBefore=cb?`${comment}
${cb}`:comment}}if(afterDoc){for(let i=0;i<this.errors.length;++i)doc.errors.push(this.errors[i]);for(let i=0;i<this.warnings.length;++i)doc.warnings.push(this.warnings[i])}else doc.errors=this.errors,doc.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(tokens,forceDoc=!1,endOffset=-1){for(let token of tokens)yield*this.next(token);yield*this.end(forceDoc,endOffset)}*next(token){switch(node_process.env.LOG_STREAM&&console.dir(token,{depth:null}),token.type){case"directive":this.directives.add(token.source,(offset,message,warning)=>{let pos=getErrorPos(token);pos[0]+=offset,this.onError(pos,"BAD_DIRECTIVE",message,warning)}),this.prelude.push(token.source),this.atDirectives=!0;break;case"document":{let doc=composeDoc.composeDoc(this.options,this.directives,token,this.onError);this.atDirectives&&!doc.directives.docStart&&this.onError(token,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(doc,!1),this.doc&&(yield this.doc),this.doc=doc,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(token.source);break;case"error":{let msg=token.source?`${token.message}: ${JSON.stringify(token.source)}`:token.message,error2=new errors.YAMLParseError(getErrorPos(token),"UNEXPECTED_TOKEN",msg);this.atDirectives||!this.doc?this.errors.push(error2):this.doc.errors.push(error2);break}case"doc-end":{if(!this.doc){let msg="Unexpected doc-end without preceding document";this.errors.push(new errors.YAMLParseError(getErrorPos(token),"UNEXPECTED_TOKEN",msg));break}this.doc.directives.docEnd=!0;let end=resolveEnd.resolveEnd(token.end,token.offset+token.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),end.comment){let dc=this.doc.comment;this.doc.comment=dc?`${dc}
${end.comment}`:end.comment}this.doc.range[2]=end.offset;break}default:this.errors.push(new errors.YAMLParseError(getErrorPos(token),"UNEXPECTED_TOKEN",`Unsupported token ${token.type}`))}}*end(forceDoc=!1,endOffset=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(forceDoc){let opts=Object.assign({_directives:this.directives},this.options),doc=new Document.Document(void 0,opts);this.atDirectives&&this.onError(endOffset,"MISSING_CHAR","Missing directives-end indicator line"),doc.range=[0,endOffset,endOffset],this.decorate(doc,!1),yield doc}}};exports.Composer=Composer3}});var require_cst_scalar=__commonJS({"node_modules/yaml/dist/parse/cst-scalar.js"(exports){"use strict";var resolveBlockScalar=require_resolve_block_scalar(),resolveFlowScalar=require_resolve_flow_scalar(),errors=require_errors(),stringifyString=require_stringifyString();function resolveAsScalar(token,strict=!0,onError){if(token){let _onError=(pos,code,message)=>{let offset=typeof pos=="number"?pos:Array.isArray(pos)?pos[0]:pos.offset;if(onError)onError(offset,code,message);else throw new errors.YAMLParseError([offset,offset+1],code,message)};switch(token.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return resolveFlowScalar.resolveFlowScalar(token,strict,_onError);case"block-scalar":return resolveBlockScalar.resolveBlockScalar({options:{strict}},token,_onError)}}return null}function createScalarToken(value,context){let{implicitKey=!1,indent,inFlow=!1,offset=-1,type="PLAIN"}=context,source=stringifyString.stringifyString({type,value},{implicitKey,indent:indent>0?" ".repeat(indent):"",inFlow,options:{blockQuote:!0,lineWidth:-1}}),end=context.end??[{type:"newline",offset:-1,indent,source:`
`}];switch(source[0]){case"|":case">":{let he=source.indexOf(`
`),head=source.substring(0,he),body=source.substring(he+1)+`
`,props=[{type:"block-scalar-header",offset,indent,source:head}];return addEndtoBlockProps(props,end)||props.push({type:"newline",offset:-1,indent,source:`
`}),{type:"block-scalar",offset,indent,props,source:body}}case'"':return{type:"double-quoted-scalar",offset,indent,source,end};case"'":return{type:"single-quoted-scalar",offset,indent,source,end};default:return{type:"scalar",offset,indent,source,end}}}function setScalarValue(token,value,context={}){let{afterKey=!1,implicitKey=!1,inFlow=!1,type}=context,indent="indent"in token?token.indent:null;if(afterKey&&typeof indent=="number"&&(indent+=2),!type)switch(token.type){case"single-quoted-scalar":type="QUOTE_SINGLE";break;case"double-quoted-scalar":type="QUOTE_DOUBLE";break;case"block-scalar":{let header=token.props[0];if(header.type!=="block-scalar-header")throw new Error("Invalid block scalar header");type=header.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:type="PLAIN"}let source=stringifyString.stringifyString({type,value},{implicitKey:implicitKey||indent===null,indent:indent!==null&&indent>0?" ".repeat(indent):"",inFlow,options:{blockQuote:!0,lineWidth:-1}});switch(source[0]){case"|":case">":setBlockScalarValue(token,source);break;case'"':setFlowScalarValue(token,source,"double-quoted-scalar");break;case"'":setFlowScalarValue(token,source,"single-quoted-scalar");break;default:setFlowScalarValue(token,source,"scalar")}}function setBlockScalarValue(token,source){let he=source.indexOf(`
`),head=source.substring(0,he),body=source.substring(he+1)+`
`;if(token.type==="block-scalar"){let header=token.props[0];if(header.type!=="block-scalar-header")throw new Error("Invalid block scalar header");header.source=head,token.source=body}else{let{offset}=token,indent="indent"in token?token.indent:-1,props=[{type:"block-scalar-header",offset,indent,source:head}];addEndtoBlockProps(props,"end"in token?token.end:void 0)||props.push({type:"newline",offset:-1,indent,source:`
`});for(let key2 of Object.keys(token))key2!=="type"&&key2!=="offset"&&delete token[key2];Object.assign(token,{type:"block-scalar",indent,props,source:body})}}function addEndtoBlockProps(props,end){if(end)for(let st of end)switch(st.type){case"space":case"comment":props.push(st);break;case"newline":return props.push(st),!0}return!1}function setFlowScalarValue(token,source,type){switch(token.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":token.type=type,token.source=source;break;case"block-scalar":{let end=token.props.slice(1),oa=source.length;token.props[0].type==="block-scalar-header"&&(oa-=token.props[0].source.length);for(let tok of end)tok.offset+=oa;delete token.props,Object.assign(token,{type,source,end});break}case"block-map":case"block-seq":{let nl={type:"newline",offset:token.offset+source.length,indent:token.indent,source:`
`};delete token.items,Object.assign(token,{type,source,end:[nl]});break}default:{let indent="indent"in token?token.indent:-1,end="end"in token&&Array.isArray(token.end)?token.end.filter(st=>st.type==="space"||st.type==="comment"||st.type==="newline"):[];for(let key2 of Object.keys(token))key2!=="type"&&key2!=="offset"&&delete token[key2];Object.assign(token,{type,indent,source,end})}}}exports.createScalarToken=createScalarToken;exports.resolveAsScalar=resolveAsScalar;exports.setScalarValue=setScalarValue}});var require_cst_stringify=__commonJS({"node_modules/yaml/dist/parse/cst-stringify.js"(exports){"use strict";var stringify=cst=>"type"in cst?stringifyToken(cst):stringifyItem(cst);function stringifyToken(token){switch(token.type){case"block-scalar":{let res="";for(let tok of token.props)res+=stringifyToken(tok);return res+token.source}case"block-map":case"block-seq":{let res="";for(let item of token.items)res+=stringifyItem(item);return res}case"flow-collection":{let res=token.start.source;for(let item of token.items)res+=stringifyItem(item);for(let st of token.end)res+=st.source;return res}case"document":{let res=stringifyItem(token);if(token.end)for(let st of token.end)res+=st.source;return res}default:{let res=token.source;if("end"in token&&token.end)for(let st of token.end)res+=st.source;return res}}}function stringifyItem({start,key:key2,sep,value}){let res="";for(let st of start)res+=st.source;if(key2&&(res+=stringifyToken(key2)),sep)for(let st of sep)res+=st.source;return value&&(res+=stringifyToken(value)),res}exports.stringify=stringify}});var require_cst_visit=__commonJS({"node_modules/yaml/dist/parse/cst-visit.js"(exports){"use strict";var BREAK=Symbol("break visit"),SKIP=Symbol("skip children"),REMOVE=Symbol("remove item");function visit(cst,visitor){"type"in cst&&cst.type==="document"&&(cst={start:cst.start,value:cst.value}),_visit(Object.freeze([]),cst,visitor)}visit.BREAK=BREAK;visit.SKIP=SKIP;visit.REMOVE=REMOVE;visit.itemAtPath=(cst,path17)=>{let item=cst;for(let[field,index2]of path17){let tok=item?.[field];if(tok&&"items"in tok)item=tok.items[index2];else return}return item};visit.parentCollection=(cst,path17)=>{let parent=visit.itemAtPath(cst,path17.slice(0,-1)),field=path17[path17.length-1][0],coll=parent?.[field];if(coll&&"items"in coll)return coll;throw new Error("Parent collection not found")};function _visit(path17,item,visitor){let ctrl=visitor(item,path17);if(typeof ctrl=="symbol")return ctrl;for(let field of["key","value"]){let token=item[field];if(token&&"items"in token){for(let i=0;i<token.items.length;++i){let ci=_visit(Object.freeze(path17.concat([[field,i]])),token.items[i],visitor);if(typeof ci=="number")i=ci-1;else{if(ci===BREAK)return BREAK;ci===REMOVE&&(token.items.splice(i,1),i-=1)}}typeof ctrl=="function"&&field==="key"&&(ctrl=ctrl(item,path17))}}return typeof ctrl=="function"?ctrl(item,path17):ctrl}exports.visit=visit}});var require_cst=__commonJS({"node_modules/yaml/dist/parse/cst.js"(exports){"use strict";var cstScalar=require_cst_scalar(),cstStringify=require_cst_stringify(),cstVisit=require_cst_visit(),BOM3="\uFEFF",DOCUMENT2="",FLOW_END2="",SCALAR2="",isCollection2=token=>!!token&&"items"in token,isScalar5=token=>!!token&&(token.type==="scalar"||token.type==="single-quoted-scalar"||token.type==="double-quoted-scalar"||token.type==="block-scalar");function prettyToken(token){switch(token){case BOM3:return"<BOM>";case DOCUMENT2:return"<DOC>";case FLOW_END2:return"<FLOW_END>";case SCALAR2:return"<SCALAR>";default:return JSON.stringify(token)}}function tokenType(source){switch(source){case BOM3:return"byte-order-mark";case DOCUMENT2:return"doc-mode";case FLOW_END2:return"flow-error-end";case SCALAR2:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(source[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}exports.createScalarToken=cstScalar.createScalarToken;exports.resolveAsScalar=cstScalar.resolveAsScalar;exports.setScalarValue=cstScalar.setScalarValue;exports.stringify=cstStringify.stringify;exports.visit=cstVisit.visit;exports.BOM=BOM3;exports.DOCUMENT=DOCUMENT2;exports.FLOW_END=FLOW_END2;exports.SCALAR=SCALAR2;exports.isCollection=isCollection2;exports.isScalar=isScalar5;exports.prettyToken=prettyToken;exports.tokenType=tokenType}});var require_lexer=__commonJS({"node_modules/yaml/dist/parse/lexer.js"(exports){"use strict";var cst=require_cst();function isEmpty2(ch){switch(ch){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var hexDigits=new Set("0123456789ABCDEFabcdef"),tagChars=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),flowIndicatorChars=new Set(",[]{}"),invalidAnchorChars=new Set(` ,[]{}
\r	`),isNotAnchorChar2=ch=>!ch||invalidAnchorChars.has(ch),Lexer3=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(source,incomplete=!1){if(source){if(typeof source!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+source:source,this.lineEndPos=null}this.atEnd=!incomplete;let next=this.next??"stream";for(;next&&(incomplete||this.hasChars(1));)next=yield*this.parseNext(next)}atLineEnd(){let i=this.pos,ch=this.buffer[i];for(;ch===" "||ch==="	";)ch=this.buffer[++i];return!ch||ch==="#"||ch===`
`?!0:ch==="\r"?this.buffer[i+1]===`
`:!1}charAt(n){return this.buffer[this.pos+n]}continueScalar(offset){let ch=this.buffer[offset];if(this.indentNext>0){let indent=0;for(;ch===" ";)ch=this.buffer[++indent+offset];if(ch==="\r"){let next=this.buffer[indent+offset+1];if(next===`
`||!next&&!this.atEnd)return offset+indent+1}return ch===`
`||indent>=this.indentNext||!ch&&!this.atEnd?offset+indent:-1}if(ch==="-"||ch==="."){let dt=this.buffer.substr(offset,3);if((dt==="---"||dt==="...")&&isEmpty2(this.buffer[offset+3]))return-1}return offset}getLine(){let end=this.lineEndPos;return(typeof end!="number"||end!==-1&&end<this.pos)&&(end=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=end),end===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[end-1]==="\r"&&(end-=1),this.buffer.substring(this.pos,end))}hasChars(n){return this.pos+n<=this.buffer.length}setNext(state){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=state,null}peek(n){return this.buffer.substr(this.pos,n)}*parseNext(next){switch(next){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let line=this.getLine();if(line===null)return this.setNext("stream");if(line[0]===cst.BOM&&(yield*this.pushCount(1),line=line.substring(1)),line[0]==="%"){let dirEnd=line.length,cs=line.indexOf("#");for(;cs!==-1;){let ch=line[cs-1];if(ch===" "||ch==="	"){dirEnd=cs-1;break}else cs=line.indexOf("#",cs+1)}for(;;){let ch=line[dirEnd-1];if(ch===" "||ch==="	")dirEnd-=1;else break}let n=(yield*this.pushCount(dirEnd))+(yield*this.pushSpaces(!0));return yield*this.pushCount(line.length-n),this.pushNewline(),"stream"}if(this.atLineEnd()){let sp=yield*this.pushSpaces(!0);return yield*this.pushCount(line.length-sp),yield*this.pushNewline(),"stream"}return yield cst.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let ch=this.charAt(0);if(!ch&&!this.atEnd)return this.setNext("line-start");if(ch==="-"||ch==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let s=this.peek(3);if((s==="---"||s==="...")&&isEmpty2(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,s==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!isEmpty2(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[ch0,ch1]=this.peek(2);if(!ch1&&!this.atEnd)return this.setNext("block-start");if((ch0==="-"||ch0==="?"||ch0===":")&&isEmpty2(ch1)){let n=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=n,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let line=this.getLine();if(line===null)return this.setNext("doc");let n=yield*this.pushIndicators();switch(line[n]){case"#":yield*this.pushCount(line.length-n);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(isNotAnchorChar2),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return n+=yield*this.parseBlockScalarHeader(),n+=yield*this.pushSpaces(!0),yield*this.pushCount(line.length-n),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let nl,sp,indent=-1;do nl=yield*this.pushNewline(),nl>0?(sp=yield*this.pushSpaces(!1),this.indentValue=indent=sp):sp=0,sp+=yield*this.pushSpaces(!0);while(nl+sp>0);let line=this.getLine();if(line===null)return this.setNext("flow");if((indent!==-1&&indent<this.indentNext&&line[0]!=="#"||indent===0&&(line.startsWith("---")||line.startsWith("..."))&&isEmpty2(line[3]))&&!(indent===this.indentNext-1&&this.flowLevel===1&&(line[0]==="]"||line[0]==="}")))return this.flowLevel=0,yield cst.FLOW_END,yield*this.parseLineStart();let n=0;for(;line[n]===",";)n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(n+=yield*this.pushIndicators(),line[n]){case void 0:return"flow";case"#":return yield*this.pushCount(line.length-n),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(isNotAnchorChar2),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let next=this.charAt(1);if(this.flowKey||isEmpty2(next)||next===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let quote2=this.charAt(0),end=this.buffer.indexOf(quote2,this.pos+1);if(quote2==="'")for(;end!==-1&&this.buffer[end+1]==="'";)end=this.buffer.indexOf("'",end+2);else for(;end!==-1;){let n=0;for(;this.buffer[end-1-n]==="\\";)n+=1;if(n%2===0)break;end=this.buffer.indexOf('"',end+1)}let qb=this.buffer.substring(0,end),nl=qb.indexOf(`
`,this.pos);if(nl!==-1){for(;nl!==-1;){let cs=this.continueScalar(nl+1);if(cs===-1)break;nl=qb.indexOf(`
`,cs)}nl!==-1&&(end=nl-(qb[nl-1]==="\r"?2:1))}if(end===-1){if(!this.atEnd)return this.setNext("quoted-scalar");end=this.buffer.length}return yield*this.pushToIndex(end+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let i=this.pos;for(;;){let ch=this.buffer[++i];if(ch==="+")this.blockScalarKeep=!0;else if(ch>"0"&&ch<="9")this.blockScalarIndent=Number(ch)-1;else if(ch!=="-")break}return yield*this.pushUntil(ch=>isEmpty2(ch)||ch==="#")}*parseBlockScalar(){let nl=this.pos-1,indent=0,ch;loop:for(let i2=this.pos;ch=this.buffer[i2];++i2)switch(ch){case" ":indent+=1;break;case`
`:nl=i2,indent=0;break;case"\r":{let next=this.buffer[i2+1];if(!next&&!this.atEnd)return this.setNext("block-scalar");if(next===`
`)break}default:break loop}if(!ch&&!this.atEnd)return this.setNext("block-scalar");if(indent>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=indent:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let cs=this.continueScalar(nl+1);if(cs===-1)break;nl=this.buffer.indexOf(`
`,cs)}while(nl!==-1);if(nl===-1){if(!this.atEnd)return this.setNext("block-scalar");nl=this.buffer.length}}let i=nl+1;for(ch=this.buffer[i];ch===" ";)ch=this.buffer[++i];if(ch==="	"){for(;ch==="	"||ch===" "||ch==="\r"||ch===`
`;)ch=this.buffer[++i];nl=i-1}else if(!this.blockScalarKeep)do{let i2=nl-1,ch2=this.buffer[i2];ch2==="\r"&&(ch2=this.buffer[--i2]);let lastChar=i2;for(;ch2===" ";)ch2=this.buffer[--i2];if(ch2===`
`&&i2>=this.pos&&i2+1+indent>lastChar)nl=i2;else break}while(!0);return yield cst.SCALAR,yield*this.pushToIndex(nl+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let inFlow=this.flowLevel>0,end=this.pos-1,i=this.pos-1,ch;for(;ch=this.buffer[++i];)if(ch===":"){let next=this.buffer[i+1];if(isEmpty2(next)||inFlow&&flowIndicatorChars.has(next))break;end=i}else if(isEmpty2(ch)){let next=this.buffer[i+1];if(ch==="\r"&&(next===`
`?(i+=1,ch=`
`,next=this.buffer[i+1]):end=i),next==="#"||inFlow&&flowIndicatorChars.has(next))break;if(ch===`
`){let cs=this.continueScalar(i+1);if(cs===-1)break;i=Math.max(i,cs-2)}}else{if(inFlow&&flowIndicatorChars.has(ch))break;end=i}return!ch&&!this.atEnd?this.setNext("plain-scalar"):(yield cst.SCALAR,yield*this.pushToIndex(end+1,!0),inFlow?"flow":"doc")}*pushCount(n){return n>0?(yield this.buffer.substr(this.pos,n),this.pos+=n,n):0}*pushToIndex(i,allowEmpty){let s=this.buffer.slice(this.pos,i);return s?(yield s,this.pos+=s.length,s.length):(allowEmpty&&(yield""),0)}*pushIndicators(){let n=0;loop:for(;;){switch(this.charAt(0)){case"!":n+=yield*this.pushTag(),n+=yield*this.pushSpaces(!0);continue loop;case"&":n+=yield*this.pushUntil(isNotAnchorChar2),n+=yield*this.pushSpaces(!0);continue loop;case"-":case"?":case":":{let inFlow=this.flowLevel>0,ch1=this.charAt(1);if(isEmpty2(ch1)||inFlow&&flowIndicatorChars.has(ch1)){inFlow?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,n+=yield*this.pushCount(1),n+=yield*this.pushSpaces(!0);continue loop}}}break loop}return n}*pushTag(){if(this.charAt(1)==="<"){let i=this.pos+2,ch=this.buffer[i];for(;!isEmpty2(ch)&&ch!==">";)ch=this.buffer[++i];return yield*this.pushToIndex(ch===">"?i+1:i,!1)}else{let i=this.pos+1,ch=this.buffer[i];for(;ch;)if(tagChars.has(ch))ch=this.buffer[++i];else if(ch==="%"&&hexDigits.has(this.buffer[i+1])&&hexDigits.has(this.buffer[i+2]))ch=this.buffer[i+=3];else break;return yield*this.pushToIndex(i,!1)}}*pushNewline(){let ch=this.buffer[this.pos];return ch===`
`?yield*this.pushCount(1):ch==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(allowTabs){let i=this.pos-1,ch;do ch=this.buffer[++i];while(ch===" "||allowTabs&&ch==="	");let n=i-this.pos;return n>0&&(yield this.buffer.substr(this.pos,n),this.pos=i),n}*pushUntil(test){let i=this.pos,ch=this.buffer[i];for(;!test(ch);)ch=this.buffer[++i];return yield*this.pushToIndex(i,!1)}};exports.Lexer=Lexer3}});var require_line_counter=__commonJS({"node_modules/yaml/dist/parse/line-counter.js"(exports){"use strict";var LineCounter3=class{constructor(){this.lineStarts=[],this.addNewLine=offset=>this.lineStarts.push(offset),this.linePos=offset=>{let low=0,high=this.lineStarts.length;for(;low<high;){let mid=low+high>>1;this.lineStarts[mid]<offset?low=mid+1:high=mid}if(this.lineStarts[low]===offset)return{line:low+1,col:1};if(low===0)return{line:0,col:offset};let start=this.lineStarts[low-1];return{line:low,col:offset-start+1}}}};exports.LineCounter=LineCounter3}});var require_parser=__commonJS({"node_modules/yaml/dist/parse/parser.js"(exports){"use strict";var node_process=__require("process"),cst=require_cst(),lexer=require_lexer();function includesToken(list,type){for(let i=0;i<list.length;++i)if(list[i].type===type)return!0;return!1}function findNonEmptyIndex(list){for(let i=0;i<list.length;++i)switch(list[i].type){case"space":case"comment":case"newline":break;default:return i}return-1}function isFlowToken(token){switch(token?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function getPrevProps(parent){switch(parent.type){case"document":return parent.start;case"block-map":{let it=parent.items[parent.items.length-1];return it.sep??it.start}case"block-seq":return parent.items[parent.items.length-1].start;default:return[]}}function getFirstKeyStartProps(prev){if(prev.length===0)return[];let i=prev.length;loop:for(;--i>=0;)switch(prev[i].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break loop}for(;prev[++i]?.type==="space";);return prev.splice(i,prev.length)}function arrayPushArray(target,source){if(source.length<1e5)Array.prototype.push.apply(target,source);else for(let i=0;i<source.length;++i)target.push(source[i])}function fixFlowSeqItems(fc){if(fc.start.type==="flow-seq-start")for(let it of fc.items)it.sep&&!it.value&&!includesToken(it.start,"explicit-key-ind")&&!includesToken(it.sep,"map-value-ind")&&(it.key&&(it.value=it.key),delete it.key,isFlowToken(it.value)?it.value.end?arrayPushArray(it.value.end,it.sep):it.value.end=it.sep:arrayPushArray(it.start,it.sep),delete it.sep)}var Parser3=class{constructor(onNewLine){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new lexer.Lexer,this.onNewLine=onNewLine}*parse(source,incomplete=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let lexeme of this.lexer.lex(source,incomplete))yield*this.next(lexeme);incomplete||(yield*this.end())}*next(source){if(this.source=source,node_process.env.LOG_TOKENS&&console.log("|",cst.prettyToken(source)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=source.length;return}let type=cst.tokenType(source);if(type)if(type==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=type,yield*this.step(),type){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+source.length);break;case"space":this.atNewLine&&source[0]===" "&&(this.indent+=source.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=source.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=source.length}else{let message=`Not a YAML token: ${source}`;yield*this.pop({type:"error",offset:this.offset,message,source}),this.offset+=source.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let top=this.peek(1);if(this.type==="doc-end"&&top?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!top)return yield*this.stream();switch(top.type){case"document":return yield*this.document(top);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(top);case"block-scalar":return yield*this.blockScalar(top);case"block-map":return yield*this.blockMap(top);case"block-seq":return yield*this.blockSequence(top);case"flow-collection":return yield*this.flowCollection(top);case"doc-end":return yield*this.documentEnd(top)}yield*this.pop()}peek(n){return this.stack[this.stack.length-n]}*pop(error2){let token=error2??this.stack.pop();if(!token)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield token;else{let top=this.peek(1);switch(token.type==="block-scalar"?token.indent="indent"in top?top.indent:0:token.type==="flow-collection"&&top.type==="document"&&(token.indent=0),token.type==="flow-collection"&&fixFlowSeqItems(token),top.type){case"document":top.value=token;break;case"block-scalar":top.props.push(token);break;case"block-map":{let it=top.items[top.items.length-1];if(it.value){top.items.push({start:[],key:token,sep:[]}),this.onKeyLine=!0;return}else if(it.sep)it.value=token;else{Object.assign(it,{key:token,sep:[]}),this.onKeyLine=!it.explicitKey;return}break}case"block-seq":{let it=top.items[top.items.length-1];it.value?top.items.push({start:[],value:token}):it.value=token;break}case"flow-collection":{let it=top.items[top.items.length-1];!it||it.value?top.items.push({start:[],key:token,sep:[]}):it.sep?it.value=token:Object.assign(it,{key:token,sep:[]});return}default:yield*this.pop(),yield*this.pop(token)}if((top.type==="document"||top.type==="block-map"||top.type==="block-seq")&&(token.type==="block-map"||token.type==="block-seq")){let last=token.items[token.items.length-1];last&&!last.sep&&!last.value&&last.start.length>0&&findNonEmptyIndex(last.start)===-1&&(token.indent===0||last.start.every(st=>st.type!=="comment"||st.indent<token.indent))&&(top.type==="document"?top.end=last.start:top.items.push({start:last.start}),token.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let doc={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&doc.start.push(this.sourceToken),this.stack.push(doc);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(doc){if(doc.value)return yield*this.lineEnd(doc);switch(this.type){case"doc-start":{findNonEmptyIndex(doc.start)!==-1?(yield*this.pop(),yield*this.step()):doc.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":doc.start.push(this.sourceToken);return}let bv=this.startBlockValue(doc);bv?this.stack.push(bv):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(scalar2){if(this.type==="map-value-ind"){let prev=getPrevProps(this.peek(2)),start=getFirstKeyStartProps(prev),sep;scalar2.end?(sep=scalar2.end,sep.push(this.sourceToken),delete scalar2.end):sep=[this.sourceToken];let map={type:"block-map",offset:scalar2.offset,indent:scalar2.indent,items:[{start,key:scalar2,sep}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=map}else yield*this.lineEnd(scalar2)}*blockScalar(scalar2){switch(this.type){case"space":case"comment":case"newline":scalar2.props.push(this.sourceToken);return;case"scalar":if(scalar2.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let nl=this.source.indexOf(`
`)+1;for(;nl!==0;)this.onNewLine(this.offset+nl),nl=this.source.indexOf(`
`,nl)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(map){let it=map.items[map.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,it.value){let end="end"in it.value?it.value.end:void 0;(Array.isArray(end)?end[end.length-1]:void 0)?.type==="comment"?end?.push(this.sourceToken):map.items.push({start:[this.sourceToken]})}else it.sep?it.sep.push(this.sourceToken):it.start.push(this.sourceToken);return;case"space":case"comment":if(it.value)map.items.push({start:[this.sourceToken]});else if(it.sep)it.sep.push(this.sourceToken);else{if(this.atIndentedComment(it.start,map.indent)){let end=map.items[map.items.length-2]?.value?.end;if(Array.isArray(end)){arrayPushArray(end,it.start),end.push(this.sourceToken),map.items.pop();return}}it.start.push(this.sourceToken)}return}if(this.indent>=map.indent){let atMapIndent=!this.onKeyLine&&this.indent===map.indent,atNextItem=atMapIndent&&(it.sep||it.explicitKey)&&this.type!=="seq-item-ind",start=[];if(atNextItem&&it.sep&&!it.value){let nl=[];for(let i=0;i<it.sep.length;++i){let st=it.sep[i];switch(st.type){case"newline":nl.push(i);break;case"space":break;case"comment":st.indent>map.indent&&(nl.length=0);break;default:nl.length=0}}nl.length>=2&&(start=it.sep.splice(nl[1]))}switch(this.type){case"anchor":case"tag":atNextItem||it.value?(start.push(this.sourceToken),map.items.push({start}),this.onKeyLine=!0):it.sep?it.sep.push(this.sourceToken):it.start.push(this.sourceToken);return;case"explicit-key-ind":!it.sep&&!it.explicitKey?(it.start.push(this.sourceToken),it.explicitKey=!0):atNextItem||it.value?(start.push(this.sourceToken),map.items.push({start,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(it.explicitKey)if(it.sep)if(it.value)map.items.push({start:[],key:null,sep:[this.sourceToken]});else if(includesToken(it.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start,key:null,sep:[this.sourceToken]}]});else if(isFlowToken(it.key)&&!includesToken(it.sep,"newline")){let start2=getFirstKeyStartProps(it.start),key2=it.key,sep=it.sep;sep.push(this.sourceToken),delete it.key,delete it.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:start2,key:key2,sep}]})}else start.length>0?it.sep=it.sep.concat(start,this.sourceToken):it.sep.push(this.sourceToken);else if(includesToken(it.start,"newline"))Object.assign(it,{key:null,sep:[this.sourceToken]});else{let start2=getFirstKeyStartProps(it.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:start2,key:null,sep:[this.sourceToken]}]})}else it.sep?it.value||atNextItem?map.items.push({start,key:null,sep:[this.sourceToken]}):includesToken(it.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):it.sep.push(this.sourceToken):Object.assign(it,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let fs=this.flowScalar(this.type);atNextItem||it.value?(map.items.push({start,key:fs,sep:[]}),this.onKeyLine=!0):it.sep?this.stack.push(fs):(Object.assign(it,{key:fs,sep:[]}),this.onKeyLine=!0);return}default:{let bv=this.startBlockValue(map);if(bv){if(bv.type==="block-seq"){if(!it.explicitKey&&it.sep&&!includesToken(it.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else atMapIndent&&map.items.push({start});this.stack.push(bv);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(seq){let it=seq.items[seq.items.length-1];switch(this.type){case"newline":if(it.value){let end="end"in it.value?it.value.end:void 0;(Array.isArray(end)?end[end.length-1]:void 0)?.type==="comment"?end?.push(this.sourceToken):seq.items.push({start:[this.sourceToken]})}else it.start.push(this.sourceToken);return;case"space":case"comment":if(it.value)seq.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(it.start,seq.indent)){let end=seq.items[seq.items.length-2]?.value?.end;if(Array.isArray(end)){arrayPushArray(end,it.start),end.push(this.sourceToken),seq.items.pop();return}}it.start.push(this.sourceToken)}return;case"anchor":case"tag":if(it.value||this.indent<=seq.indent)break;it.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==seq.indent)break;it.value||includesToken(it.start,"seq-item-ind")?seq.items.push({start:[this.sourceToken]}):it.start.push(this.sourceToken);return}if(this.indent>seq.indent){let bv=this.startBlockValue(seq);if(bv){this.stack.push(bv);return}}yield*this.pop(),yield*this.step()}*flowCollection(fc){let it=fc.items[fc.items.length-1];if(this.type==="flow-error-end"){let top;do yield*this.pop(),top=this.peek(1);while(top?.type==="flow-collection")}else if(fc.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!it||it.sep?fc.items.push({start:[this.sourceToken]}):it.start.push(this.sourceToken);return;case"map-value-ind":!it||it.value?fc.items.push({start:[],key:null,sep:[this.sourceToken]}):it.sep?it.sep.push(this.sourceToken):Object.assign(it,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!it||it.value?fc.items.push({start:[this.sourceToken]}):it.sep?it.sep.push(this.sourceToken):it.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let fs=this.flowScalar(this.type);!it||it.value?fc.items.push({start:[],key:fs,sep:[]}):it.sep?this.stack.push(fs):Object.assign(it,{key:fs,sep:[]});return}case"flow-map-end":case"flow-seq-end":fc.end.push(this.sourceToken);return}let bv=this.startBlockValue(fc);bv?this.stack.push(bv):(yield*this.pop(),yield*this.step())}else{let parent=this.peek(2);if(parent.type==="block-map"&&(this.type==="map-value-ind"&&parent.indent===fc.indent||this.type==="newline"&&!parent.items[parent.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&parent.type!=="flow-collection"){let prev=getPrevProps(parent),start=getFirstKeyStartProps(prev);fixFlowSeqItems(fc);let sep=fc.end.splice(1,fc.end.length);sep.push(this.sourceToken);let map={type:"block-map",offset:fc.offset,indent:fc.indent,items:[{start,key:fc,sep}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=map}else yield*this.lineEnd(fc)}}flowScalar(type){if(this.onNewLine){let nl=this.source.indexOf(`
`)+1;for(;nl!==0;)this.onNewLine(this.offset+nl),nl=this.source.indexOf(`
`,nl)+1}return{type,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(parent){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let prev=getPrevProps(parent),start=getFirstKeyStartProps(prev);return start.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let prev=getPrevProps(parent),start=getFirstKeyStartProps(prev);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(start,indent){return this.type!=="comment"||this.indent<=indent?!1:start.every(st=>st.type==="newline"||st.type==="space")}*documentEnd(docEnd){this.type!=="doc-mode"&&(docEnd.end?docEnd.end.push(this.sourceToken):docEnd.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(token){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:token.end?token.end.push(this.sourceToken):token.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};exports.Parser=Parser3}});var require_public_api=__commonJS({"node_modules/yaml/dist/public-api.js"(exports){"use strict";var composer=require_composer(),Document=require_Document(),errors=require_errors(),log=require_log(),identity4=require_identity(),lineCounter=require_line_counter(),parser=require_parser();function parseOptions(options){let prettyErrors=options.prettyErrors!==!1;return{lineCounter:options.lineCounter||prettyErrors&&new lineCounter.LineCounter||null,prettyErrors}}function parseAllDocuments(source,options={}){let{lineCounter:lineCounter2,prettyErrors}=parseOptions(options),parser$1=new parser.Parser(lineCounter2?.addNewLine),composer$1=new composer.Composer(options),docs=Array.from(composer$1.compose(parser$1.parse(source)));if(prettyErrors&&lineCounter2)for(let doc of docs)doc.errors.forEach(errors.prettifyError(source,lineCounter2)),doc.warnings.forEach(errors.prettifyError(source,lineCounter2));return docs.length>0?docs:Object.assign([],{empty:!0},composer$1.streamInfo())}function parseDocument3(source,options={}){let{lineCounter:lineCounter2,prettyErrors}=parseOptions(options),parser$1=new parser.Parser(lineCounter2?.addNewLine),composer$1=new composer.Composer(options),doc=null;for(let _doc of composer$1.compose(parser$1.parse(source),!0,source.length))if(!doc)doc=_doc;else if(doc.options.logLevel!=="silent"){doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return prettyErrors&&lineCounter2&&(doc.errors.forEach(errors.prettifyError(source,lineCounter2)),doc.warnings.forEach(errors.prettifyError(source,lineCounter2))),doc}function parse5(src,reviver,options){let _reviver;typeof reviver=="function"?_reviver=reviver:options===void 0&&reviver&&typeof reviver=="object"&&(options=reviver);let doc=parseDocument3(src,options);if(!doc)return null;if(doc.warnings.forEach(warning=>log.warn(doc.options.logLevel,warning)),doc.errors.length>0){if(doc.options.logLevel!=="silent")throw doc.errors[0];doc.errors=[]}return doc.toJS(Object.assign({reviver:_reviver},options))}function stringify(value,replacer,options){let _replacer=null;if(typeof replacer=="function"||Array.isArray(replacer)?_replacer=replacer:options===void 0&&replacer&&(options=replacer),typeof options=="string"&&(options=options.length),typeof options=="number"){let indent=Math.round(options);options=indent<1?void 0:indent>8?{indent:8}:{indent}}if(value===void 0){let{keepUndefined}=options??replacer??{};if(!keepUndefined)return}return identity4.isDocument(value)&&!_replacer?value.toString(options):new Document.Document(value,_replacer,options).toString(options)}exports.parse=parse5;exports.parseAllDocuments=parseAllDocuments;exports.parseDocument=parseDocument3;exports.stringify=stringify}});var require_dist=__commonJS({"node_modules/yaml/dist/index.js"(exports){"use strict";var composer=require_composer(),Document=require_Document(),Schema=require_Schema(),errors=require_errors(),Alias=require_Alias(),identity4=require_identity(),Pair=require_Pair(),Scalar3=require_Scalar(),YAMLMap=require_YAMLMap(),YAMLSeq=require_YAMLSeq(),cst=require_cst(),lexer=require_lexer(),lineCounter=require_line_counter(),parser=require_parser(),publicApi=require_public_api(),visit=require_visit();exports.Composer=composer.Composer;exports.Document=Document.Document;exports.Schema=Schema.Schema;exports.YAMLError=errors.YAMLError;exports.YAMLParseError=errors.YAMLParseError;exports.YAMLWarning=errors.YAMLWarning;exports.Alias=Alias.Alias;exports.isAlias=identity4.isAlias;exports.isCollection=identity4.isCollection;exports.isDocument=identity4.isDocument;exports.isMap=identity4.isMap;exports.isNode=identity4.isNode;exports.isPair=identity4.isPair;exports.isScalar=identity4.isScalar;exports.isSeq=identity4.isSeq;exports.Pair=Pair.Pair;exports.Scalar=Scalar3.Scalar;exports.YAMLMap=YAMLMap.YAMLMap;exports.YAMLSeq=YAMLSeq.YAMLSeq;exports.CST=cst;exports.Lexer=lexer.Lexer;exports.LineCounter=lineCounter.LineCounter;exports.Parser=parser.Parser;exports.parse=publicApi.parse;exports.parseAllDocuments=publicApi.parseAllDocuments;exports.parseDocument=publicApi.parseDocument;exports.stringify=publicApi.stringify;exports.visit=visit.visit;exports.visitAsync=visit.visitAsync}});var ACCESS_MODES=["ReadWriteOnce","ReadOnlyMany","ReadWriteMany","ReadWriteOncePod"],ACCESS_MODE_SHORT={ReadWriteOnce:"RWO",ReadOnlyMany:"ROX",ReadWriteMany:"RWX",ReadWriteOncePod:"RWOP"};function asAccessModes(value){return Array.isArray(value)?value.filter(mode=>typeof mode=="string"):[]}var containsAllModes=(offered,requested)=>requested.every(mode=>offered.includes(mode)),allowsMultiAttach=modes2=>modes2.length===0||modes2.includes("ReadWriteMany")||modes2.includes("ReadOnlyMany"),isSingleWriter=modes2=>modes2.length>0&&!allowsMultiAttach(modes2);function matchesRequirement(labels2,requirement){let present=Object.prototype.hasOwnProperty.call(labels2,requirement.key),values=requirement.values??[];switch(requirement.operator){case"In":return present&&values.includes(labels2[requirement.key]);case"NotIn":return!present||!values.includes(labels2[requirement.key]);case"Exists":return present;case"DoesNotExist":return!present;default:return!1}}function matchesSelector(labels2,selector){for(let[key2,value]of Object.entries(selector.matchLabels??{}))if(labels2[key2]!==value)return!1;return(selector.matchExpressions??[]).every(requirement=>matchesRequirement(labels2,requirement))}function unmetRequirements(labels2,selector){let unmet=[];for(let[key2,value]of Object.entries(selector.matchLabels??{}))labels2[key2]!==value&&unmet.push(`${key2}=${value}`);for(let requirement of selector.matchExpressions??[])matchesRequirement(labels2,requirement)||unmet.push(describeRequirement(requirement));return unmet}function describeRequirement({key:key2,operator,values=[]}){switch(operator){case"In":return`${key2} in (${values.join(", ")})`;case"NotIn":return`${key2} notin (${values.join(", ")})`;case"Exists":return key2;case"DoesNotExist":return`!${key2}`;default:return`${key2} ${operator} (${values.join(", ")})`}}function describeSelector(selector){let parts=[...Object.entries(selector.matchLabels??{}).map(([key2,value])=>`${key2}=${value}`),...(selector.matchExpressions??[]).map(describeRequirement)];return parts.length===0?"{} (everything)":parts.join(",")}function matchesEqualitySelector(labels2,selector){let entries=Object.entries(selector);return entries.length>0&&entries.every(([key2,value])=>labels2[key2]===value)}function asLabels(value){if(typeof value!="object"||value===null||Array.isArray(value))return{};let labels2={};for(let[key2,raw]of Object.entries(value))raw!=null&&(labels2[key2]=String(raw));return labels2}var SHAPE=/^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/,DECIMAL_SUFFIX={n:-9,u:-6,m:-3,"":0,k:3,M:6,G:9,T:12,P:15,E:18},BINARY_SUFFIX={Ki:10,Mi:20,Gi:30,Ti:40,Pi:50,Ei:60},pow=(base2,exponent)=>base2**BigInt(exponent);function gcd(a,b){for(a=a<0n?-a:a;b;)[a,b]=[b,a%b];return a}function make(text,numerator,denominator){let divisor=gcd(numerator,denominator)||1n;return{text,numerator:numerator/divisor,denominator:denominator/divisor}}function parseQuantity(input){let text=typeof input=="number"?String(input):typeof input=="string"?input.trim():"";if(text==="")return{ok:!1,reason:"empty",text};if(text==="+"||text==="-")return{ok:!0,quantity:make(text,0n,1n)};let shape=SHAPE.exec(text);if(!shape)return{ok:!1,reason:"format",text};let[,numberPart,suffix]=shape,sign=numberPart.startsWith("-")?-1n:1n,parts=numberPart.replace(/^[+-]/,"").split(".");if(parts.length>2)return{ok:!1,reason:"format",text};let whole=parts[0]||"0",fraction=parts[1]??"",numerator=sign*BigInt(whole+fraction||"0"),denominator=pow(10n,fraction.length);if(suffix in DECIMAL_SUFFIX){let exponent=DECIMAL_SUFFIX[suffix];exponent>=0?numerator*=pow(10n,exponent):denominator*=pow(10n,-exponent)}else if(suffix in BINARY_SUFFIX)numerator*=pow(2n,BINARY_SUFFIX[suffix]);else{let exponentMatch=/^[eE]([-+]?[0-9]+)$/.exec(suffix);if(!exponentMatch)return{ok:!1,reason:"suffix",text};let exponent=Number(exponentMatch[1]);exponent>=0?numerator*=pow(10n,exponent):denominator*=pow(10n,-exponent)}return{ok:!0,quantity:make(text,numerator,denominator)}}function compareQuantities(a,b){let left=a.numerator*b.denominator,right=b.numerator*a.denominator;return left<right?-1:left>right?1:0}var isPositive=q=>q.numerator>0n;function quantityBytes(q){let{numerator:n,denominator:d}=q,truncated=n/d;return n%d===0n?truncated:n>0n?truncated+1n:truncated-1n}var hasFractionalBytes=q=>q.numerator%q.denominator!==0n;function describeQuantity(q){return`${q.text} (${quantityBytes(q)} bytes)`}var BETA_CLASS_ANNOTATION="volume.beta.kubernetes.io/storage-class",DEFAULT_CLASS_ANNOTATION="storageclass.kubernetes.io/is-default-class",BETA_DEFAULT_CLASS_ANNOTATION="storageclass.beta.kubernetes.io/is-default-class",NO_PROVISIONER="kubernetes.io/no-provisioner";function annotation(object,key2){let annotations=object.metadata?.annotations;if(!annotations||!Object.prototype.hasOwnProperty.call(annotations,key2))return;let value=annotations[key2];return value==null?"":String(value)}function declaredClaimClass(claim){let fromAnnotation=annotation(claim,BETA_CLASS_ANNOTATION);if(fromAnnotation!==void 0)return fromAnnotation;let field=claim.spec?.storageClassName;return field==null?void 0:String(field)}function volumeClass(volume){return annotation(volume,BETA_CLASS_ANNOTATION)??(volume.spec?.storageClassName?String(volume.spec.storageClassName):"")}var volumeClassPath=volume=>annotation(volume,BETA_CLASS_ANNOTATION)!==void 0?["metadata","annotations",BETA_CLASS_ANNOTATION]:["spec","storageClassName"];function isDefaultClass(storageClass2){return defaultClassAnnotations(storageClass2).some(({value})=>value==="true")}function effectiveClaimClass(claim,defaultClass){return declaredClaimClass(claim)??defaultClass??""}var WAIT_FOR_FIRST_CONSUMER="WaitForFirstConsumer",DEFAULT_CLASS_ANNOTATIONS=[DEFAULT_CLASS_ANNOTATION,BETA_DEFAULT_CLASS_ANNOTATION];function claimClassOf(claim,defaultClass){let source=claimClassSource(claim),declared=declaredClaimClass(claim),effective=declared??defaultClass??"";return{declared,effective,source:source??(effective===""?"none":"default"),path:source==="annotation"?["metadata","annotations",BETA_CLASS_ANNOTATION]:["spec","storageClassName"]}}function claimClassSource(claim){if(annotation(claim,BETA_CLASS_ANNOTATION)!==void 0)return"annotation";let field=claim.spec?.storageClassName;return field==null?void 0:"field"}function isDynamicClass(storageClass2){let provisioner=storageClass2.provisioner;return typeof provisioner=="string"&&provisioner!==""&&provisioner!==NO_PROVISIONER}function selectorBlocksProvisioning(claim){let selector=claim.spec?.selector;return selector!=null}function bindingModeOf(storageClass2){let mode=storageClass2.volumeBindingMode;return typeof mode=="string"&&mode!==""?mode:"Immediate"}var allowsExpansion=storageClass2=>storageClass2.allowVolumeExpansion===!0;function defaultClassAnnotations(storageClass2){let annotations=storageClass2.metadata?.annotations;return typeof annotations!="object"||annotations===null?[]:DEFAULT_CLASS_ANNOTATIONS.filter(key2=>Object.prototype.hasOwnProperty.call(annotations,key2)).map(key2=>({key:key2,value:annotations[key2]}))}var MEANS_FALSE=new Set(["false","no","off","n","0",""]);function isMisspelledDefault(value){return value==="true"?!1:typeof value=="string"?!MEANS_FALSE.has(value.trim().toLowerCase()):value===!0||value===1}var isObject=value=>typeof value=="object"&&value!==null&&!Array.isArray(value);function objectsOf(value){return Array.isArray(value)?value.filter(isObject):[]}function indexedObjectsOf(value){if(!Array.isArray(value))return[];let out=[];return value.forEach((item,index2)=>{isObject(item)&&out.push([item,index2])}),out}var stringOf=value=>typeof value=="string"?value:void 0,nonEmptyString=value=>typeof value=="string"&&value!==""?value:void 0,objectOf=value=>isObject(value)?value:{};var volumeModeOf=object=>{let mode=objectOf(object.spec).volumeMode;return typeof mode=="string"&&mode!==""?mode:"Filesystem"};function volumeCapacity(pv){let parsed=parseQuantity(objectOf(objectOf(pv.spec).capacity).storage);return parsed.ok?parsed.quantity:void 0}function claimRequest(claim){let parsed=parseQuantity(objectOf(objectOf(objectOf(claim.spec).resources).requests).storage);return parsed.ok?parsed.quantity:void 0}var volumeAccessModes=pv=>asAccessModes(objectOf(pv.spec).accessModes),claimAccessModes=claim=>asAccessModes(objectOf(claim.spec).accessModes);function claimRefOf(pv){let ref=objectOf(objectOf(pv.spec).claimRef);if(typeof ref.name!="string"||ref.name==="")return;let uid=typeof ref.uid=="string"&&ref.uid!==""?ref.uid:void 0;return{name:ref.name,namespace:typeof ref.namespace=="string"?ref.namespace:"",...uid?{uid}:{}}}function isReservedFor(pv,claim){let ref=claimRefOf(pv);return ref!==void 0&&ref.name===claim.name&&ref.namespace===claim.namespace&&(ref.uid===void 0||ref.uid===claim.uid)}function capacityFailure(pv,claim,compare3="exact"){let want=claimRequest(claim);if(!want)return;let have=volumeCapacity(pv);return have?(compare3==="exact"?compareQuantities(have,want)>=0:quantityBytes(have)>=quantityBytes(want))?void 0:{kind:"capacity",want,have}:{kind:"capacity",want,have}}function volumeModeFailure(pv,claim){let[want,have]=[volumeModeOf(claim),volumeModeOf(pv)];return want===have?void 0:{kind:"volumeMode",want,have}}function accessModesFailure(pv,claim){let[want,have]=[claimAccessModes(claim),volumeAccessModes(pv)];return containsAllModes(have,want)?void 0:{kind:"accessModes",want,have}}var stringList=value=>Array.isArray(value)?value.filter(item=>typeof item=="string"):[];function asLabelSelector(value){let selector=objectOf(value),expressions=Array.isArray(selector.matchExpressions)?selector.matchExpressions.map(objectOf):[];return{matchLabels:asLabels(selector.matchLabels),matchExpressions:expressions.filter(e=>typeof e.key=="string"&&typeof e.operator=="string").map(e=>({key:e.key,operator:e.operator,values:stringList(e.values)}))}}function selectorFailure(pv,claim){let selector=objectOf(claim.spec).selector;if(selector==null)return;let unmet=unmetRequirements(asLabels(objectOf(pv.metadata).labels),asLabelSelector(selector));return unmet.length===0?void 0:{kind:"selector",unmet}}function classFailure(pv,claimClass){let have=volumeClass(pv);return have===claimClass?void 0:{kind:"class",want:claimClass,have}}function staticMatchFailure(pv,claim,identity4,claimClass){return staticMatchFailures(pv,claim,identity4,claimClass)[0]}function staticMatchFailures(pv,claim,identity4,claimClass){let ref=claimRefOf(pv);return[ref&&!isReservedFor(pv,identity4)?{kind:"reserved",...ref}:void 0,capacityFailure(pv,claim),volumeModeFailure(pv,claim),ref?void 0:selectorFailure(pv,claim),ref?void 0:classFailure(pv,claimClass),accessModesFailure(pv,claim)].filter(failure=>failure!==void 0)}function prebindFailure(pv,claim,claimClass){return capacityFailure(pv,claim,"bytes")??classFailure(pv,claimClass)??volumeModeFailure(pv,claim)??accessModesFailure(pv,claim)}function claimLabel(claim){let id=`${claim.namespace}/${claim.name}`;if(claim.origin==="object")return`PersistentVolumeClaim ${id}`;let owner=claim.owner?` of ${claim.owner.kind} ${claim.owner.namespace}/${claim.owner.name}`:"";return`${claim.origin==="ephemeral"?"ephemeral claim":"claim"} ${id}${owner}`}var identityLabel=claim=>claim.namespace===""?`'${claim.name}' (no namespace)`:`${claim.namespace}/${claim.name}`,classLabel=name=>JSON.stringify(name),modes=list=>list.length===0?"none":list.map(m=>ACCESS_MODE_SHORT[m]??m).join(", ");function describeFailure(failure,volume){let pv=`PersistentVolume ${volume}`;switch(failure.kind){case"reserved":return failure.uid?`${pv} is reserved by its claimRef for the claim ${identityLabel(failure)} with uid ${failure.uid}, which a claim created from the files never has`:`${pv} is reserved for claim ${identityLabel(failure)} by its claimRef`;case"capacity":return`it requests ${describeQuantity(failure.want)} but ${pv} has ${failure.have?describeQuantity(failure.have):"no valid capacity.storage"}`;case"volumeMode":return`it wants volumeMode ${failure.want} but ${pv} is ${failure.have}`;case"taken":return`${pv} goes to claim ${identityLabel(failure.by)}`;case"selector":return`${pv} lacks the labels its selector asks for: ${failure.unmet.join(", ")}`;case"class":return`its class is ${classLabel(failure.want)} but ${pv} has class ${classLabel(failure.have)}`;case"accessModes":return`it requests access modes ${modes(failure.want)} but ${pv} offers ${modes(failure.have)}`}}function defaultedNote(failure,claim){return failure.kind==="class"&&claim.storageClass.declared===void 0?`; ${classLabel(failure.want)} is the default StorageClass, given because the claim names none`:""}function failurePaths(failure,claim,volume){let pv=volume.object;switch(failure.kind){case"capacity":return{claim:["spec","resources","requests","storage"],volume:["spec","capacity","storage"]};case"volumeMode":return{claim:["spec","volumeMode"],volume:["spec","volumeMode"]};case"selector":return{claim:["spec","selector"],volume:["metadata","labels"]};case"class":return{claim:claim.storageClass.path,volume:volumeClassPath(pv)};case"accessModes":return{claim:["spec","accessModes"],volume:["spec","accessModes"]};case"reserved":return{claim:["metadata","name"],volume:["spec","claimRef"]};case"taken":return{claim:["metadata","name"],volume:["metadata","name"]}}}function groupByTemplate(items,tag=()=>""){let groups2=new Map;for(let item of items){let{claim}=item,key2=claim.origin==="object"?item:`${claim.resource.order}\0${JSON.stringify(claim.path)}\0${tag(item)}`,group=groups2.get(key2);group?group.count++:groups2.set(key2,{first:item,count:1})}return[...groups2.values()]}var moreClaims=count=>count>1?` (and ${count-1} more claim${count>2?"s":""} of this template)`:"";function rowOf(model,claim){let request=claimRequest(claim.object),{declared,effective}=claim.storageClass,base2={namespace:claim.namespace,name:claim.name,...claim.owner?{owner:`${claim.owner.kind} ${claim.owner.namespace}/${claim.owner.name}`}:{},size:request?describeQuantity(request).split(" ")[0]:"",accessModes:asAccessModes(objectOf(claim.object.spec).accessModes),storageClass:effective,classDefaulted:declared===void 0&&model.defaultStorageClassName!==void 0},binding=model.binding(claim);switch(binding.kind){case"bound":return{...base2,result:"bound",target:binding.volume.name};case"dynamic":return selectorBlocksProvisioning(claim.object)?{...base2,result:"pending",reason:`StorageClass ${classLabel(binding.storageClass)} would provision it, but provisioners refuse a claim with a selector ("claim Selector is not supported"), and no PersistentVolume of the view matches`}:{...base2,result:"dynamic",target:binding.storageClass};case"pending":return{...base2,result:"pending",reason:binding.closest&&binding.failure?`${pendingWhy(binding.why,binding.storageClass)}; closest: ${describeFailure(binding.failure,binding.closest.name)}`:`${pendingWhy(binding.why,binding.storageClass)}, and no PersistentVolume of the view is a candidate`,...binding.closest?{closest:binding.closest.name}:{}};case"prebind-failed":return{...base2,result:"pending",reason:binding.volume&&binding.failure?`volumeName: ${describeFailure(binding.failure,binding.volume.name)}`:`volumeName names PersistentVolume ${binding.volumeName}, which is not in the view`,...binding.volume?{closest:binding.volume.name}:{}};case"unresolved":return{...base2,result:"pending",reason:"not simulated"}}}function pendingWhy(why,storageClass2){switch(why){case"empty-class":return'class "" is never provisioned';case"no-provisioner":return`StorageClass ${classLabel(storageClass2)} has no provisioner`;case"no-default":return"no class and no default StorageClass in the view";case"unknown-class":return`StorageClass ${classLabel(storageClass2)} is not in the view`}}function bindingRows(model){return model.claims.filter(claim=>model.isFirstCopy(claim)).map(claim=>rowOf(model,claim))}var modesText=modes2=>modes2.map(m=>ACCESS_MODE_SHORT[m]??m).join(",")||"-";function resultText(row){switch(row.result){case"bound":return`bound to PersistentVolume ${row.target}`;case"dynamic":return`dynamically provisioned by StorageClass ${row.target}`;case"pending":return`pending: ${row.reason}`}}var classText=row=>row.storageClass===""?'""':row.storageClass+(row.classDefaulted?" (default)":"");function formatBindingsTable(rows){if(rows.length===0)return`No PersistentVolumeClaims in the view.
`;let table=[["CLAIM","SIZE","MODES","CLASS","RESULT"],...rows.map(row=>[`${row.namespace}/${row.name}`,row.size||"-",modesText(row.accessModes),classText(row),resultText(row)])],widths=table[0].map((_,i)=>Math.max(...table.map(cells=>cells[i].length)));return table.map(cells=>cells.map((cell2,i)=>i===cells.length-1?cell2:cell2.padEnd(widths[i])).join("  ")).join(`
`)+`
`}var formatBindingsJson=rows=>JSON.stringify({claims:rows},null,2)+`
`;import{writeFileSync as writeFileSync2}from"node:fs";function kubeMinor2(version){let match=/^v?1\.(\d+)/.exec(version.trim());return match?Number(match[1]):Number.POSITIVE_INFINITY}var ON_BY_DEFAULT_SINCE={ReadWriteOncePod:27,AnyVolumeDataSource:24,VolumeAttributesClass:34},featureOn=(feature,version)=>kubeMinor2(version)>=ON_BY_DEFAULT_SINCE[feature];var DNS1123_LABEL=/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,DNS1035_LABEL=/^[a-z]([-a-z0-9]*[a-z0-9])?$/,DNS1123_SUBDOMAIN=/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,isDns1123Label=name=>name.length<=63&&DNS1123_LABEL.test(name),isDns1035Label=name=>name.length<=63&&DNS1035_LABEL.test(name),isDns1123Subdomain=name=>name.length<=253&&DNS1123_SUBDOMAIN.test(name);function closest(target,candidates2,maxDistance=Math.max(2,Math.floor(target.length/3))){let best,bestDistance=maxDistance+1;for(let candidate of candidates2){if(candidate===target)continue;let distance2=editDistance(target.toLowerCase(),candidate.toLowerCase());(distance2<bestDistance||distance2===bestDistance&&best!==void 0&&candidate<best)&&(best=candidate,bestDistance=distance2)}return best}function editDistance(a,b){if(a===b)return 0;let previous=Array.from({length:b.length+1},(_,i)=>i);for(let i=1;i<=a.length;i++){let current=[i];for(let j=1;j<=b.length;j++)current[j]=Math.min(previous[j]+1,current[j-1]+1,previous[j-1]+(a[i-1]===b[j-1]?0:1));previous=current}return previous[b.length]}var QUALIFIED_NAME_PART=/^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;function isQualifiedName(value){let parts=value.split("/");if(parts.length>2)return!1;let name=parts[parts.length-1];return parts.length===2&&(parts[0]===""||!isDns1123Subdomain(parts[0]))?!1:name.length>0&&name.length<=63&&QUALIFIED_NAME_PART.test(name)}function listNames(names2,max=4,quote2="'"){let shown2=names2.slice(0,max).map(n=>`${quote2}${n}${quote2}`).join(", ");return names2.length>max?`${shown2} and ${names2.length-max} more`:shown2}var LABEL_VALUE=/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/,isLabelKey=key2=>isQualifiedName(key2),isLabelValue=value=>value.length<=63&&LABEL_VALUE.test(value);function accessModeProblems(raw,kubeVersion,at2=[]){if(raw==null)return[{code:"empty",path:at2}];if(!Array.isArray(raw))return[];if(raw.length===0)return[{code:"empty",path:at2}];let problems=[],rwop=featureOn("ReadWriteOncePod",kubeVersion);raw.forEach((value,index2)=>{typeof value=="string"&&(value==="ReadWriteOncePod"&&!rwop?problems.push({code:"rwop-not-available",path:[...at2,index2]}):ACCESS_MODES.includes(value)||problems.push({code:"unknown",value,suggestion:closest(value,ACCESS_MODES),path:[...at2,index2]}))});let modes2=raw.filter(value=>typeof value=="string");if(rwop&&modes2.includes("ReadWriteOncePod")){let others=[...new Set(modes2.filter(mode=>mode!=="ReadWriteOncePod"))];others.length>0&&problems.push({code:"rwop-mixed",others,path:at2})}return problems}function formatMessage(template,data){return template.replace(/\{(\w+)\}/g,(whole,name)=>name in data?String(data[name]):whole)}var docsUrl=id=>`https://github.com/kstorelint/kstorelint/blob/main/docs/rules.md#${id}`;var messages={empty:"{subject} has no accessModes; the API server requires at least one",unknown:"{subject} has access mode '{value}', which is not one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod (values are case-sensitive)",rwopUnavailable:"Kubernetes {version} rejects access mode ReadWriteOncePod of {subject}: its feature gate is on by default only from 1.27",rwopMixed:"{subject} combines ReadWriteOncePod with {others}; ReadWriteOncePod must be the only access mode"};function report(context,subject,problem){let base2={resource:subject.resource,path:[...subject.path,"spec","accessModes",...problem.path]},data={subject:subject.label};switch(problem.code){case"empty":context.report({...base2,messageId:"empty",data,fix:"accessModes: [ReadWriteOnce]"});break;case"unknown":context.report({...base2,messageId:"unknown",data:{...data,value:problem.value},fix:problem.suggestion?`did you mean '${problem.suggestion}'?`:void 0});break;case"rwop-not-available":context.report({...base2,messageId:"rwopUnavailable",data:{...data,version:context.model.options.kubeVersion},fix:"ReadWriteOnce"});break;case"rwop-mixed":context.report({...base2,messageId:"rwopMixed",data:{...data,others:problem.others.join(", ")},fix:"accessModes: [ReadWriteOncePod]"});break}}var access_modes_invalid_default={id:"access-modes-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume or claim with no access mode, an unknown one, or ReadWriteOncePod next to another mode",why:'The API server requires at least one access mode on every PersistentVolume and claim (also ephemeral volume templates), accepts only `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` and `ReadWriteOncePod` (case-sensitive: `ReadWriteOne` or `RWO` are `Unsupported value`), and rejects ReadWriteOncePod combined with any other mode ("may not use ReadWriteOncePod with other access modes"). ReadWriteOncePod exists from 1.22 but its feature gate is on by default only from 1.27, so older clusters reject it. StatefulSet claim templates are checked by `sts-claim-template-invalid` (this rule adds only the version check there).',fix:"List the modes the volume supports, spelt out: `accessModes: [ReadWriteOnce]`; use `[ReadWriteOncePod]` alone for single-pod access.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec: supportedAccessModes, ReadWriteOncePod)","keps/sig-storage/2485-read-write-once-pod-pv-access-mode/kep.yaml","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[{tool:"Kubernetes API server",check:'ValidatePersistentVolumeClaimSpec: "at least 1 access mode is required"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"},{tool:"Kubernetes API server",check:'ValidatePersistentVolumeSpec: "may not use ReadWriteOncePod with other access modes"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number. Set `--kube-version` to the oldest target cluster so the ReadWriteOncePod check is right for it."},messages,check(context){let{model}=context,subjects=[];for(let pv of model.persistentVolumes)isObject(pv.object.spec)&&subjects.push({resource:pv,label:`PersistentVolume ${pv.name}`,path:[],spec:pv.object.spec,partial:model.isFragment(pv)!==void 0,versionOnly:!1});for(let spec of model.claimSpecs){let object=spec.object.spec;isObject(object)&&subjects.push({resource:spec.resource,label:spec.label,path:spec.path,spec:object,partial:model.isFragment(spec.resource)!==void 0,versionOnly:spec.origin==="statefulset"})}for(let subject of subjects)for(let problem of accessModeProblems(subject.spec.accessModes,model.options.kubeVersion))problem.code==="empty"&&subject.partial||subject.versionOnly&&problem.code!=="rwop-not-available"||report(context,subject,problem)}};var TEMPLATE=/\{\{|\}\}|<%|%>|\$\{[A-Za-z_]|\$[A-Za-z_][A-Za-z0-9_]*|<[A-Za-z][^<>]*>|__[A-Za-z0-9]+__/,isPlaceholderText=text=>TEMPLATE.test(text),isPlaceholderName=text=>/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$/.test(text.trim());function isPlaceholderValue(value){return typeof value=="string"?isPlaceholderText(value)||isPlaceholderName(value):isObject(value)&&Object.keys(value).length>0&&Object.keys(value).some(key2=>/^[[{]/.test(key2))}var isPlaceholderClassName=name=>isPlaceholderValue(name)||/(^|[-_.])your([-_.]|$)/i.test(name)||/^my-?storage-?class(-name)?$/i.test(name),FILL_IN_COMMENT=[/^(todo|fixme|tbd)\b/i,/^<[^<>]+>/,/^your\b/i,/^(change|replace|modify|substitute)\b(\s+(this|it|the \w+))?\s+(to|with)\b/i,/^(change|replace|modify|substitute|insert|put|fill( in)?|set|update|enter|specify|edit|use|add)\b.*\b(your|here)\b/i],isFillInComment=comment=>{let text=comment.trim();return FILL_IN_COMMENT.some(pattern=>pattern.test(text))};function claimNameReference(use){if(!(use.naming!=="claimName"||use.replacedByTemplate||isPlaceholderText(use.name)))return{kind:"PersistentVolumeClaim",namespace:use.workload.namespace,name:use.name,from:{resource:use.workload.resource,path:use.path}}}function configObjectReference(reference){if(reference.optional)return;let{workload,kind,name,path:path17,keys}=reference;return{kind,namespace:workload.namespace,name,from:{resource:workload.resource,path:path17},keys:keys.map(use=>use.key)}}function getIn(value,path17){let current=value;for(let segment of path17){if(typeof current!="object"||current===null)return;current=current[segment]}return current}var WORKLOAD_KINDS=["Pod","Deployment","ReplicaSet","ReplicationController","StatefulSet","DaemonSet","Job","CronJob"],CONTAINER_LISTS=["initContainers","containers","ephemeralContainers"],TEMPLATE_PATH={Pod:[],Deployment:["spec","template"],ReplicaSet:["spec","template"],ReplicationController:["spec","template"],StatefulSet:["spec","template"],DaemonSet:["spec","template"],Job:["spec","template"],CronJob:["spec","jobTemplate","spec","template"]};function isWorkloadKind(kind){return WORKLOAD_KINDS.includes(kind)}function workloadOf(resource){if(!isWorkloadKind(resource.kind))return;let templatePath2=TEMPLATE_PATH[resource.kind],template=getIn(resource.object,templatePath2);if(!isObject(template))return;let spec=template.spec;if(!isObject(spec))return;let declaredReplicas=getIn(resource.object,["spec","replicas"]),specPath=[...templatePath2,"spec"],volumes=indexedObjectsOf(spec.volumes).map(([volume,index2])=>({volume,index:index2,path:[...specPath,"volumes",index2]})),containers=CONTAINER_LISTS.flatMap(list=>indexedObjectsOf(spec[list]).map(([container,index2])=>({container,path:[...specPath,list,index2]})));return{resource,kind:resource.kind,namespace:resource.namespace??"default",name:resource.name,specPath,spec,podLabels:asLabels(getIn(template,["metadata","labels"])),replicas:typeof declaredReplicas=="number"?declaredReplicas:1,volumes,containers}}var describeWorkload=workload=>`${workload.kind} ${workload.namespace}/${workload.name}`;import path from"node:path";var CLUSTER_SCOPED=new Set(["APIService","CSIDriver","CSINode","CertificateSigningRequest","ClusterRole","ClusterRoleBinding","ComponentStatus","CustomResourceDefinition","IngressClass","MutatingWebhookConfiguration","Namespace","Node","PersistentVolume","PodSecurityPolicy","PriorityClass","RuntimeClass","StorageClass","ValidatingAdmissionPolicy","ValidatingAdmissionPolicyBinding","ValidatingWebhookConfiguration","VolumeAttachment","VolumeAttributesClass","VolumeSnapshotClass","VolumeSnapshotContent"]),isClusterScoped=kind=>CLUSTER_SCOPED.has(kind),isKubeObject=value=>typeof value=="object"&&value!==null&&!Array.isArray(value)&&typeof value.apiVersion=="string"&&typeof value.kind=="string";function describe(resource){return resource.namespace?`${resource.kind} ${resource.namespace}/${resource.name}`:`${resource.kind} ${resource.name}`}var declaredNamespace=resource=>{let metadata=resource.object.metadata;return typeof metadata?.namespace=="string"&&metadata.namespace!==""?metadata.namespace:void 0};function fillInComment(context,resource,path17){let comment=context.trailingComment(resource,path17);return comment!==void 0&&isFillInComment(comment)?comment:void 0}function asFillIn(report3,comment){let fix=`'# ${comment}' marks this as a value to fill in: put the real one before applying`;return{...report3,severity:"info",fix:report3.fix?`${fix}; ${report3.fix}`:fix}}function reportWrittenValue(context,report3){let comment=fillInComment(context,report3.resource,report3.path);context.report(comment===void 0?report3:asFillIn(report3,comment))}var relatedOf=targets=>targets.flatMap(target=>target.resource?[{resource:target.resource,path:target.path,message:target.label}]:[]),namespacesPhrase=namespaces=>`${namespaces.length===1?"namespace":"namespaces"} '${namespaces.join("', '")}'`,kindOf=reference=>typeof reference.kind=="string"?reference.kind:reference.kind[0];function assumeHint(reference){let kind=kindOf(reference);return`if it exists in the cluster, declare it in .kstorelint.yaml (assume: [${isClusterScoped(kind)||reference.namespace===void 0?`${kind}/${reference.name}`:`${kind}/${reference.namespace}/${reference.name}`}]) or pass its manifest with --cluster`}var OFTEN_OUTSIDE_THE_FILES=new Set(["Secret","PersistentVolume"]);function definedNearby(model,reference){let kind=kindOf(reference);if(OFTEN_OUTSIDE_THE_FILES.has(kind))return!1;let folder=path.dirname(reference.from.resource.source.file);return model.ofKind(kind).some(resource=>path.dirname(resource.source.file)===folder&&(reference.namespace===void 0||resource.namespace===reference.namespace))}var RANK={info:0,warning:1,error:2},withDeclareHint=(phrase,reference,wording)=>({...phrase,fix:phrase.fix??wording.declareHint??assumeHint(reference)}),KUSTOMIZE_NAMESPACE_HINT="a kustomize patch takes the namespace of the object it patches; lint the rendered kustomization (kubectl on PATH) to check the reference",isUnplacedPatch=(model,resource)=>model.isFragment(resource)==="kustomize-patch"&&declaredNamespace(resource)===void 0;function reportMissingReference(context,reference,wording){let resolution=context.model.resolveReference(reference),phrase,related=[],severity="error";switch(resolution.outcome){case"found":case"assumed":return;case"other-kind":{let{kind,targets}=resolution;phrase=wording.otherKind?wording.otherKind({kind,targets}):wording.notFound({}),related=relatedOf(targets),resolution.related||([severity,phrase]=["warning",withDeclareHint(phrase,reference,wording)]);break}case"other-namespace":{let{namespaces,targets}=resolution;phrase=wording.otherNamespace?wording.otherNamespace({namespaces,where:namespacesPhrase(namespaces),targets}):wording.notFound({}),related=relatedOf(targets),isUnplacedPatch(context.model,reference.from.resource)?(severity="info",phrase={...phrase,fix:KUSTOMIZE_NAMESPACE_HINT}):resolution.related||([severity,phrase]=["warning",withDeclareHint(phrase,reference,wording)]);break}case"near-miss":{let[nearest2]=resolution.candidates;phrase=wording.notFound({nearest:nearest2,didYouMean:`did you mean '${nearest2.name}'?`}),nearest2.related||([severity,phrase]=["warning",withDeclareHint(phrase,reference,wording)]);break}case"broken-definition":{let{file,line}=resolution.definition;phrase={...wording.notFound({}),fix:`defined in a document that does not parse (${file}:${line}); fix that document`},severity="info";break}case"probable-producer":{let{producer}=resolution;phrase={...wording.notFound({}),fix:`probably created by ${describe(producer)}; ${wording.declareHint??assumeHint(reference)}`},related=[{resource:producer,path:["metadata","name"],message:`${describe(producer)} may create it`}],severity="info";break}case"not-in-view":{phrase=wording.notFound({}),wording.providedByClusters?(severity="info",phrase={...phrase,fix:wording.providedByClusters}):definedNearby(context.model,reference)||(severity="warning",phrase=withDeclareHint(phrase,reference,wording));break}}wording.atMost&&RANK[severity]>RANK[wording.atMost]&&(severity=wording.atMost);let report3={...phrase,related:phrase.related??related,resource:reference.from.resource,path:reference.from.path,severity},fillIn=fillInComment(context,reference.from.resource,reference.from.path);context.report(fillIn===void 0?report3:asFillIn(report3,fillIn))}var claim_not_found_default={id:"claim-not-found",severity:"warning",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod volume names a PersistentVolumeClaim that is not in its namespace",why:'The scheduler cannot place a pod whose claim does not exist: it stays Pending with `persistentvolumeclaim "x" not found`. A claim in another namespace does not count (pods only use claims of their own namespace), and a PersistentVolume is not a claim even when it has the same name. A claim name whose line ends in a comment marking it as one for the reader to fill in (`# change to your claim`, `# TODO`, `# <claim>`) is only a hint.',fix:"Point `claimName` at a PersistentVolumeClaim in the pod's namespace, or add that claim. If the claim exists only in the cluster, declare it (or lower this rule's severity).",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/concepts/storage/persistent-volumes/#claims-as-volumes","pkg/scheduler/framework/plugins/volumebinding (persistentvolumeclaim not found)"],sources:[{tool:"Monokle",check:"LNK001 (no-missing-links)"},{tool:"Kubevious",check:"pod-spec-volume-pvc-ref"}],whenNotToUse:"Turn it off, or list the claims under `assume:`, when claims are created outside the linted files (by an operator, a separate storage repository or a pipeline step) and only the workloads are linted."},messages:{missing:"Volume '{volume}' of {workload} uses claim '{claim}', which is not a PersistentVolumeClaim in namespace '{namespace}'",namesVolume:"Volume '{volume}' of {workload} uses claimName '{claim}', which names a PersistentVolume; claimName must name a PersistentVolumeClaim{bound}",otherNamespace:"Volume '{volume}' of {workload} uses claim '{claim}', which exists only in {other}; pods can only use claims of their own namespace '{namespace}'"},check(context){let{model}=context;for(let workload of model.workloads)for(let use of model.volumeClaims(workload)){let reference=claimNameReference(use);if(!reference)continue;let claimName=use.name,base2={volume:use.volumeName,workload:describeWorkload(workload),claim:claimName,namespace:workload.namespace};reportMissingReference(context,reference,{notFound:({didYouMean})=>({messageId:"missing",data:base2,fix:didYouMean}),otherNamespace:({where})=>({messageId:"otherNamespace",data:{...base2,other:where}}),otherKind:({targets})=>{let reservedFor=model.claimsNaming(claimName).find(c=>c.namespace===workload.namespace)?.name??nonEmptyString(objectOf(objectOf(targets[0].resource?.object.spec).claimRef).name);return{messageId:"namesVolume",data:{...base2,bound:reservedFor?`; the claim bound to it is '${reservedFor}'`:""},fix:reservedFor?`claimName: ${reservedFor}`:void 0}}})}}};var cluster_scoped_namespace_default={id:"cluster-scoped-namespace",severity:"info",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A cluster-scoped object (PersistentVolume, StorageClass, \u2026) sets metadata.namespace",why:'PersistentVolumes, StorageClasses, Namespaces, CSIDrivers, VolumeSnapshotContents and other cluster-scoped objects belong to no namespace. The API server silently clears the field on create (`EnsureObjectNamespaceMatchesRequestNamespace`: "cluster-scoped, clear namespace"), so the object works, but the field suggests a scoping that does not exist: a PV in "namespace shop" is visible to claims of every namespace, and its `claimRef.namespace` is never taken from it.',fix:"Delete `metadata.namespace` from cluster-scoped objects. To reserve a PersistentVolume for a claim of one namespace, set `spec.claimRef: {namespace, name}`.",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/apiserver/pkg/registry/rest/create.go (BeforeCreate, EnsureObjectNamespaceMatchesRequestNamespace)","https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#not-all-objects-are-in-a-namespace"],sources:[],whenNotToUse:"Turn it off when a tool you do not control stamps a namespace on every object it renders; the API server clears the field, so the object works as intended and the finding is only about readability."},messages:{namespaced:"{object} is cluster-scoped, but sets metadata.namespace '{namespace}'; the API server drops it, the object belongs to no namespace"},check(context){for(let resource of context.model.resources){if(!isClusterScoped(resource.kind))continue;let namespace=nonEmptyString(objectOf(resource.object.metadata).namespace);namespace&&context.report({messageId:"namespaced",data:{object:describe({...resource,namespace:void 0}),namespace},resource,path:["metadata","namespace"],fix:"delete metadata.namespace"})}}};var STRICT_ENV_NAME=/^[-._a-zA-Z][-._a-zA-Z0-9]*$/,CONFIG_KEY=/^[-._a-zA-Z0-9]+$/;var dotProblem=value=>{if(value===".")return"must not be '.'";if(value==="..")return"must not be '..'";if(value.startsWith(".."))return"must not start with '..'"};function strictEnvNameProblem(name){return STRICT_ENV_NAME.test(name)?dotProblem(name):"must consist of letters, digits, '_', '-' or '.', and must not start with a digit"}function relaxedEnvNameProblem(name){if(name.length===0)return"must not be empty";if(name.includes("="))return"must not contain '='";for(let char of name){let code=char.codePointAt(0)??0;if(code<32||code>126)return`must consist of printable ASCII characters (not ${JSON.stringify(char)})`}}var envNameProblem=(name,relaxed)=>relaxed?relaxedEnvNameProblem(name):strictEnvNameProblem(name);function configKeyProblem(key2){return key2.length===0?"must not be empty":key2.length>253?`must be no more than 253 characters (has ${key2.length})`:CONFIG_KEY.test(key2)?dotProblem(key2):"must consist of letters, digits, '-', '_' or '.'"}var KEY_FIELDS={ConfigMap:["data","binaryData"],Secret:["data","stringData"]},base64Bytes=text=>Buffer.from(text,"base64").length;function valueBytes(kind,field,value){return typeof value!="string"?0:field==="binaryData"||kind==="Secret"&&field==="data"?base64Bytes(value):Buffer.byteLength(value,"utf8")}var messages2={invalid:"Key '{key}' of {object} is not a valid data key: it {problem}; the API server rejects the {kind}",both:"Key '{key}' of {object} is in both data and binaryData; the API server rejects the ConfigMap",tooBig:"{object} holds {bytes} bytes of data, more than the 1 MiB ({max} bytes) the API server accepts"};function checkObject(context,resource,kind){let object=describe(resource),seen=new Set,bytes=0;for(let field of KEY_FIELDS[kind]){let values=resource.object[field];if(isObject(values))for(let[key2,value]of Object.entries(values)){bytes+=valueBytes(kind,field,value);let path17=[field,key2],problem=isPlaceholderText(key2)?void 0:configKeyProblem(key2);problem?reportWrittenValue(context,{messageId:"invalid",data:{key:key2,object,problem,kind},resource,path:path17}):kind==="ConfigMap"&&field==="binaryData"&&seen.has(key2)&&reportWrittenValue(context,{messageId:"both",data:{key:key2,object},resource,path:path17}),seen.add(key2)}}bytes>1048576&&reportWrittenValue(context,{messageId:"tooBig",data:{object,bytes,max:1048576},resource,path:[KEY_FIELDS[kind][0]]})}var config_key_invalid_default={id:"config-key-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A ConfigMap or Secret key the API server rejects (bad characters, `..`, in both data and binaryData) or data above 1 MiB",why:"Keys become file names in volumes, so the API server accepts only letters, digits, `-`, `_` and `.`, at most 253 characters, and neither `.`, `..` nor a name starting with `..` (`IsConfigMapKey`). A key with a `/` or a space (e.g. a path copied into `data:`), a key present in both `data` and `binaryData`, or more than 1 MiB of data makes the whole object fail, and every pod that mounts it waits in ContainerCreating.",fix:"Rename the key to letters, digits, `-`, `_` and `.` (use `items: [{key, path}]` in the volume to choose the file path, subdirectories included), keep each key in one map, and split objects above 1 MiB.",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsConfigMapKey)","pkg/apis/core/validation/validation.go (ValidateConfigMap, ValidateSecret)","https://kubernetes.io/docs/concepts/configuration/configmap/"],sources:[{tool:"Kubernetes API server",check:`IsConfigMapKey: "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a ConfigMap or Secret the API server rejects, and the pods that mount it wait forever. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages2,check(context){for(let kind of["ConfigMap","Secret"])for(let resource of context.model.ofKind(kind))checkObject(context,resource,kind)}};var VOLUME_NAME_FIELD={ConfigMap:"name",Secret:"secretName"},isOptional=ref=>ref.optional===!0;function itemKeys(items,itemsPath){return indexedObjectsOf(items).flatMap(([item,i])=>{let key2=nonEmptyString(item.key);return key2?[{key:key2,path:[...itemsPath,i,"key"]}]:[]})}function configReferences(workload){return[...volumeReferences(workload),...containerReferences(workload)]}function volumeReferences(workload){let references2=[];for(let{volume,path:path17}of workload.volumes){let raw=volume,volumeName=typeof raw.name=="string"?raw.name:"";for(let[field,kind]of[["configMap","ConfigMap"],["secret","Secret"]]){let ref=raw[field];if(!isObject(ref))continue;let name=nonEmptyString(ref[VOLUME_NAME_FIELD[kind]]);name&&references2.push({workload,kind,name,path:[...path17,field,VOLUME_NAME_FIELD[kind]],optional:isOptional(ref),source:"volume",description:`Volume '${volumeName}'`,keys:itemKeys(ref.items,[...path17,field,"items"])})}for(let[projection,i]of indexedObjectsOf(objectOf(raw.projected).sources))for(let[field,kind]of[["configMap","ConfigMap"],["secret","Secret"]]){let ref=projection[field];if(!isObject(ref))continue;let name=nonEmptyString(ref.name);if(!name)continue;let at2=[...path17,"projected","sources",i,field];references2.push({workload,kind,name,path:[...at2,"name"],optional:isOptional(ref),source:"projected",description:`Projected volume '${volumeName}'`,keys:itemKeys(ref.items,[...at2,"items"])})}let publishSecret=nonEmptyString(objectOf(objectOf(raw.csi).nodePublishSecretRef).name);publishSecret&&references2.push({workload,kind:"Secret",name:publishSecret,path:[...path17,"csi","nodePublishSecretRef","name"],optional:!1,source:"csi",description:`CSI volume '${volumeName}'`,keys:[]})}return references2}function containerReferences(workload){let references2=[];for(let view of workload.containers){let container=view.container,containerName=typeof container.name=="string"?container.name:"";for(let[entry2,i]of indexedObjectsOf(container.envFrom))for(let[field,kind]of[["configMapRef","ConfigMap"],["secretRef","Secret"]]){let ref=entry2[field],name=isObject(ref)?nonEmptyString(ref.name):void 0;!isObject(ref)||!name||references2.push({workload,kind,name,path:[...view.path,"envFrom",i,field,"name"],optional:isOptional(ref),source:"envFrom",description:`Container '${containerName}' (envFrom)`,keys:[],container:view})}for(let[entry2,i]of indexedObjectsOf(container.env)){let valueFrom=objectOf(entry2.valueFrom);for(let[field,kind]of[["configMapKeyRef","ConfigMap"],["secretKeyRef","Secret"]]){let ref=valueFrom[field],name=isObject(ref)?nonEmptyString(ref.name):void 0;if(!isObject(ref)||!name)continue;let at2=[...view.path,"env",i,"valueFrom",field],key2=nonEmptyString(ref.key),envName=typeof entry2.name=="string"?entry2.name:"";references2.push({workload,kind,name,path:[...at2,"name"],optional:isOptional(ref),source:"env",description:`Env var '${envName}' of container '${containerName}'`,keys:key2?[{key:key2,path:[...at2,"key"]}]:[],container:view})}}}return references2}import{posix}from"node:path";var LISTS=[["volumeMounts","mount","mountPath"],["volumeDevices","device","devicePath"]];function mountsOf(container){let raw=container.container,containerName=typeof raw.name=="string"?raw.name:"",ephemeral=container.path.includes("ephemeralContainers");return LISTS.flatMap(([list,kind,targetField])=>indexedObjectsOf(raw[list]).map(([entry2,i])=>({container,containerName,ephemeral,kind,list,entry:entry2,path:[...container.path,list,i],volumeName:nonEmptyString(entry2.name),target:nonEmptyString(entry2[targetField]),targetField})))}function volumesByName(workload){let byName=new Map;for(let volume of workload.volumes){let name=volume.volume.name;typeof name=="string"&&name!==""&&!byName.has(name)&&byName.set(name,volume)}return byName}var describeContainer=(workload,mount)=>`Container '${mount.containerName}' of ${workload.kind} ${workload.namespace}/${workload.name}`;var itemPaths=items=>indexedObjectsOf(items).flatMap(([item])=>nonEmptyString(item.path)??[]);function configSource(ref,objectKind,nameField){if(Array.isArray(ref.items)&&ref.items.length>0)return{kind:"files",names:itemPaths(ref.items)};let name=nonEmptyString(ref[nameField]);return name?{kind:"object",objectKind,name,optional:ref.optional===!0}:{kind:"unknown"}}function projectedSource(projection){if(isObject(projection.configMap))return configSource(projection.configMap,"ConfigMap","name");if(isObject(projection.secret))return configSource(projection.secret,"Secret","name");if(isObject(projection.downwardAPI))return{kind:"files",names:itemPaths(projection.downwardAPI.items)};for(let field of["serviceAccountToken","clusterTrustBundle"]){let path17=nonEmptyString(objectOf(projection[field]).path);if(path17)return{kind:"files",names:[path17]}}return{kind:"unknown"}}function sourcesOf(volume){if(isObject(volume.configMap))return{type:"configMap",sources:[configSource(volume.configMap,"ConfigMap","name")]};if(isObject(volume.secret))return{type:"secret",sources:[configSource(volume.secret,"Secret","secretName")]};if(isObject(volume.downwardAPI))return{type:"downwardAPI",sources:[{kind:"files",names:itemPaths(volume.downwardAPI.items)}]};if(isObject(volume.projected))return{type:"projected",sources:indexedObjectsOf(volume.projected.sources).map(([projection])=>projectedSource(projection))}}function subPathUses(workload){let volumes=volumesByName(workload),uses=[];for(let container of workload.containers)for(let mount of mountsOf(container)){let subPath=nonEmptyString(mount.entry.subPath);if(mount.kind!=="mount"||!subPath||!mount.volumeName)continue;let volume=volumes.get(mount.volumeName),written=volume&&sourcesOf(volume.volume);written&&uses.push({workload,mount,subPath,path:[...mount.path,"subPath"],volumeName:mount.volumeName,volumeType:written.type,sources:written.sources})}return uses}function normalSubPath(subPath){let normal=posix.normalize(subPath).replace(/\/+$/,"");if(!(normal==="."||normal===""||normal.startsWith("/")||normal===".."||normal.startsWith("../")))return normal}function volumeHas(names2,subPath){for(let name of names2){let file=posix.normalize(name);if(file===subPath||file.startsWith(`${subPath}/`))return!0}return!1}var LISTED_KEYS=8;function describeKeys(keys){if(keys.length===0)return"no keys at all";let sorted=[...keys].sort(),listed=sorted.slice(0,LISTED_KEYS).map(k=>`'${k}'`).join(", "),more=sorted.length>LISTED_KEYS?` and ${sorted.length-LISTED_KEYS} more`:"";return`only ${sorted.length===1?"key":"keys"} ${listed}${more}`}var MESSAGES={missing:"{where} of {workload} needs key '{key}' of {kind} {namespace}/{name}, which has {keys}",subPathMissing:"{container} mounts subPath '{subPath}' of volume '{volume}', which holds {holds}: the kubelet mounts an empty directory at {mountPath} instead of the file (and the container fails to start if its image has a file there)"};function describeHolding(use,names2,object){let listed=describeKeys(names2);return use.sources.length===1&&object?`${listed} of ${object.kind} ${object.namespace}/${object.name}`:use.sources.length===1?`${listed.replace(/^only keys?/,"only the files")} its items name`:`${listed.replace(/^only keys?/,"only the files")} from its sources`}function reportSubPath(context,use,lookup){let subPath=normalSubPath(use.subPath);if(!subPath||subPath.startsWith(".."))return;let names2=[],object;for(let source of use.sources){if(source.kind==="unknown")return;if(source.kind==="files"){names2.push(...source.names);continue}if(source.optional)return;let found=lookup(source.objectKind,source.name);if(!found)return;names2.push(...found.keys),object={kind:source.objectKind,name:source.name,namespace:found.object?.namespace??use.workload.namespace,...found.object?.resource?{resource:found.object.resource}:{}}}if(volumeHas(names2,subPath))return;let first=subPath.split("/")[0],suggestion=closest(subPath,names2)??(first!==subPath?closest(first,names2):void 0),single=use.sources.length===1?object:void 0;context.report({messageId:"subPathMissing",data:{container:describeContainer(use.workload,use.mount),subPath:use.subPath,volume:use.volumeName,holds:describeHolding(use,[...new Set(names2)],single),mountPath:use.mount.target??"the mount path"},resource:use.workload.resource,path:use.path,related:single?.resource?[{resource:single.resource,path:["metadata","name"],message:`${single.kind} ${single.namespace}/${single.name}`}]:void 0,fix:suggestion?`did you mean '${suggestion}'?`:void 0})}var config_key_not_found_default={id:"config-key-not-found",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod asks for a ConfigMap or Secret key (a key reference, a volume item, a subPath) that the object or volume does not have",why:"Keys are not checked when the pod is created, only when the kubelet starts it: a missing `configMapKeyRef`/`secretKeyRef` key fails the container with CreateContainerConfigError (`couldn't find key K in ConfigMap ns/name`), and a missing `items[].key` of a configMap/secret volume or projected source fails the mount (`configmap references non-existent config key: K`), so the pod never runs. A volumeMount `subPath` into a configMap, secret, projected or downwardAPI volume names one of its files: a key of the object when the source has no `items`, an item `path` when it has. A subPath that names no file is not refused: the kubelet creates an empty directory in the volume and mounts it (kubelet_pods.go makeMounts), so the program finds a directory where it expected its file, and the container runtime fails to start the container when its image has a file at the mount path (\"not a directory: Are you trying to mount a directory onto a file\"). Only `optional: true` on the reference makes a missing key acceptable. ConfigMap keys live in `data` and `binaryData`; Secret keys in `data` and `stringData`. Keys are only checked against objects written in the view that have at least one key (the union over every copy, e.g. base and overlay): generated objects, service account token Secrets and empty placeholders are filled in elsewhere; a missing object is configmap-or-secret-not-found's finding.",fix:"Use a key the object has (keys are case-sensitive), add the key to the object, or mark the reference `optional: true` if the pod can run without it. For a subPath, name a key of the object (no `items`) or a `path` of its items.",examples:{bad:`apiVersion: v1
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
        - name: settings
          mountPath: /etc/nginx/conf.d/default.conf
          subPath: default.conf # expect: config-key-not-found/subPathMissing@20 # expect: subpath-no-live-update/subPath@20
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.cfg # expect: config-key-not-found/missing@18
            path: nginx.conf
    - name: settings
      configMap:
        name: web-settings
`,good:`apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings
immutable: true
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
        - name: settings
          mountPath: /etc/nginx/conf.d/default.conf
          subPath: default.conf
  volumes:
    - name: config
      configMap:
        name: web-settings
        items:
          - key: nginx.conf
            path: nginx.conf
    - name: settings
      configMap:
        name: web-settings
        items:
          - key: nginx.conf
            path: default.conf
`},references:["pkg/kubelet/kubelet_pods.go (makeMounts: a missing subPath is created as a directory, SafeMakeDir)","https://github.com/kubernetes/kubernetes/issues/126186 (a wrong subPath into a ConfigMap volume starts the pod without a warning)","pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables: couldn't find key)","pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go (MakePayload: references non-existent config key)","https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/"],sources:[{tool:"KubeLinter",check:"env-value-from",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Kubevious",check:"container-env-config-map-ref"},{tool:"Kubevious",check:"container-env-secret-ref"},{tool:"Kubevious",check:"pod-spec-volume-config-map-ref"},{tool:"Kubevious",check:"pod-spec-volume-secret-ref"}],whenNotToUse:"Turn it off when the ConfigMaps and Secrets in the files are placeholders whose real keys are filled in at deploy time (External Secrets, a Vault injector, a CI step), so the keys in the files are not the keys in the cluster."},messages:MESSAGES,check(context){let{model}=context,objects=model.configObjects;for(let workload of model.workloads){let declared=declaredNamespace(workload.resource)!==void 0;for(let use of subPathUses(workload))reportSubPath(context,use,(kind,name)=>{let found=objects.reachable(kind,workload.namespace,declared,name),keys=found.length>0?objects.keysOf(found):void 0;return keys?{keys:[...keys.keys()],object:found.find(o=>o.resource)}:void 0});for(let reference of configReferences(workload)){if(reference.optional||reference.keys.length===0)continue;let found=objects.reachable(reference.kind,workload.namespace,declared,reference.name),keys=found.length>0?objects.keysOf(found):void 0;if(!keys)continue;let object=found.find(o=>o.resource);for(let use of reference.keys){if(keys.has(use.key))continue;let suggestion=closest(use.key,keys.keys());context.report({messageId:"missing",data:{where:reference.description,workload:`${workload.kind} ${workload.namespace}/${workload.name}`,key:use.key,kind:reference.kind,namespace:object?.namespace??workload.namespace,name:reference.name,keys:describeKeys([...keys.keys()])},resource:workload.resource,path:use.path,related:object?.resource?[{resource:object.resource,path:["metadata","name"],message:`${reference.kind} ${object.namespace}/${reference.name}`}]:void 0,fix:suggestion?`did you mean '${suggestion}'?`:void 0})}}}}};function switchKindHint(reference){let toSecret=reference.kind==="ConfigMap",{name}=reference;switch(reference.source){case"volume":return toSecret?`secret: {secretName: ${name}}`:`configMap: {name: ${name}}`;case"projected":return toSecret?`- secret: {name: ${name}}`:`- configMap: {name: ${name}}`;case"envFrom":return toSecret?`secretRef: {name: ${name}}`:`configMapRef: {name: ${name}}`;case"env":return toSecret?`secretKeyRef: {name: ${name}, key: \u2026}`:`configMapKeyRef: {name: ${name}, key: \u2026}`;default:return}}var plural=kind=>kind==="ConfigMap"?"ConfigMaps":"Secrets",configmap_or_secret_not_found_default={id:"configmap-or-secret-not-found",severity:"warning",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod references a ConfigMap or Secret that is not in its namespace",why:"The kubelet resolves configMap/secret volumes, projected sources, `envFrom` and `valueFrom` references in the pod's own namespace when it starts the pod. A missing object leaves the pod in ContainerCreating (`configmap \"x\" not found` for volumes) or fails the container with CreateContainerConfigError (env), unless the reference says `optional: true`. An object of the same name in another namespace, or a Secret where a ConfigMap is named (or the reverse), does not count. An object without `metadata.namespace` lands in the namespace of the apply (`kubectl apply -n`, a kustomize `namespace:`), so when the pod or the object leaves its namespace implicit, a same-named object in another namespace is taken as found. Objects generated inside the view count as present: kustomize `configMapGenerator`/`secretGenerator` entries, a cert-manager Certificate's `secretName`, SealedSecrets, ExternalSecrets, and the `kube-root-ca.crt` ConfigMap every namespace has.",fix:"Create the ConfigMap/Secret in the pod's namespace, fix the name or the kind of the reference, or mark the reference `optional: true` if the pod can start without it. If the object is created outside these manifests (an operator, `kubectl create secret`), lower this rule's severity for it.",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/concepts/configuration/configmap/#configmaps-and-pods","https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data","pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables)","pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go (SetUpAt: optional)"],sources:[{tool:"Monokle",check:"LNK001 (no-missing-links)"},{tool:"KubeLinter",check:"env-value-from",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Kubevious",check:"pod-spec-volume-config-map-ref"},{tool:"Kubevious",check:"pod-spec-volume-secret-ref"},{tool:"Kubevious",check:"container-env-config-map-ref"},{tool:"Kubevious",check:"container-env-secret-ref"},{tool:"Kubevious",check:"container-env-from-config-map-ref"},{tool:"Kubevious",check:"container-env-from-secret-ref"}],whenNotToUse:"Turn it off, or list the objects under `assume:`, when ConfigMaps and Secrets are created outside the linted files: by `kubectl create secret` in a pipeline, by an operator, or by a secret manager whose resources kstorelint does not know."},messages:{missing:"{where} of {workload} references {kind} '{name}', which is not in namespace '{namespace}'",otherNamespace:"{where} of {workload} references {kind} '{name}', which exists only in {other}; pods can only use {kinds} of their own namespace '{namespace}'",otherKind:"{where} of {workload} references {kind} '{name}', but '{name}' is a {otherKind} in namespace '{namespace}'"},check(context){let{model}=context;for(let workload of model.workloads)for(let reference of configReferences(workload)){let judged=configObjectReference(reference);if(!judged)continue;let{kind,name}=reference,namespace=workload.namespace,base2={where:reference.description,workload:`${workload.kind} ${namespace}/${workload.name}`,kind,name,namespace};reportMissingReference(context,judged,{notFound:({didYouMean})=>({messageId:"missing",data:base2,fix:didYouMean}),otherNamespace:({where})=>({messageId:"otherNamespace",data:{...base2,other:where,kinds:plural(kind)}}),otherKind:({kind:otherKind})=>{let hint=switchKindHint(reference);return{messageId:"otherKind",data:{...base2,otherKind},fix:hint?`use ${hint}`:void 0}}})}}};var SNAPSHOT_GROUP="snapshot.storage.k8s.io",CLAIM_KIND="PersistentVolumeClaim",readReference=value=>({name:stringOf(value.name)??"",kind:stringOf(value.kind)??"",apiGroup:stringOf(value.apiGroup)??"",namespace:stringOf(value.namespace)??""});function referenceProblems(field,ref,at2,anySource){let problems=[],base2={field,path:at2};if(ref.name===""&&problems.push({...base2,code:"required",missing:"name",path:[...at2,"name"]}),ref.kind===""&&problems.push({...base2,code:"required",missing:"kind",path:[...at2,"kind"]}),ref.apiGroup==="")return ref.kind!==""&&ref.kind!==CLAIM_KIND&&problems.push({...base2,code:"core-kind",kind:ref.kind,dropped:!anySource&&field==="dataSource",path:[...at2,"kind"]}),problems;if(isDns1123Subdomain(ref.apiGroup))ref.kind===CLAIM_KIND?problems.push({...base2,code:"claim-group",apiGroup:ref.apiGroup,path:[...at2,"apiGroup"]}):!anySource&&field==="dataSource"&&!(ref.kind==="VolumeSnapshot"&&ref.apiGroup===SNAPSHOT_GROUP)&&problems.push({...base2,code:"dropped",kind:ref.kind,apiGroup:ref.apiGroup,path:[...at2,"kind"]});else{let group=ref.apiGroup.split("/")[0];problems.push({...base2,code:"api-group",apiGroup:ref.apiGroup,suggestion:group&&isDns1123Subdomain(group)?group:void 0,path:[...at2,"apiGroup"]})}return problems}function dataSourceProblems(spec,kubeVersion,at2=[]){let anySource=featureOn("AnyVolumeDataSource",kubeVersion),source=isObject(spec.dataSource)?readReference(spec.dataSource):void 0,ref=anySource&&isObject(spec.dataSourceRef)?readReference(spec.dataSourceRef):void 0,problems=[];return source&&problems.push(...referenceProblems("dataSource",source,[...at2,"dataSource"],anySource)),ref&&problems.push(...referenceProblems("dataSourceRef",ref,[...at2,"dataSourceRef"],anySource)),source&&ref&&(ref.namespace!==""?problems.push({field:"dataSource",code:"namespace-with-datasource",path:[...at2,"dataSource"]}):(source.name!==ref.name||source.kind!==ref.kind||source.apiGroup!==ref.apiGroup)&&problems.push({field:"dataSource",code:"mismatch",path:[...at2,"dataSource"]})),problems}var messages3={required:"{subject} has a {field} without {missing}, which is required",coreKind:`{subject} has a {field} of kind '{kind}' without apiGroup; only PersistentVolumeClaim is in the core group ("must be 'PersistentVolumeClaim' when referencing the default apiGroup")`,coreKindDropped:"{subject} has a dataSource of kind '{kind}' without apiGroup, which Kubernetes {version} drops silently on create: the volume is provisioned empty",apiGroup:"{subject} has {field}.apiGroup '{apiGroup}', which is not an API group (a DNS subdomain without a version)",claimGroup:"{subject} has a {field} of kind PersistentVolumeClaim with apiGroup '{apiGroup}'; PersistentVolumeClaims are in the core group, so this names an object no provisioner or populator serves and the claim stays Pending",dropped:"{subject} has a dataSource of kind '{kind}' in group '{apiGroup}', which Kubernetes {version} drops silently on create (only PersistentVolumeClaim and VolumeSnapshot before 1.24): the volume is provisioned empty",mismatch:'{subject} sets both dataSource and dataSourceRef to different objects; without dataSourceRef.namespace they must be equal ("must match dataSourceRef")',namespaceWithDataSource:"{subject} sets dataSource together with a cross-namespace dataSourceRef; dataSource must be empty when dataSourceRef.namespace is set"};function toReport(spec,version,problem){let base2={resource:spec.resource,path:[...spec.path,"spec",...problem.path],data:{subject:spec.label,field:problem.field}},subject={subject:spec.label};switch(problem.code){case"required":return{...base2,messageId:"required",data:{...base2.data,missing:problem.missing}};case"core-kind":{let fix=problem.kind==="VolumeSnapshot"?`apiGroup: ${SNAPSHOT_GROUP}`:void 0;return problem.dropped?{...base2,messageId:"coreKindDropped",data:{...subject,kind:problem.kind,version},severity:"warning",fix}:{...base2,messageId:"coreKind",data:{...base2.data,kind:problem.kind},fix}}case"api-group":return{...base2,messageId:"apiGroup",data:{...base2.data,apiGroup:problem.apiGroup},fix:problem.suggestion?`apiGroup: ${problem.suggestion}`:void 0};case"claim-group":return{...base2,messageId:"claimGroup",data:{...base2.data,apiGroup:problem.apiGroup},severity:"warning",fix:"remove apiGroup"};case"dropped":return{...base2,messageId:"dropped",data:{...subject,kind:problem.kind,apiGroup:problem.apiGroup,version},severity:"warning",fix:"use dataSourceRef with a volume populator (Kubernetes 1.24 or newer)"};case"mismatch":return{...base2,messageId:"mismatch",data:subject,fix:"keep only dataSourceRef"};case"namespace-with-datasource":return{...base2,messageId:"namespaceWithDataSource",data:subject,fix:"remove dataSource"}}}var datasource_invalid_default={id:"datasource-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim dataSource / dataSourceRef the API server rejects or silently drops: missing name or kind, a core kind other than PersistentVolumeClaim, a versioned apiGroup, the two fields disagreeing",why:"A claim can be pre-populated from another claim (clone), a VolumeSnapshot or, through `dataSourceRef`, a volume populator. The API server rejects a reference without `name` or `kind`, a kind without `apiGroup` other than `PersistentVolumeClaim` (a VolumeSnapshot needs `apiGroup: snapshot.storage.k8s.io`), an `apiGroup` that is not a DNS subdomain (`snapshot.storage.k8s.io/v1` carries a version), and `dataSource` and `dataSourceRef` that differ (or `dataSource` next to a cross-namespace `dataSourceRef`). A PersistentVolumeClaim with an `apiGroup` is accepted but names nothing any provisioner serves, so the claim stays Pending (warning). Before 1.24 (AnyVolumeDataSource off) a `dataSource` other than a claim or VolumeSnapshot is dropped on create and the volume comes up empty (warning). Whether the referenced claim or snapshot exists is not checked here.",fix:"Clone with `dataSource: {kind: PersistentVolumeClaim, name: <claim>}`, restore with `dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: <snapshot>}`; set only one of `dataSource` / `dataSourceRef`, or both to the same object.",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["pkg/apis/core/validation/validation.go (validateDataSource, validateDataSourceRef, ValidatePersistentVolumeClaimSpec: must match dataSourceRef)","pkg/api/persistentvolumeclaim/util.go (EnforceDataSourceBackwardsCompatibility, NormalizeDataSources)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#volume-populators-and-data-sources","https://kubernetes.io/docs/concepts/storage/volume-snapshots/#provisioning-volumes-from-snapshots"],sources:[{tool:"Kubernetes API server",check:'ValidatePersistentVolumeClaimSpec: "must match dataSourceRef"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: most findings are claims the API server rejects, and the rest are claims that stay Pending or come up empty. The warnings about clusters before 1.24 follow `--kube-version`; set it to the oldest cluster you deploy to."},messages:messages3,check(context){let version=context.model.options.kubeVersion;for(let spec of context.model.claimSpecs){let object=spec.object.spec;if(isObject(object))for(let problem of dataSourceProblems(object,version))context.report(toReport(spec,version,problem))}}};var HOSTNAME_LABEL="kubernetes.io/hostname",NODE={name:"node",labels:[HOSTNAME_LABEL],fields:["metadata.name"],podField:"nodeName"};function intersectValues(a,b){return a?b?{values:new Set([...a.values].filter(value=>b.values.has(value))),paths:[...a.paths,...b.paths]}:a:b}function unionValues(all){if(all.length===0||all.some(v=>v===void 0))return;let known=all;return{values:new Set(known.flatMap(v=>[...v.values])),paths:known.flatMap(v=>v.paths)}}function valuesDisjoint(a,b){return!a||!b||a.values.size===0||b.values.size===0?!1:[...a.values].every(value=>!b.values.has(value))}var valuesWithin=(a,b)=>a.values.size>0&&[...a.values].every(v=>b.values.has(v)),formatValues=values=>[...values.values].sort().join(", "),stringValues=values=>Array.isArray(values)?values.filter(v=>typeof v=="string"&&v!==""):[];function requirementsValues(requirements,path17,keys,inOperatorOnly=!1){let result,excluded=new Set;for(let[requirement,index2]of indexedObjectsOf(requirements)){if(typeof requirement.key!="string"||!keys.includes(requirement.key))continue;let operator=inOperatorOnly?"In":requirement.operator,values=stringValues(requirement.values);if(operator==="In"&&values.length>0)result=intersectValues(result,{values:new Set(values),paths:[[...path17,index2,"values"]]});else if(operator==="NotIn")for(let value of values)excluded.add(value)}return!result||excluded.size===0?result:{values:new Set([...result.values].filter(value=>!excluded.has(value))),paths:result.paths}}var isEmptyTerm=(term,lists)=>lists.every(list=>term[list]===void 0||term[list]===null||Array.isArray(term[list])&&term[list].length===0);function nodeSelectorTermsValues(terms,path17,dimension){let indexed=indexedObjectsOf(terms);if(indexed.length!==0)return unionValues(indexed.map(([term,index2])=>isEmptyTerm(term,["matchExpressions","matchFields"])?{values:new Set,paths:[]}:intersectValues(requirementsValues(term.matchExpressions,[...path17,index2,"matchExpressions"],dimension.labels),requirementsValues(term.matchFields,[...path17,index2,"matchFields"],dimension.fields))))}var REQUIRED_TERMS_PATH=["affinity","nodeAffinity","requiredDuringSchedulingIgnoredDuringExecution","nodeSelectorTerms"];function podValues(podSpec,dimension){let spec=objectOf(podSpec),selector=objectOf(spec.nodeSelector),result,direct=dimension.podField?spec[dimension.podField]:void 0;typeof direct=="string"&&direct!==""&&(result={values:new Set([direct]),paths:[[dimension.podField]]});for(let key2 of dimension.labels){let value=selector[key2];typeof value=="string"&&value!==""&&(result=intersectValues(result,{values:new Set([value]),paths:[["nodeSelector",key2]]}))}let required=objectOf(objectOf(objectOf(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution);return intersectValues(result,nodeSelectorTermsValues(required.nodeSelectorTerms,REQUIRED_TERMS_PATH,dimension))}function volumeNodes(pv){let required=objectOf(objectOf(objectOf(objectOf(pv).spec).nodeAffinity).required);return nodeSelectorTermsValues(required.nodeSelectorTerms,["spec","nodeAffinity","required","nodeSelectorTerms"],NODE)}function selfAntiAffinityPath(podSpec,podLabels){let terms=objectOf(objectOf(objectOf(podSpec).affinity).podAntiAffinity).requiredDuringSchedulingIgnoredDuringExecution;for(let[term,index2]of indexedObjectsOf(terms))if(!(term.topologyKey!==HOSTNAME_LABEL||term.namespaces!==void 0||term.namespaceSelector!==void 0)&&term.labelSelector!==void 0&&term.labelSelector!==null&&matchesSelector(podLabels,objectOf(term.labelSelector)))return["affinity","podAntiAffinity","requiredDuringSchedulingIgnoredDuringExecution",index2]}var NODE_PINNING_PROVISIONERS=["rancher.io/local-path","openebs.io/local"];var ZONE_LABEL="topology.kubernetes.io/zone",REGION_LABEL="topology.kubernetes.io/region",BETA_ZONE_LABEL="failure-domain.beta.kubernetes.io/zone",BETA_REGION_LABEL="failure-domain.beta.kubernetes.io/region",DEPRECATED_TOPOLOGY_LABELS={[BETA_ZONE_LABEL]:ZONE_LABEL,[BETA_REGION_LABEL]:REGION_LABEL},ZONE_KEYS=[ZONE_LABEL,BETA_ZONE_LABEL,"topology.gke.io/zone","topology.ebs.csi.aws.com/zone","topology.disk.csi.azure.com/zone"],ZONE={name:"zone",labels:ZONE_KEYS,fields:[]},VOLUME_ZONE_LABELS=[BETA_ZONE_LABEL,ZONE_LABEL],GCE_PD_CSI_DRIVER="pd.csi.storage.gke.io",ZONAL_PROVISIONERS=["ebs.csi.aws.com",GCE_PD_CSI_DRIVER,"disk.csi.azure.com","kubernetes.io/aws-ebs","kubernetes.io/gce-pd","kubernetes.io/azure-disk"],AZURE_DISK_PROVISIONERS=["disk.csi.azure.com","kubernetes.io/azure-disk"],isAzureNonZonal=(provisioner,zones)=>AZURE_DISK_PROVISIONERS.includes(provisioner)&&zones.values.size>0&&[...zones.values].every(zone=>/^\d+$/.test(zone)),intersectZones=intersectValues,zonesDisjoint=valuesDisjoint,formatZones=formatValues,nodeSelectorTermsZones=(terms,path17)=>nodeSelectorTermsValues(terms,path17,ZONE),podZones=podSpec=>podValues(podSpec,ZONE);function labelZonesToSet(value){let zones=value.split("__").map(zone=>zone.trim());return zones.some(zone=>zone==="")?void 0:new Set(zones)}function gcePdHandleZone(handle){return typeof handle!="string"?void 0:/^projects\/[^/]+\/zones\/([^/]+)\/disks\/[^/]+$/.exec(handle)?.[1]}function volumeLabelZones(labels2){let result;for(let key2 of VOLUME_ZONE_LABELS){if(!Object.prototype.hasOwnProperty.call(labels2,key2))continue;let zones=labelZonesToSet(labels2[key2]);zones&&(result=intersectZones(result,{values:zones,paths:[["metadata","labels",key2]]}))}return result}function volumeHandleZones(spec){let csi=objectOf(spec.csi);if(csi.driver!==GCE_PD_CSI_DRIVER)return;let zone=gcePdHandleZone(csi.volumeHandle);return zone?{values:new Set([zone]),paths:[["spec","csi","volumeHandle"]]}:void 0}function volumeZones(pv){let object=objectOf(pv),spec=objectOf(object.spec),required=objectOf(objectOf(spec.nodeAffinity).required),affinity=nodeSelectorTermsZones(required.nodeSelectorTerms,["spec","nodeAffinity","required","nodeSelectorTerms"]);return intersectZones(intersectZones(volumeLabelZones(asLabels(objectOf(object.metadata).labels)),affinity),volumeHandleZones(spec))}function allowedTopologyZones(storageClass2){let terms=indexedObjectsOf(objectOf(storageClass2).allowedTopologies);if(terms.length!==0)return unionValues(terms.map(([term,index2])=>isEmptyTerm(term,["matchLabelExpressions"])?{values:new Set,paths:[]}:requirementsValues(term.matchLabelExpressions,["allowedTopologies",index2,"matchLabelExpressions"],ZONE_KEYS,!0)))}var PLATFORM_KEYS=["kubernetes.io/os","kubernetes.io/arch","beta.kubernetes.io/os","beta.kubernetes.io/arch"];function hasNodeConstraint(podSpec){let spec=objectOf(podSpec);if(typeof spec.nodeName=="string"&&spec.nodeName!==""||Object.keys(objectOf(spec.nodeSelector)).some(key2=>!PLATFORM_KEYS.includes(key2)))return!0;let required=objectOf(objectOf(objectOf(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution);return indexedObjectsOf(required.nodeSelectorTerms).some(([term])=>indexedObjectsOf(term.matchExpressions).some(([expression])=>typeof expression.key=="string"&&!PLATFORM_KEYS.includes(expression.key))||indexedObjectsOf(term.matchFields).length>0)}var replacementOf=key2=>typeof key2=="string"&&Object.prototype.hasOwnProperty.call(DEPRECATED_TOPOLOGY_LABELS,key2)?DEPRECATED_TOPOLOGY_LABELS[key2]:void 0;function expressionUses(expressions,path17,field){return indexedObjectsOf(expressions).flatMap(([expression,index2])=>replacementOf(expression.key)?[{key:String(expression.key),path:[...path17,index2,"key"],field}]:[])}function mapKeyUses(map,path17,field){return Object.keys(objectOf(map)).filter(key2=>replacementOf(key2)).map(key2=>({key:key2,path:[...path17,key2],field}))}function podSpecUses(podSpec,specPath){let spec=objectOf(podSpec),nodeAffinity=objectOf(objectOf(spec.affinity).nodeAffinity),affinityPath=[...specPath,"affinity","nodeAffinity"],requiredPath=[...affinityPath,"requiredDuringSchedulingIgnoredDuringExecution","nodeSelectorTerms"],preferredPath=[...affinityPath,"preferredDuringSchedulingIgnoredDuringExecution"];return[...mapKeyUses(spec.nodeSelector,[...specPath,"nodeSelector"],"nodeSelector"),...indexedObjectsOf(objectOf(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution).nodeSelectorTerms).flatMap(([term,i])=>expressionUses(term.matchExpressions,[...requiredPath,i,"matchExpressions"],"required node affinity")),...indexedObjectsOf(nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution).flatMap(([preferred,i])=>expressionUses(objectOf(preferred.preference).matchExpressions,[...preferredPath,i,"preference","matchExpressions"],"preferred node affinity")),...indexedObjectsOf(spec.topologySpreadConstraints).flatMap(([constraint,i])=>replacementOf(constraint.topologyKey)?[{key:String(constraint.topologyKey),path:[...specPath,"topologySpreadConstraints",i,"topologyKey"],field:"topologySpreadConstraints"}]:[])]}function volumeUses(pv){let termsPath=["spec","nodeAffinity","required","nodeSelectorTerms"];return[...mapKeyUses(objectOf(pv.object.metadata).labels,["metadata","labels"],"labels"),...indexedObjectsOf(objectOf(objectOf(objectOf(pv.object.spec).nodeAffinity).required).nodeSelectorTerms).flatMap(([term,i])=>expressionUses(term.matchExpressions,[...termsPath,i,"matchExpressions"],"node affinity"))]}function storageClassUses(storageClass2){return indexedObjectsOf(storageClass2.object.allowedTopologies).flatMap(([term,i])=>expressionUses(term.matchLabelExpressions,["allowedTopologies",i,"matchLabelExpressions"],"allowedTopologies"))}var deprecated_topology_label_default={id:"deprecated-topology-label",severity:"warning",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A node selector, affinity, topology spread, PersistentVolume or StorageClass uses the deprecated failure-domain.beta.kubernetes.io zone or region label",why:"The `failure-domain.beta.kubernetes.io/zone` and `/region` node labels are deprecated since v1.17 in favour of `topology.kubernetes.io/zone` and `/region`; the API server answers every create or update that selects on them with a warning. They only keep working while nodes still carry the beta labels, and CSI provisioners report the GA or their own topology keys, so new nodes, volumes and classes may not match what the manifest selects on.",fix:"Replace `failure-domain.beta.kubernetes.io/zone` with `topology.kubernetes.io/zone` and `failure-domain.beta.kubernetes.io/region` with `topology.kubernetes.io/region`; the values stay the same.",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["https://kubernetes.io/docs/reference/storage/volume-types/#removed-volume-types","pkg/api/pod/warnings.go and pkg/api/persistentvolume/util.go (deprecated in v1.N, non-functional in v1.M+)","https://github.com/kubernetes/enhancements/tree/master/keps/sig-storage/5040-remove-gitrepo-driver","https://kubernetes.io/docs/concepts/storage/storage-classes/#provisioner"],sources:[{tool:"Kubernetes API server",check:"warning: deprecated in v1.N, non-functional in v1.M+",url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/pod/warnings.go"}],whenNotToUse:"Lower it to info while the cluster runs the CSI migration drivers and moving to CSI volume sources is planned but not done; the warnings then restate a known migration. Plugins already removed at your `--kube-version` do not work at all, so do not silence those."},messages:{volume:"Volume '{volume}' of {workload} uses {plugin}, which {fate}",persistentVolume:"{object} uses {plugin}, which {fate}",provisioner:"{object} uses the in-tree provisioner '{provisioner}' ({plugin}), which {fate}"},check(context){let{model}=context,minor=kubeMinor(model.options.kubeVersion),judge2=plugin=>{let fate=VOLUME_PLUGIN_FATES[plugin];return fate&&{fate:fateText(plugin,fate,minor),severity:pluginSeverity(fate,minor),fix:replacementText(fate)}};for(let workload of model.workloads)for(let{volume,path:path17}of workload.volumes)for(let[plugin,value]of Object.entries(volume)){let verdict=isObject(value)?judge2(plugin):void 0;verdict&&context.report({messageId:"volume",data:{volume:volume.name??"",workload:describeWorkload(workload),plugin,fate:verdict.fate},resource:workload.resource,path:[...path17,plugin],severity:verdict.severity,fix:verdict.fix})}for(let pv of model.persistentVolumes)for(let[plugin,value]of Object.entries(objectOf(pv.object.spec))){let verdict=isObject(value)?judge2(plugin):void 0;verdict&&context.report({messageId:"persistentVolume",data:{object:describe(pv),plugin,fate:verdict.fate},resource:pv,path:["spec",plugin],severity:verdict.severity,fix:verdict.fix})}for(let sc of model.storageClasses){let provisioner=nonEmptyString(sc.object.provisioner),plugin=provisioner?IN_TREE_PROVISIONERS[provisioner]:void 0,verdict=plugin?judge2(plugin):void 0;if(!provisioner||!plugin||!verdict)continue;let fate=VOLUME_PLUGIN_FATES[plugin];context.report({messageId:"provisioner",data:{object:describe(sc),provisioner,plugin,fate:verdict.fate},resource:sc,path:["provisioner"],severity:verdict.severity,fix:fate.kind==="csi"?`provisioner: ${fate.driver}`:verdict.fix})}}};var env_name_invalid_default={id:"env-name-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"An env var name or envFrom prefix the API server rejects at the target Kubernetes version",why:`The API server validates \`env[].name\` and \`envFrom[].prefix\` and rejects the whole workload when one fails. Before Kubernetes 1.${RELAXED_ENV_NAMES_SINCE} the rule is strict: letters, digits, \`_\`, \`-\` and \`.\`, not starting with a digit (\`IsEnvVarName\`). From 1.${RELAXED_ENV_NAMES_SINCE} (RelaxedEnvironmentVariableValidation, beta on by default, GA in 1.34) any printable ASCII character except \`=\` is allowed. A frequent mistake is writing \`name: JAVA_OPTS=-Xmx1g\`, i.e. the value inside the name. The target version is \`--kube-version\`.`,fix:"Put the value in `value:` and keep the name to letters, digits and `_` (which every shell can expand); for clusters older than 1.32, do not start names with a digit.",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsEnvVarName, IsRelaxedEnvVarName)","pkg/apis/core/validation/validation.go (ValidateEnv, ValidateEnvFrom)","https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4369-allow-special-characters-environment-variable"],sources:[{tool:"Kubernetes API server",check:`IsEnvVarName: "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go"}],whenNotToUse:"Keep it on, with `--kube-version` set to the oldest cluster you deploy to: the rule follows that version, and every finding is a workload it rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{name:"Env var name '{name}' of container '{container}' in {workload} is invalid for Kubernetes {version}: it {problem}",prefix:"Prefix '{name}' in envFrom of container '{container}' in {workload} is invalid for Kubernetes {version}: it {problem}"},check(context){let version=context.model.options.kubeVersion,relaxed=usesRelaxedEnvNames(kubeMinor(version));for(let workload of context.model.workloads)for(let{container,path:path17}of workload.containers){let raw=container,base2={container:stringOf(raw.name)??"",workload:describeWorkload(workload),version},candidates2=[...indexedObjectsOf(raw.env).map(([entry2,i])=>({messageId:"name",value:stringOf(entry2.name),at:[...path17,"env",i,"name"]})),...indexedObjectsOf(raw.envFrom).map(([entry2,i])=>({messageId:"prefix",value:stringOf(entry2.prefix),at:[...path17,"envFrom",i,"prefix"]}))];for(let{messageId,value,at:at2}of candidates2){if(!value||isPlaceholderText(value))continue;let problem=envNameProblem(value,relaxed);if(!problem)continue;let equals=value.indexOf("=");reportWrittenValue(context,{messageId,data:{...base2,name:value,problem},resource:workload.resource,path:at2,fix:messageId==="name"&&equals>0?`name: ${value.slice(0,equals)} with value: ${value.slice(equals+1)}`:void 0})}}}};var envfrom_key_dropped_default={id:"envfrom-key-dropped",severity:"warning",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A ConfigMap or Secret imported with envFrom has keys that are not valid environment variable names, which kubelets before 1.32 skip",why:`\`envFrom\` turns every key of the object into a variable named prefix + key. Kubelets before 1.${RELAXED_ENV_NAMES_SINCE} check each name with the strict rule (letters, digits, \`_\`, \`-\`, \`.\`, not starting with a digit) and silently skip the keys that fail, with only a Warning event \`InvalidEnvironmentVariableNames\` ("Keys [..] from the EnvFrom configMap ns/name were skipped since they are considered invalid environment variable names"). Current kubelets import them, so whether the container sees the variable depends on the node version. A key such as \`1-replica.conf\` without a prefix is the usual case.`,fix:"Add an `envFrom[].prefix` that starts with a letter (e.g. `CFG_`), rename the keys, or map the keys you need one by one with `env[].valueFrom.configMapKeyRef`.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables: InvalidEnvironmentVariableNames)","https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#restrictions","https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4369-allow-special-characters-environment-variable"],sources:[],whenNotToUse:"Turn it off once every kubelet you run is 1.32 or newer, since those import the keys; a control plane upgraded first can still have older kubelets, so wait until the nodes are upgraded too."},messages:{dropped:"{where} of {workload} imports {kind} '{name}', whose keys {keys} are not valid variable names{names}; {outcome}"},check(context){let{model}=context,objects=model.configObjects,outcome=usesRelaxedEnvNames(kubeMinor(model.options.kubeVersion))?`kubelets before 1.${RELAXED_ENV_NAMES_SINCE} skip them with an InvalidEnvironmentVariableNames event, newer ones import them`:"the kubelet skips them with an InvalidEnvironmentVariableNames event";for(let workload of model.workloads){let podNamespaceDeclared=declaredNamespace(workload.resource)!==void 0;for(let reference of configReferences(workload)){if(reference.source!=="envFrom")continue;let keys=objects.keysOf(objects.reachable(reference.kind,workload.namespace,podNamespaceDeclared,reference.name));if(!keys)continue;let prefix=stringOf(objectOf(getIn(workload.resource.object,reference.path.slice(0,-2))).prefix)??"";if(prefix&&relaxedEnvNameProblem(prefix))continue;let bad=[...keys.keys()].filter(key2=>!configKeyProblem(key2)&&strictEnvNameProblem(prefix+key2)!==void 0).sort();bad.length!==0&&context.report({messageId:"dropped",data:{where:reference.description,workload:describeWorkload(workload),kind:reference.kind,name:reference.name,keys:listNames(bad),names:prefix?` once prefixed (${listNames(bad.map(key2=>prefix+key2))})`:"",outcome},resource:workload.resource,path:reference.path,fix:prefix?"rename the keys so that they start with a letter or _":"add a prefix that starts with a letter, e.g. prefix: CFG_"})}}}};var FORBIDDEN_TEMPLATE_METADATA=["name","generateName","namespace","selfLink","uid","resourceVersion","generation","creationTimestamp","deletionTimestamp","deletionGracePeriodSeconds","ownerReferences","finalizers","managedFields"];function isSet(value){return value==null||value===""||value===0||value===!1?!1:Array.isArray(value)?value.length>0:isObject(value)?Object.keys(value).length>0:!0}function forbiddenTemplateMetadata(metadata){return isObject(metadata)?FORBIDDEN_TEMPLATE_METADATA.filter(field=>isSet(metadata[field])):[]}function isControlledBy(metadata,owner){return!isObject(metadata)||!Array.isArray(metadata.ownerReferences)?!1:metadata.ownerReferences.some(ref=>isObject(ref)&&ref.controller===!0&&ref.kind===owner.kind&&ref.name===owner.name&&(typeof ref.uid!="string"||owner.uid===void 0||ref.uid===owner.uid))}var MAX_ORDINALS=1e3,statefulSetClaimName=(template,statefulSet,ordinal)=>`${template}-${statefulSet}-${ordinal}`,ephemeralClaimName=(pod3,volume)=>`${pod3}-${volume}`;function startOrdinal(statefulSet){let start=objectOf(objectOf(statefulSet.spec).ordinals).start;return typeof start=="number"&&start>=0?start:0}function ordinalsOf(workload){let first=startOrdinal(workload.resource.object),count=Math.min(Math.max(workload.replicas,0),MAX_ORDINALS);return Array.from({length:count},(_,i)=>first+i)}function literalPodNames(workload){return workload.kind==="Pod"?workload.name?[workload.name]:[]:workload.kind!=="StatefulSet"?[]:ordinalsOf(workload).map(ordinal=>`${workload.name}-${ordinal}`)}function claimTemplates(workload){return workload.kind!=="StatefulSet"?[]:indexedObjectsOf(objectOf(workload.resource.object.spec).volumeClaimTemplates).map(([template,index2])=>({template,index:index2,name:nonEmptyString(objectOf(template.metadata).name),path:["spec","volumeClaimTemplates",index2]}))}var claimTemplateNames=workload=>new Set(claimTemplates(workload).flatMap(t=>t.name?[t.name]:[])),claimKey=(namespace,name)=>`${namespace}\0${name}`;function buildClaims(claimResources,workloads,defaultNamespace,defaultClass){let claims=[],written=new Map;for(let resource of claimResources){if(!isObject(resource.object.spec)&&resource.object.spec!==void 0)continue;let object=resource.object,claim={origin:"object",name:resource.name,namespace:resource.namespace??defaultNamespace,object,resource,path:[],storageClass:claimClassOf(object,defaultClass)};claims.push(claim);let key2=claimKey(claim.namespace,claim.name);written.set(key2,[...written.get(key2)??[],claim])}for(let workload of workloads){for(let{template,name:templateName,path:path17}of claimTemplates(workload))if(templateName)for(let ordinal of ordinalsOf(workload)){let name=statefulSetClaimName(templateName,workload.name,ordinal),existing=written.get(claimKey(workload.namespace,name));if(existing){for(let claim of existing)claim.adoptedBy??={statefulSet:workload,template,templateName,templatePath:path17,ordinal};continue}claims.push({origin:"statefulset",name,namespace:workload.namespace,object:template,resource:workload.resource,path:path17,storageClass:claimClassOf(template,defaultClass),ordinal,owner:workload})}let podNames=literalPodNames(workload);for(let{volume,path:path17}of workload.volumes){let template=objectOf(volume.ephemeral).volumeClaimTemplate;if(!(!isObject(template)||typeof volume.name!="string"))for(let pod3 of podNames)claims.push({origin:"ephemeral",name:ephemeralClaimName(pod3,volume.name),namespace:workload.namespace,object:template,resource:workload.resource,path:[...path17,"ephemeral","volumeClaimTemplate"],storageClass:claimClassOf(template,defaultClass),owner:workload})}}return claims}var messages4={metadata:"The claim template of ephemeral volume '{volume}' in {workload} sets metadata.{field}, which cannot be set for an ephemeral volume; only labels and annotations can (the claim is named <pod>-{volume})",invalidName:"Ephemeral volume '{volume}' of {workload} gets the claim name '{claim}', {length} characters, over the 253 a PersistentVolumeClaim name may have",existing:"Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', but PersistentVolumeClaim {namespace}/{claim} in the files is not owned by that pod; the pod will not start",statefulSet:"Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', the name {other} gives its claim for ordinal {ordinal}; one of the two pods will not start",ephemeral:"Ephemeral volume '{volume}' of {workload} needs claim '{claim}' for pod '{pod}', the same name ephemeral volume '{otherVolume}' of {other} needs for pod '{otherPod}'; one of the two pods will not start",referenced:"Volume '{volume}' of {workload} uses claim '{claim}', which pod '{pod}' creates for its ephemeral volume '{ephemeral}'; the API server rejects a pod that references its own ephemeral claim"},samePath=(a,b)=>a.length===b.length&&a.every((segment,i)=>segment===b[i]),templatePath=volume=>[...volume.path,"ephemeral","volumeClaimTemplate"];function ephemeralOrigin(claim){let volumePath=claim.path.slice(0,-2),volume=String(getIn(claim.resource.object,[...volumePath,"name"])??"");return{volume,pod:claim.name.slice(0,Math.max(0,claim.name.length-volume.length-1)),volumePath}}function firstCollision(context,workload,volume,pods){let podUid=workload.kind==="Pod"?nonEmptyString(objectOf(workload.resource.object.metadata).uid):void 0;for(let pod3 of pods){let name=ephemeralClaimName(pod3,String(volume.volume.name));for(let other of context.model.claimsNamed(workload.namespace,name))if(!(other.origin==="ephemeral"&&other.resource===workload.resource&&samePath(other.path,templatePath(volume)))&&!(other.origin==="object"&&isControlledBy(other.object.metadata,{kind:"Pod",name:pod3,uid:podUid})))return{pod:pod3,name,other}}}function reportCollision(context,workload,volume,pods){let hit=firstCollision(context,workload,volume,pods);if(!hit)return;let{pod:pod3,name,other}=hit,base2={volume:String(volume.volume.name),workload:describeWorkload(workload),claim:name,pod:pod3},at2=[...volume.path,"name"],related=(path17,message)=>[{resource:other.resource,path:path17,message}];if(other.origin==="object")context.report({messageId:"existing",data:{...base2,namespace:other.namespace},resource:workload.resource,path:at2,related:related(["metadata","name"],`PersistentVolumeClaim ${other.namespace}/${other.name}`),fix:`rename the volume or the PersistentVolumeClaim; to reuse that claim, mount it with persistentVolumeClaim: {claimName: ${name}}`});else if(other.origin==="statefulset")context.report({messageId:"statefulSet",data:{...base2,other:`StatefulSet ${other.namespace}/${other.resource.name}`,ordinal:other.ordinal??0},resource:workload.resource,path:at2,related:related([...other.path,"metadata","name"],`claim template of StatefulSet ${other.namespace}/${other.resource.name}`)});else{let origin=ephemeralOrigin(other),owner=other.owner?describeWorkload(other.owner):`${other.resource.kind} ${other.namespace}/${other.resource.name}`;context.report({messageId:"ephemeral",data:{...base2,otherVolume:origin.volume,other:owner,otherPod:origin.pod},resource:workload.resource,path:at2,related:related([...origin.volumePath,"name"],`ephemeral volume '${origin.volume}' of ${owner}`)})}}function reportReferences(context,workload,ephemeral,pods){let generated=new Map;for(let pod3 of pods)for(let volume of ephemeral)generated.set(ephemeralClaimName(pod3,String(volume.volume.name)),{pod:pod3,volume});for(let{volume,path:path17}of workload.volumes){let claimName=nonEmptyString(objectOf(volume.persistentVolumeClaim).claimName),target=claimName?generated.get(claimName):void 0;if(!claimName||!target)continue;let ephemeralName=String(target.volume.volume.name);context.report({messageId:"referenced",data:{volume:volume.name??"",workload:describeWorkload(workload),claim:claimName,pod:target.pod,ephemeral:ephemeralName},resource:workload.resource,path:[...path17,"persistentVolumeClaim","claimName"],related:[{resource:workload.resource,path:[...target.volume.path,"name"],message:`ephemeral volume '${ephemeralName}'`}],fix:`mount the ephemeral volume '${ephemeralName}' itself instead of its claim`})}}function checkWorkload(context,workload){let pods=literalPodNames(workload),named=[];for(let volume of workload.volumes){if(!isObject(volume.volume.ephemeral))continue;let name=volume.volume.name;for(let field of forbiddenTemplateMetadata(objectOf(volume.volume.ephemeral.volumeClaimTemplate).metadata))context.report({messageId:"metadata",data:{field,volume:name??"",workload:describeWorkload(workload)},resource:workload.resource,path:[...templatePath(volume),"metadata",field],fix:`remove metadata.${field}; the claim is named after the pod and the volume`});if(!isObject(volume.volume.ephemeral.volumeClaimTemplate)||typeof name!="string"||!isDns1123Label(name))continue;named.push(volume);let tooLong=pods.find(pod3=>isDns1123Subdomain(pod3)&&!isDns1123Subdomain(ephemeralClaimName(pod3,name)));if(tooLong){let claim=ephemeralClaimName(tooLong,name);context.report({messageId:"invalidName",data:{volume:name,workload:describeWorkload(workload),claim,length:claim.length},resource:workload.resource,path:[...volume.path,"name"],fix:"shorten the pod or the volume name"})}reportCollision(context,workload,volume,pods)}named.length>0&&reportReferences(context,workload,named,pods)}var ephemeral_claim_conflict_default={id:"ephemeral-claim-conflict",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A generic ephemeral volume whose claim `<pod>-<volume>` cannot be created for the pod, or whose template sets metadata other than labels and annotations",why:'For an `ephemeral` volume the control plane creates a PersistentVolumeClaim named `<pod name>-<volume name>`, owned by the pod. If a claim of that name already exists and the pod does not own it, the kubelet refuses to use it ("was not created for pod \u2026 (pod is not owner)") and the pod never starts; two pods whose names combine to the same claim name (`a` + `b-c`, `a-b` + `c`) fight over one claim. The API server rejects a pod whose claim name is not a valid object name, a pod that also mounts its own generated claim through `persistentVolumeClaim`, and template metadata other than labels and annotations (the claim name cannot be chosen). Names are known for bare Pods and StatefulSet pods; Deployment pods get random names.',fix:"Rename the volume (or the pod) so the generated claim name is free, delete or rename the conflicting claim, mount the ephemeral volume itself rather than its claim, and drop `name`/`namespace` from `volumeClaimTemplate.metadata`.",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#persistentvolumeclaim-naming","staging/src/k8s.io/component-helpers/storage/ephemeral/ephemeral.go (VolumeClaimName, VolumeIsForPod)","pkg/apis/core/validation/validation.go (ValidateVolumes, validateEphemeralVolumeSource, ValidateTemplateObjectMeta)"],sources:[],whenNotToUse:"Keep it on: every finding is a pod the API server rejects or one that never starts. It only judges pods whose names are known (bare Pods and StatefulSet pods), so it does not guess for Deployments."},messages:messages4,check(context){for(let workload of context.model.workloads)checkWorkload(context,workload)}};var isFileModeInRange=mode=>Number.isInteger(mode)&&mode>=0&&mode<=511,octal=mode=>`0${mode.toString(8)}`;function symbolic(mode){let out="";for(let bit=8;bit>=0;bit--)out+=mode&1<<bit?"rwx"[(8-bit)%3]:"-";return out}var isDecimalLiteral=source=>/^\+?[1-9][0-9_]*$/.test(source);function octalReading(source){let digits=source.replace(/^\+/,"").replace(/_/g,"");return/^[0-7]+$/.test(digits)?parseInt(digits,8):void 0}function isConventionalMode(mode){if(!isFileModeInRange(mode))return!1;let owner=mode>>6&7,group=mode>>3&7,other=mode&7,readable=digit=>digit===0||(digit&4)!==0,subset=(a,b)=>(a&~b)===0,customary=digit=>digit===0||digit===4||digit===5||digit===owner;return[owner,group,other].every(readable)&&subset(group,owner)&&subset(other,group)&&customary(group)&&customary(other)}function isMisreadOctal(source,value){if(!isDecimalLiteral(source)||value<100||!isFileModeInRange(value)||isConventionalMode(value))return!1;let meant=octalReading(source);return meant!==void 0&&isConventionalMode(meant)}var FILE_SOURCE_KINDS=["configMap","secret","downwardAPI","projected"],PROJECTION_KINDS=["configMap","secret","downwardAPI","serviceAccountToken","clusterTrustBundle"];function fileSourceOf(volume){let record=volume;for(let kind of FILE_SOURCE_KINDS)if(isObject(record[kind]))return{kind,source:record[kind]}}function label(kind,source){switch(kind){case"configMap":return`ConfigMap "${nonEmptyString(source.name)??""}"`;case"secret":return`Secret "${nonEmptyString(source.secretName)??nonEmptyString(source.name)??""}"`;case"downwardAPI":return"DownwardAPI";case"serviceAccountToken":return"ServiceAccountToken";case"clusterTrustBundle":return`ClusterTrustBundle "${nonEmptyString(source.name)??nonEmptyString(source.signerName)??""}"`}}function projectionsOf(volume){let found=fileSourceOf(volume);if(!found)return[];if(found.kind!=="projected")return[{kind:found.kind,source:found.source,path:[found.kind],label:label(found.kind,found.source)}];let projections=[];for(let[entry2,index2]of indexedObjectsOf(found.source.sources)){let kind=PROJECTION_KINDS.find(k=>isObject(entry2[k]));if(!kind)continue;let source=entry2[kind];projections.push({kind,source,path:["projected","sources",index2,kind],label:label(kind,source)})}return projections}var hasItems=kind=>kind==="configMap"||kind==="secret"||kind==="downwardAPI";function modeFields(volume){let found=fileSourceOf(volume);if(!found)return[];let fields=[];found.source.defaultMode!==void 0&&found.source.defaultMode!==null&&fields.push({path:[found.kind,"defaultMode"],value:found.source.defaultMode});for(let projection of projectionsOf(volume))if(hasItems(projection.kind))for(let[item,index2]of indexedObjectsOf(projection.source.items))item.mode!==void 0&&item.mode!==null&&fields.push({path:[...projection.path,"items",index2,"mode"],value:item.mode,projection});return fields}function filePaths(projection){return hasItems(projection.kind)?indexedObjectsOf(projection.source.items).map(([item,index2])=>({path:[...projection.path,"items",index2,"path"],value:item.path,projection})):[{path:[...projection.path,"path"],value:projection.source.path,projection}]}function objectReferencesOf(volume){let references2=[];for(let projection of projectionsOf(volume)){let optional=objectOf(projection.source).optional===!0;if(projection.kind==="configMap"){let name=nonEmptyString(projection.source.name);name&&references2.push({kind:"ConfigMap",name,optional,path:[...projection.path,"name"]})}else if(projection.kind==="secret"){let field=projection.path[0]==="projected"?"name":"secretName",name=nonEmptyString(projection.source[field]);name&&references2.push({kind:"Secret",name,optional,path:[...projection.path,field]})}}return references2}var isJsonFile=resource=>/\.json$/i.test(resource.source.file),fieldLabel=path17=>path17.reduce((label2,segment)=>typeof segment=="number"?`${label2}[${segment}]`:label2?`${label2}.${segment}`:segment,"");var file_mode_decimal_literal_default={id:"file-mode-decimal-literal",severity:"warning",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A volume file mode is written like an octal mode without the leading 0, so YAML reads it as decimal",why:"kubectl decodes YAML with 1.1 rules: only a leading 0 makes an integer octal. `defaultMode: 400` is the decimal number 400, i.e. mode 0620 (rw--w----): the API server accepts it and the files get 0620 instead of the intended owner-only 0400. Programs that check the permissions of their key files, such as ssh and PostgreSQL, refuse one whose group bits are set. Decimal spellings of ordinary modes (`420` for 0644, `256` for 0400, as kubectl prints them) are left alone, and so is JSON, where decimal is the only spelling.",fix:"Add the leading zero (`0400`), or write the decimal value of the mode you mean (256 for 0400).",examples:{bad:`apiVersion: v1
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
`},references:['staging/src/k8s.io/api/core/v1/types.go (SecretVolumeSource.DefaultMode: "YAML accepts both octal and decimal values, JSON requires decimal values")',"https://yaml.org/type/int.html (YAML 1.1 integers: octal needs a leading 0)","https://kubernetes.io/docs/concepts/configuration/secret/#restrict-secret-file-permissions"],sources:[],whenNotToUse:"Turn it off when your manifests deliberately write file modes in decimal and a review checks the numbers, since the rule cannot know that a mode such as 400 was meant as decimal."},messages:{decimal:"{field} {written} of volume '{volume}' in {workload} is the decimal number {value}, i.e. mode {actual} ({actualBits}), not {meant} ({meantBits})"},check(context){for(let workload of context.model.workloads)if(!isJsonFile(workload.resource))for(let{volume,path:volumePath}of workload.volumes)for(let{path:path17,value}of modeFields(volume)){let at2=[...volumePath,...path17],source=context.scalarSource(workload.resource,at2);if(typeof value!="number"||source===void 0||!isMisreadOctal(source,value))continue;let meant=octalReading(source)??0;context.report({messageId:"decimal",data:{field:fieldLabel(path17),written:source,value,volume:volume.name??"",workload:describeWorkload(workload),actual:octal(value),actualBits:symbolic(value),meant:octal(meant),meantBits:symbolic(meant)},resource:workload.resource,path:at2,fix:`${String(path17[path17.length-1])}: ${octal(meant)}`})}}};var file_mode_out_of_range_default={id:"file-mode-out-of-range",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A `defaultMode` or item `mode` of a configMap, secret, downwardAPI or projected volume is not an integer between 0 and 0777",why:'The API server rejects the pod (or the workload) with "must be a number between 0 and 0777 (octal), both inclusive". kubectl reads YAML with 1.1 rules, so `defaultMode: 644` is the decimal number 644, above 0777 = 511, while `0644` is octal. A quoted `"0644"` is a string and cannot be decoded at all.',fix:"Write the mode in YAML octal with a leading zero (`0644`, `0400`, `0755`), or as its decimal value (420, 256, 493), which is the only choice in JSON.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (fileModeErrorMsg, validateConfigMapVolumeSource, validateKeyToPath)",'staging/src/k8s.io/api/core/v1/types.go (ConfigMapVolumeSource.DefaultMode: "YAML accepts both octal and decimal values, JSON requires decimal values")',"https://kubernetes.io/docs/concepts/configuration/secret/#restrict-secret-file-permissions"],sources:[{tool:"Kubernetes API server",check:'"must be a number between 0 and 0777 (octal), both inclusive"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{outOfRange:"{field} {written} of volume '{volume}' in {workload} is outside 0\u20130777 (0\u2013511 in decimal){reading}",notInteger:"{field} {written} of volume '{volume}' in {workload} is not an integer; kubectl cannot decode it as a file mode"},check(context){for(let workload of context.model.workloads){let json=isJsonFile(workload.resource);for(let{volume,path:volumePath}of workload.volumes)for(let{path:path17,value}of modeFields(volume)){let at2=[...volumePath,...path17],source=context.scalarSource(workload.resource,at2)??JSON.stringify(value),key2=String(path17[path17.length-1]),base2={field:fieldLabel(path17),volume:volume.name??"",workload:describeWorkload(workload)},meant=octalReading(typeof value=="string"?value.replace(/^0+(?=\d)/,""):source),suggestion=meant!==void 0&&isFileModeInRange(meant)?`${key2}: ${json?`${meant} (the decimal value of ${octal(meant)}, ${symbolic(meant)})`:`${octal(meant)} (${symbolic(meant)})`}`:void 0;if(typeof value!="number"||!Number.isInteger(value)){context.report({messageId:"notInteger",data:{...base2,written:source},resource:workload.resource,path:at2,fix:suggestion});continue}if(isFileModeInRange(value))continue;let decimal=!json&&isDecimalLiteral(source)&&suggestion!==void 0;context.report({messageId:"outOfRange",data:{...base2,written:source===String(value)?source:`${source} (${value})`,reading:decimal?`: YAML reads ${source} as a decimal number, octal needs a leading 0`:""},resource:workload.resource,path:at2,fix:suggestion})}}}};var helm_template_unrendered_default={id:"helm-template-unrendered",severity:"warning",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A Helm or Go template given instead of rendered manifests",why:"Template actions such as `{{ .Values.size }}` are not YAML a cluster ever sees; linting the template would only produce a cascade of syntax errors and miss every real problem.",fix:"Render the chart and lint the output: `helm template <release> <chart> | kstorelint -`.",examples:{bad:`apiVersion: v1
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
`},references:["https://helm.sh/docs/helm/helm_template/"],sources:[],whenNotToUse:"Turn it off, or add the chart templates to `ignore:`, when a repository keeps Helm charts next to plain manifests and the rendered output is linted separately (`helm template \u2026 | kstorelint -`)."},messages:{template:"{detail}"},check(context){for(let problem of context.model.problems)problem.kind==="helm-template"&&context.reportFile({messageId:"template",data:{detail:problem.message},problem})}};function filePathProblem(path17){if(path17==="")return"required";if(path17.startsWith("/"))return"absolute";if(path17.split("/").includes(".."))return"backstep";if(path17.startsWith(".."))return"reserved"}var trimSlashes=path17=>path17.replace(/\/+$/,"");function parentsOf(path17){let parts=path17.split("/");return parts.slice(1).map((_,i)=>parts.slice(0,i+1).join("/"))}function findClashes(entries,pathOf){let files=new Map,directories=new Map,clashes=[];for(let entry2 of entries){let raw=pathOf(entry2);if(!raw)continue;let path17=trimSlashes(raw),same=files.get(path17),above=parentsOf(path17).map(parent=>files.get(parent)).find(hit=>hit!==void 0),below=directories.get(path17);same!==void 0?clashes.push({entry:entry2,other:same,clash:"duplicate"}):above!==void 0?clashes.push({entry:entry2,other:above,clash:"nested"}):below!==void 0&&clashes.push({entry:entry2,other:below,clash:"nested"}),same===void 0&&files.set(path17,entry2);for(let parent of parentsOf(path17))directories.has(parent)||directories.set(parent,entry2)}return clashes}var messages5={required:"A file of volume '{volume}' ({source}) in {workload} has no path; every projected file needs one",absolute:"Path '{path}' of volume '{volume}' ({source}) in {workload} is absolute; file paths are relative to the volume's mountPath",backstep:"Path '{path}' of volume '{volume}' ({source}) in {workload} contains a '..' element; files may not point outside the volume",reserved:"Path '{path}' of volume '{volume}' ({source}) in {workload} starts with '..', which the kubelet reserves for its own entries such as ..data",duplicate:"Path '{path}' of projected volume '{volume}' in {workload} is written {writers}; the API server rejects conflicting duplicate paths",sameFile:"Path '{path}' of volume '{volume}' in {workload} is written {writers}; only one of them ends up in the file",nested:"Path '{path}' ({source}) of volume '{volume}' in {workload} overlaps '{otherPath}' ({other}): one of them would have to be a file and a directory at once, so the volume cannot be set up"};function mountPathsOf(workload,volumeName){return workload.containers.flatMap(({container})=>objectsOf(container.volumeMounts).filter(m=>m.name===volumeName&&typeof m.mountPath=="string").map(m=>m.mountPath.replace(/\/+$/,"")))}var FIX={absolute:(path17,mountPaths)=>{let mount=mountPaths.find(m=>m!==""&&path17.startsWith(`${m}/`));return mount?`path: ${path17.slice(mount.length+1)} (the volume is mounted at ${mount})`:`path: ${path17.replace(/^\/+/,"")} (relative to the mountPath)`},backstep:()=>"mount the volume where the file is needed instead of climbing out of it",reserved:path17=>`path: ${path17.replace(/^\.+/,"")}`};function checkVolume(context,workload,volume,volumePath){let entries=projectionsOf(volume).flatMap(filePaths),base2={volume:volume.name??"",workload:describeWorkload(workload)},at2=entry2=>[...volumePath,...entry2.path],sourceOf=entry2=>entry2.projection?.label??"",writers=(first,second)=>first.projection===second.projection?`twice by ${sourceOf(first)}`:`by ${sourceOf(first)} and again by ${sourceOf(second)}`,mountPaths=mountPathsOf(workload,volume.name),valid=[];for(let entry2 of entries){let value=entry2.value===null||entry2.value===void 0?"":entry2.value;if(typeof value!="string")continue;let problem=filePathProblem(value);if(!problem){valid.push(entry2);continue}problem==="required"?context.report({messageId:problem,data:{...base2,source:sourceOf(entry2)},resource:workload.resource,path:at2(entry2)}):context.report({messageId:problem,data:{...base2,path:value,source:sourceOf(entry2)},resource:workload.resource,path:at2(entry2),fix:FIX[problem](value,mountPaths)})}let rejected=new Set;if(volume.projected){let counted=valid.filter(entry2=>entry2.projection?.kind!=="serviceAccountToken");for(let{entry:entry2,other,clash}of findClashes(counted,e=>e.value))clash!=="duplicate"||entry2.value!==other.value||(rejected.add(entry2),context.report({messageId:"duplicate",data:{...base2,path:entry2.value,writers:writers(other,entry2)},resource:workload.resource,path:at2(entry2),related:[{resource:workload.resource,path:at2(other),message:`first written by ${sourceOf(other)}`}]}))}for(let{entry:entry2,other,clash}of findClashes(valid,e=>e.value)){if(rejected.has(entry2))continue;let related=[{resource:workload.resource,path:at2(other),message:`'${String(other.value)}' (${sourceOf(other)})`}];clash==="duplicate"?context.report({messageId:"sameFile",data:{...base2,path:entry2.value,writers:writers(other,entry2)},resource:workload.resource,path:at2(entry2),related,severity:"warning"}):context.report({messageId:"nested",data:{...base2,path:entry2.value,source:sourceOf(entry2),otherPath:String(other.value),other:sourceOf(other)},resource:workload.resource,path:at2(entry2),related,severity:"warning"})}}var key_path_invalid_default={id:"key-path-invalid",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A file path of a configMap, secret, downwardAPI or projected volume is absolute, climbs out with `..`, or clashes with another path of the volume",why:"The API server rejects an `items[].path` (or a token's or trust bundle's `path`) that is absolute, contains a `..` element or starts with `..` (the kubelet keeps its `..data` links there), and a projected volume that writes the same path from two sources (\"conflicting duplicate paths\"). Paths that merely overlap pass validation with a warning: the same path twice in one ConfigMap volume silently keeps only one key, and `a` next to `a/b` makes the kubelet fail to write the volume, so the pod stays in ContainerCreating.",fix:"Use relative paths below the mount point and give every file its own path; where two objects must provide the same file name, mount them as separate volumes.",examples:{bad:`apiVersion: v1
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
`},references:['pkg/apis/core/validation/validation.go (ValidateLocalNonReservedPath, validateKeyToPath, validateProjectionSources: "conflicting duplicate paths")','pkg/api/pod/warnings.go (warningsForOverlappingVirtualPaths: "overlapping paths")',"pkg/volume/util/atomic_writer.go (the ..data symlink and timestamped ..<date> directories)","https://kubernetes.io/docs/concepts/storage/projected-volumes/"],sources:[{tool:"Kubernetes API server",check:`validateKeyToPath, validateProjectionSources: "must not contain '..'", "conflicting duplicate paths"`,url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: the errors are objects the API server rejects and the overlapping paths leave a pod in ContainerCreating, so no setup makes these paths work. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages5,check(context){for(let workload of context.model.workloads)for(let{volume,path:path17}of workload.volumes)checkVolume(context,workload,volume,path17)}};var SELECTOR_OPERATORS=["In","NotIn","Exists","DoesNotExist"];function labelMapProblems(value,at2=[]){if(!isObject(value))return[];let problems=[];for(let[key2,raw]of Object.entries(value))isPlaceholderText(key2)||(isLabelKey(key2)||problems.push({code:"key",value:key2,path:[...at2,key2]}),typeof raw=="string"&&!isPlaceholderText(raw)&&!isLabelValue(raw)&&problems.push({code:"value",key:key2,value:raw,path:[...at2,key2]}));return problems}function requirementProblems(requirement,at2){let problems=[],{key:key2,operator,values}=requirement,list=Array.isArray(values)?values:[];return typeof operator=="string"&&!isPlaceholderText(operator)&&(operator==="In"||operator==="NotIn"?list.length===0&&problems.push({code:"values-required",operator,path:[...at2,Array.isArray(values)?"values":"operator"]}):operator==="Exists"||operator==="DoesNotExist"?list.length>0&&problems.push({code:"values-forbidden",operator,path:[...at2,"values"]}):problems.push({code:"operator",value:operator,suggestion:closest(operator,SELECTOR_OPERATORS),path:[...at2,"operator"]})),typeof key2=="string"&&!isPlaceholderText(key2)&&!isLabelKey(key2)&&problems.push({code:"key",value:key2,path:[...at2,"key"]}),list.forEach((item,index2)=>{typeof item=="string"&&!isPlaceholderText(item)&&!isLabelValue(item)&&problems.push({code:"value",key:typeof key2=="string"?key2:"",value:item,path:[...at2,"values",index2]})}),problems}function labelSelectorProblems(value,at2=[]){if(!isObject(value))return[];let problems=labelMapProblems(value.matchLabels,[...at2,"matchLabels"]);return Array.isArray(value.matchExpressions)&&value.matchExpressions.forEach((requirement,index2)=>{isObject(requirement)&&problems.push(...requirementProblems(requirement,[...at2,"matchExpressions",index2]))}),problems}var WORKLOAD_SELECTOR={Deployment:["spec","selector"],ReplicaSet:["spec","selector"],StatefulSet:["spec","selector"],DaemonSet:["spec","selector"],Job:["spec","selector"],CronJob:["spec","jobTemplate","spec","selector"]},AFFINITIES=["podAffinity","podAntiAffinity"];function podSpecSites(resource,owner,specPath,spec){let sites=[],affinity=objectOf(spec.affinity);for(let kind of AFFINITIES){let terms=objectOf(affinity[kind]);for(let[,i]of indexedObjectsOf(terms.requiredDuringSchedulingIgnoredDuringExecution))sites.push({resource,owner,shape:"selector",where:`${kind} labelSelector`,path:[...specPath,"affinity",kind,"requiredDuringSchedulingIgnoredDuringExecution",i,"labelSelector"]});for(let[,i]of indexedObjectsOf(terms.preferredDuringSchedulingIgnoredDuringExecution))sites.push({resource,owner,shape:"selector",where:`${kind} labelSelector`,path:[...specPath,"affinity",kind,"preferredDuringSchedulingIgnoredDuringExecution",i,"podAffinityTerm","labelSelector"]})}for(let[,i]of indexedObjectsOf(spec.topologySpreadConstraints))sites.push({resource,owner,shape:"selector",where:"topologySpreadConstraints labelSelector",path:[...specPath,"topologySpreadConstraints",i,"labelSelector"]});return sites}function selectorSites(model){let sites=[];for(let spec of model.claimSpecs)sites.push({resource:spec.resource,owner:spec.label,shape:"selector",where:"selector",path:[...spec.path,"spec","selector"]});for(let workload of model.workloads){let owner=`${workload.kind} ${workload.namespace}/${workload.name}`,selectorPath=WORKLOAD_SELECTOR[workload.kind];selectorPath&&sites.push({resource:workload.resource,owner,shape:"selector",where:"selector",path:selectorPath}),workload.kind==="ReplicationController"&&sites.push({resource:workload.resource,owner,shape:"map",where:"selector",path:["spec","selector"]}),sites.push(...podSpecSites(workload.resource,owner,workload.specPath,workload.spec))}for(let service of model.ofKind("Service"))sites.push({resource:service,owner:describe(service),shape:"map",where:"selector",path:["spec","selector"]});return sites}var selectorAt=site=>getIn(site.resource.object,site.path);var messages6={operator:"{owner} has a {where} expression with operator '{value}', which is not one of In, NotIn, Exists, DoesNotExist (case-sensitive)",valuesRequired:"{owner} has a {where} expression with operator {operator} and no values; In and NotIn need at least one value",valuesForbidden:"{owner} has a {where} expression with operator {operator} and values; Exists and DoesNotExist take none",key:"{owner} has {where} key '{value}', which is not a valid label key (an optional DNS-subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)",value:"{owner} has {where} value '{value}' for key '{key}', which is not a valid label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)"};function toReport2(site,problem){let base2={resource:site.resource,path:[...site.path,...problem.path],data:{owner:site.owner,where:site.where}};switch(problem.code){case"operator":return{...base2,messageId:"operator",data:{...base2.data,value:problem.value},fix:problem.suggestion?`operator: ${problem.suggestion}`:void 0};case"values-required":return{...base2,messageId:"valuesRequired",data:{...base2.data,operator:problem.operator}};case"values-forbidden":return{...base2,messageId:"valuesForbidden",data:{...base2.data,operator:problem.operator},fix:"remove values, or use operator In"};case"key":return{...base2,messageId:"key",data:{...base2.data,value:problem.value}};case"value":return{...base2,messageId:"value",data:{...base2.data,value:problem.value,key:problem.key}}}}var label_selector_invalid_default={id:"label-selector-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A label selector the API server rejects: unknown operator, In/NotIn without values, Exists/DoesNotExist with values, invalid keys or values",why:"`ValidateLabelSelector` rejects the whole object when a `matchExpressions` operator is not exactly `In`, `NotIn`, `Exists` or `DoesNotExist` (`in` and `Equals` fail), when `In`/`NotIn` has no values, when `Exists`/`DoesNotExist` has values, or when a key or value breaks label syntax (`ValidateLabels`: keys are `[prefix/]name`, values at most 63 characters of letters, digits, `-`, `_`, `.`). Checked on claim selectors (PVCs, StatefulSet claim templates, ephemeral templates), workload selectors, pod (anti-)affinity and topology-spread selectors, and Service and ReplicationController selectors.",fix:"Spell the operator exactly, give In/NotIn at least one value and Exists/DoesNotExist none, and keep keys and values to label syntax (no spaces, no leading or trailing `-`, at most 63 characters).",examples:{bad:`apiVersion: apps/v1
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
`},references:["staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabelSelector, ValidateLabelSelectorRequirement, ValidateLabels)","staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsQualifiedName, IsValidLabelValue)","https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set"],sources:[{tool:"Kubernetes API server",check:`ValidateLabelSelectorRequirement: "not a valid selector operator", "must be specified when \`operator\` is 'In' or 'NotIn'"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/apis/meta/v1/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages6,check(context){for(let site of selectorSites(context.model)){let value=selectorAt(site),problems=site.shape==="map"?labelMapProblems(value):labelSelectorProblems(value);for(let problem of problems)reportWrittenValue(context,toReport2(site,problem))}}};var messages7={duplicatePath:"{container} mounts volume '{volume}' at '{path}', where volume '{first}' is already mounted",duplicateDevicePath:"{container} attaches block device '{volume}' at '{path}', where device '{first}' is already attached",duplicateDevice:"{container} lists volume '{volume}' twice in volumeDevices",pathInBoth:"{container} uses '{path}' both as the mountPath of volume '{first}' and as the devicePath of volume '{volume}'",nameInBoth:"{container} uses volume '{volume}' both in volumeMounts and in volumeDevices"};function checkContainer(context,workload,views){let mounts=views.filter(v=>v.kind==="mount"),devices=views.filter(v=>v.kind==="device"),mountByPath=new Map,mountByName=new Map,deviceByPath=new Map,deviceByName=new Map,report3=(messageId,at2,field,first)=>context.report({messageId,data:{container:describeContainer(workload,at2),volume:at2.volumeName??"",path:at2.target??"",first:first.volumeName??""},resource:workload.resource,path:[...at2.path,field],related:[{resource:workload.resource,path:[...first.path,field==="name"?"name":first.targetField],message:`${first.kind==="mount"?"mount":"device"} of '${first.volumeName??""}'`}]});for(let mount of mounts){if(mount.target){let first=mountByPath.get(mount.target);first?report3("duplicatePath",mount,"mountPath",first):mountByPath.set(mount.target,mount)}mount.volumeName&&!mountByName.has(mount.volumeName)&&mountByName.set(mount.volumeName,mount)}for(let device of devices){if(device.volumeName){let first=deviceByName.get(device.volumeName);first?report3("duplicateDevice",device,"name",first):deviceByName.set(device.volumeName,device);let asMount=mountByName.get(device.volumeName);asMount&&report3("nameInBoth",device,"name",asMount)}if(device.target){let first=deviceByPath.get(device.target);first?report3("duplicateDevicePath",device,"devicePath",first):deviceByPath.set(device.target,device);let asMount=mountByPath.get(device.target);asMount&&report3("pathInBoth",device,"devicePath",asMount)}}}var mount_path_conflict_default={id:"mount-path-conflict",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A container mounts two volumes at the same path, or uses a volume or path both as a mount and as a block device",why:'The API server rejects the pod or pod template: within one container every `mountPath` must be unique ("must be unique"), every `devicePath` and device name must be unique, and a volume name or path may not appear both in `volumeMounts` and in `volumeDevices` (`ValidateVolumeMounts`, `ValidateVolumeDevices`). Paths are compared as written. Different containers of a pod may use the same path.',fix:"Give each mount its own `mountPath`. To put files of several ConfigMaps/Secrets into one directory, use one projected volume, or mount single files with `subPath` at distinct file paths. Use a volume either as a filesystem mount or as a block device, not both.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumeMounts, ValidateVolumeDevices)","https://kubernetes.io/docs/concepts/storage/projected-volumes/"],sources:[{tool:"Kubernetes API server",check:'ValidateVolumeMounts: mountPath "must be unique"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages7,check(context){for(let workload of context.model.workloads)for(let container of workload.containers)checkContainer(context,workload,mountsOf(container))}};function podClaims(model,workload){let out=[];for(let use of model.volumeClaims(workload))if(use.naming==="claimName"){let claim=use.claims[0]?.claim;out.push({claim,name:use.name,object:claim?.object,path:use.path})}else if(use.naming==="ephemeral")out.push({name:use.name,object:use.template,path:use.path});else for(let{claim,ordinal}of use.claims)out.push({claim,name:claim.name,object:claim.object,path:use.path,ordinal});return out}function boundVolume(model,claim){let binding=model.binding(claim);if(binding.kind==="bound")return{volume:binding.volume,via:binding.via};let name=nonEmptyString(objectOf(claim.object.spec).volumeName),volume=name?model.persistentVolume(name):void 0;return volume?{volume,via:"volumeName"}:void 0}function provisioningClass(model,object){if(!object)return;let storageClass2=model.storageClassFor(model.claimClass(object));if(!(!storageClass2||storageClass2.object.provisioner===NO_PROVISIONER))return storageClass2}function isDynamic(model,podClaim){return podClaim.claim?boundVolume(model,podClaim.claim)===void 0&&!nonEmptyString(objectOf(podClaim.claim.object.spec).volumeName):podClaim.object!==void 0}var bindingMode=storageClass2=>nonEmptyString(storageClass2.object.volumeBindingMode)??"Immediate";function describeConsumer(workload,podClaim){return workload.kind==="Pod"?describeWorkload(workload):podClaim.ordinal!==void 0?`Pod ${workload.namespace}/${workload.name}-${podClaim.ordinal} of StatefulSet ${workload.name}`:`Pods of ${describeWorkload(workload)}`}function consumerLabels(workload,podClaim){let found=labels(workload,podClaim);return{...found,reference:found.reference??referenceMessage(podClaim)}}function labels(workload,podClaim){let key2=podClaim.path.join("/"),pods=`Pods of ${describeWorkload(workload)}`;if(!podClaim.claim)return{label:`the claim of ephemeral volume '${podClaim.name}'`,consumer:workload.kind==="Pod"?describeWorkload(workload):pods,key:key2};if(podClaim.claim.origin==="statefulset"){let claims=`${nonEmptyString(objectOf(podClaim.claim.object.metadata).name)??""}-${workload.name}-<ordinal>`;return{label:`claim ${workload.namespace}/${claims}`,consumer:pods,key:key2,reference:`Claims ${claims} are created from this template`}}return{label:`claim ${podClaim.claim.namespace}/${podClaim.name}`,consumer:describeConsumer(workload,podClaim),key:`${key2}|${podClaim.name}`}}function referenceMessage(podClaim){return podClaim.claim?podClaim.ordinal!==void 0?`Claim ${podClaim.name} is created from this template`:`Claim ${podClaim.name} is mounted here`:`Ephemeral volume '${podClaim.name}' creates its claim from this template`}function claimClassPath(claim){let{source,path:path17}=claim.storageClass;return[...claim.path,...source==="annotation"||source==="field"?path17:["metadata","name"]]}function pinnedVolume(model,podClaim){let{claim}=podClaim,bound=claim?boundVolume(model,claim):void 0;if(!claim||!bound||bound.via!=="match")return bound;let storageClass2=model.storageClassFor(claim.storageClass);return storageClass2&&bindingMode(storageClass2)==="WaitForFirstConsumer"?void 0:bound}function pinnedClaims(model,workload,where){let out=[];for(let podClaim of podClaims(model,workload)){let pinned=pinnedVolume(model,podClaim);if(!pinned)continue;let own=where(pinned.volume.object);if(!(!own||own.values.size===0)){if(pinned.via==="match"&&podClaim.claim){let peers=model.volumesOfClass(podClaim.claim.storageClass.effective).map(pv=>where(pv.object)),any=unionValues(peers);if(!any||any.values.size!==own.values.size)continue}out.push({podClaim,volume:pinned.volume,where:own})}}return out}var samePod=(a,b)=>a.ordinal===void 0||b.ordinal===void 0||a.ordinal===b.ordinal;function claimsApart(pinned,skip){let pairs=[],paired=new Set;for(let[index2,claim]of pinned.entries()){if(skip.has(claim))continue;let other=pinned.slice(0,index2).find(earlier=>!skip.has(earlier)&&!paired.has(earlier)&&samePod(earlier.podClaim,claim.podClaim)&&valuesDisjoint(earlier.where,claim.where));other&&(paired.add(claim),pairs.push({claim,other}))}return pairs}function claimReferenceRelated(workload,podClaim){let claim=podClaim.claim,own={resource:workload.resource,path:podClaim.path,message:referenceMessage(podClaim)};return!claim||claim.resource===workload.resource?[own]:[own,{resource:claim.resource,path:[...claim.path,"metadata","name"],message:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`}]}function nodeLocalClass(model,claim){let storageClass2=model.storageClassFor(claim.storageClass);if(!storageClass2||!isSingleWriter(claimAccessModes(claim.object)))return;let provisioner=nonEmptyString(storageClass2.object.provisioner)??"";if(NODE_PINNING_PROVISIONERS.includes(provisioner))return{storageClass:storageClass2,why:`${provisioner} creates each volume on one node`};if(provisioner!==NO_PROVISIONER)return;let pool=model.volumesOfClass(storageClass2.name);if(!(pool.length===0||!pool.every(pv=>(volumeNodes(pv.object)?.values.size??0)>0)))return{storageClass:storageClass2,why:"its PersistentVolumes in the view are each pinned to a node"}}var STORAGE=`apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-storage
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pg-local-node1
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local-storage
  claimRef:
    namespace: default
    name: pg-data
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
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pg-data
spec:
  storageClassName: local-storage
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 100Gi
`,deployment=(node,marker)=>`---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: postgres
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector:
    matchLabels: {app: postgres}
  template:
    metadata:
      labels: {app: postgres}
    spec:
      nodeSelector:
        kubernetes.io/hostname: ${node}${marker}
      containers:
        - name: postgres
          image: postgres:16
          env:
            - {name: POSTGRES_HOST_AUTH_METHOD, value: scram-sha-256}
          volumeMounts:
            - {name: data, mountPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: pg-data
`;function constraintName(path17){return path17?path17[0]==="nodeName"?"spec.nodeName":path17[0]==="nodeSelector"?`nodeSelector ${String(path17[1])}`:"its required node affinity":"its node constraints"}var nodes=values=>`node(s) ${formatValues(values)}`;function volumeRelated(pinned){return pinned.where.paths.map(path17=>({resource:pinned.volume,path:path17,message:`PersistentVolume ${pinned.volume.name} can only be used on ${nodes(pinned.where)}`}))}var claimText=(workload,pinned)=>`claim ${workload.namespace}/${pinned.podClaim.name} is bound to PersistentVolume ${pinned.volume.name}, usable only on ${nodes(pinned.where)}`,claimNoun=(workload,pinned)=>`claim ${workload.namespace}/${pinned.podClaim.name} (PersistentVolume ${pinned.volume.name}, usable only on ${nodes(pinned.where)})`,one=(workload,pinned)=>workload.kind==="Pod"||pinned.podClaim.ordinal!==void 0,never=(workload,pinned)=>one(workload,pinned)?"the pod never runs":"its pods never run";function severalPods(concurrency){if(concurrency)return concurrency.count>1&&concurrency.cause?{count:concurrency.count,cause:concurrency.cause,definite:!0}:concurrency.possible&&{...concurrency.possible,definite:!1}}var node_conflict_default={id:"node-conflict",severity:"error",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod must run on a node that the node-local PersistentVolume it mounts (a local PV pinned by hostname) is not on",why:"A PersistentVolume with required node affinity on `kubernetes.io/hostname` (every `local` PV, and PVs of node-local provisioners) can only be used on those nodes: the scheduler's VolumeBinding plugin filters out every other node (\"node(s) had volume node affinity conflict\"), and with `nodeName` the kubelet refuses to mount it. So a pod whose nodeName, nodeSelector or required node affinity names another node never runs; a pod whose claims are pinned to two different nodes never runs; a DaemonSet, which runs one pod on every eligible node, has all its pods but the one on the volume's node Pending; and replicas that a required pod anti-affinity on the hostname spreads over nodes cannot follow one node-local volume, so all but one stay Pending. Only a claim pinned down in the files counts: bound by `volumeName`, reserved by the PV's `claimRef`, or matched at once (Immediate binding) where every fitting PV of its class is on the same nodes. A claim of a WaitForFirstConsumer class is bound by the scheduler to a PV on the node it picked for the pod, so it never conflicts with that pod: that is what such classes are for. It does pin the claim, though: once a claim of a node-local class (rancher.io/local-path, openebs.io/local, or a no-provisioner class whose PVs in the view are all pinned by hostname) is bound for the first pod, a DaemonSet sharing it keeps its other pods Pending (a warning: the node is not in the files, and a one-node cluster is fine) and self-anti-affine replicas sharing it all but one (an error). Several replicas without anti-affinity are not reported either: the scheduler puts them all on the volume's node. The model takes the `kubernetes.io/hostname` label for the node name, as the kubelet sets it unless a hostname override says otherwise.",fix:"Pin the pod to the volume's node (or drop the pin: the scheduler follows the volume by itself); give a DaemonSet a hostPath or per-node volume instead of one claim; for replicas spread over nodes, use a StatefulSet with volumeClaimTemplates of a WaitForFirstConsumer local class, so each replica gets a local PV on its own node.",examples:{bad:STORAGE+deployment("node2"," # expect: node-conflict/conflict@33"),good:STORAGE+deployment("node1","")},references:['pkg/scheduler/framework/plugins/volumebinding/binder.go (FindPodVolumes: bound claims, "volume node affinity conflict"; unbound WaitForFirstConsumer claims are matched to the chosen node)',"component-helpers storage/volume/helpers.go (CheckNodeAffinity)","pkg/kubelet/volumemanager and pkg/volume/util/operationexecutor/operation_generator.go (a nodeName pod: MountVolume.NodeAffinity check failed)","pkg/controller/daemon/util/daemonset_util.go (ReplaceDaemonSetPodNodeNameNodeAffinity: each DaemonSet pod is pinned to its node)","https://kubernetes.io/docs/concepts/storage/volumes/#local","https://kubernetes.io/docs/concepts/storage/storage-classes/#local","https://github.com/rancher/local-path-provisioner (volumes are created on the node of the first pod, with node affinity to it)"],sources:[],whenNotToUse:"Turn it off where node names differ from their kubernetes.io/hostname label (a kubelet --hostname-override or a cloud provider that names nodes otherwise), since the model equates them; a DaemonSet finding is also moot on a one-node cluster."},messages:{conflict:"{consumer} can only run on {podNodes} ({constraint}), but {claim}; no node passes both, so {never}",volumesApart:"{consumer} mount{s} {claim} and {other}; a pod runs on one node, so {never}",everyNode:"{workload} runs one pod on every eligible node{selected}, and every pod mounts {claim}; the pods on every other node stay Pending",spread:"{workload} {runs}, and its required pod anti-affinity on kubernetes.io/hostname puts each on its own node, but every pod mounts {claim}; all but {fit} stay Pending",everyNodeLocalClass:"{workload} runs one pod on every eligible node{selected}, and every pod mounts claim {claim} of StorageClass {class}, whose volumes are node-local ({why}); the claim is bound on the node of the first pod, and the pods on every other node stay Pending",spreadLocalClass:"{workload} {runs}, and its required pod anti-affinity on kubernetes.io/hostname puts each on its own node, but every pod mounts claim {claim} of StorageClass {class}, whose volumes are node-local ({why}); once it is bound on the first pod's node, all but one stay Pending"},check(context){let{model}=context;for(let workload of model.workloads){if(model.isFragment(workload.resource))continue;let pinned=pinnedClaims(model,workload,volumeNodes),pod3=podValues(workload.spec,NODE),podAt=path17=>[...workload.specPath,...path17],settled=new Set;for(let claim of pinned)valuesDisjoint(pod3,claim.where)&&(settled.add(claim),context.report({messageId:"conflict",data:{consumer:describeConsumer(workload,claim.podClaim),podNodes:nodes(pod3),constraint:constraintName(pod3.paths[0]),claim:claimText(workload,claim),never:never(workload,claim)},resource:workload.resource,path:podAt(pod3.paths[0]??[]),related:[...claimReferenceRelated(workload,claim.podClaim),...volumeRelated(claim)],fix:`pin the pod to ${formatValues(claim.where)} (or drop its node constraint), or move the data to a volume on ${formatValues(pod3)}`}));for(let{claim,other}of claimsApart(pinned,settled))settled.add(claim),context.report({messageId:"volumesApart",data:{consumer:describeConsumer(workload,claim.podClaim),claim:claimNoun(workload,other),other:claimNoun(workload,claim),s:one(workload,claim)?"s":"",never:never(workload,claim)},resource:workload.resource,path:claim.podClaim.path,related:[...claimReferenceRelated(workload,other.podClaim),...volumeRelated(other),...volumeRelated(claim)],fix:"keep the data a pod needs on one node (or use volumes every node can reach)"});let several=severalPods(model.concurrency(workload));if(!several)continue;let antiAffinity=several.cause==="daemonset"?void 0:selfAntiAffinityPath(workload.spec,workload.podLabels);if(!(several.cause!=="daemonset"&&!antiAffinity)){for(let claim of pinned){if(settled.has(claim)||claim.podClaim.ordinal!==void 0)continue;if(several.cause==="daemonset"){if(pod3&&valuesWithin(pod3,claim.where))continue;let selective=hasNodeConstraint(workload.spec);context.report({messageId:"everyNode",data:{workload:describeWorkload(workload),selected:selective?" its node constraints select":"",claim:claimNoun(workload,claim)},resource:workload.resource,path:claim.podClaim.path,related:[...claimReferenceRelated(workload,claim.podClaim).slice(1),...volumeRelated(claim)],severity:selective?"warning":"error",fix:"a hostPath or a per-node volume for a DaemonSet, or a nodeSelector on the volume's node"});continue}let fit=claim.where.values.size;several.count<=fit||context.report({messageId:"spread",data:{workload:describeWorkload(workload),runs:several.definite?`runs ${several.count} pods`:`may be scaled to ${several.count} pods`,claim:claimNoun(workload,claim),fit:String(fit)},resource:workload.resource,path:claim.podClaim.path,related:[{resource:workload.resource,path:podAt(antiAffinity),message:`required pod anti-affinity of ${describeWorkload(workload)}`},...volumeRelated(claim)],severity:several.definite?"error":"warning",fix:"a StatefulSet with volumeClaimTemplates of a WaitForFirstConsumer local class (a volume on each pod's node), or no anti-affinity"})}for(let podClaim of podClaims(model,workload)){let{claim}=podClaim;if(!claim||podClaim.ordinal!==void 0||pinnedVolume(model,podClaim))continue;let local=nodeLocalClass(model,claim);if(!local)continue;let data={workload:describeWorkload(workload),claim:`${claim.namespace}/${claim.name}`,class:local.storageClass.name,why:local.why},related=[...claimReferenceRelated(workload,podClaim).slice(1),{resource:local.storageClass,path:["provisioner"],message:`StorageClass ${local.storageClass.name}`}];several.cause==="daemonset"?context.report({messageId:"everyNodeLocalClass",data:{...data,selected:hasNodeConstraint(workload.spec)?" its node constraints select":""},resource:workload.resource,path:podClaim.path,related,severity:"warning",fix:"a hostPath or a per-node volume for a DaemonSet, or a ReadWriteMany volume every node can reach"}):context.report({messageId:"spreadLocalClass",data:{...data,runs:several.definite?`runs ${several.count} pods`:`may be scaled to ${several.count} pods`},resource:workload.resource,path:podClaim.path,related:[{resource:workload.resource,path:podAt(antiAffinity),message:`required pod anti-affinity of ${describeWorkload(workload)}`},...related],severity:several.definite?"error":"warning",fix:"a StatefulSet with volumeClaimTemplates (a volume on each pod's node), or no anti-affinity"})}}}}};import path3 from"node:path";var KNOWN_DEFAULTS={volumeMode:"Filesystem",podManagementPolicy:"OrderedReady",reclaimPolicy:"Delete",volumeBindingMode:"Immediate",completionMode:"NonIndexed",protocol:"TCP",terminationMessagePath:"/dev/termination-log",terminationMessagePolicy:"File",dnsPolicy:"ClusterFirst",schedulerName:"default-scheduler",defaultMode:420};function isDefaultValue(key2,value){return value==null||value===!1||value===0||value===""?!0:Array.isArray(value)?value.length===0:isObject(value)?Object.values(value).every(inner=>isDefaultValue(void 0,inner)):typeof key2=="string"&&KNOWN_DEFAULTS[key2]===value}var QUANTITY_KEYS=new Set(["requests","limits","capacity","storage"]),isQuantityPath=path17=>path17.some(segment=>typeof segment=="string"&&QUANTITY_KEYS.has(segment));function sameScalar(path17,a,b){if(a===b)return!0;if(!isQuantityPath(path17))return!1;let[left,right]=[parseQuantity(a),parseQuantity(b)];return left.ok&&right.ok&&compareQuantities(left.quantity,right.quantity)===0}function firstDifference(before,after,options={},path17=[]){let key2=path17[path17.length-1],[beforeUnset,afterUnset]=[before==null,after==null];if(!(beforeUnset&&afterUnset)){if(options.defaults&&beforeUnset!==afterUnset)return isDefaultValue(key2,before??after)?void 0:{path:path17,before,after};if(isObject(before)&&isObject(after)){let keys=[...new Set([...Object.keys(after),...Object.keys(before)])];for(let field of keys){let found=firstDifference(before[field],after[field],options,[...path17,field]);if(found)return found}return}if(Array.isArray(before)&&Array.isArray(after)){for(let i=0;i<Math.max(before.length,after.length);i++){if(i>=before.length||i>=after.length)return{path:[...path17,i],before:before[i],after:after[i]};let found=firstDifference(before[i],after[i],options,[...path17,i]);if(found)return found}return}return sameScalar(path17,before,after)?void 0:{path:path17,before,after}}}function fieldName(path17){return path17.map((segment,i)=>typeof segment=="number"?`[${segment}]`:i===0?segment:`.${segment}`).join("")}function describeValue(value){if(value==null)return"not set";if(typeof value=="string"){let text2=value.replace(/\s+/g," ").trim();return`'${text2.length>60?`${text2.slice(0,57)}\u2026`:text2}'`}if(typeof value!="object")return String(value);let text=Array.isArray(value)?`[${value.map(item=>typeof item=="object"&&item!==null?describeValue(item):String(item)).join(", ")}]`:`{${Object.entries(value).map(([k,v])=>`${k}: ${typeof v=="object"&&v!==null?describeValue(v):String(v)}`).join(", ")}}`;return text.length>60?`${text.slice(0,57)}\u2026${text.startsWith("[")?"]":"}"}`:text}function immutable(paths,rule,before,after){for(let path17 of paths){let difference=firstDifference(getIn(before,path17),getIn(after,path17),{defaults:!0},path17);if(difference)return{...difference,rule}}}var bothWrite=(path17,before,after)=>getIn(before,path17)!==void 0&&getIn(after,path17)!==void 0,CLAIM_SPEC_RULE="a claim's spec is immutable after creation except resources.requests and volumeAttributesClassName";function classPath(claim){let annotations=objectOf(objectOf(claim.metadata).annotations);return BETA_CLASS_ANNOTATION in annotations?["metadata","annotations",BETA_CLASS_ANNOTATION]:["spec","storageClassName"]}var claimCheck=(before,after,context)=>{let[classBefore,classAfter]=[declaredClaimClass(before),declaredClaimClass(after)],settled=classBefore??context.defaultClass;if(classBefore!==void 0?classAfter!==classBefore:settled!==void 0&&classAfter!==void 0&&classAfter!==settled)return{path:classPath(classAfter===void 0?before:after),before:classBefore,after:classAfter,rule:CLAIM_SPEC_RULE};let fixed=immutable([["spec","accessModes"],["spec","selector"],["spec","volumeMode"],["spec","dataSource"],["spec","resources","limits"],...bothWrite(["spec","dataSourceRef"],before,after)?[["spec","dataSourceRef"]]:[]],CLAIM_SPEC_RULE,before,after);if(fixed)return fixed;let volumeBefore=getIn(before,["spec","volumeName"]);if(typeof volumeBefore=="string"&&volumeBefore!==""&&getIn(after,["spec","volumeName"])!==volumeBefore)return{path:["spec","volumeName"],before:volumeBefore,after:getIn(after,["spec","volumeName"]),rule:CLAIM_SPEC_RULE};let storage=["spec","resources","requests","storage"],[sizeBefore,sizeAfter]=[parseQuantity(getIn(before,storage)),parseQuantity(getIn(after,storage))];if(!sizeBefore.ok||!sizeAfter.ok)return;let order=compareQuantities(sizeAfter.quantity,sizeBefore.quantity),sizes={path:storage,before:getIn(before,storage),after:getIn(after,storage)};if(order<0)return{...sizes,rule:`a claim's storage request "can not be less than previous value"`};let className=classAfter??context.defaultClass;if(order>0&&className!==void 0&&context.allowsExpansion(className)===!1)return{...sizes,rule:`StorageClass ${className} does not set allowVolumeExpansion: true, so a larger request is refused`}},PV_SOURCES=["gcePersistentDisk","awsElasticBlockStore","hostPath","glusterfs","nfs","rbd","iscsi","cinder","cephfs","fc","flocker","flexVolume","azureFile","vsphereVolume","quobyte","azureDisk","photonPersistentDisk","portworxVolume","scaleIO","local","storageos","csi"],volumeCheck=(before,after)=>{let source=immutable(PV_SOURCES.map(field=>["spec",field]),"spec.persistentvolumesource is immutable after creation",before,after);if(source)return source;let mode=immutable([["spec","volumeMode"]],`a PersistentVolume's volumeMode "field is immutable"`,before,after);return mode||(isObject(getIn(before,["spec","nodeAffinity"]))?immutable([["spec","nodeAffinity"]],"a PersistentVolume's nodeAffinity cannot change once set",before,after):void 0)},storageClassCheck=(before,after)=>immutable([["provisioner"],["parameters"],["reclaimPolicy"],["volumeBindingMode"]],`updates to a StorageClass's provisioner, parameters, reclaimPolicy and volumeBindingMode "are forbidden"`,before,after),selectorCheck=(before,after)=>bothWrite(["spec","selector"],before,after)?immutable([["spec","selector"]],'spec.selector "field is immutable"',before,after):void 0,statefulSetCheck=(before,after,context)=>selectorCheck(before,after,context)??immutable([["spec","serviceName"],["spec","podManagementPolicy"],["spec","volumeClaimTemplates"]],"a StatefulSet's spec may change only in replicas, template, updateStrategy, minReadySeconds, ordinals and persistentVolumeClaimRetentionPolicy",before,after),jobCheck=(before,after)=>(bothWrite(["spec","selector"],before,after)?immutable([["spec","selector"]],`a Job's spec.selector "field is immutable"`,before,after):void 0)??immutable([["spec","template"],["spec","completions"],["spec","completionMode"]],"a Job's template, completions and completionMode are immutable",before,after),isHeadless=service=>getIn(service,["spec","clusterIP"])==="None",serviceCheck=(before,after)=>{if(getIn(before,["spec","type"])==="ExternalName"||getIn(after,["spec","type"])==="ExternalName")return;let[ipBefore,ipAfter]=[getIn(before,["spec","clusterIP"]),getIn(after,["spec","clusterIP"])];return isHeadless(after)&&!isHeadless(before)||typeof ipAfter=="string"&&ipAfter!==""&&typeof ipBefore=="string"&&ipBefore!==""&&ipAfter!==ipBefore?{path:["spec","clusterIP"],before:ipBefore,after:ipAfter,rule:'spec.clusterIP "may not change once set"'}:void 0},configCheck=(before,after)=>before.immutable===!0?immutable([["immutable"],["data"],["binaryData"],["stringData"]],"the first copy sets immutable: true, so data cannot change",before,after):void 0,secretCheck=(before,after,context)=>immutable([["type"]],`a Secret's type "field is immutable"`,{type:"Opaque",...before},{type:"Opaque",...after})??configCheck(before,after,context),roleBindingCheck=(before,after)=>immutable([["roleRef"]],'"cannot change roleRef"',before,after),CHECKS={"/PersistentVolumeClaim":claimCheck,"/PersistentVolume":volumeCheck,"/Service":serviceCheck,"/Secret":secretCheck,"/ConfigMap":configCheck,"storage.k8s.io/StorageClass":storageClassCheck,"apps/StatefulSet":statefulSetCheck,"apps/Deployment":selectorCheck,"apps/ReplicaSet":selectorCheck,"apps/DaemonSet":selectorCheck,"batch/Job":jobCheck,"rbac.authorization.k8s.io/RoleBinding":roleBindingCheck,"rbac.authorization.k8s.io/ClusterRoleBinding":roleBindingCheck},apiGroupOf=apiVersion=>apiVersion.includes("/")?apiVersion.slice(0,apiVersion.indexOf("/")):"";function updateConflict(apiVersion,kind,before,after,context){return CHECKS[`${apiGroupOf(apiVersion)}/${kind}`]?.(before,after,context)}var import_yaml2=__toESM(require_dist(),1);var import_yaml=__toESM(require_dist(),1);import{readFileSync,statSync}from"node:fs";import path2 from"node:path";var HELM_SOURCE=/^#\s*Source:\s*(\S.*?)\s*$/m;function helmChartName(chartYaml){try{let name=objectOf((0,import_yaml.parse)(chartYaml)).name;return typeof name=="string"&&name!==""?name:void 0}catch{return}}function helmSourceComment(prelude){let match=HELM_SOURCE.exec(prelude);return match?{source:match[1],index:match.index}:void 0}function templateCandidates(source,charts){let normalized=source.replace(/\\/g,"/"),slash=normalized.indexOf("/"),candidates2=[],chartDir=slash>0?charts?.[normalized.slice(0,slash)]:void 0;return chartDir!==void 0&&candidates2.push(path2.join(chartDir,normalized.slice(slash+1))),!path2.isAbsolute(normalized)&&!normalized.split("/").includes("..")&&candidates2.push(normalized),candidates2}function helmTemplate(document,lineCounter,charts,templates){let comment=helmSourceComment(document.prelude);if(comment)for(let file of templateCandidates(comment.source,charts)){templates.has(file)||templates.set(file,readLines(file));let lines=templates.get(file);if(lines)return{file,firstLine:lineCounter.linePos(document.preludeOffset+comment.index).line+1,lines}}}function readLines(file){try{return statSync(file).isFile()?readFileSync(file,"utf8").split(/\r?\n/):void 0}catch{return}}var KEY=/^(\s*(?:-\s+)*)([^\s#:'"{}[\]-][^:#]*?|"[^"]*"|'[^']*'):(?:\s+|$)/,escape=text=>text.replace(/[.*+?^${}()|[\]\\]/g,"\\$&");function templatePosition(template,renderedLine,position){let lines=template.lines,counted=Math.min(Math.max(position.line-template.firstLine+1,1),Math.max(lines.length,1)),at2=(line,column)=>({line,column,endLine:line,endColumn:column}),rendered=KEY.exec(renderedLine);if(!rendered)return at2(counted,position.column);let onKey=position.column<=rendered[1].length+1,pattern=new RegExp(`^(\\s*(?:-\\s+)*)${escape(rendered[2])}:(\\s*)`),best;return lines.forEach((text,i)=>{let match=pattern.exec(text);if(!match)return;let line=i+1,valueColumn=match[0].length+1,column=onKey||valueColumn>text.length?match[1].length+1:valueColumn;(!best||Math.abs(line-counted)<Math.abs(best.line-counted))&&(best={line,column})}),best?at2(best.line,best.column):at2(counted,position.column)}var IDENTITY_FIELDS=["name","mountPath","devicePath","containerPort","key","ip"];function identity(item){let fields=IDENTITY_FIELDS.flatMap(field=>item[field]===void 0?[]:[[field,item[field]]]),metadataName=isObject(item.metadata)?item.metadata.name:void 0;return metadataName!==void 0&&fields.push(["metadata.name",metadataName]),fields}var fieldOf=(item,field)=>field==="metadata.name"?isObject(item.metadata)?item.metadata.name:void 0:item[field];function writtenIndex(rendered,written,index2){let item=rendered[index2];if(!isObject(item))return index2<written.length?index2:void 0;let fields=identity(item);if(fields.length===0)return index2<written.length?index2:void 0;let matches=written.flatMap((candidate,i)=>{if(!isObject(candidate))return[];let shared=fields.filter(([field])=>fieldOf(candidate,field)!==void 0);return shared.length>0&&shared.every(([field,value])=>fieldOf(candidate,field)===value)?[i]:[]});if(matches.length!==0)return matches.includes(index2)?index2:matches[0]}function followPath(rendered,written,path17){let followed=[],renderedAt=rendered,writtenAt=written;for(let segment of path17){let next;if(typeof segment=="number"&&Array.isArray(renderedAt)&&Array.isArray(writtenAt)?next=writtenIndex(renderedAt,writtenAt,segment):typeof segment=="string"&&isObject(writtenAt)&&segment in writtenAt&&(next=segment),next===void 0)return{path:followed,complete:!1,value:writtenAt};followed.push(next),renderedAt=isObject(renderedAt)||Array.isArray(renderedAt)?renderedAt[segment]:void 0,writtenAt=writtenAt[next]}return{path:followed,complete:!0,value:writtenAt}}function writesValue(written,rendered){return written===rendered?!0:typeof written=="string"&&typeof rendered=="string"&&written!==""&&rendered.includes(written)}var NAME_PATH=["metadata","name"],selectsObject=path17=>path17.length===1&&(path17[0]==="apiVersion"||path17[0]==="kind")||path17.length===2&&path17[0]==="metadata"&&(path17[1]==="name"||path17[1]==="namespace");function writtenPlace(rendered,origin,path17){if(origin.pinned)return{source:origin,path:[],exact:!1};let object=getIn(rendered.document.value,rendered.basePath),value=getIn(object,path17),scalar2=value===null||typeof value!="object",follow=source=>followPath(object,getIn(source.document.value,source.basePath),path17),place2=(source,followed)=>({source,path:followed.path,exact:followed.complete&&scalar2&&followed.value===value}),patches=[...origin.patches].reverse().map(patch=>({patch,followed:follow(patch)}));if(scalar2&&!selectsObject(path17)){let writer=patches.find(({followed})=>followed.complete&&writesValue(followed.value,value));if(writer)return place2(writer.patch,writer.followed)}let written=follow(origin);if(written.complete)return place2(origin,written);let adder=patches.find(({followed})=>followed.complete);if(adder)return place2(adder.patch,adder.followed);if(written.path.length===path17.length-1)return place2(origin,written);let parent=patches.find(({followed})=>followed.path.length===path17.length-1);return parent?place2(parent.patch,parent.followed):{source:origin,path:NAME_PATH,exact:!1}}function walk(source,path17){let doc=source.document.ast,node=doc.contents,key2=null,depth=0;for(let segment of path17){(0,import_yaml2.isAlias)(node)&&(node=node.resolve(doc)??null);let next,nextKey=null;if((0,import_yaml2.isMap)(node)){let pair=node.items.find(item=>((0,import_yaml2.isScalar)(item.key)?String(item.key.value):item.key)===String(segment));if(pair&&(next=pair.value,nextKey=pair.key,next===null))return{node:nextKey,key:nextKey,depth:depth+1}}else(0,import_yaml2.isSeq)(node)&&typeof segment=="number"&&(next=node.items[segment]);if(!next)break;node=next,key2=nextKey,depth++}return{node,key:key2,depth}}function locate(source,path17){let hit=walk(source,[...source.basePath,...path17]),range=(hit.node&&(0,import_yaml2.isScalar)(hit.node)?hit.node:hit.key??hit.node)?.range??source.document.ast.range,offset=source.document.astOffset,start=source.lineCounter.linePos(range[0]+offset),end=source.lineCounter.linePos(Math.max(range[0],range[1])+offset);return{line:start.line,column:start.col,endLine:end.line,endColumn:end.col}}function positionOfOffset(source,offset,endOffset=offset){let clamp=at2=>Math.max(0,Math.min(at2,source.text.length)),start=source.lineCounter.linePos(clamp(offset)),end=source.lineCounter.linePos(clamp(Math.max(offset,endOffset)));return{line:start.line,column:start.col,endLine:end.line,endColumn:end.col}}function scalarSource(source,path17){if(source.origin){let place2=writtenPlace(source,source.origin,path17);if(place2.exact)return writtenScalar(place2.source,place2.path)}return writtenScalar(source,path17)}function writtenScalar(source,path17){let hit=walk(source,[...source.basePath,...path17]);if(hit.depth!==source.basePath.length+path17.length||!hit.node||!(0,import_yaml2.isScalar)(hit.node)||!hit.node.range)return;let offset=source.document.astOffset;return source.text.slice(hit.node.range[0]+offset,hit.node.range[1]+offset)}function trailingComment(given,path17){let source=given.origin??given,hit=walk(source,[...source.basePath,...path17]);if(hit.depth!==source.basePath.length+path17.length||!hit.node)return;let end=((0,import_yaml2.isScalar)(hit.node)&&hit.node.value!==null&&hit.node!==hit.key?hit.node.range?.[1]:void 0)??hit.key?.range?.[1];if(end===void 0)return;let from=end+source.document.astOffset,lineEnd=source.text.indexOf(`
`,from),rest=source.text.slice(from,lineEnd===-1?void 0:lineEnd),comment=/(?:^|[ \t])#(.*?)(?:[ \t]#|$)/.exec(rest);return comment?comment[1].trim():void 0}function reportedPosition(source,path17){if(source.origin){let place2=writtenPlace(source,source.origin,path17);return{file:place2.source.file,...locate(place2.source,place2.path)}}let position=locate(source,path17),template=source.renderedFrom;if(!template)return{file:source.file,...position};let starts=source.lineCounter.lineStarts,renderedLine=source.text.slice(starts[position.line-1]??0,starts[position.line]??source.text.length).replace(/\r?\n$/,"");return{file:template.file,...templatePosition(template,renderedLine,position)}}var BUILD_ANNOTATION=/^(internal\.)?config\.kubernetes\.io\//;function withKindDefaults(resource,object){return resource.kind==="Secret"&&apiGroupOf(resource.apiVersion)===""?{type:"Opaque",...object}:resource.kind==="Service"&&apiGroupOf(resource.apiVersion)===""?{...object,spec:{type:"ClusterIP",...objectOf(object.spec)}}:object}function applied(resource){let{status:_status,...object}=resource.object,{namespace:_namespace,annotations,...metadata}=objectOf(object.metadata),kept=Object.entries(objectOf(annotations)).filter(([key2])=>!BUILD_ANNOTATION.test(key2));return withKindDefaults(resource,{...object,metadata:{...metadata,...kept.length>0?{annotations:Object.fromEntries(kept)}:{}}})}function judge(duplicate,context){let later=applied(duplicate.resource);return duplicate.earlier.map(earlier=>{let before=applied(earlier.resource),conflict=updateConflict(duplicate.resource.apiVersion,duplicate.resource.kind,before,later,context);return{...earlier,...conflict?{conflict}:{},difference:firstDifference(before,later,{defaults:!0})}})}var partnerOf=judged=>judged.find(j=>j.placement==="together"&&j.conflict)??judged.find(j=>j.conflict)??judged.find(j=>j.placement==="together")??judged[0],APART={versions:"in files that read as versions of one manifest",apart:"in unrelated folders"},NAME=["metadata","name"];function places(first,later){let[a,b]=[reportedPosition(first.source,NAME),reportedPosition(later.source,NAME)],relative=path3.relative(path3.dirname(a.file),b.file),second=a.file===b.file?`line ${b.line}`:`${relative.startsWith("..")||path3.isAbsolute(relative)?b.file:relative}:${b.line}`;return`${a.file}:${a.line} and again at ${second}`}function updateContext(model){return{...model.defaultStorageClassName?{defaultClass:model.defaultStorageClassName}:{},allowsExpansion:name=>{let storageClass2=model.storageClass(name);return storageClass2?allowsExpansion(storageClass2.object):void 0}}}var differs=d=>`${fieldName(d.path)} is ${describeValue(d.before)} there and ${describeValue(d.after)} here`,object_defined_twice_default={id:"object-defined-twice",severity:"warning",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"One object (API group, kind, namespace, name) is defined more than once; a warning where copies applied together differ in a field the API server keeps fixed",why:"The API server holds one object per API group, kind, namespace and name, so two definitions of it are one object: the later apply replaces the earlier, silently, or is refused where the copies differ in a field the API server does not let change after creation: a claim's class, access modes, selector or volumeMode (`spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims`) or a smaller request (`can not be less than previous value`), a PersistentVolume's volume source (`spec.persistentvolumesource is immutable after creation`), a StorageClass's provisioner, parameters, reclaimPolicy or volumeBindingMode (`updates to parameters are forbidden`), a StatefulSet's volumeClaimTemplates, serviceName, selector or podManagementPolicy (`updates to statefulset spec for fields other than ... are forbidden`), the selector of a Deployment, ReplicaSet or DaemonSet, a Job's template, a Service becoming headless or changing its clusterIP, a Secret's type, the data of an `immutable: true` ConfigMap or Secret, a RoleBinding's roleRef (`cannot change roleRef`). Where the copies are written decides what they mean. In one file, or in files on one folder line (same folder, ancestor, descendant) that `kubectl apply -f`/`-R` applies together, a refused update is a warning, and identical or harmlessly different copies are info (one is redundant; the later wins). Files on one line that read as versions of one manifest (names sharing a word such as `pvc.yaml` and `pvc-10gi.yaml`, mostly the same objects, or an object written in three or more files, as in an all-in-one file beside its split copies) and folders not on one line (a book's chapters, a driver's examples) are alternatives: only a refused update is reported, as info, since a reader who applies both after one another meets it. Objects rendered by two kustomizations (overlays) or found in two `helm template` outputs (one chart with other values) are never compared; within one kustomization kustomize itself refuses a duplicate (`may not add resource with an already registered id`). Kustomize patches, objects named only by `generateName`, and `--cluster`/`--context` objects are not definitions: a file object that repeats a `--cluster` object is the desired state of that live object, not a second one.",fix:"Keep one definition of the object. If both are wanted, give one another name; if they are alternatives (an environment each), keep them in separate kustomization overlays or folders that are never applied together. To change a field the API server keeps fixed on a live object, delete the object and apply it again.",examples:{bad:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteMany] # expect: object-defined-twice/conflicts@17
  resources:
    requests:
      storage: 10Gi
`,good:`apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 10Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared-data
spec:
  accessModes: [ReadWriteMany]
  resources:
    requests:
      storage: 10Gi
`},references:['pkg/apis/core/validation/validation.go (ValidatePersistentVolumeClaimUpdate: "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims", "field can not be less than previous value"; ValidatePersistentVolumeUpdate: "spec.persistentvolumesource is immutable after creation", volumeMode, nodeAffinity once set; ValidateServiceUpdate: clusterIP)',`pkg/apis/apps/validation/validation.go (ValidateStatefulSetUpdate: "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden")`,'pkg/registry/apps/deployment/strategy.go, replicaset/strategy.go, daemonset/strategy.go (ValidateUpdate: "disallow mutation of selector" outside extensions/v1beta1 and apps/v1beta1)','pkg/apis/storage/validation/validation.go (ValidateStorageClassUpdate: "updates to parameters are forbidden.", provisioner, reclaimPolicy, volumeBindingMode)',"pkg/apis/batch/validation/validation.go (ValidateJobSpecUpdate: selector, template, completions, completionMode)",'pkg/apis/rbac/validation/validation.go (ValidateRoleBindingUpdate: "cannot change roleRef")',"plugin/pkg/admission/storage/persistentvolume/resize/admission.go (a larger request needs a class with allowVolumeExpansion)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims"],sources:[{tool:"Kubernetes API server",check:"ValidatePersistentVolumeClaimUpdate: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims",url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"},{tool:"Argo CD",check:'RepeatedResourceWarning: "Resource \u2026 appeared N times among application resources."',url:"https://github.com/argoproj/argo-cd/blob/master/controller/state.go"},{tool:"kustomize",check:"may not add resource with an already registered id",url:"https://github.com/kubernetes-sigs/kustomize/blob/master/api/resmap/reswrangler.go"}],whenNotToUse:"Turn it off (or down to info) for a repository of samples whose folders each hold successive versions of one object, applied one after another by hand (a tutorial that replaces v1 with v2), when a run over the whole repository is meant as a catalogue rather than as one cluster; lint each sample folder on its own instead."},messages:{conflicts:"{object} is defined at {places}, and {difference}: {rule}, so applying both fails",identical:"{object} is defined at {places}, identically: one copy is enough",replaces:"{object} is defined at {places}, and {difference}: applied together, the later apply replaces the earlier",alternative:"{object} is defined at {places}, {where}; if both are applied, the later apply fails: {difference}, and {rule}"},check(context){let{model}=context,update=updateContext(model);for(let duplicate of model.duplicates){let partner=partnerOf(judge(duplicate,update)),{resource}=duplicate,data={object:describe(resource),places:places(partner.resource,resource)},{conflict,difference}=partner,related=(message,path17=NAME)=>[{resource:partner.resource,path:path17,message}];if(partner.placement!=="together"){if(!conflict)continue;context.report({messageId:"alternative",data:{...data,where:APART[partner.placement],difference:differs(conflict),rule:conflict.rule},resource,path:NAME,severity:"info",related:related(`the other definition of ${describe(resource)}`),fix:"nothing, if the two are alternatives never applied to one cluster; otherwise keep one definition or rename one"})}else if(conflict){let path17=getIn(resource.object,conflict.path)===void 0?NAME:conflict.path;context.report({messageId:"conflicts",data:{...data,difference:differs(conflict),rule:conflict.rule},resource,path:path17,related:related(`first definition of ${describe(resource)}`,getIn(partner.resource.object,conflict.path)===void 0?NAME:conflict.path),fix:`keep one definition of ${describe(resource)} or rename one; to change ${fieldName(conflict.path)} of a live object, delete it and apply again`})}else difference?context.report({messageId:"replaces",data:{...data,difference:differs(difference)},resource,path:NAME,severity:"info",related:related(`first definition of ${describe(resource)}`),fix:"keep one definition, merged; if both objects are wanted, give one another name"}):context.report({messageId:"identical",data,resource,path:NAME,severity:"info",related:related(`first definition of ${describe(resource)}`),fix:"delete one of the copies"})}}};var NAME_RULE_TEXT={"dns1123-subdomain":"DNS-1123 subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit, at most 253 characters","dns1123-label":"DNS-1123 label: lower case letters, digits and -, starting and ending with a letter or digit, at most 63 characters","dns1035-label":"DNS-1035 label: lower case letters, digits and -, starting with a letter and ending with a letter or digit, at most 63 characters"},KIND_NAME_RULES={Service:"dns1035-label",Namespace:"dns1123-label",PersistentVolume:"dns1123-subdomain",PersistentVolumeClaim:"dns1123-subdomain",StorageClass:"dns1123-subdomain",VolumeAttributesClass:"dns1123-subdomain",ConfigMap:"dns1123-subdomain",Secret:"dns1123-subdomain",Pod:"dns1123-subdomain",Deployment:"dns1123-subdomain",DaemonSet:"dns1123-subdomain",ReplicaSet:"dns1123-subdomain",ReplicationController:"dns1123-subdomain",Job:"dns1123-subdomain",CronJob:"dns1123-subdomain",ServiceAccount:"dns1123-subdomain"},MAX_CRONJOB_NAME=52,CHECKS2={"dns1123-subdomain":isDns1123Subdomain,"dns1123-label":isDns1123Label,"dns1035-label":isDns1035Label},isValidName=(name,rule)=>CHECKS2[rule](name);function suggestName(name,rule){let allowed=rule==="dns1123-subdomain"?/[^a-z0-9.-]+/g:/[^a-z0-9-]+/g,candidate=name.toLowerCase().replace(allowed,"-").replace(/-{2,}/g,"-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g,"");rule==="dns1035-label"&&(candidate=candidate.replace(/^[^a-z]+/,""));let max=rule==="dns1123-subdomain"?253:63;return candidate=candidate.slice(0,max).replace(/[^a-z0-9]+$/,""),candidate&&candidate!==name&&isValidName(candidate,rule)?candidate:void 0}var isNamePlaceholder=name=>isPlaceholderText(name)||/^[A-Z][A-Z0-9_]*$/.test(name);var messages8={object:"{object} has the name '{name}', which is not a valid {rule}; the API server rejects it",cronJobTooLong:"{object} has a name of {length} characters; CronJob names are limited to 52 so that the Jobs it creates (name plus an 11-character suffix) stay valid, and the API server rejects it",reference:"{field} '{name}' of {object} is not a valid {kind} name ({rule}); {outcome}"},ruleName=rule=>NAME_RULE_TEXT[rule].split(":")[0];function checkReference(context,model,reference){let name=nonEmptyString(reference.name),rule=KIND_NAME_RULES[reference.kind];if(!name||!rule||isNamePlaceholder(name)||isValidName(name,rule)||model.find(reference.kind,name,reference.namespace))return;let suggestion=suggestName(name,rule);reportWrittenValue(context,{messageId:"reference",data:{field:reference.field,name,object:reference.object,kind:reference.kind,rule:ruleName(rule),outcome:reference.validated?"the API server rejects it":`no ${reference.kind} can have that name, so it is never found`},resource:reference.resource,path:reference.path,fix:suggestion?`${reference.field}: ${suggestion}`:void 0})}function references(model){let out=[];for(let claim of model.claims){let spec=objectOf(claim.object.spec),object=claim.origin==="object"?describe(claim.resource):`claim template of ${describe(claim.resource)}`,base2={resource:claim.resource,object};out.push({...base2,path:[...claim.path,"spec","storageClassName"],field:"storageClassName",name:spec.storageClassName,kind:"StorageClass",validated:!0}),out.push({...base2,path:[...claim.path,"spec","volumeName"],field:"volumeName",name:spec.volumeName,kind:"PersistentVolume",validated:!1})}for(let pv of model.persistentVolumes){let spec=objectOf(pv.object.spec),claimRef=objectOf(spec.claimRef),base2={resource:pv,object:describe(pv)};out.push({...base2,path:["spec","storageClassName"],field:"storageClassName",name:spec.storageClassName,kind:"StorageClass",validated:!0}),out.push({...base2,path:["spec","claimRef","name"],field:"claimRef.name",name:claimRef.name,kind:"PersistentVolumeClaim",namespace:nonEmptyString(claimRef.namespace)??"",validated:!1})}for(let workload of model.workloads){for(let{volume,path:path17}of workload.volumes)out.push({resource:workload.resource,object:describeWorkload(workload),path:[...path17,"persistentVolumeClaim","claimName"],field:"claimName",name:objectOf(volume.persistentVolumeClaim).claimName,kind:"PersistentVolumeClaim",namespace:workload.namespace,validated:!1});workload.kind==="StatefulSet"&&out.push({resource:workload.resource,object:describeWorkload(workload),path:["spec","serviceName"],field:"serviceName",name:objectOf(workload.resource.object.spec).serviceName,kind:"Service",namespace:workload.namespace,validated:!1})}return out}var object_name_invalid_default={id:"object-name-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"An object name, or a field that names a claim, volume, class or Service, breaks the Kubernetes name rules",why:"The API server rejects an object whose name breaks its kind's rule: Services need a DNS-1035 label (lower case, starting with a letter, at most 63), Namespaces a DNS-1123 label, PersistentVolumes, claims, StorageClasses, ConfigMaps, Secrets, Pods and Deployments a DNS-1123 subdomain (lower case letters, digits, `-` and `.`, at most 253), CronJobs at most 52 characters. Upper-case letters and `_` are the usual mistakes (`quotes-for-hostPath`, `db_data`). A reference (`storageClassName`, `claimName`, `volumeName`, `claimRef.name`, `serviceName`) with such a name can never be satisfied: no object can have it. StatefulSet names are checked by sts-name-too-long; unrendered placeholders (`$VAR`, `${VAR}`, `{{ }}`, `<name>`, `__NAME__`, all-capitals `PV_NAME`) and `generateName` prefixes are skipped.",fix:"Use lower case letters, digits and `-` (the message suggests a valid name), and rename the references along with the object.",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label)","pkg/apis/core/validation/validation.go (ValidatePersistentVolumeName, ValidateServiceName, ValidateClassName)","pkg/apis/batch/validation/validation.go (ValidateCronJobCreate: at most 52 characters)","https://kubernetes.io/docs/concepts/overview/working-with-objects/names/"],sources:[{tool:"Kubernetes API server",check:`IsDNS1123Subdomain: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"`,url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/validation.go"}],whenNotToUse:"Turn it off only for templates whose placeholders it does not recognise (such as `%NAME%`) and that a later step replaces before apply; otherwise every finding is an object, or a reference, that cannot exist."},messages:messages8,check(context){let{model}=context;for(let resource of model.resources){let rule=KIND_NAME_RULES[resource.kind],name=nonEmptyString(objectOf(resource.object.metadata).name);if(!rule||!name||isNamePlaceholder(name))continue;let path17=["metadata","name"];if(isValidName(name,rule))resource.kind==="CronJob"&&name.length>MAX_CRONJOB_NAME&&reportWrittenValue(context,{messageId:"cronJobTooLong",data:{object:describe(resource),length:name.length},resource,path:path17,fix:`shorten it by ${name.length-MAX_CRONJOB_NAME} characters`});else{let suggestion=suggestName(name,rule);reportWrittenValue(context,{messageId:"object",data:{object:describe(resource),name,rule:NAME_RULE_TEXT[rule]},resource,path:path17,fix:suggestion?`name: ${suggestion}`:void 0})}}for(let reference of references(model))checkReference(context,model,reference)}};function provisioningOf(claim,classes,defaultClass){let declared=declaredClaimClass(claim),storageClass2=declared??defaultClass??"";if(storageClass2==="")return{kind:"static",storageClass:storageClass2,why:declared===void 0?"no-default":"empty-class"};let found=classes.get(storageClass2);return found?found.provisioner===NO_PROVISIONER?{kind:"static",storageClass:storageClass2,why:"no-provisioner"}:{kind:"dynamic",storageClass:storageClass2,delayed:found.delayed}:{kind:"static",storageClass:storageClass2,why:"unknown-class"}}var modeKey=modes2=>[...new Set(modes2)].sort().join(",");function accessModeGroups(volumes,requested){let groups2=new Map;volumes.forEach((pv,index2)=>{let modes2=volumeAccessModes(pv);if(!containsAllModes(modes2,requested))return;let key2=modeKey(modes2),group=groups2.get(key2);group?group.push(index2):groups2.set(key2,[index2])});let size=key2=>key2===""?0:key2.split(",").length;return[...groups2.entries()].sort(([a],[b])=>size(a)-size(b)||(a<b?-1:a>b?1:0)).map(([,members])=>members)}function smaller(a,b){let[qa,qb]=[volumeCapacity(a),volumeCapacity(b)];return qa!==void 0&&qb!==void 0&&compareQuantities(qa,qb)<0}function simulateBinder(input){let{volumes,claims}=input,pvs=volumes.map(v=>v.object),byName=new Map;volumes.forEach((v,i)=>byName.has(v.name)||byName.set(v.name,i));let isCopy=volume=>byName.get(volumes[volume].name)!==volume||volumeCapacity(pvs[volume])===void 0,firstClaim=new Map;claims.forEach((c,i)=>firstClaim.has(claimKey2(c))||firstClaim.set(claimKey2(c),i));let original=i=>firstClaim.get(claimKey2(claims[i])),takenBy=new Map,results=claims.map(()=>{}),provisioning=claims.map(c=>provisioningOf(c.object,input.classes,input.defaultClass)),volumeNameOf=c=>{let name=c.object.spec?.volumeName;return typeof name=="string"&&name!==""?name:void 0},take=(volume,claim,via,mismatch)=>(takenBy.set(volume,claim),mismatch?{kind:"bound",volume,via,mismatch}:{kind:"bound",volume,via}),prebind=i=>{let claim=claims[i],volumeName=volumeNameOf(claim),volume=byName.get(volumeName);if(volume===void 0)return{kind:"prebind-failed",volumeName};let pv=pvs[volume],ref=claimRefOf(pv);if(ref&&!isReservedFor(pv,claim))return{kind:"prebind-failed",volumeName,miss:{volume,failure:{kind:"reserved",...ref}}};let rival=takenBy.get(volume);if(rival!==void 0)return{kind:"prebind-failed",volumeName,miss:{volume,failure:{kind:"taken",by:identity2(claims[rival])},rival}};let failure=prebindFailure(pv,claim.object,provisioning[i].storageClass);return ref?take(volume,i,"volumeName",failure):failure?{kind:"prebind-failed",volumeName,miss:{volume,failure}}:take(volume,i,"volumeName")},groupCache=new Map,groupsFor=requested=>{let key2=JSON.stringify(requested),groups2=groupCache.get(key2);return groups2||groupCache.set(key2,groups2=accessModeGroups(pvs,requested)),groups2},bucketOf=pvs.map(pv=>{let ref=claimRefOf(pv);return ref?`ref\0${claimKey2(ref)}`:`class\0${volumeClass(pv)}`}),bucketCache=new WeakMap,candidatesIn=(group,claim,claimClass)=>{let buckets=bucketCache.get(group);if(!buckets){buckets=new Map;for(let volume of group){let members=buckets.get(bucketOf[volume]);members?members.push(volume):buckets.set(bucketOf[volume],[volume])}bucketCache.set(group,buckets)}return mergeAscending(buckets.get(`ref\0${claimKey2(claim)}`)??[],buckets.get(`class\0${claimClass}`)??[])},match=i=>{let claim=claims[i],claimClass=provisioning[i].storageClass;for(let group of groupsFor(claimAccessModes(claim.object))){let best;for(let volume of candidatesIn(group,claim,claimClass)){if(takenBy.has(volume)||isCopy(volume))continue;let pv=pvs[volume];if(isReservedFor(pv,claim)){if(!capacityFailure(pv,claim.object)&&!volumeModeFailure(pv,claim.object))return take(volume,i,"claimRef");continue}staticMatchFailure(pv,claim.object,claim,claimClass)||(best===void 0||smaller(pv,pvs[best]))&&(best=volume)}if(best!==void 0)return take(best,i,"match")}let how=provisioning[i];if(how.kind==="dynamic")return{kind:"dynamic",storageClass:how.storageClass,delayed:how.delayed};let inView=poolInView(i,how);return{kind:"pending",storageClass:how.storageClass,why:how.why,poolInView:inView,closest:inView||!input.closestOnlyInPool?closest2(i):void 0}},named=new Set;for(let claim of claims){let name=volumeNameOf(claim);name!==void 0&&named.add(name)}let reservations=new Map,offered=0,offeredOfClass=new Map,isOffered=volumes.map(volume=>{let ref=claimRefOf(volume.object);if(ref)reservations.set(claimKey2(ref),[...reservations.get(claimKey2(ref))??[],ref.uid]);else if(!named.has(volume.name)&&volumeCapacity(volume.object))return offered++,offeredOfClass.set(volumeClass(volume.object),(offeredOfClass.get(volumeClass(volume.object))??0)+1),!0;return!1}),hasReservation=claim=>(reservations.get(claimKey2(claim))??[]).some(uid=>uid===void 0||uid===claim.uid),poolInView=(i,{why,storageClass:storageClass2})=>{let claim=claims[i];return hasReservation(claim)||(why==="empty-class"||why==="no-provisioner")&&offered>0||why==="unknown-class"&&storageClass2!==input.defaultClass&&(offeredOfClass.get(storageClass2)??0)>0?!0:selectorBlocksProvisioning(claim.object)&&offersLabelledVolume(i,storageClass2)},offersLabelledVolume=(i,storageClass2)=>pvs.some((pv,volume)=>{if(!isOffered[volume]||isCopy(volume))return!1;if(!selectorFailure(pv,claims[i].object))return!0;let failures=staticMatchFailures(pv,claims[i].object,claims[i],storageClass2);return failures.length===1&&failures[0].kind==="selector"}),closest2=i=>{let claim=claims[i],best;if(pvs.forEach((pv,volume)=>{if(isCopy(volume))return;let rival=takenBy.get(volume),failures=staticMatchFailures(pv,claim.object,claim,provisioning[i].storageClass),failure=failures[0]??(rival!==void 0?{kind:"taken",by:identity2(claims[rival])}:void 0);if(!failure)return;let meantForOthers=failures.some(f=>f.kind==="class"||f.kind==="selector"||f.kind==="reserved"),score=[failures.every(f=>f.kind!=="class")?1:0,-failures.length,meantForOthers?0:1,FAILURE_RANK[failure.kind]];(!best||compareScores(score,best.score)>0||compareScores(score,best.score)===0&&smaller(pvs[best.volume],pv))&&(best={volume,failure,score,...failure.kind==="taken"?{rival}:{}})}),!best)return;let{score:_score,...miss}=best;return miss},originals=claims.flatMap((_,i)=>original(i)===i?[i]:[]),order=[...originals.filter(i=>volumeNameOf(claims[i])),...originals.filter(i=>!volumeNameOf(claims[i])&&hasReservation(claims[i])),...originals.filter(i=>!volumeNameOf(claims[i])&&!hasReservation(claims[i]))];for(let i of order)results[i]=volumeNameOf(claims[i])?prebind(i):match(i);return claims.forEach((_,i)=>results[i]??=results[original(i)]),results}var FAILURE_RANK={reserved:0,capacity:1,volumeMode:2,selector:3,class:4,accessModes:5,taken:6},compareScores=(a,b)=>a.reduce((order,value,k)=>order||value-b[k],0);function mergeAscending(a,b){if(a.length===0)return b;if(b.length===0)return a;let out=[],[i,j]=[0,0];for(;i<a.length||j<b.length;)out.push(j>=b.length||i<a.length&&a[i]<b[j]?a[i++]:b[j++]);return out}var claimKey2=claim=>`${claim.namespace}\0${claim.name}`,identity2=claim=>({namespace:claim.namespace,name:claim.name});function storageClassTable(storageClasses){let classes=new Map;for(let sc of storageClasses)classes.has(sc.name)||classes.set(sc.name,{provisioner:nonEmptyString(sc.object.provisioner)??"",delayed:sc.object.volumeBindingMode==="WaitForFirstConsumer"});return classes}function simulateBinding({claims,volumes,classes,defaultClass,storageClass:storageClass2}){let results=simulateBinder({volumes:volumes.map(volume=>({name:volume.name,object:pvObject(volume)})),claims:claims.map(claim=>({namespace:claim.namespace,name:claim.name,object:claim.object,...liveUid(claim)})),classes,defaultClass,closestOnlyInPool:!0}),bindings=new Map;return results.forEach((result,i)=>{let claim=claims[i];switch(result.kind){case"bound":bindings.set(claim,{kind:"bound",volume:volumes[result.volume],via:result.via});break;case"dynamic":bindings.set(claim,{...result,classResource:storageClass2(result.storageClass)});break;case"pending":{let{closest:closest2,...rest}=result;bindings.set(claim,{...rest,...closest2?{closest:volumes[closest2.volume],failure:closest2.failure}:{},...closest2?.rival!==void 0?{rival:claims[closest2.rival]}:{}});break}case"prebind-failed":{let{miss}=result;bindings.set(claim,{kind:"prebind-failed",volumeName:result.volumeName,...miss?{volume:volumes[miss.volume],failure:miss.failure}:{},...miss?.rival!==void 0?{rival:claims[miss.rival]}:{}});break}}}),bindings}var pvObject=volume=>volume.object;function liveUid(claim){let uid=claim.resource.contextOnly?nonEmptyString(claim.object.metadata?.uid):void 0;return uid?{uid}:{}}function indexBy(claims,key2){let index2=new Map;for(let claim of claims){let list=index2.get(key2(claim));list?list.push(claim):index2.set(key2(claim),[claim])}return index2}var listNames2=names2=>names2.length>3?`${names2[0]} \u2026 ${names2[names2.length-1]}`:names2.join(", ");function statefulSetSiblings(name,claims){let prefix=/^(.*-)\d+$/.exec(name)?.[1];return prefix?claims.filter(claim=>claim.origin==="statefulset"&&claim.name.startsWith(prefix)&&/^\d+$/.test(claim.name.slice(prefix.length))):[]}function siblingsHint(siblings){let owner=siblings[0]?.owner;return owner?` (${owner.kind} ${owner.namespace}/${owner.name} creates only ${listNames2(siblings.map(claim=>claim.name))})`:""}var firstSibling=siblings=>siblings.slice(0,1).map(claim=>({resource:claim.resource,path:[...claim.path,"metadata","name"],message:claimLabel(claim)})),pv_claimref_claim_not_found_default={id:"pv-claimref-claim-not-found",severity:"warning",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume's claimRef names a claim that is not in the view",why:'A PersistentVolume with a `claimRef` (and no uid) is reserved: the controller keeps it Available for exactly that claim ("volume is pre-bound to claim") and no other claim can bind it. If the claim is never created, for example because of a typo or a wrong namespace, the volume sits unused. The claim may exist only in the cluster; then declare it or lower this rule.',fix:"Create the claim the `claimRef` names, or fix `claimRef.name` / `claimRef.namespace`. StatefulSet claims are named `<template>-<statefulset>-<ordinal>`.",examples:{bad:`apiVersion: v1
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
`},references:["component-helpers storage/volume/pv_helpers.go (FindMatchingVolume: pre-bound volumes)","pkg/controller/volume/persistentvolume/index.go (findByClaim, allPossibleMatchingAccessModes)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Turn it off when the claims in the files are not the claims the cluster will have (simplified test fixtures, claims patched at deploy time), since the rule judges each reservation against the claim it finds in the files."},messages:{unsatisfiable:"PersistentVolume {volume} is reserved for {claim}, which cannot take it: {reason}; the reservation keeps the volume from every other claim",otherVolume:"PersistentVolume {volume} is reserved for {claim}, but the claim names PersistentVolume {other} in volumeName; the reservation keeps the volume from every other claim",boundElsewhere:"PersistentVolume {volume} is reserved for {claim}, but the binder gives the claim PersistentVolume {other} first ({why}); the reservation keeps the volume from every other claim"},check(context){let{model}=context;for(let volume of model.persistentVolumes){let pv=pvObject(volume),ref=claimRefOf(pv),claim=ref&&ref.namespace!==""?model.claim(ref.namespace,ref.name):void 0;if(!claim)continue;let binding=model.binding(claim);if(binding.kind==="bound"&&binding.volume===volume)continue;let base2={volume:volume.name,claim:claimLabel(claim)},claimAt={resource:claim.resource,path:[...claim.path,"metadata","name"],message:claimLabel(claim)},volumeName=nonEmptyString(claim.object.spec?.volumeName);if(volumeName){if(volumeName===volume.name)continue;context.report({messageId:"otherVolume",data:{...base2,other:volumeName},resource:volume,path:["spec","claimRef","name"],related:[{...claimAt,path:[...claim.path,"spec","volumeName"]}],fix:`volumeName: ${volume.name} on the claim, or remove the claimRef`});continue}let failure=staticMatchFailure(pv,claim.object,claim,model.provisioning(claim).storageClass);if(failure){let paths=failurePaths(failure,claim,volume);context.report({messageId:"unsatisfiable",data:{...base2,reason:describeFailure(failure,volume.name)},resource:volume,path:paths.volume,related:[{...claimAt,path:[...claim.path,...paths.claim]}]})}else binding.kind==="bound"&&context.report({messageId:"boundElsewhere",data:{...base2,other:binding.volume.name,why:binding.via==="claimRef"?"it is reserved for the claim too":"its access-mode set is more specific, and access-mode groups are searched fewest modes first"},resource:volume,path:["spec","claimRef","name"],related:[claimAt,{resource:binding.volume,path:["spec","accessModes"],message:`PersistentVolume ${binding.volume.name}`}],fix:`volumeName: ${volume.name} on the claim`})}}};import path4 from"node:path";var NEARNESS=["file","folder","ancestor","descendant","elsewhere"],places2=new WeakMap;function place(resource){let known=places2.get(resource);if(!known){let{source}=resource,file=path4.resolve(source.origin?.file??source.renderedFrom?.file??source.file),folder=source.unit?path4.resolve(source.unit):path4.dirname(file);known={file,folder,segments:folder.split(path4.sep).filter(Boolean)},places2.set(resource,known)}return known}var writtenFile=resource=>place(resource).file;function distance(from,to){let unitFrom=from.source.unit,unitTo=to.source.unit;if(unitFrom!==void 0&&unitFrom===unitTo)return{nearness:"folder",steps:0,up:0};let a=place(from),b=place(to);if(unitFrom===void 0&&unitTo===void 0&&a.file===b.file)return{nearness:"file",steps:0,up:0};let common=0;for(;common<a.segments.length&&common<b.segments.length&&a.segments[common]===b.segments[common];)common++;let up=a.segments.length-common,down=b.segments.length-common;return up===0&&down===0?{nearness:"folder",steps:0,up}:down===0?{nearness:"ancestor",steps:up,up}:up===0?{nearness:"descendant",steps:down,up}:{nearness:"elsewhere",steps:up*1e3+down,up}}var compare=(a,b)=>NEARNESS.indexOf(a.nearness)-NEARNESS.indexOf(b.nearness)||a.steps-b.steps,isRelated=d=>d.nearness!=="elsewhere";function nearest(from,candidates2,resourceOf){if(candidates2.length<2)return[...candidates2];let best,chosen=[],placed=0,byPlace=new Map;for(let candidate of candidates2){let resource=resourceOf(candidate);if(!resource)continue;placed++;let where=place(resource),d=resource.source.unit===void 0?byPlace.get(where):void 0;d||(d=distance(from,resource),resource.source.unit===void 0&&byPlace.set(where,d));let order=best===void 0?-1:compare(d,best);order<0?(best=d,chosen=[candidate]):order===0&&chosen.push(candidate)}return placed===0?[...candidates2]:chosen}function pairingEvidence(claim,volume){if(nonEmptyString(objectOf(claim.object.spec).volumeName)===volume.name)return"volumeName";let claimRef=objectOf(objectOf(volume.object.spec).claimRef);if(nonEmptyString(claimRef.name)===claim.name&&nonEmptyString(claimRef.namespace)===claim.namespace)return"claimRef";let unit=claim.resource.source.unit;return unit!==void 0&&unit===volume.source.unit?"same kustomization":distance(claim.resource,volume).nearness==="file"?"same file":void 0}function platformHint(name,platforms){let titles=[...new Set(platforms.map(p=>p.title))],ids=[...new Set(platforms.map(p=>p.platform))];return`'${name}' is a built-in class of ${titles.join(", ")}: set \`platform: ${ids[0]}\` in .kstorelint.yaml (or --platform ${ids[0]}) so kstorelint knows it${ids.length>1?` (platforms: ${ids.join(", ")})`:""}`}function classMayExist(model,binding){if(binding.why!=="unknown-class")return;let name=binding.storageClass;if(model.isAssumed("StorageClass",name))return`StorageClass '${name}' is assumed to exist (assume:), and if it provisions, the claim gets a new volume instead`;if(model.options.platform!==void 0)return;let platforms=wellKnownPlatformClass(name);return platforms.length>0?`${platformHint(name,platforms)}; if it provisions there, the claim gets a new volume instead`:void 0}var pv_contended_default={id:"pv-contended",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"Two claims can only be satisfied by the same PersistentVolume, so one of them stays Pending",why:'A PersistentVolume binds exactly one claim. When two claims name the same volume in `volumeName`, the one processed second gets `volume "X" already bound to a different claim` and stays Pending. When claims that cannot be provisioned (class `""` or a `no-provisioner` class) need more matching volumes than the view has, whichever claim the controller handles last waits forever; which one is a race. A StatefulSet whose template needs one static volume per replica is the common case. PersistentVolumes outside the files (a local static provisioner\'s, volumes made by hand) can always take up the slack, so a shortage is an error only when the files tie the claim to the volume it misses (both in one file or one kustomization, or a claimRef naming the claim); otherwise it is a warning that the claim needs a PersistentVolume from outside the files, with how to declare those (`--cluster` with their manifests).',fix:"Give every claim its own PersistentVolume: add volumes (one per StatefulSet replica), point each `volumeName` at a different PV, or use a provisioning StorageClass.",examples:{bad:`apiVersion: v1
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
`},references:['pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: "volume already bound to a different claim")',"component-helpers storage/volume/pv_helpers.go (FindMatchingVolume)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding"],sources:[],whenNotToUse:"Turn it off when the cluster has more PersistentVolumes than the files declare (volumes made by hand, by a static provisioner or by another repository) and they are written beside the claims; passing `kubectl get pv -o yaml` with `--cluster` is the better fix."},messages:{sameVolumeName:"{claim} and {rival} both name PersistentVolume {volume} in volumeName; a PersistentVolume binds one claim, so one of them stays Pending",outOfVolumes:"{claim} finds every PersistentVolume that fits it taken (PersistentVolume {volume} goes to {rival}); with more such claims than volumes, one stays Pending{more}",needsVolumeOutside:"{claim} needs a PersistentVolume from outside the files: every one in them that fits is taken (PersistentVolume {volume} goes to {rival}){more}"},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind==="prebind-failed"&&binding.failure?.kind==="taken"&&binding.volume&&binding.rival&&found.push({claim,rival:binding.rival,volume:binding.volume,byName:!0}),binding.kind==="pending"&&binding.poolInView&&binding.failure?.kind==="taken"&&binding.closest&&binding.rival){if(binding.why==="unknown-class"&&(classMayExist(model,binding)||!isRelated(distance(claim.resource,binding.rival.resource))))continue;found.push({claim,rival:binding.rival,volume:binding.closest,byName:!1})}}for(let{first:{claim,rival,volume,byName},count}of groupByTemplate(found,c=>`${c.byName}\0${c.volume.name}`)){let related=[{resource:volume,path:["metadata","name"],message:`PersistentVolume ${volume.name}`},{resource:rival.resource,path:[...rival.path,"metadata","name"],message:claimLabel(rival)}];if(byName)context.report({messageId:"sameVolumeName",data:{claim:claimLabel(claim),rival:claimLabel(rival),volume:volume.name},resource:claim.resource,path:[...claim.path,"spec","volumeName"],related,fix:"point each claim at its own PersistentVolume"});else{let data={claim:claimLabel(claim),rival:claimLabel(rival),volume:volume.name,more:moreClaims(count)},add=claim.origin==="statefulset"?"add one PersistentVolume per replica":"add another PersistentVolume that fits",at2={resource:claim.resource,path:[...claim.path,"metadata","name"],related};pairingEvidence(claim,volume)?context.report({messageId:"outOfVolumes",data,...at2,fix:add}):context.report({messageId:"needsVolumeOutside",data,...at2,fix:`if the cluster has more (a static provisioner's, volumes made by hand), pass their manifests with --cluster; otherwise ${add}`,severity:"warning"})}}}};var isAbsolutePath=target=>target.startsWith("/"),hasBacksteps=target=>target.split("/").includes("..");function localDescendingPathProblems(target){let problems=[];return isAbsolutePath(target)&&problems.push("absolute"),hasBacksteps(target)&&problems.push("backsteps"),problems}var VOLUME_SOURCE_FIELDS=["emptyDir","hostPath","gitRepo","gcePersistentDisk","awsElasticBlockStore","secret","nfs","iscsi","glusterfs","flocker","persistentVolumeClaim","rbd","cinder","cephfs","quobyte","downwardAPI","fc","flexVolume","configMap","azureFile","vsphereVolume","photonPersistentDisk","portworxVolume","azureDisk","storageos","projected","scaleIO","csi","ephemeral","image"],HOST_PATH_TYPES=["","DirectoryOrCreate","Directory","FileOrCreate","File","Socket","CharDevice","BlockDevice"],REQUIRED_FIELDS={hostPath:["path"],gitRepo:["repository"],gcePersistentDisk:["pdName"],awsElasticBlockStore:["volumeID"],secret:["secretName"],nfs:["server","path"],iscsi:["targetPortal","iqn"],glusterfs:["endpoints","path"],persistentVolumeClaim:["claimName"],quobyte:["registry","volume"],configMap:["name"],csi:["driver"]};function volumeSourcesOf(volume){return VOLUME_SOURCE_FIELDS.filter(field=>isObject(volume[field]))}var volumeSourceOf=volume=>volumeSourcesOf(volume)[0]??"emptyDir",isMissing=value=>value==null||value==="";function volumeSourceProblems(volume){let sources=volumeSourcesOf(volume);if(sources.length===0)return[];let[first,...extra]=sources;return[...extra.map(source=>({code:"several-sources",source,first,path:[source]})),...sourceFieldProblems(first,volume[first])]}function sourceFieldProblems(source,spec){let problems=[];for(let field of REQUIRED_FIELDS[source]??[])isMissing(spec[field])&&problems.push({code:"required",source,field,path:[source,field]});return source==="hostPath"&&problems.push(...hostPathProblems(spec)),source==="nfs"&&typeof spec.path=="string"&&spec.path!==""&&!isAbsolutePath(spec.path)&&problems.push({code:"not-absolute",source,field:"path",value:spec.path,path:[source,"path"]}),source==="emptyDir"&&isNegativeQuantity(spec.sizeLimit)&&problems.push({code:"negative-size",value:String(spec.sizeLimit),path:[source,"sizeLimit"]}),source==="csi"&&typeof spec.driver=="string"&&spec.driver!==""&&!isCsiDriverName(spec.driver)&&problems.push({code:"csi-driver-name",value:spec.driver,path:[source,"driver"]}),problems}function hostPathProblems(spec){if(typeof spec.path!="string"||spec.path==="")return[];let problems=[];return hasBacksteps(spec.path)&&problems.push({code:"backsteps",source:"hostPath",field:"path",value:spec.path,path:["hostPath","path"]}),typeof spec.type=="string"&&!isHostPathType(spec.type)&&problems.push({code:"host-path-type",value:spec.type,path:["hostPath","type"]}),problems}var isHostPathType=value=>HOST_PATH_TYPES.includes(value);function isNegativeQuantity(value){if(value==null)return!1;let parsed=parseQuantity(value);return parsed.ok&&parsed.quantity.numerator<0n}var isCsiDriverName=name=>name.length>0&&name.length<=63&&isDns1123Subdomain(name.toLowerCase());var PV_SOURCE_FIELDS=["gcePersistentDisk","awsElasticBlockStore","hostPath","glusterfs","nfs","rbd","quobyte","cinder","cephfs","flexVolume","flocker","azureFile","vsphereVolume","azureDisk","photonPersistentDisk","portworxVolume","scaleIO","local","storageos","csi","iscsi","fc"],PV_REQUIRED={local:["path"],csi:["driver","volumeHandle"]},isMissing2=value=>value==null||value==="",isRootPath=value=>typeof value=="string"&&/^\/+(\.\/*)*$/.test(value);function capacityProblems(spec,partial){let capacity=spec.capacity;if(!isObject(capacity))return partial||capacity!=null?[]:[{code:"capacity-missing",path:["capacity"]}];let problems=Object.keys(capacity).filter(key2=>key2!=="storage").map(key2=>({code:"capacity-key",key:key2,path:["capacity",key2]}));return!("storage"in capacity)&&!partial&&problems.push({code:"capacity-missing",path:["capacity"]}),problems}function sourceProblems(spec,partial){let sources=PV_SOURCE_FIELDS.filter(field=>isObject(spec[field]));if(sources.length===0)return partial?[]:[{code:"no-source",path:[]}];let[first,...extra]=sources,problems=extra.map(source=>({code:"several-sources",source,first,path:[source]})),value=spec[first],own=PV_REQUIRED[first]??[];for(let field of own)isMissing2(value[field])&&problems.push({code:"required",source:first,field,path:[first,field]});for(let problem of volumeSourceProblems({[first]:value}))problem.code==="required"&&own.includes(problem.field)||problem.code!=="host-path-type"&&problems.push({code:"source-field",problem,path:problem.path});return problems}function affinityProblems(spec){let affinity=spec.nodeAffinity;if(!isObject(affinity))return isObject(spec.local)?[{code:"local-affinity",path:["nodeAffinity"]}]:[];if(!isObject(affinity.required))return affinity.required===void 0||affinity.required===null?[{code:"affinity-required",path:["nodeAffinity","required"]}]:[];let terms=affinity.required.nodeSelectorTerms;return terms==null||Array.isArray(terms)&&terms.length===0?[{code:"affinity-terms",path:["nodeAffinity","required","nodeSelectorTerms"]}]:[]}function pvSpecProblems(spec,kubeVersion,partial=!1){let problems=[...capacityProblems(spec,partial),...sourceProblems(spec,partial),...affinityProblems(spec)];return spec.persistentVolumeReclaimPolicy==="Recycle"&&isRootPath(objectOf(spec.hostPath).path)&&problems.push({code:"recycle-root",path:["persistentVolumeReclaimPolicy"]}),featureOn("VolumeAttributesClass",kubeVersion)&&typeof spec.volumeAttributesClassName=="string"&&(spec.volumeAttributesClassName===""?problems.push({code:"vac-empty",path:["volumeAttributesClassName"]}):isObject(spec.csi)||problems.push({code:"vac-csi",path:["volumeAttributesClassName"]})),problems}var messages9={capacityMissing:"PersistentVolume {pv} has no capacity.storage; the API server requires it",capacityKey:"PersistentVolume {pv} lists '{key}' in capacity; only 'storage' is supported",noSource:"PersistentVolume {pv} has no volume source (csi, nfs, hostPath, local, \u2026); the API server requires exactly one",severalSources:"PersistentVolume {pv} sets both {first} and {source}; a PersistentVolume has exactly one volume source",required:"PersistentVolume {pv} has {source} without {field}, which is required",sourceField:"PersistentVolume {pv}: {detail}",localAffinity:'PersistentVolume {pv} is a local volume without nodeAffinity; the API server requires it ("Local volume requires node affinity")',affinityRequired:"PersistentVolume {pv} has nodeAffinity without required; the API server requires node constraints there",affinityTerms:"PersistentVolume {pv} has nodeAffinity.required without nodeSelectorTerms; at least one term is required",recycleRoot:"PersistentVolume {pv} uses reclaim policy Recycle on hostPath '/'; the API server forbids recycling the node's root",vacEmpty:'PersistentVolume {pv} sets volumeAttributesClassName to ""; leave it out or name a VolumeAttributesClass',vacCsi:"PersistentVolume {pv} sets volumeAttributesClassName '{value}' without a csi source; only CSI volumes have attributes classes"};function sourceDetail(problem){switch(problem.code){case"backsteps":return`${problem.source}.${problem.field} '${problem.value}' contains a '..' element`;case"not-absolute":return`${problem.source}.${problem.field} '${problem.value}' must be an absolute path`;case"host-path-type":return`hostPath type '${problem.value}' is not a hostPath type`;case"csi-driver-name":return`CSI driver '${problem.value}' is not a valid driver name (a DNS subdomain of at most 63 characters)`;case"required":return`${problem.source} has no ${problem.field}, which is required`;default:return problem.code}}function toReport3(pv,spec,problem){let base2={resource:pv,path:["spec",...problem.path],data:{pv:pv.name}};switch(problem.code){case"capacity-missing":return{...base2,messageId:"capacityMissing",fix:"capacity: {storage: 10Gi}"};case"capacity-key":return{...base2,messageId:"capacityKey",data:{...base2.data,key:problem.key}};case"no-source":return{...base2,messageId:"noSource"};case"several-sources":return{...base2,messageId:"severalSources",data:{...base2.data,first:problem.first,source:problem.source}};case"required":return{...base2,messageId:"required",data:{...base2.data,source:problem.source,field:problem.field}};case"source-field":return{...base2,messageId:"sourceField",data:{...base2.data,detail:sourceDetail(problem.problem)}};case"local-affinity":return{...base2,messageId:"localAffinity",fix:"nodeAffinity: {required: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [<node>]}]}]}}"};case"affinity-required":return{...base2,path:["spec","nodeAffinity"],messageId:"affinityRequired"};case"affinity-terms":return{...base2,messageId:"affinityTerms"};case"recycle-root":return{...base2,messageId:"recycleRoot",fix:"persistentVolumeReclaimPolicy: Retain"};case"vac-empty":return{...base2,messageId:"vacEmpty"};case"vac-csi":return{...base2,messageId:"vacCsi",data:{...base2.data,value:String(spec.volumeAttributesClassName)}}}}var pv_spec_invalid_default={id:"pv-spec-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume the API server rejects: capacity, volume source, local without node affinity, Recycle of `/`, attributes class, class name",why:`\`ValidatePersistentVolumeSpec\` rejects a PersistentVolume whose \`capacity\` is missing or lists anything but \`storage\`, that has no volume source or more than one (${PV_SOURCE_FIELDS.length} kinds: csi, nfs, hostPath, local, \u2026), whose source lacks a required field (\`csi.volumeHandle\`, \`local.path\`, \`nfs.server\`, \u2026), a \`local\` volume without \`nodeAffinity\` (the scheduler could not know where the disk is), \`nodeAffinity\` without required node selector terms, \`Recycle\` on \`hostPath: /\`, an empty \`volumeAttributesClassName\` or one on a non-CSI volume (from 1.34, where the feature is on by default). The PV is never created and claims waiting for it stay Pending.`,fix:"Give the PV `capacity: {storage: \u2026}`, exactly one volume source with its required fields, and for `local` volumes a `nodeAffinity.required` term naming the node.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, validateVolumeNodeAffinity)","https://kubernetes.io/docs/concepts/storage/volumes/#local","https://kubernetes.io/docs/concepts/storage/persistent-volumes/"],sources:[{tool:"Kubernetes API server",check:'ValidatePersistentVolumeSpec: "must specify a volume type", "Local volume requires node affinity"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages9,check(context){let{model}=context;for(let pv of model.persistentVolumes){let spec=pv.object.spec;if(isObject(spec))for(let problem of pvSpecProblems(spec,model.options.kubeVersion,model.isFragment(pv)!==void 0)){let report3=toReport3(pv,spec,problem);report3&&context.report(report3)}}}};var pathKey=(resource,path17)=>`${resource.order}\0${path17.join("\0")}`;function buildClaimSpecs(allClaims,workloads,defaultClass){let claimsAt=new Map;for(let claim of allClaims){let at2=pathKey(claim.resource,claim.path),list=claimsAt.get(at2);list?list.push(claim):claimsAt.set(at2,[claim])}let specs=[];for(let claim of allClaims)claim.origin==="object"&&specs.push({origin:"object",name:claim.name,object:claim.object,resource:claim.resource,path:[],namespace:claim.namespace,label:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`,claims:[claim],storageClass:claim.storageClass});for(let workload of workloads){let of=`${workload.kind} ${workload.namespace}/${workload.name}`,add=(origin,object,path17,name,label2)=>specs.push({origin,name,object,resource:workload.resource,path:path17,namespace:workload.namespace,label:label2,claims:claimsAt.get(pathKey(workload.resource,path17))??[],owner:workload,storageClass:claimClassOf(object,defaultClass)});if(workload.kind==="StatefulSet"){let sts=workload.resource.object;for(let[template,index2]of indexedObjectsOf(objectOf(sts.spec).volumeClaimTemplates)){let name=nonEmptyString(objectOf(template.metadata).name)??`#${index2}`;add("statefulset",template,["spec","volumeClaimTemplates",index2],name,`Claim template '${name}' of ${of}`)}}for(let{volume,index:index2}of workload.volumes){let template=objectOf(volume.ephemeral).volumeClaimTemplate;isObject(template)&&add("ephemeral",template,[...workload.specPath,"volumes",index2,"ephemeral","volumeClaimTemplate"],String(volume.name),`Ephemeral claim template of volume '${String(volume.name)}' in ${of}`)}}return specs}var identitiesOf=spec=>spec.claims.length>0?spec.claims.map(c=>({namespace:c.namespace,name:c.name})):[{namespace:spec.namespace,name:""}],storageClassObject=resource=>resource.object,pvObjectOf=resource=>resource.object;function fittingVolume(model,spec,className,accept=()=>!0){let identities=identitiesOf(spec);return model.volumesOfClass(className).find(pv=>accept(pv)&&identities.some(identity4=>staticMatchFailure(pvObjectOf(pv),spec.object,identity4,className)===void 0))}function reservedVolume(model,spec){for(let identity4 of identitiesOf(spec)){if(identity4.name==="")continue;let pv=model.volumesReservedFor(identity4.namespace,identity4.name).find(v=>staticMatchFailure(pvObjectOf(v),spec.object,identity4,"")===void 0);if(pv)return pv}}var pvc_default_class_hides_pv_default={id:"pvc-default-class-hides-pv",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim without storageClassName gets the default class, so the classless PersistentVolume meant for it is ignored",why:'When a claim omits `storageClassName`, the DefaultStorageClass admission plugin writes the default class into it on create. From then on the binder only considers PVs of that class: a pre-created PV without a class is never matched, and the claim is dynamically provisioned instead (new, empty disk) or stays Pending. Only `storageClassName: ""` keeps a claim classless.',fix:'Set `storageClassName: ""` on the claim (or give the PV the default class\'s name), as the Kubernetes docs do for static volumes.',examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["plugin/pkg/admission/storage/storageclass/setdefault/admission.go (claimDefaulterPlugin.Admit)","component-helpers storage/volume/helpers.go (PersistentVolumeClaimHasClass)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Turn it off when the files declare a default StorageClass that the target clusters do not have (a class shipped for local development only), so claims there stay classless and do bind the PersistentVolume."},messages:{hidden:"{claim} sets no storageClassName, so admission gives it the default StorageClass '{class}' and it will not bind to the classless PersistentVolume {volume} that fits it"},check(context){let{model}=context,defaultClass=model.defaultStorageClassName;if(defaultClass===void 0)return;let storageClass2=model.storageClass(defaultClass);for(let spec of model.claimSpecs){if(spec.storageClass.declared!==void 0||nonEmptyString(objectOf(spec.object.spec).volumeName)||reservedVolume(model,spec))continue;let pv=fittingVolume(model,spec,"",v=>claimRefOf(pvObjectOf(v))===void 0);pv&&context.report({messageId:"hidden",data:{claim:spec.label,class:defaultClass,volume:pv.name},resource:spec.resource,path:[...spec.path,"spec","storageClassName"],related:[{resource:pv,path:["metadata","name"],message:`PersistentVolume ${pv.name} (no class)`},...storageClass2?[{resource:storageClass2,path:["metadata","annotations"],message:`default StorageClass ${defaultClass}`}]:[]],fix:'storageClassName: ""'})}}};var pvc_no_class_no_default_default={id:"pvc-no-class-no-default",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim without storageClassName meets StorageClasses none of which is the default, and no classless PersistentVolume fits it",why:'The DefaultStorageClass admission plugin only fills in a class when one StorageClass is annotated `storageclass.kubernetes.io/is-default-class: "true"`. Without one, a claim with no class behaves like `storageClassName: ""`: it can only bind to a pre-created classless PV, is never provisioned, and stays Pending until a default class appears (the PV controller then assigns it retroactively, since 1.28). The rule only runs when the files declare StorageClasses, since otherwise the cluster\'s default is unknown. A claim with a selector is left to pvc-unbindable: provisioners refuse it, so a default class would not help.',fix:"Name the class the claim should use in `storageClassName`, or mark one StorageClass as the default.",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["plugin/pkg/admission/storage/storageclass/setdefault/admission.go (claimDefaulterPlugin.Admit)","pkg/controller/volume/persistentvolume/pv_controller.go (assignDefaultStorageClass)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#retroactive-default-storageclass-assignment"],sources:[],whenNotToUse:"Turn it off when the clusters have a default StorageClass the files do not declare (better: name it in `defaultStorageClass`, which informs the other rules too), or when claims are meant to wait for an administrator to add volumes."},messages:{noDefault:"{claim} sets no storageClassName, {classes} and no classless PersistentVolume fits it; it stays Pending until a default class exists"},check(context){let{model}=context;if(model.storageClasses.length===0||model.defaultStorageClasses.length>0)return;let names2=[...new Set(model.storageClasses.map(sc=>sc.name).filter(n=>n!==""))];for(let spec of model.claimSpecs)spec.storageClass.declared!==void 0||nonEmptyString(objectOf(spec.object.spec).volumeName)||selectorBlocksProvisioning(spec.object)||fittingVolume(model,spec,"")||reservedVolume(model,spec)||context.report({messageId:"noDefault",data:{claim:spec.label,classes:names2.length===1?`StorageClass '${names2[0]}' is not the default`:`none of the StorageClasses ${listNames(names2)} is the default`},resource:spec.resource,path:[...spec.path,"spec","storageClassName"],related:model.storageClasses.slice(0,3).map(sc=>({resource:sc,path:["metadata","name"],message:`StorageClass ${sc.name}`})),fix:names2.length===1?`storageClassName: ${names2[0]}`:`set storageClassName to one of ${listNames(names2,4,"")}, or mark one StorageClass default`})}};var pvc_prebinding_one_sided_default={id:"pvc-prebinding-one-sided",severity:"info",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim and a PersistentVolume are tied together on one side only",why:"Kubernetes documents reserving a PersistentVolume by setting both sides: `volumeName` on the claim and `claimRef` on the volume. With only `volumeName`, the volume stays open to every other claim until this one is bound, and another claim created first can take it. With only `claimRef` and a claim whose class can be provisioned, a claim created before the volume exists is provisioned a new volume at once, and the reservation is never used.",fix:'Set both sides: `claimRef: {namespace, name}` on the PersistentVolume and `volumeName` on the claim; for a claim meant only for pre-created volumes, use `storageClassName: ""`.',examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume","pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim, provisionClaim)"],sources:[],whenNotToUse:"Turn it off when volumes and claims are always created in a fixed order by one tool (a chart that applies the PersistentVolume first, an operator), so the one-sided reservation cannot be raced."},messages:{noClaimRef:"{claim} names PersistentVolume {volume} in volumeName, but the volume has no claimRef back to it; until the claim binds, another claim can take the volume{more}",noVolumeName:"{claim} is tied to PersistentVolume {volume} only by the volume's claimRef, and its class {class} can provision; if the claim is created before the volume, it gets a new volume instead{more}"},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind!=="bound"||binding.via==="match")continue;let provisioning=model.provisioning(claim);binding.via==="volumeName"&&!claimRefOf(pvObject(binding.volume))&&found.push({claim,volume:binding.volume,side:"noClaimRef",storageClass:provisioning.storageClass});let mayProvision=provisioning.kind==="dynamic"||provisioning.why==="unknown-class";binding.via==="claimRef"&&mayProvision&&found.push({claim,volume:binding.volume,side:"noVolumeName",storageClass:provisioning.storageClass})}for(let{first:{claim,volume,side,storageClass:storageClass2},count}of groupByTemplate(found,f=>f.side)){let data={claim:claimLabel(claim),volume:volume.name,more:moreClaims(count)};side==="noClaimRef"?context.report({messageId:"noClaimRef",data,resource:claim.resource,path:[...claim.path,"spec","volumeName"],related:[{resource:volume,path:["metadata","name"],message:`PersistentVolume ${volume.name}`}],fix:`claimRef: {namespace: ${claim.namespace}, name: ${claim.name}} on PersistentVolume ${volume.name}`}):context.report({messageId:"noVolumeName",data:{...data,class:classLabel(storageClass2)},resource:claim.resource,path:[...claim.path,"spec",...claim.storageClass.declared===void 0?[]:["storageClassName"]],related:[{resource:volume,path:["spec","claimRef"],message:`PersistentVolume ${volume.name}`}],fix:`volumeName: ${volume.name}`})}}};function unlabelledVolume(model,spec,className){for(let volume of model.volumesOfClass(className))for(let identity4 of identitiesOf(spec)){let failures=staticMatchFailures(pvObjectOf(volume),spec.object,identity4,className);if(failures.length===1&&failures[0].kind==="selector")return{volume,unmet:failures[0].unmet}}}var pvc_selector_blocks_provisioning_default={id:"pvc-selector-blocks-provisioning",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim with a label selector relies on a provisioning StorageClass, and no PersistentVolume matches the selector",why:'A selector only filters existing PersistentVolumes. When none matches, the claim falls through to dynamic provisioning, and the CSI external-provisioner (like most provisioners) refuses any claim with a selector: "claim Selector is not supported". The claim stays Pending. Even `selector: {}` blocks provisioning, because only its presence is checked. When a PersistentVolume of the class fits the claim in everything but the labels, the claim was evidently written for it: that is an error naming the labels it lacks. (Claims of classes nothing in the view provisions are pvc-unbindable\'s.)',fix:'Remove `spec.selector` to let the class provision a volume, or create the PersistentVolumes the selector is meant to pick (with the claim\'s class) and use `storageClassName: ""` or a no-provisioner class for them.',examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:['kubernetes-csi/external-provisioner pkg/controller/controller.go (Provision: "claim Selector is not supported")',"sigs.k8s.io/sig-storage-lib-external-provisioner controller.go","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#selector"],sources:[],whenNotToUse:"Turn it off when the claims' provisioner honours selectors (some in-house and out-of-tree provisioners do), or when the PersistentVolumes the selector picks are created outside the linted files."},messages:{labelsMissing:"{claim} has a selector, so StorageClass '{class}' cannot provision it, and PersistentVolume {volume} fits it in everything but the labels: it lacks {unmet}",blocked:"{claim} has a selector and no PersistentVolume of class '{class}' matches it, so StorageClass {class} ('{provisioner}') must provision it and refuses: claim Selector is not supported"},check(context){let{model}=context;for(let spec of model.claimSpecs){if(!selectorBlocksProvisioning(spec.object)||nonEmptyString(objectOf(spec.object.spec).volumeName))continue;let{effective}=spec.storageClass,storageClass2=model.storageClassFor(spec.storageClass);if(!storageClass2||!isDynamicClass(storageClassObject(storageClass2))||fittingVolume(model,spec,effective)||reservedVolume(model,spec))continue;let nearMiss=unlabelledVolume(model,spec,effective);if(nearMiss){context.report({messageId:"labelsMissing",data:{claim:spec.label,class:effective,volume:nearMiss.volume.name,unmet:nearMiss.unmet.join(", ")},resource:spec.resource,path:[...spec.path,"spec","selector"],severity:"error",related:[{resource:nearMiss.volume,path:["metadata","labels"],message:`PersistentVolume ${nearMiss.volume.name}`}],fix:`label PersistentVolume ${nearMiss.volume.name} so that it satisfies ${nearMiss.unmet.join(", ")}, or remove spec.selector`});continue}context.report({messageId:"blocked",data:{claim:spec.label,class:effective,provisioner:String(storageClassObject(storageClass2).provisioner)},resource:spec.resource,path:[...spec.path,"spec","selector"],related:[{resource:storageClass2,path:["provisioner"],message:`StorageClass ${storageClass2.name}`}],fix:"remove spec.selector"})}}};var isJudgedAgainstVolumes=binding=>binding.kind==="pending"&&binding.poolInView&&binding.closest!==void 0,pvc_storageclass_not_found_default={id:"pvc-storageclass-not-found",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names a StorageClass that is not declared, and no PersistentVolume has that class either",why:'The binder compares class names only, so a claim can still bind to a PV that carries the class name, and a claim pre-bound with `volumeName` is never provisioned. When there is no such PV, the PV controller tries to provision, cannot find the StorageClass, raises `ProvisioningFailed` ("storageclass.storage.k8s.io \\"x\\" not found") and the claim stays Pending; pods using it never start. A typo in `storageClassName` is the usual cause. The class may exist only in the cluster (e.g. a cloud default such as `gp2` or `standard`): then add it to the files linted, or lower this rule.',fix:'Fix the class name, add the StorageClass, or use `storageClassName: ""` to bind to a pre-created classless PersistentVolume.',examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (provisionClaim, findProvisionablePlugin: ProvisioningFailed)","component-helpers storage/volume/helpers.go (GetPersistentVolumeClaimClass)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1"],sources:[{tool:"Gatekeeper library",check:"K8sStorageClass"}],whenNotToUse:"Turn it off, or list the classes under `assume:`, when the StorageClasses come with the cluster (cloud defaults such as `gp2`, `standard` or `managed-csi`) or from another repository, and only the applications are linted."},messages:{notFound:"{claim} uses StorageClass '{class}', which is not declared and which no PersistentVolume carries; provisioning fails and the claim stays Pending"},check(context){let{model}=context,classNames=[...new Set(model.storageClasses.map(sc=>sc.name).filter(n=>n!==""))];for(let spec of model.claimSpecs){let{declared}=spec.storageClass;if(!declared||isPlaceholderClassName(declared)||model.volumesOfClass(declared).length>0||nonEmptyString(objectOf(spec.object.spec).volumeName)||reservedVolume(model,spec)||spec.claims.some(claim=>model.binding(claim).kind==="bound")||spec.claims.some(claim=>isJudgedAgainstVolumes(model.binding(claim))))continue;let data={claim:spec.label,class:declared},from={resource:spec.resource,path:[...spec.path,...spec.storageClass.path]},platforms=wellKnownPlatformClass(declared);reportMissingReference(context,{kind:"StorageClass",namespace:void 0,name:declared,from},{...platforms.length>0?{providedByClusters:platformHint(declared,platforms)}:{},notFound:({nearest:nearest2,didYouMean})=>({messageId:"notFound",data,related:relatedOf(nearest2?.targets.slice(0,1)??[]),fix:didYouMean??(classNames.length>0?`declared StorageClasses: ${listNames(classNames,4,"")}`:void 0)})})}}};var WHY_STATIC={"empty-class":()=>'class "" is never provisioned',"no-provisioner":sc=>`class ${classLabel(sc)} has provisioner kubernetes.io/no-provisioner`,"no-default":()=>"it has no class and the view has no default StorageClass to provision it","unknown-class":sc=>`class ${classLabel(sc)} is no StorageClass in the view`},SELECTOR_REFUSED="it has a selector, which provisioners refuse";function whyStatic(binding,selector){return selector&&(binding.why==="no-default"||binding.why==="unknown-class")?SELECTOR_REFUSED:WHY_STATIC[binding.why](binding.storageClass)}function fixFor(failure,volume,binding){switch(failure.kind){case"capacity":return failure.have?`request at most ${failure.have.text}, or give PersistentVolume ${volume} at least ${failure.want.text}`:void 0;case"volumeMode":return`volumeMode: ${failure.have}`;case"class":return`storageClassName: ${classLabel(failure.have)}`;case"accessModes":return`accessModes: [${failure.have.join(", ")}]`;case"selector":{let classless=binding.why==="no-default"?', and set storageClassName: "" on the claim so that a default class does not take it':"";return`label PersistentVolume ${volume} so that it satisfies ${failure.unmet.join(", ")}${classless}`}default:return}}function wantedVolume(binding,selector){return`an existing PersistentVolume${binding.why==="no-default"?"":binding.storageClass===""?" without class":` of class ${classLabel(binding.storageClass)}`} that its selector (${selector}) picks`}var pvc_unbindable_default={id:"pvc-unbindable",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:'A claim that can only bind an existing PersistentVolume (class "" or no-provisioner, a selector, a class only volumes name) matches none of the PersistentVolumes given',why:'A claim whose class is `""` or names a StorageClass with provisioner `kubernetes.io/no-provisioner` (also when that class is the default given to a claim without class) is never provisioned: it waits, Pending, for a PersistentVolume that passes every binder test (access modes, capacity, volumeMode, selector, class), and so do the pods that use it. The binder compares quantities exactly, so a `10G` volume (10 000 000 000 bytes) does not satisfy a `10Gi` claim (10 737 418 240 bytes). The same holds for a claim with a `selector`, whatever its class: provisioners refuse such claims ("claim Selector is not supported"), so it binds only to a PersistentVolume whose labels the selector picks; and for a class that no StorageClass of the view defines and only PersistentVolumes name (`manual` in many tutorials). The finding names the closest PersistentVolume and the first test it fails, in binder order (for a selector, the labels the volume lacks). It is only reported when the view offers PersistentVolumes to the claim: unreserved ones (for `""` and no-provisioner classes), ones of its class (for a class only volumes name), ones its selector picks or that miss only on the labels (for a claim with a selector), or one reserved for it. A class only volumes name is a warning instead when the cluster may still define a provisioning StorageClass of that name: the configuration assumes it, or it is a platform\'s built-in class (`hostpath`, `standard`) and no `platform:` is set. A claim with a selector that no PersistentVolume in the files answers is a warning too: its volume may exist in the cluster (pass it with `--cluster`). PersistentVolumes outside the files (a local static provisioner\'s, volumes made by hand) can always exist, so a miss is an error only when the files tie the claim to the volume it misses (both in one file or one kustomization, volumeName, or a claimRef naming the claim); otherwise it is a warning that the claim needs a PersistentVolume from outside the files, with how to declare it (`--cluster` with its manifest). Claims the cluster may provision are not judged otherwise: a claim without class while the view has no default StorageClass, and a class the view does not define and no volume names.',fix:'Make the claim and its intended PersistentVolume agree: same class (`""` on both for classless volumes), a capacity at least the request (mind `G` vs `Gi`), the same volumeMode, a PV access-mode set that contains every requested mode, PV labels the selector matches. To tie them explicitly, set `spec.volumeName` on the claim and `spec.claimRef` on the PV. For a class only volumes name, add the StorageClass (`provisioner: kubernetes.io/no-provisioner` for a static-only class) so the intent is written down.',examples:{bad:`apiVersion: v1
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
`},references:["component-helpers storage/volume/pv_helpers.go (FindMatchingVolume)",'kubernetes-csi/external-provisioner pkg/controller/controller.go (Provision: "claim Selector is not supported")',"pkg/controller/volume/persistentvolume/index.go (findByClaim, allPossibleMatchingAccessModes)","pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding"],sources:[],whenNotToUse:"Turn it off when some of the static PersistentVolumes for these claims are created outside the linted files (better: pass them with `--cluster`): the rule judges claims against the volumes in the files, and a partial set of volumes looks like a complete one. Also when the provisioner of a selector claim honours selectors, as a few out-of-tree ones do."},messages:{noMatch:"{claim} matches no PersistentVolume and {notProvisioned}: the closest miss is that {reason}{defaulted}{more}{mayExist}",needsVolumeOutside:"{claim} needs a PersistentVolume from outside the files: it matches none of them and {notProvisioned}; the closest miss is that {reason}{defaulted}{more}{mayExist}",noLabelledVolume:"{claim} waits for {wanted}, because {notProvisioned}, and the files hold none{more}: it stays Pending unless the cluster has one"},check(context){let{model}=context,found=[],unlabelled=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind!=="pending")continue;if(binding.poolInView&&binding.closest&&binding.failure&&binding.failure.kind!=="taken"){if(servesUnrelatedVolumes(claim,binding))continue;found.push({claim,binding});continue}let selector=claimSelector(claim);selector&&!binding.poolInView&&judgedWithoutVolumes(model,binding)&&unlabelled.push({claim,binding,selector})}let tag=({binding})=>`${binding.failure.kind}\0${binding.closest.name}`;for(let{first:{claim,binding},count}of groupByTemplate(found,tag)){let{closest:closest2,failure}=binding,paths=failurePaths(failure,claim,closest2),selector=claimSelector(claim)!==void 0,mayExist=selector?void 0:classMayExist(model,binding),fix=fixFor(failure,closest2.name,binding),tied=pairingEvidence(claim,closest2)!==void 0;context.report({messageId:tied?"noMatch":"needsVolumeOutside",data:{claim:claimLabel(claim),notProvisioned:whyStatic(binding,selector),reason:describeFailure(failure,closest2.name),defaulted:defaultedNote(failure,claim),more:moreClaims(count),mayExist:mayExist?`; ${mayExist}`:""},resource:claim.resource,path:[...claim.path,...paths.claim],related:[{resource:closest2,path:paths.volume,message:`closest PersistentVolume ${closest2.name}`}],fix:tied?fix:`if the cluster has one (a static provisioner's, a volume made by hand), pass its manifest with --cluster${fix?`; otherwise ${fix}`:""}`,...mayExist||!tied?{severity:"warning"}:{}})}for(let{first:{claim,binding,selector},count}of groupByTemplate(unlabelled)){let provisionable=binding.why==="no-default"||binding.why==="unknown-class";context.report({messageId:"noLabelledVolume",data:{claim:claimLabel(claim),wanted:wantedVolume(binding,describeSelector(selector)),notProvisioned:whyStatic(binding,!0),more:moreClaims(count)},resource:claim.resource,path:[...claim.path,"spec","selector"],severity:"warning",fix:`if that PersistentVolume exists in the cluster, pass it with --cluster (kubectl get pv -o yaml > pvs.yaml; kstorelint --cluster pvs.yaml \u2026); otherwise create it${provisionable?", or remove spec.selector so that a StorageClass provisions the claim":""}`})}}};function servesUnrelatedVolumes(claim,binding){return binding.why!=="unknown-class"&&binding.why!=="no-default"?!1:!!binding.closest&&!isRelated(distance(claim.resource,binding.closest))}function claimSelector(claim){return selectorBlocksProvisioning(claim.object)?asLabelSelector(claim.object.spec?.selector):void 0}function judgedWithoutVolumes(model,binding){if(binding.why!=="unknown-class")return!0;let name=binding.storageClass;return isPlaceholderClassName(name)?!1:model.volumesOfClass(name).length>0||model.isAssumed("StorageClass",name)||wellKnownPlatformClass(name).length>0}function fixFor2(failure){switch(failure.kind){case"capacity":return failure.have?`storage: ${failure.have.text} (or grow the PersistentVolume to ${failure.want.text})`:void 0;case"class":return`storageClassName: ${classLabel(failure.have)}`;case"volumeMode":return`volumeMode: ${failure.have}`;case"accessModes":return`accessModes: [${failure.have.join(", ")}]`;default:return}}var pvc_volumename_mismatch_default={id:"pvc-volumename-mismatch",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names in volumeName a PersistentVolume that fails the binder's capacity, class, volumeMode or access-mode check",why:'For a claim with `volumeName` and a PersistentVolume without `claimRef`, the controller runs `checkVolumeSatisfyClaim`: the PV must hold at least the requested bytes, have the same class (a claim without class gets the default StorageClass at creation, which a classless PV does not have), the same volumeMode, and offer every requested access mode. Otherwise the claim gets `VolumeMismatch` ("Cannot bind to requested volume") and stays Pending. The label selector and node affinity are not checked for volumeName. When the PV\'s `claimRef` names the claim too, the pair binds without these checks: the claim then silently gets a smaller volume or one of the wrong mode (reported as a warning).',fix:'Make the claim agree with the PersistentVolume: request at most its capacity, use its class (`storageClassName: ""` for a classless PV), its volumeMode, and a subset of its access modes.',examples:{bad:`apiVersion: v1
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
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim, checkVolumeSatisfyClaim)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[],whenNotToUse:"Keep it on: the claim stays Pending in any cluster. Lower it only when the PersistentVolumes in the files are stand-ins for cluster volumes of another size or class."},messages:{mismatch:"{claim} cannot bind PersistentVolume {volume} named in its volumeName: {reason}{defaulted}; it stays Pending with VolumeMismatch (selector and node affinity are not checked for volumeName){more}",mutual:"{claim} and PersistentVolume {volume} name each other, so they bind without the volumeName checks and the claim gets a volume that does not fit: {reason}{defaulted}{more}"},check(context){let{model}=context,found=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind==="prebind-failed"&&binding.volume&&binding.failure&&binding.failure.kind!=="reserved"&&binding.failure.kind!=="taken")found.push({claim,volume:binding.volume,failure:binding.failure,mutual:!1});else if(binding.kind==="bound"&&binding.via==="volumeName"){let failure=prebindFailure(pvObject(binding.volume),claim.object,model.provisioning(claim).storageClass);failure&&found.push({claim,volume:binding.volume,failure,mutual:!0})}}for(let{first:{claim,volume,failure,mutual},count}of groupByTemplate(found,m=>`${m.mutual}\0${m.volume.name}\0${m.failure.kind}`)){let paths=failurePaths(failure,claim,volume),defaulted=defaultedNote(failure,claim);context.report({messageId:mutual?"mutual":"mismatch",data:{claim:claimLabel(claim),volume:volume.name,reason:describeFailure(failure,volume.name),defaulted,more:moreClaims(count)},resource:claim.resource,path:[...claim.path,...paths.claim],related:[{resource:volume,path:paths.volume,message:`PersistentVolume ${volume.name}`}],fix:fixFor2(failure),...mutual?{severity:"warning"}:{}})}}};function push(map,key2,value){let list=map.get(key2);list?list.push(value):map.set(key2,[value])}var POD_SPEC_PATHS={Pod:["spec"],Job:["spec","template","spec"],CronJob:["spec","jobTemplate","spec","template","spec"]},POD_NAMESPACE="\0pod-namespace\0";function containerCommands(object){let specPath=POD_SPEC_PATHS[String(object.kind)];if(!specPath)return[];let spec=object;for(let key2 of specPath)spec=objectOf(spec)[key2];let commands=[];for(let list of["initContainers","containers"])for(let[container,ci]of indexedObjectsOf(objectOf(spec)[list])){let env2=new Map;for(let[variable]of indexedObjectsOf(container.env)){let name=stringOf(variable.name);if(!name)continue;stringOf(objectOf(objectOf(variable.valueFrom).fieldRef).fieldPath)==="metadata.namespace"?env2.set(name,POD_NAMESPACE):typeof variable.value=="string"&&env2.set(name,variable.value)}let expand=text=>text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g,(match,name)=>name===void 0?"$":env2.get(name)??match),argv=[];for(let field of["command","args"]){let values=container[field];Array.isArray(values)&&values.forEach((value,i)=>{typeof value=="string"&&argv.push({text:expand(value),path:[...specPath,list,ci,field,i]})})}argv.length>0&&commands.push({image:stringOf(container.image)??"",argv})}return commands}function shellWords(script){let words=[],word="",quote2,started=!1,flush=()=>{started&&words.push(word),word="",started=!1};for(let i=0;i<script.length;i++){let c=script[i];if(quote2){c===quote2?quote2=void 0:word+=c;continue}if(c==="\\"&&script[i+1]===`
`){i++;continue}if(c==="#"&&!started){for(;i+1<script.length&&script[i+1]!==`
`;)i++;continue}c==='"'||c==="'"?(quote2=c,started=!0):c==="|"||c===";"||c==="&"||c===`
`?(flush(),words.push(c===`
`?";":c)):/\s/.test(c)?flush():(word+=c,started=!0)}return flush(),words}var VALUE_FLAGS=new Set(["--secret-name","--host","--cert-name","--key-name","--webhook-name","--patch-failure-policy","-n","--namespace","-o","--output","-f","--filename","--from-literal","--from-file","--from-env-file","--type","--cert","--key","--docker-server","--docker-username","--docker-password","--docker-email","--context","--kubeconfig","--field-manager","--server","--token","--user","--cluster"]);function parseCommandLine(words){let positionals=[],flags=new Map;for(let i=0;i<words.length;i++){let word=words[i];word.startsWith("-")?word.includes("=")?flags.set(word.slice(0,word.indexOf("=")),word.slice(word.indexOf("=")+1)):VALUE_FLAGS.has(word)&&i+1<words.length?flags.set(word,words[++i]):/^-n[a-z0-9]/.test(word)?flags.set("-n",word.slice(2)):flags.set(word,!0):positionals.push(word)}return{positionals,flags}}var namespaceFlag=command=>command.flags.get("-n")??command.flags.get("--namespace");function pipelines(words){let commands=[],current=[];for(let word of words)word==="|"||word===";"||word==="&"?(commands.push({segment:current,pipe:word==="|"}),current=[]):current.push(word);return commands.push({segment:current,pipe:!1}),commands.map((c,i)=>({segment:c.segment,next:c.pipe?commands[i+1]?.segment:void 0}))}var groupOf=apiVersion=>apiVersion.includes("/")?apiVersion.slice(0,apiVersion.lastIndexOf("/")):"",nameOf=object=>nonEmptyString(objectOf(object.metadata).name),specOf=object=>objectOf(object.spec),at=(...path17)=>path17,METADATA_NAME=at("metadata","name"),OWN={scope:"producer"};function suffixed(object,kind,suffixes){let name=nameOf(object);return name?suffixes.map(suffix=>({kind,name:`${name}${suffix}`,placement:OWN,path:METADATA_NAME})):[]}function namedBy(object,kind,field){let value=object;for(let key2 of field)value=objectOf(value)[key2];let explicit=nonEmptyString(value),name=explicit??nameOf(object);return name?[{kind,name,placement:OWN,path:explicit?field:METADATA_NAME}]:[]}var isTrue=value=>value===!0,isFalse=value=>value===!1,certManagerCertificate={id:"cert-manager-certificate",title:"cert-manager Certificate",groups:["cert-manager.io","certmanager.k8s.io"],kinds:["Certificate"],docs:"https://cert-manager.io/docs/usage/certificate/",produces(object){let secretName=nonEmptyString(specOf(object).secretName);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("spec","secretName")}]:[]}},INGRESS_SHIM_ANNOTATIONS=["cert-manager.io/issuer","cert-manager.io/cluster-issuer","certmanager.k8s.io/issuer","certmanager.k8s.io/cluster-issuer"],certManagerIngressShim={id:"cert-manager-ingress-shim",title:"cert-manager annotated Ingress",groups:["networking.k8s.io","extensions"],kinds:["Ingress"],docs:"https://cert-manager.io/docs/usage/ingress/",produces(object){let annotations=objectOf(objectOf(object.metadata).annotations);return INGRESS_SHIM_ANNOTATIONS.some(key2=>nonEmptyString(annotations[key2]))||annotations["kubernetes.io/tls-acme"]==="true"?indexedObjectsOf(specOf(object).tls).flatMap(([tls,i])=>{let secretName=nonEmptyString(tls.secretName);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("spec","tls",i,"secretName")}]:[]}):[]}},sealedSecret={id:"sealed-secret",title:"SealedSecret",groups:["bitnami.com"],kinds:["SealedSecret"],docs:"https://github.com/bitnami-labs/sealed-secrets#sealedsecrets-as-templates-for-secrets",produces:object=>namedBy(object,"Secret",at("spec","template","metadata","name"))},externalSecretsOperator={id:"external-secret",title:"ExternalSecret",groups:["external-secrets.io"],kinds:["ExternalSecret"],docs:"https://external-secrets.io/latest/api/externalsecret/",produces(object){let policy=stringOf(objectOf(specOf(object).target).creationPolicy);return policy==="Merge"||policy==="None"?[]:namedBy(object,"Secret",at("spec","target","name"))}},kubernetesExternalSecrets={id:"kubernetes-external-secret",title:"ExternalSecret (kubernetes-external-secrets)",groups:["kubernetes-client.io"],kinds:["ExternalSecret"],docs:"https://github.com/external-secrets/kubernetes-external-secrets#how-to-use-it",produces:object=>namedBy(object,"Secret",METADATA_NAME)},secretProviderClass={id:"secrets-store-csi-sync",title:"SecretProviderClass",groups:["secrets-store.csi.x-k8s.io"],kinds:["SecretProviderClass"],docs:"https://secrets-store-csi-driver.sigs.k8s.io/topics/sync-as-kubernetes-secret",produces(object){return indexedObjectsOf(specOf(object).secretObjects).flatMap(([entry2,i])=>{let secretName=nonEmptyString(entry2.secretName);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("spec","secretObjects",i,"secretName")}]:[]})}},kustomizeGenerators={id:"kustomize-generators",title:"kustomize generator",groups:["kustomize.config.k8s.io"],kinds:["Kustomization","Component"],docs:"https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/configmapgenerator/",sources:["https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/"],produces(object){return[["configMapGenerator","ConfigMap"],["secretGenerator","Secret"]].flatMap(([field,kind])=>indexedObjectsOf(object[field]).flatMap(([generator,i])=>{let name=nonEmptyString(generator.name);return name?[{kind,name,placement:{scope:"any"},path:at(field,i,"name")}]:[]}))}},openShiftServingCert={id:"openshift-serving-cert",title:"OpenShift service serving certificate",groups:[""],kinds:["Service"],docs:"https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/security_and_compliance/configuring-certificates#add-service-serving",produces(object){let annotations=objectOf(objectOf(object.metadata).annotations);return["service.beta.openshift.io/serving-cert-secret-name","service.alpha.openshift.io/serving-cert-secret-name"].flatMap(key2=>{let secretName=nonEmptyString(annotations[key2]);return secretName?[{kind:"Secret",name:secretName,placement:OWN,path:at("metadata","annotations",key2)}]:[]})}},strimziKafkaUser={id:"strimzi-kafka-user",title:"Strimzi KafkaUser",groups:["kafka.strimzi.io"],kinds:["KafkaUser"],docs:"https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaUserSpec-reference",produces(object){let type=stringOf(objectOf(specOf(object).authentication).type);return type==="tls"||type==="scram-sha-512"?namedBy(object,"Secret",METADATA_NAME):[]}},strimziKafka={id:"strimzi-kafka",title:"Strimzi Kafka",groups:["kafka.strimzi.io"],kinds:["Kafka"],docs:"https://strimzi.io/docs/operators/latest/deploying.html#ref-certificates-and-secrets-str",produces:object=>[...suffixed(object,"Secret",["-cluster-ca","-cluster-ca-cert","-clients-ca","-clients-ca-cert"]),...suffixed(object,"Service",["-kafka-bootstrap","-kafka-brokers"])]},zalandoSecretName=(user,cluster)=>`${user.replace(/_/g,"-")}.${cluster}.credentials.postgresql.acid.zalan.do`,zalandoPostgresql={id:"zalando-postgresql",title:"Zalando postgresql",groups:["acid.zalan.do"],kinds:["postgresql"],docs:"https://github.com/zalando/postgres-operator/blob/master/docs/user.md#manifest-roles",sources:["https://github.com/zalando/postgres-operator/blob/master/docs/reference/operator_parameters.md (secret_name_template, super_username, replication_username, connection_pooler_user)","https://github.com/zalando/postgres-operator/blob/master/docs/quickstart.md (Services named like the cluster, replicas with -repl)","pkg/cluster/k8sres.go generateSingleUserSecret: no Secret for NOLOGIN roles"],produces(object){let cluster=nameOf(object);if(!cluster)return[];let spec=specOf(object),secret=(user,path17)=>({kind:"Secret",name:zalandoSecretName(user,cluster),placement:OWN,path:path17}),out=[secret("postgres",METADATA_NAME),secret("standby",METADATA_NAME)];for(let[user,flags]of Object.entries(objectOf(spec.users)))Array.isArray(flags)&&flags.some(flag=>String(flag).toLowerCase()==="nologin")||out.push(secret(user,at("spec","users",user)));for(let[database,prepared]of Object.entries(objectOf(spec.preparedDatabases))){let path17=at("spec","preparedDatabases",database);if(isTrue(objectOf(prepared).defaultUsers))for(let role of["owner","reader","writer"])out.push(secret(`${database}_${role}_user`,path17));for(let[schema,settings]of Object.entries(objectOf(objectOf(prepared).schemas)))if(isTrue(objectOf(settings).defaultUsers))for(let role of["owner","reader","writer"])out.push(secret(`${database}_${schema}_${role}_user`,[...path17,"schemas",schema]))}return out.push(...suffixed(object,"Service",["","-repl"])),isTrue(spec.enableConnectionPooler)&&out.push(secret("pooler",at("spec","enableConnectionPooler")),...suffixed(object,"Service",["-pooler"])),isTrue(spec.enableReplicaConnectionPooler)&&out.push(...suffixed(object,"Service",["-pooler-repl"])),out}},cnpgCluster={id:"cloudnative-pg-cluster",title:"CloudNativePG Cluster",groups:["postgresql.cnpg.io"],kinds:["Cluster"],docs:"https://cloudnative-pg.io/documentation/current/applications/#secrets",sources:["https://cloudnative-pg.io/documentation/current/service_management/","api/v1/cluster_types.go (secret suffixes -app, -superuser, -ca, -server, -replication) and api/v1/cluster_funcs.go (Get*SecretName, ShouldCreateApplicationSecret)"],produces(object){let name=nameOf(object);if(!name)return[];let spec=specOf(object),own=(kind,suffix)=>({kind,name:`${name}${suffix}`,placement:OWN,path:METADATA_NAME}),out=[],bootstrap=objectOf(spec.bootstrap),method=isObject(bootstrap.recovery)?"recovery":isObject(bootstrap.pg_basebackup)?"pg_basebackup":"initdb",ownSecret=nonEmptyString(objectOf(objectOf(bootstrap[method]).secret).name),replica=isTrue(objectOf(spec.replica).enabled);!ownSecret&&!(replica&&method!=="initdb")&&out.push(own("Secret","-app")),isTrue(spec.enableSuperuserAccess)&&!nonEmptyString(objectOf(spec.superuserSecret).name)&&out.push(own("Secret","-superuser"));let certificates=objectOf(spec.certificates);(!nonEmptyString(certificates.serverCASecret)||!nonEmptyString(certificates.clientCASecret))&&out.push(own("Secret","-ca")),nonEmptyString(certificates.serverTLSSecret)||out.push(own("Secret","-server")),nonEmptyString(certificates.replicationTLSSecret)||out.push(own("Secret","-replication"));let services=objectOf(objectOf(spec.managed).services),disabled=new Set(Array.isArray(services.disabledDefaultServices)?services.disabledDefaultServices.map(String):[]);out.push(own("Service","-rw"));for(let type of["ro","r"])disabled.has(type)||out.push(own("Service",`-${type}`));for(let[additional,i]of indexedObjectsOf(services.additional)){let serviceName=nonEmptyString(objectOf(objectOf(additional.serviceTemplate).metadata).name);serviceName&&out.push({kind:"Service",name:serviceName,placement:OWN,path:at("spec","managed","services","additional",i,"serviceTemplate","metadata","name")})}return out}},cnpgPooler={id:"cloudnative-pg-pooler",title:"CloudNativePG Pooler",groups:["postgresql.cnpg.io"],kinds:["Pooler"],docs:"https://cloudnative-pg.io/documentation/current/connection_pooling/",sources:["pkg/specs/pgbouncer/services.go (Service named like the Pooler)"],produces:object=>[...suffixed(object,"Secret",[""]),...suffixed(object,"Service",[""])]},redisEnterpriseDatabase={id:"redis-enterprise-database",title:"Redis Enterprise database",groups:["app.redislabs.com"],kinds:["RedisEnterpriseDatabase"],docs:"https://redis.io/docs/latest/operate/kubernetes/security/authentication/manage-redb-credentials/",produces(object){let spec=specOf(object);if(nonEmptyString(spec.databaseSecretName)||isFalse(spec.defaultUser))return[];let name=nameOf(object);return name?[{kind:"Secret",name:`redb-${name}`,placement:OWN,path:METADATA_NAME}]:[]}},redisEnterpriseCluster={id:"redis-enterprise-cluster",title:"Redis Enterprise cluster",groups:["app.redislabs.com"],kinds:["RedisEnterpriseCluster"],docs:"https://redis.io/docs/latest/operate/kubernetes/security/manage-rec-credentials/",produces:object=>suffixed(object,"Secret",[""])},cockroachCluster={id:"cockroachdb-cluster",title:"CockroachDB CrdbCluster",groups:["crdb.cockroachlabs.com"],kinds:["CrdbCluster"],docs:"https://www.cockroachlabs.com/docs/stable/secure-cockroachdb-kubernetes",sources:["https://github.com/cockroachdb/cockroach-operator/blob/master/pkg/resource/cluster.go (NodeTLSSecretName, ClientTLSSecretName, CASecretName, DiscoveryServiceName, PublicServiceName)"],produces(object){let spec=specOf(object),out=suffixed(object,"Service",["","-public"]);if(!isTrue(spec.tlsEnabled))return out;let nodeSecret=nonEmptyString(spec.nodeTLSSecret),clientSecret=nonEmptyString(spec.clientTLSSecret);return nodeSecret||out.push(...suffixed(object,"Secret",["-node"])),clientSecret||out.push(...suffixed(object,"Secret",["-root"])),(!nodeSecret||!clientSecret)&&out.push(...suffixed(object,"Secret",["-ca"])),out}};function eckHttp(object,short){let tlsDisabled=isTrue(objectOf(objectOf(objectOf(specOf(object).http).tls).selfSignedCertificate).disabled);return[...suffixed(object,"Service",[`-${short}-http`]),...tlsDisabled?[]:suffixed(object,"Secret",[`-${short}-http-certs-public`])]}var ECK_HTTP_DOCS="https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-services.html",ECK_TLS_DOCS="https://www.elastic.co/docs/deploy-manage/security/k8s-https-settings",eckElasticsearch={id:"eck-elasticsearch",title:"ECK Elasticsearch",groups:["elasticsearch.k8s.elastic.co"],kinds:["Elasticsearch"],docs:"https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-users-and-roles.html",sources:[ECK_HTTP_DOCS,ECK_TLS_DOCS],produces(object){return[...isTrue(objectOf(specOf(object).auth).disableElasticUser)?[]:suffixed(object,"Secret",["-es-elastic-user"]),...eckHttp(object,"es")]}},eckStack=(id,title,group,kind,short)=>({id,title,groups:[group],kinds:[kind],docs:ECK_HTTP_DOCS,sources:[ECK_TLS_DOCS],produces:object=>eckHttp(object,short)}),eckKibana=eckStack("eck-kibana","ECK Kibana","kibana.k8s.elastic.co","Kibana","kb"),eckEnterpriseSearch=eckStack("eck-enterprise-search","ECK Enterprise Search","enterprisesearch.k8s.elastic.co","EnterpriseSearch","ent"),eckApmServer={...eckStack("eck-apm-server","ECK APM Server","apm.k8s.elastic.co","ApmServer","apm"),sources:[ECK_TLS_DOCS,"https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-apm-connecting.html (secret token in <name>-apm-token)"],produces:object=>[...eckHttp(object,"apm"),...suffixed(object,"Secret",["-apm-token"])]},eckAgent={...eckStack("eck-agent","ECK Elastic Agent (Fleet Server)","agent.k8s.elastic.co","Agent","agent"),produces:object=>isTrue(specOf(object).fleetServerEnabled)?eckHttp(object,"agent"):[]},rookCephCluster={id:"rook-ceph-cluster",title:"Rook CephCluster",groups:["ceph.rook.io"],kinds:["CephCluster"],docs:"https://rook.io/docs/rook/latest/Troubleshooting/disaster-recovery/",sources:["https://rook.io/docs/rook/latest/Storage-Configuration/Monitoring/ceph-dashboard/ (rook-ceph-dashboard-password)"],produces(object){let fixed=(kind,name)=>({kind,name,placement:OWN,path:METADATA_NAME}),out=["rook-ceph-mon","rook-ceph-admin-keyring","rook-ceph-config","rook-ceph-mons-keyring"].map(name=>fixed("Secret",name));return out.push(fixed("ConfigMap","rook-ceph-mon-endpoints")),isTrue(objectOf(specOf(object).dashboard).enabled)&&out.push(fixed("Secret","rook-ceph-dashboard-password")),out}},rookObjectStore={id:"rook-ceph-object-store",title:"Rook CephObjectStore",groups:["ceph.rook.io"],kinds:["CephObjectStore"],docs:"https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/object-storage/",produces(object){let name=nameOf(object);return name?[{kind:"Service",name:`rook-ceph-rgw-${name}`,placement:OWN,path:METADATA_NAME}]:[]}},rookObjectStoreUser={id:"rook-ceph-object-store-user",title:"Rook CephObjectStoreUser",groups:["ceph.rook.io"],kinds:["CephObjectStoreUser"],docs:"https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/object-storage/#create-a-user",produces(object){let name=nameOf(object),store=nonEmptyString(specOf(object).store);return name&&store?[{kind:"Secret",name:`rook-ceph-object-user-${store}-${name}`,placement:OWN,path:at("spec","store")}]:[]}},rookCephClient={id:"rook-ceph-client",title:"Rook CephClient",groups:["ceph.rook.io"],kinds:["CephClient"],docs:"https://rook.io/docs/rook/latest/CRDs/ceph-client-crd/",sources:["https://rook.io/docs/rook/latest/CRDs/specification/ (ClientSpec.secretName: default rook-ceph-client-<name>)"],produces(object){let explicit=nonEmptyString(specOf(object).secretName),name=nameOf(object);return explicit?[{kind:"Secret",name:explicit,placement:OWN,path:at("spec","secretName")}]:name?[{kind:"Secret",name:`rook-ceph-client-${name}`,placement:OWN,path:METADATA_NAME}]:[]}},objectBucketClaim={id:"object-bucket-claim",title:"ObjectBucketClaim",groups:["objectbucket.io"],kinds:["ObjectBucketClaim"],docs:"https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/ceph-object-bucket-claim/",produces:object=>[...suffixed(object,"Secret",[""]),...suffixed(object,"ConfigMap",[""])]},LITERAL_NAME=/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;function placementOf(namespace){return namespace===void 0||namespace===POD_NAMESPACE?OWN:typeof namespace=="string"&&LITERAL_NAME.test(namespace)?{scope:"namespace",namespace}:void 0}function kubectlCreated(segment,next){let command=parseCommandLine(segment.slice(1)),[verb,resource,...rest]=command.positionals;if(verb!=="create")return;let kind,name;if(resource==="secret"&&["generic","tls","docker-registry"].includes(rest[0]??""))[kind,name]=["Secret",rest[1]];else if(resource==="configmap"||resource==="cm")[kind,name]=["ConfigMap",rest[0]];else return;if(!name||!LITERAL_NAME.test(name))return;let namespace=namespaceFlag(command);if(command.flags.has("--dry-run")){if(!next||!next[0]?.endsWith("kubectl"))return;let writer=parseCommandLine(next.slice(1));if(!["apply","create","replace"].includes(writer.positionals[0]??""))return;namespace??=namespaceFlag(writer)}let placement=placementOf(namespace);return placement?{kind,name,placement}:void 0}var kubectlInPod={id:"kubectl-create",title:"kubectl create in a pod",groups:["","batch"],kinds:["Pod","Job","CronJob"],docs:"https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret/",sources:["https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_configmap/"],produces(object){let out=[];for(let{argv}of containerCommands(object)){let sources=[{words:argv.map(a=>a.text),pathOf:name=>(argv.find(a=>a.text===name)??argv[0]).path},...argv.filter(a=>/\s/.test(a.text)&&a.text.includes("kubectl")).map(a=>({words:shellWords(a.text),pathOf:()=>a.path}))];for(let{words,pathOf}of sources)for(let{segment,next}of pipelines(words)){let start=segment.findIndex(word=>word==="kubectl"||word.endsWith("/kubectl")),created=start<0?void 0:kubectlCreated(segment.slice(start),next);created&&out.push({...created,path:pathOf(created.name)})}}return out}},kubeWebhookCertgen={id:"kube-webhook-certgen",title:"kube-webhook-certgen create",groups:["","batch"],kinds:["Pod","Job","CronJob"],docs:"https://github.com/kubernetes/ingress-nginx/tree/main/images/kube-webhook-certgen",sources:["images/kube-webhook-certgen/rootfs/cmd/create.go (--secret-name and --namespace are required)"],produces(object){return containerCommands(object).flatMap(({image,argv})=>{if(!image.includes("kube-webhook-certgen"))return[];let command=parseCommandLine(argv.map(a=>a.text));if(!command.positionals.includes("create"))return[];let name=command.flags.get("--secret-name"),placement=placementOf(command.flags.get("--namespace"));if(typeof name!="string"||!LITERAL_NAME.test(name)||!placement)return[];let path17=(argv.find(a=>a.text.endsWith(name))??argv[0]).path;return[{kind:"Secret",name,placement,path:path17}]})}},PRODUCERS=[certManagerCertificate,certManagerIngressShim,sealedSecret,externalSecretsOperator,kubernetesExternalSecrets,secretProviderClass,kustomizeGenerators,openShiftServingCert,strimziKafkaUser,strimziKafka,zalandoPostgresql,cnpgCluster,cnpgPooler,redisEnterpriseDatabase,redisEnterpriseCluster,cockroachCluster,eckElasticsearch,eckKibana,eckApmServer,eckEnterpriseSearch,eckAgent,rookCephCluster,rookObjectStore,rookObjectStoreUser,rookCephClient,objectBucketClaim,kubectlInPod,kubeWebhookCertgen],byKind=new Map;for(let producer of PRODUCERS)for(let kind of producer.kinds){let list=byKind.get(kind)??[];list.push(producer),byKind.set(kind,list)}function producersFor(apiVersion,kind){let group=groupOf(apiVersion);return(byKind.get(kind)??[]).filter(producer=>producer.groups.includes(group))}function producedBy(object){let apiVersion=stringOf(object.apiVersion),kind=stringOf(object.kind);return!apiVersion||!kind?[]:producersFor(apiVersion,kind).flatMap(producer=>producer.produces(object).map(produced=>({...produced,producer})))}function isBuiltInGroup(group){return["","apps","batch","autoscaling","policy","extensions"].includes(group)||group.endsWith(".k8s.io")}function isDelimitedPart(part,whole){if(part==="")return!1;let before=i=>i===0?"edge":whole[i-1]==="."?"dot":whole[i-1]==="-"?"dash":void 0,after=i=>i===whole.length?"edge":whole[i]==="."?"dot":whole[i]==="-"?"dash":void 0;for(let i=whole.indexOf(part);i>=0;i=whole.indexOf(part,i+1)){let[start,end]=[before(i),after(i+part.length)];if(!(!start||!end)&&(start==="edge"||end==="edge"||start==="dot"&&end==="dot"))return!0}return!1}var SCRAPE_CONFIGURATION={"monitoring.coreos.com":["ServiceMonitor","PodMonitor","Probe","PrometheusRule","ScrapeConfig"],"monitoring.googleapis.com":["PodMonitoring","ClusterPodMonitoring","ClusterNodeMonitoring","Rules","ClusterRules","GlobalRules"]};function probableProducer(name,namespace,candidates2){let best;for(let candidate of candidates2){let group=groupOf(candidate.apiVersion);candidate.namespace!==namespace||isBuiltInGroup(group)||!isDelimitedPart(candidate.name,name)||SCRAPE_CONFIGURATION[group]?.includes(candidate.kind)||producersFor(candidate.apiVersion,candidate.kind).length>0||(!best||candidate.name.length>best.name.length||candidate.name.length===best.name.length&&`${candidate.kind}/${candidate.name}`<`${best.kind}/${best.name}`)&&(best=candidate)}return best}var NEAR_MISS_SCOPES=["namespace","cluster"],isMissing3=resolution=>resolution.outcome!=="found"&&resolution.outcome!=="assumed",CONFUSED_KINDS={PersistentVolumeClaim:["PersistentVolume"],ConfigMap:["Secret"],Secret:["ConfigMap"]},isConfigKind=kind=>kind==="ConfigMap"||kind==="Secret",kindsOf=reference=>typeof reference.kind=="string"?[reference.kind]:reference.kind,namespaceFor=(kind,namespace)=>isClusterScoped(kind)?void 0:namespace,byCodeUnit=(a,b)=>a<b?-1:a>b?1:0,objectTarget=resource=>({kind:resource.kind,name:resource.name,namespace:resource.namespace,origin:"object",resource,path:["metadata","name"],label:describe(resource)}),claimTarget=claim=>({kind:"PersistentVolumeClaim",name:claim.name,namespace:claim.namespace,origin:claim.origin==="object"?"object":"produced",resource:claim.resource,path:[...claim.path,"metadata","name"],label:claimLabel(claim)});function configTarget(object){let produced=object.origin!=="object"&&object.origin!=="cluster";return{kind:object.kind,name:object.name,namespace:object.namespace,origin:produced?"produced":object.origin==="cluster"?"cluster":"object",...object.resource?{resource:object.resource}:{},path:object.path,label:object.resource&&produced?`${describe(object.resource)} creates ${object.kind} ${object.name}`:`${object.kind} ${object.namespace}/${object.name}`,...object.keys?{keys:new Set(object.keys.keys())}:{}}}var producedTarget=entry2=>({kind:entry2.kind,name:entry2.name,namespace:entry2.namespace,origin:"produced",resource:entry2.resource,path:entry2.path,label:`${describe(entry2.resource)} creates ${entry2.kind} ${entry2.name}`}),defaultClassTarget=name=>({kind:"StorageClass",name,namespace:void 0,origin:"cluster",path:[],label:`StorageClass ${name} (the cluster's default, from the configuration)`}),ReferenceResolver=class{constructor(model){this.model=model}model;resolved=new Map;claimsByName;producedByName;claimsByNamespace;objectsByNamespace;resolve(reference){let key2=[...kindsOf(reference),"",reference.namespace??"",reference.name,...reference.keys??[]].join("\0"),answers=this.resolved.get(reference.from.resource);answers||(answers=new Map,this.resolved.set(reference.from.resource,answers));let resolution=answers.get(key2);return resolution||(resolution=this.compute(reference),answers.set(key2,resolution)),resolution}compute(reference){let{name,from}=reference,kinds=kindsOf(reference),reach2=kind=>this.source(kind).reachable(kind,namespaceFor(kind,reference.namespace),name,from.resource),found=kinds.flatMap(reach2);if(found.length>0)return{outcome:"found",targets:nearest(from.resource,found,target=>target.resource)};if(kinds.some(kind=>this.model.isAssumed(kind,name,namespaceFor(kind,reference.namespace))))return{outcome:"assumed"};let broken=this.model.brokenDefinitions.find(definition=>kinds.includes(definition.kind)&&definition.name===name&&definition.namespace===namespaceFor(definition.kind,reference.namespace));if(broken)return{outcome:"broken-definition",definition:broken};for(let kind of kinds.flatMap(k=>CONFUSED_KINDS[k]??[]).filter(k=>!kinds.includes(k))){let mixUps=reach2(kind).filter(target=>!isSameObject(target,from.resource));if(mixUps.length>0&&canServe(mixUps,reference.keys??[]))return{outcome:"other-kind",kind,targets:mixUps,related:nearTo(from.resource,mixUps)}}let elsewhere=kinds.flatMap(kind=>isClusterScoped(kind)?[]:this.source(kind).anywhere(kind,name));if(elsewhere.length>0)return{outcome:"other-namespace",namespaces:[...new Set(elsewhere.map(target=>target.namespace??""))].sort(byCodeUnit),targets:elsewhere,related:nearTo(from.resource,elsewhere)};let candidates2=nearMisses(name,kinds.flatMap(kind=>this.source(kind).inScope(kind,namespaceFor(kind,reference.namespace))),from.resource);if(candidates2.length>0)return{outcome:"near-miss",candidates:candidates2};let namespace=kinds.some(kind=>!isClusterScoped(kind))?reference.namespace:void 0,producer=probableProducer(name,namespace,this.model.resources);return producer?{outcome:"probable-producer",producer}:{outcome:"not-in-view"}}claimTargets=new Map;claimTarget(claim){let target=this.claimTargets.get(claim);return target||(target=claimTarget(claim),this.claimTargets.set(claim,target)),target}producedNamed(kind,name){return this.producedByName??=indexBy2(this.model.produced,entry2=>`${entry2.kind}\0${entry2.name}`),this.producedByName.get(`${kind}\0${name}`)??[]}source(kind){return kind==="PersistentVolumeClaim"?this.claimSource:isConfigKind(kind)?this.configSource:this.objectSource}claimSource={reachable:(_kind,namespace,name,from)=>nearest(from,this.model.claimsNamed(namespace??"",name),claim=>claim.resource).map(claim=>this.claimTarget(claim)),anywhere:(_kind,name)=>(this.claimsByName??=indexBy2(this.model.claims,claim=>claim.name),(this.claimsByName.get(name)??[]).map(claim=>this.claimTarget(claim))),inScope:(_kind,namespace)=>(this.claimsByNamespace??=indexBy2(this.model.claims,claim=>claim.namespace),(this.claimsByNamespace.get(namespace??"")??[]).map(claim=>this.claimTarget(claim)))};configSource={reachable:(kind,namespace,name,from)=>this.model.configObjects.reachable(kind,namespace??"",declaredNamespace(from)!==void 0,name).map(configTarget),anywhere:(kind,name)=>this.model.configObjects.named(kind,name).map(configTarget),inScope:(kind,namespace)=>{let objects=this.model.configObjects;return[...new Set(objects.namesIn(kind,namespace??""))].flatMap(name=>objects.named(kind,name).filter(object=>object.namespace===namespace).map(configTarget))}};objectSource={reachable:(kind,namespace,name)=>[...this.model.findAll(kind,name,namespace).map(objectTarget),...this.producedNamed(kind,name).filter(entry2=>entry2.namespace===void 0||entry2.namespace===namespace).map(producedTarget),...kind==="StorageClass"&&name===this.model.options.defaultStorageClass?[defaultClassTarget(name)]:[]],anywhere:(kind,name)=>[...this.model.findInAnyNamespace(kind,name).map(objectTarget),...this.producedNamed(kind,name).map(producedTarget)],inScope:(kind,namespace)=>namespace===void 0?this.model.ofKind(kind).map(objectTarget):(this.objectsByNamespace??=indexBy2(this.model.resources,resource=>`${resource.kind}\0${resource.namespace??""}`),(this.objectsByNamespace.get(`${kind}\0${namespace}`)??[]).map(objectTarget))}};function indexBy2(items,key2){let index2=new Map;for(let item of items)push(index2,key2(item),item);return index2}var isSameObject=(target,resource)=>target.kind===resource.kind&&target.name===resource.name&&target.namespace===resource.namespace;function canServe(targets,keys){return targets.some(target=>target.keys===void 0)?!0:keys.every(key2=>targets.some(target=>target.keys?.has(key2)))}var scopeOf=target=>target.namespace===void 0?"cluster":"namespace",nearTo=(from,targets)=>targets.some(target=>target.resource===void 0||isRelated(distance(from,target.resource)));function nearMisses(name,candidates2,from){let maxDistance=Math.max(2,Math.floor(name.length/3)),byName=new Map;for(let candidate of candidates2)candidate.name!==""&&candidate.name!==name&&push(byName,candidate.name,candidate);let misses=[];for(let[candidate,targets]of byName){let distance2=editDistance(name.toLowerCase(),candidate.toLowerCase());if(distance2>maxDistance)continue;let scope=NEAR_MISS_SCOPES[Math.min(...targets.map(target=>NEAR_MISS_SCOPES.indexOf(scopeOf(target))))];misses.push({name:candidate,distance:distance2,scope,targets,related:from===void 0||nearTo(from,targets)})}return misses.sort((a,b)=>Number(b.related)-Number(a.related)||NEAR_MISS_SCOPES.indexOf(a.scope)-NEAR_MISS_SCOPES.indexOf(b.scope)||a.distance-b.distance||byCodeUnit(a.name,b.name))}var pvc_volumename_not_found_default={id:"pvc-volumename-not-found",severity:"warning",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names in volumeName a PersistentVolume that is not in the view",why:'A claim with `spec.volumeName` binds only that PersistentVolume. When no PersistentVolume has that name the controller logs "volume not found, will try again next time" and the claim stays Pending without any event, so nothing in `kubectl describe` explains why its pods do not start. PersistentVolumes are often made outside the files (by an administrator, or kept from an earlier claim with reclaim policy Retain), so a name that is simply not in the files is a warning that says how to declare the volume (`assume:`, or its manifest with `--cluster`); it is an error only with evidence of a slip: a PersistentVolume of a near name, or the name of a claim written beside it given where a volume belongs.',fix:"Fix the name in `volumeName`, or add the PersistentVolume (with a `claimRef` back to the claim).",examples:{bad:`apiVersion: v1
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
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncUnboundClaim: volume not found, will try again next time)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume"],sources:[{tool:"Monokle",check:"LNK001 (no-missing-links)"}],whenNotToUse:"Turn it off, or declare the volumes, when PersistentVolumes are created outside the linted files (by an administrator, a storage operator or another repository), as is common with static provisioning."},messages:{missing:"{claim} names PersistentVolume '{volume}' in volumeName, but no PersistentVolume has that name; the claim stays Pending{more}",claimInstead:"{claim} names '{volume}' in volumeName, which is a PersistentVolumeClaim, not a PersistentVolume; the claim stays Pending{more}"},check(context){let{model}=context,missing=[];for(let claim of model.claims){if(!model.isFirstCopy(claim))continue;let binding=model.binding(claim);if(binding.kind!=="prebind-failed")continue;let from={resource:claim.resource,path:[...claim.path,"spec","volumeName"]},reference={kind:"PersistentVolume",namespace:void 0,name:binding.volumeName,from};isMissing3(model.resolveReference(reference))&&missing.push({claim,reference})}for(let{first:{claim,reference},count}of groupByTemplate(missing)){let data={claim:claimLabel(claim),volume:reference.name,more:moreClaims(count)},named=model.claimsNamed(claim.namespace,reference.name).filter(other=>other.name!==claim.name&&distance(claim.resource,other.resource).nearness==="file");if(named.length>0){context.report({messageId:"claimInstead",data,resource:reference.from.resource,path:reference.from.path,related:named.map(other=>({resource:other.resource,path:[...other.path,"metadata","name"],message:claimLabel(other)})),fix:`volumeName takes a PersistentVolume's name: the one claim ${reference.name} is bound to (kubectl get pvc ${reference.name}, column VOLUME)`,severity:"error"});continue}reportMissingReference(context,reference,{notFound:({didYouMean})=>({messageId:"missing",data,fix:didYouMean})})}}};var pvc_volumename_reserved_elsewhere_default={id:"pvc-volumename-reserved-elsewhere",severity:"error",category:"binding",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim names in volumeName a PersistentVolume whose claimRef reserves it for another claim",why:'The PersistentVolume can only bind the claim its `claimRef` names (name and namespace). The claim that names the volume in `volumeName` gets the event `volume "X" already bound to a different claim` and stays Pending forever. A `claimRef` without a namespace names a claim that cannot exist, so it blocks every claim.',fix:"Make the two sides agree: set the PersistentVolume's `claimRef` to this claim's namespace and name, or point `volumeName` at the PersistentVolume reserved for this claim.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/api/persistentvolumeclaim/util.go (GetWarningsForPersistentVolumeClaimSpec: fractional byte value)","pkg/api/pod/warnings.go (ephemeral volume claim templates)","staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go"],sources:[{tool:"Kubernetes API server",check:'warning: fractional byte value "500m" is invalid, must be an integer',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolumeclaim/util.go"}],whenNotToUse:"Turn it off only for test manifests that use sub-byte sizes on purpose; on a storage size in real manifests, `m` is always a mistake for `M` or `Mi`."},messages:{fractional:"{subject} sets {field} to '{value}', which is not a whole number of bytes (rounded up to {bytes}){hint}"},check(context){for(let site of storageQuantities(context.model)){if(isPlaceholderValue(site.value))continue;let parsed=parseQuantity(site.value);if(!parsed.ok||!isPositive(parsed.quantity)||!hasFractionalBytes(parsed.quantity))continue;let{quantity}=parsed,fixes=fractionalFixes(quantity),milli=quantity.text.endsWith("m");reportWrittenValue(context,{messageId:"fractional",data:{subject:site.subject,field:quantityFieldText(site.field),value:quantity.text,bytes:`${quantityBytes(quantity)} ${quantityBytes(quantity)===1n?"byte":"bytes"}`,hint:milli?"; 'm' means milli (1/1000), not mega":""},resource:site.resource,path:site.path,fix:milli?`did you mean ${orList(fixes)}?`:`storage: ${fixes[0]}`})}}};var describeFix=text=>{let parsed=parseQuantity(text);return parsed.ok?`'${text}' (${quantityBytes(parsed.quantity)} bytes)`:`'${text}'`},quantity_invalid_default={id:"quantity-invalid",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A storage size that is not a Kubernetes quantity (`10GB`, `1K`, `5gi`, `1 Gi`)",why:"The API server parses sizes with `resource.ParseQuantity`, which is case-sensitive and knows no `B`: `10GB`, `1K`, `5gi`, `1KiB`, `1 Gi` or `1e` are rejected (`quantities must match the regular expression \u2026` / `unable to parse quantity's suffix`), so the PersistentVolume or claim is never created. Covers PV `capacity.storage` and `resources.requests.storage` / `resources.limits.storage` of claims and ephemeral volume templates; an invalid request in a StatefulSet claim template is reported by `sts-claim-template-invalid`.",fix:"Use a number with one of the suffixes `k`, `M`, `G`, `T`, `P`, `E` (powers of 1000) or `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei` (powers of 1024), spelt exactly: `10G` or `10Gi`, `1k` or `1Ki`, `5Gi`. A plain number is bytes.",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity)","staging/src/k8s.io/apimachinery/pkg/api/resource/suffix.go","https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/"],sources:[{tool:"Kubernetes API server",check:'ParseQuantity: "quantities must match the regular expression \u2026"',url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/api/resource/quantity.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{invalid:"{subject} sets {field} to '{value}', which is not a valid quantity; suffixes are case-sensitive (k, M, G, T, P, E or Ki, Mi, Gi, Ti, Pi, Ei) and there is no 'B'"},check(context){for(let site of storageQuantities(context.model)){if(site.origin==="statefulset"&&site.field==="request"||typeof site.value!="string"&&typeof site.value!="number"||isPlaceholderValue(site.value)||parseQuantity(site.value).ok)continue;let value=String(site.value),fixes=quantityFixes(value.trim());reportWrittenValue(context,{messageId:"invalid",data:{subject:site.subject,field:quantityFieldText(site.field),value},resource:site.resource,path:site.path,fix:fixes.length>0?`did you mean ${fixes.map(describeFix).join(" or ")}?`:void 0})}}};var isAbsent=value=>value==null,quantity_not_positive_default={id:"quantity-not-positive",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume capacity or claim storage request that is missing, zero or negative (or a negative limit)",why:'The API server requires `capacity.storage` of a PersistentVolume and `resources.requests.storage` of a claim (also of an ephemeral volume template) to be greater than zero (`ValidatePositiveQuantityValue`: "must be greater than zero"), and the request to be present ("spec.resources[storage]: Required value"); a storage limit may not be negative. Degenerate values such as `"."` or `"+"` parse as zero. StatefulSet claim templates are checked by `sts-claim-template-invalid`; a PersistentVolume without capacity by `pv-spec-invalid`.',fix:"Give the size the volume should have, e.g. `storage: 10Gi`.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec, ValidatePositiveQuantityValue, validateBasicResource)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/"],sources:[{tool:"Kubernetes API server",check:'ValidatePositiveQuantityValue: "must be greater than zero"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{missing:"{subject} has no resources.requests.storage; the API server requires a storage request greater than zero",notPositive:"{subject} sets {field} to '{value}'; it must be greater than zero",negative:"{subject} sets {field} to '{value}'; it may not be negative"},check(context){let report3=(site,messageId,value)=>reportWrittenValue(context,{messageId,data:{subject:site.subject,field:quantityFieldText(site.field),value},resource:site.resource,path:site.path});for(let site of storageQuantities(context.model)){if(site.origin==="statefulset"&&site.field==="request")continue;if(isAbsent(site.value)){site.field==="request"&&!site.partial&&reportWrittenValue(context,{messageId:"missing",data:{subject:site.subject},resource:site.resource,path:site.path,fix:"resources: {requests: {storage: 10Gi}}"});continue}if(isPlaceholderValue(site.value))continue;let parsed=parseQuantity(site.value);if(!parsed.ok)continue;let{quantity}=parsed;site.field==="limit"?quantity.numerator<0n&&report3(site,"negative",quantity.text):isPositive(quantity)||report3(site,"notPositive",quantity.text)}}};var reclaim_policy_recycle_default={id:"reclaim-policy-recycle",severity:"warning",category:"deprecation",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume uses the deprecated Recycle reclaim policy",why:'Recycle is deprecated: the API server answers with the warning "The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning." When the claim is deleted, the controller runs a scrub pod that does `rm -rf` on the volume contents and offers the volume to the next claim, so data of one tenant is wiped, not kept. Only hostPath and NFS volumes have a recycler; any other volume goes `Failed` ("No recycler plugin found for the volume!"). A StorageClass never accepts Recycle (reported by storageclass-invalid).',fix:"Use `Retain` (keep the data, clean up by hand) or dynamic provisioning with a StorageClass whose `reclaimPolicy` is `Delete`.",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/reference/using-api/deprecation-guide/","https://kubernetes.io/docs/reference/using-api/deprecation-policy/","https://github.com/kubernetes-csi/external-snapshotter/blob/master/CHANGELOG/CHANGELOG-6.0.md"],sources:[{tool:"Pluto",check:"detect-files",url:"https://github.com/FairwindsOps/pluto"},{tool:"kube-score",check:"stable-version",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"},{tool:"KubeLinter",check:"no-extensions-v1beta",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Monokle",check:"K8S002 (deprecation-violated)"},{tool:"Monokle",check:"K8S003 (removal-violated)"},{tool:"Datree",check:"K8S_DEPRECATED_APIVERSION_1.16 \u2026 1.24, K8S_REMOVED_APIVERSION_1.22 \u2026 1.27"},{tool:"Kubernetes API server",check:"warning: <apiVersion> <Kind> is deprecated in v1.X+, unavailable in v1.Y+; use <replacement>"}],whenNotToUse:"Turn it off when Pluto or a similar version gate already runs on the same manifests; otherwise keep it, with `--kube-version` set to the newest cluster you deploy to."},messages:{removed:"{object} uses apiVersion {apiVersion}, which Kubernetes 1.{removedIn} removed (target {version}); {instead}",deprecated:"{object} uses apiVersion {apiVersion}, which is deprecated and removed in Kubernetes 1.{removedIn} (target {version}); {instead}"},check(context){let version=context.model.options.kubeVersion,minor=kubeMinor(version);for(let resource of context.model.resources){let api=removedApi(resource.apiVersion,resource.kind);if(!api)continue;let lifecycle=apiLifecycle(api,minor),instead=api.replacement?api.changes?`use ${api.replacement} (${api.changes})`:`use ${api.replacement}`:api.changes??`${resource.kind} has no successor`;context.report({messageId:lifecycle,data:{object:describe(resource),apiVersion:resource.apiVersion,removedIn:api.removedIn,version,instead},resource,path:["apiVersion"],severity:lifecycle==="removed"?"error":"warning",fix:selectorFix(resource.object,resource.kind,api.replacement)??(api.replacement?`apiVersion: ${api.replacement}`:void 0)})}}};var ANN_BIND_COMPLETED="pv.kubernetes.io/bind-completed",ANN_BOUND_BY_CONTROLLER="pv.kubernetes.io/bound-by-controller",ANN_PROVISIONED_BY="pv.kubernetes.io/provisioned-by",SERVER_FIELDS=[{field:"metadata.resourceVersion",path:["metadata","resourceVersion"],severity:"error"},{field:"metadata.uid",path:["metadata","uid"],severity:"warning"},{field:"metadata.creationTimestamp",path:["metadata","creationTimestamp"],severity:"warning"},{field:"metadata.selfLink",path:["metadata","selfLink"],severity:"warning"},{field:"metadata.managedFields",path:["metadata","managedFields"],severity:"warning"},{field:"metadata.generation",path:["metadata","generation"],severity:"warning"},{field:"status",path:["status"],severity:"warning"}];function isMeaningful(value){return value==null||value===""||value===0||value===!1?!1:Array.isArray(value)?value.some(isMeaningful):isObject(value)?Object.values(value).some(isMeaningful):!0}var isZeroVersion=value=>value==="0"||value===0;function serverFieldsOf(object){let metadata=isObject(object.metadata)?object.metadata:{};return SERVER_FIELDS.filter(({path:path17})=>{let value=path17[0]==="status"?object.status:metadata[path17[1]];return isMeaningful(value)&&!(path17[1]==="resourceVersion"&&isZeroVersion(value))})}function exportedClaimRef(pv){let spec=isObject(pv.spec)?pv.spec:{},ref=isObject(spec.claimRef)?spec.claimRef:{},text=value=>typeof value=="string"||typeof value=="number"?String(value):"";return{uid:text(ref.uid),resourceVersion:text(ref.resourceVersion)}}function reclaimPolicyOf(pv){let policy=(isObject(pv.spec)?pv.spec:{}).persistentVolumeReclaimPolicy;return typeof policy=="string"&&policy!==""?policy:"Retain"}function releasedOutcome(policy){switch(policy){case"Delete":return"its reclaim policy Delete deletes the backing disk";case"Recycle":return"its reclaim policy Recycle scrubs its data";default:return"never binds again"}}function controllerFinalizer(finalizer){let attacher=/^external-attacher\/(.+)$/.exec(finalizer);if(attacher)return{owner:`the external-attacher of CSI driver '${attacher[1]}'`,when:"once no VolumeAttachment uses the volume"};if(finalizer==="external-provisioner.volume.kubernetes.io/finalizer")return{owner:"the CSI driver's external-provisioner",when:"after it has deleted the backing volume (KEP-2644)"};if(finalizer.startsWith("snapshot.storage.kubernetes.io/"))return{owner:"the snapshot-controller",when:"once no snapshot is being taken from it or bound to it"}}var has=(annotations,key2)=>Object.prototype.hasOwnProperty.call(annotations,key2),restore_bind_completed_default={id:"restore-bind-completed",severity:"error",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolumeClaim carries the binder's own pv.kubernetes.io annotations from an export",why:"The presence of `pv.kubernetes.io/bind-completed` sends a new claim straight down the \"already bound\" path of the PV controller. If its PV still has a claimRef (always the case for an exported PV: the old uid, or none at all, never equals the new claim's uid) the claim goes to phase Lost with a ClaimMisbound event, and Lost is terminal; with an empty volumeName it is Lost at once. `pv.kubernetes.io/bound-by-controller` tells the controller that it made the link itself, so on a conflict it undoes it instead of keeping the user's pre-binding.",fix:"Delete the `pv.kubernetes.io/bind-completed` and `pv.kubernetes.io/bound-by-controller` annotations; keep `spec.volumeName` to pre-bind the claim to its restored PV.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncClaim, syncBoundClaim: ClaimLost, ClaimMisbound)","component-helpers storage/volume/pv_helpers.go (AnnBindCompleted, AnnBoundByController)"],sources:[],whenNotToUse:"Turn it off only for exported state kept for reference or diffing and never applied; applied, every finding is a claim that goes Lost."},messages:{claimRef:"{claim} has annotation '{annotation}' and PersistentVolume {volume} has a claimRef the new claim's uid cannot match; the controller marks the claim Lost (ClaimMisbound)",noVolumeName:"{claim} has annotation '{annotation}' but no spec.volumeName; the controller marks it Lost at once",volumeElsewhere:"{claim} has annotation '{annotation}' and names PersistentVolume {volume}, which is not in these files; if the live volume still has a claimRef (it does after a restore) the claim goes Lost",boundByController:"{claim} has annotation '{annotation}' from an export; the controller treats its link to PersistentVolume {volume} as its own and undoes it on a conflict"},check(context){let{model}=context;for(let spec of model.claimSpecs){let annotations=objectOf(objectOf(spec.object.metadata).annotations),bindCompleted=has(annotations,ANN_BIND_COMPLETED);if(!bindCompleted&&!has(annotations,ANN_BOUND_BY_CONTROLLER))continue;let annotation2=bindCompleted?ANN_BIND_COMPLETED:ANN_BOUND_BY_CONTROLLER,path17=[...spec.path,"metadata","annotations",annotation2],base2={claim:spec.label,annotation:annotation2},fix=`remove the annotation${bindCompleted&&has(annotations,ANN_BOUND_BY_CONTROLLER)?"s":""} ${[ANN_BIND_COMPLETED,ANN_BOUND_BY_CONTROLLER].filter(k=>has(annotations,k)).join(" and ")}`,volumeName=nonEmptyString(objectOf(spec.object.spec).volumeName),pv=volumeName?model.persistentVolume(volumeName):void 0,related=pv?[{resource:pv,path:["spec","claimRef"],message:`PersistentVolume ${pv.name}`}]:[];bindCompleted?volumeName?pv?claimRefOf(pvObjectOf(pv))&&context.report({messageId:"claimRef",data:{...base2,volume:volumeName},resource:spec.resource,path:path17,related,fix}):context.report({messageId:"volumeElsewhere",data:{...base2,volume:volumeName},resource:spec.resource,path:path17,fix,severity:"warning"}):context.report({messageId:"noVolumeName",data:base2,resource:spec.resource,path:path17,fix}):context.report({messageId:"boundByController",data:{...base2,volume:volumeName??"(none)"},resource:spec.resource,path:path17,related,fix,severity:"warning"})}}};var restore_claimref_uid_default={id:"restore-claimref-uid",severity:"error",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A PersistentVolume keeps the claimRef uid of the claim it was exported with",why:'A re-created claim gets a new uid. The PV controller sees a claimRef whose uid matches no live claim, decides the claim was deleted and marks the volume Released: with reclaim policy Delete the backing disk is deleted, with Retain the volume never binds again, and the claim that names it in volumeName stays Pending ("already bound to a different claim"). A stale claimRef.resourceVersion is ignored by the binder but shows the same unsanitised export.',fix:"Remove `uid` and `resourceVersion` from `spec.claimRef` (keep `name` and `namespace` to reserve the volume), or drop `claimRef` entirely and let the claim name the volume in `volumeName`. Set `persistentVolumeReclaimPolicy: Retain` while restoring.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume, reclaimVolume, deleteVolumeOperation)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reserving-a-persistentvolume","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaiming"],sources:[],whenNotToUse:"Turn it off only for exported state kept for reference or `kubectl diff`, where the uid is expected; never for manifests that re-create volumes."},messages:{uid:"PersistentVolume {volume} keeps claimRef.uid '{uid}' of PersistentVolumeClaim {claim}; the re-created claim gets a new uid, so the volume goes Released and {outcome}",resourceVersion:"PersistentVolume {volume} keeps claimRef.resourceVersion '{version}' of PersistentVolumeClaim {claim}; the binder ignores it, but it marks an unsanitised export"},check(context){let{model}=context;for(let volume of model.persistentVolumes){let pv=pvObjectOf(volume),{uid,resourceVersion}=exportedClaimRef(pv),ref=claimRefOf(pv),claim=ref?`${ref.namespace}/${ref.name}`:"(unnamed)",claimObject=ref?model.claim(ref.namespace,ref.name):void 0,related=claimObject?[{resource:claimObject.resource,path:claimObject.path,message:`PersistentVolumeClaim ${claim}`}]:[];uid!==""?context.report({messageId:"uid",data:{volume:volume.name,uid,claim,outcome:releasedOutcome(reclaimPolicyOf(pv))},resource:volume,path:["spec","claimRef","uid"],related,fix:resourceVersion!==""?"remove spec.claimRef.uid and spec.claimRef.resourceVersion":"remove spec.claimRef.uid"}):resourceVersion!==""&&context.report({messageId:"resourceVersion",data:{volume:volume.name,version:resourceVersion,claim},resource:volume,path:["spec","claimRef","resourceVersion"],related,fix:"remove spec.claimRef.resourceVersion",severity:"warning"})}}};var KINDS=["PersistentVolume","PersistentVolumeClaim","VolumeSnapshot","VolumeSnapshotContent"],restore_controller_finalizers_default={id:"restore-controller-finalizers",severity:"warning",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A re-declared PersistentVolume, claim or snapshot keeps a finalizer that a storage controller added (external-attacher, external-provisioner, snapshot-controller)",why:"Finalizers are the controllers' own marks: the CSI external-attacher adds `external-attacher/<driver>` to a PersistentVolume it attaches, the external-provisioner adds `external-provisioner.volume.kubernetes.io/finalizer` to a volume it must delete (KEP-2644), the snapshot-controller adds `snapshot.storage.kubernetes.io/\u2026` to a claim being snapshotted and to snapshots. Exported with `kubectl get -o yaml` and applied again, the finalizer comes along, and the object can only be deleted once that controller removes it: in a cluster where the driver or the snapshot-controller is not installed, `kubectl delete` leaves the object Terminating forever. The protection finalizers are harmless to keep and not reported: `kubernetes.io/pv-protection` and `kubernetes.io/pvc-protection` are added again on every create by the StorageObjectInUseProtection admission plugin and removed by kube-controller-manager, and `kubernetes.io/pv-controller` by the PV controller, which every cluster runs.",fix:'Delete the controller finalizers from `metadata.finalizers` before applying (the controller adds its finalizer again when it attaches, provisions or snapshots); if an object is already stuck, remove the finalizer with `kubectl patch \u2026 --type=json -p \'[{"op":"remove","path":"/metadata/finalizers/0"}]\'` once nothing uses the volume.',examples:{bad:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-0b5c4a1e
  finalizers:
    - kubernetes.io/pv-protection
    - external-attacher/ebs-csi-aws-com # expect: restore-controller-finalizers/controllerFinalizer@7
spec:
  storageClassName: ""
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f67890
`,good:`apiVersion: v1
kind: PersistentVolume
metadata:
  name: pvc-0b5c4a1e
  finalizers:
    - kubernetes.io/pv-protection
spec:
  storageClassName: ""
  capacity:
    storage: 20Gi
  accessModes: [ReadWriteOnce]
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0a1b2c3d4e5f67890
`},references:["kubernetes-csi/external-attacher pkg/controller/csi_handler.go (PV finalizer added on attach, removed when no VolumeAttachment uses the PV)","https://github.com/kubernetes/enhancements/tree/master/keps/sig-storage/2644-honor-pv-reclaim-policy (external-provisioner.volume.kubernetes.io/finalizer, kubernetes.io/pv-controller)","kubernetes-csi/external-snapshotter pkg/utils/util.go (PVCFinalizer, VolumeSnapshotAsSourceFinalizer, VolumeSnapshotBoundFinalizer, VolumeSnapshotContentFinalizer)","plugin/pkg/admission/storage/storageobjectinuseprotection/admission.go (adds the pv-protection and pvc-protection finalizers on create)","https://kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/"],sources:[],whenNotToUse:"Turn it off for directories of exported state kept for diffing or backup and never applied, or when the objects are always restored into a cluster that runs the same drivers and snapshot-controller."},messages:{controllerFinalizer:"{object} keeps finalizer '{finalizer}' from an export; only {owner} removes it, {when}: where it does not run, deleting the {kind} leaves it Terminating forever"},check(context){for(let kind of KINDS)for(let resource of context.model.ofKind(kind)){let finalizers=resource.object.metadata?.finalizers;Array.isArray(finalizers)&&finalizers.forEach((finalizer,index2)=>{if(typeof finalizer!="string")return;let owned=controllerFinalizer(finalizer);owned&&context.report({messageId:"controllerFinalizer",data:{object:describe(resource),finalizer,owner:owned.owner,when:owned.when,kind},resource,path:["metadata","finalizers",index2],fix:`remove '${finalizer}' from metadata.finalizers`})})}}};var restore_provisioned_pv_delete_default={id:"restore-provisioned-pv-delete",severity:"warning",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A re-declared, dynamically provisioned PersistentVolume keeps reclaim policy Delete",why:"A PV annotated `pv.kubernetes.io/provisioned-by` was created by a provisioner; declaring it again in a manifest (a restore, a migration) hands the existing disk to the PV controller. With `persistentVolumeReclaimPolicy: Delete`, the disk is destroyed as soon as its claim is deleted, or when the controller decides the claim is gone: a stale claimRef uid, a claim bound elsewhere. Restores should never be one mistake away from deleting the data they restore.",fix:"Set `persistentVolumeReclaimPolicy: Retain` on restored volumes; switch back to Delete (kubectl patch) once the claim is Bound and verified.",examples:{bad:`apiVersion: v1
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
`},references:["apiserver pkg/storage/etcd3/store.go (ErrResourceVersionSetOnCreate)","apiserver pkg/registry/rest/meta.go (FillObjectMetaSystemFields)","pkg/registry/core/persistentvolume/strategy.go (PrepareForCreate clears status)"],sources:[{tool:"Kubernetes API server",check:'"resourceVersion should not be set on objects to be created"'}],whenNotToUse:"Turn it off for directories of exported state kept for diffing or backup and never applied with `kubectl create` or `kubectl apply`."},messages:{resourceVersion:"{object} sets server-owned {fields}; creating it fails because metadata.resourceVersion is '{value}' ('resourceVersion should not be set on objects to be created')",serverOwned:"{object} sets server-owned {fields}, which the API server ignores or overwrites on create; the manifest looks like an unsanitised export"},check(context){for(let resource of context.model.resources){let owned=serverFieldsOf(resource.object);if(owned.length===0)continue;let main=owned.find(({field})=>field==="metadata.resourceVersion")??owned[0],fields=joinFields(owned.map(({field})=>field)),common={resource,path:main.path,fix:`delete ${fields}`},object=describe(resource);if(main.field==="metadata.resourceVersion"){let value=String(objectOf(resource.object.metadata).resourceVersion);context.report({...common,messageId:"resourceVersion",data:{object,fields,value}})}else context.report({...common,messageId:"serverOwned",data:{object,fields},severity:"warning"})}}};function joinFields(fields){return fields.length===1?fields[0]:`${fields.slice(0,-1).join(", ")} and ${fields.at(-1)}`}var NON_ATTACHING_SOURCES=["nfs","hostPath","local","cephfs","glusterfs","quobyte","flexVolume"],NON_ATTACHING_DRIVERS=new Set(["efs.csi.aws.com","fsx.csi.aws.com","s3.csi.aws.com","nfs.csi.k8s.io","smb.csi.k8s.io","file.csi.azure.com","blob.csi.azure.com","filestore.csi.storage.gke.io","gcsfuse.csi.storage.gke.io","cephfs.csi.ceph.com","nfs.csi.ceph.com"]),NON_ATTACHING_PROVISIONERS=new Set(["rancher.io/local-path","docker.io/hostpath","microk8s.io/hostpath","k8s.io/minikube-hostpath","kubernetes.io/host-path","openebs.io/local","kubernetes.io/azure-file","kubernetes.io/glusterfs","kubernetes.io/quobyte"]);function driverAttaches(driver,attachRequired){return attachRequired?.(driver)??!NON_ATTACHING_DRIVERS.has(driver)}function provisionerAttaches(provisioner,attachRequired){return NON_ATTACHING_PROVISIONERS.has(provisioner)?!1:driverAttaches(provisioner,attachRequired)}function volumeAttaches(pv,attachRequired){let spec=pv.spec??{};if(NON_ATTACHING_SOURCES.some(source=>spec[source]!==void 0&&spec[source]!==null))return!1;let csi=spec.csi;return csi&&typeof csi.driver=="string"?driverAttaches(csi.driver,attachRequired):!0}var INLINE_DISK_SOURCES=["gcePersistentDisk","awsElasticBlockStore","azureDisk","cinder","rbd","iscsi","fc"],ALWAYS_RWO="readOnly does not help: it is attached ReadWriteOnce",ebsVolumeId=id=>id.startsWith("aws://")?id.replace(/^aws:\/\/[^/]*\/+/,""):id;function identityOf(source,spec){switch(source){case"gcePersistentDisk":{let name=nonEmptyString(spec.pdName);return name?{id:name,name,field:"pdName"}:void 0}case"awsElasticBlockStore":{let name=nonEmptyString(spec.volumeID);return name?{id:ebsVolumeId(name),name,field:"volumeID"}:void 0}case"azureDisk":{let uri=nonEmptyString(spec.diskURI);return uri?{id:uri.toLowerCase(),name:nonEmptyString(spec.diskName)??uri,field:"diskURI"}:void 0}case"cinder":{let name=nonEmptyString(spec.volumeID);return name?{id:name,name,field:"volumeID"}:void 0}case"rbd":{let image=nonEmptyString(spec.image),name=image&&`${nonEmptyString(spec.pool)??"rbd"}/${image}`;return name?{id:name,name,field:"image"}:void 0}case"iscsi":{let iqn=nonEmptyString(spec.iqn),portal=nonEmptyString(spec.targetPortal),lun=typeof spec.lun=="number"?spec.lun:0;return iqn&&portal?{id:`${portal}|${iqn}|${lun}`,name:`${iqn} lun ${lun}`,field:"iqn"}:void 0}case"fc":{let wwids=Array.isArray(spec.wwids)?spec.wwids.filter(w=>typeof w=="string"):[];if(wwids.length>0)return{id:[...wwids].sort().join(","),name:wwids.join(", "),field:"wwids"};let wwns=Array.isArray(spec.targetWWNs)?spec.targetWWNs.filter(w=>typeof w=="string"):[],lun=typeof spec.lun=="number"?spec.lun:void 0;return wwns.length===0||lun===void 0?void 0:{id:`${[...wwns].sort().join(",")}|${lun}`,name:`${wwns.join(", ")} lun ${lun}`,field:"targetWWNs"}}}}function secondNode(source,readOnly){switch(source){case"awsElasticBlockStore":case"azureDisk":case"cinder":return{singleNode:"attach-refused",...readOnly?{readOnlyIgnored:ALWAYS_RWO}:{}};case"gcePersistentDisk":return readOnly?{}:{singleNode:"attach-refused"};case"rbd":return readOnly?{}:{singleNode:"map-refused"};case"iscsi":case"fc":return readOnly?{}:{singleNode:"unguarded"}}}function inlineDiskOf(volume){let entry2=objectOf(volume),source=INLINE_DISK_SOURCES.find(name=>entry2[name]!==void 0&&entry2[name]!==null);if(!source)return;let spec=objectOf(entry2[source]),identity4=identityOf(source,spec),readOnly=spec.readOnly===!0,named=identity4?{id:identity4.id,label:`${source} '${identity4.name}'`,path:[source,identity4.field]}:{label:`${source} volume '${nonEmptyString(entry2.name)??""}'`,path:[source]};return{source,...named,readOnly,...secondNode(source,readOnly)}}function attachRequiredIn(model){return driver=>{let csiDriver=model.find("CSIDriver",driver);if(!csiDriver)return;let value=objectOf(csiDriver.object.spec).attachRequired;return typeof value=="boolean"?value:!0}}function claimAttaches(model,binding,attachRequired){switch(binding.kind){case"bound":return volumeAttaches(pvObject(binding.volume),attachRequired);case"dynamic":{let provisioner=nonEmptyString(binding.classResource.object.provisioner);return provisioner===void 0||provisionerAttaches(provisioner,attachRequired)}case"pending":{if(binding.why!=="no-provisioner")return!0;let pool=model.volumesOfClass(binding.storageClass);return pool.length===0||pool.some(pv=>volumeAttaches(pvObject(pv),attachRequired))}case"prebind-failed":return binding.volume===void 0||volumeAttaches(pvObject(binding.volume),attachRequired);case"unresolved":return!0}}function claimAccess(model,claim){let binding=model.binding(claim),attaches=claimAttaches(model,binding,attachRequiredIn(model));return binding.kind==="bound"?{modes:volumeAccessModes(pvObject(binding.volume)),volume:binding.volume,resource:binding.volume,path:["spec","accessModes"],attaches}:{modes:claimAccessModes(claim.object),resource:claim.resource,path:[...claim.path,"spec","accessModes"],attaches}}var enforcedAcrossNodes=use=>use.kind==="disk"||use.podExclusive||use.access.attaches,sharedTarget=use=>use.kind==="claim"?use.claim:use.disk.id===void 0?void 0:`${use.disk.source}\0${use.disk.id}`;function pluginGone(model,source){let fate=VOLUME_PLUGIN_FATES[source];return fate?.kind==="gone"&&kubeMinor(model.options.kubeVersion)>=fate.removedIn}function diskUses(model,workload){let uses=[],seen=new Set;for(let{volume,path:path17}of workload.volumes){let disk=inlineDiskOf(volume);if(!disk?.singleNode||pluginGone(model,disk.source))continue;let key2=`${disk.source}\0${disk.id??String(path17.at(-1))}`;seen.has(key2)||(seen.add(key2),uses.push({kind:"disk",workload,volumeName:typeof volume.name=="string"?volume.name:"",path:[...path17,...disk.path],podExclusive:!1,disk:{...disk,singleNode:disk.singleNode}}))}return uses}function singleWriterUses(model,workload){let uses=[];if(model.isFragment(workload.resource))return uses;let seen=new Set;for(let use of model.volumeClaims(workload)){if(use.naming!=="claimName"||use.replacedByTemplate||seen.has(use.name))continue;seen.add(use.name);let candidates2=use.claims.map(({claim:claim2})=>({claim:claim2,access:claimAccess(model,claim2)}));if(candidates2.length===0||!candidates2.every(({access:access2})=>isSingleWriter(access2.modes)))continue;let[{claim,access}]=candidates2;uses.push({kind:"claim",workload,claim,access,volumeName:use.volumeName,path:use.path,podExclusive:access.modes.includes("ReadWriteOncePod")})}return[...uses,...diskUses(model,workload)]}function describeTarget(use){if(use.kind==="claim")return describeAccess(use);let inline=`${use.disk.label} written inline`;return use.disk.readOnlyIgnored?`${inline} (${use.disk.readOnlyIgnored})`:inline}function secondNodeMeets(disk){switch(disk.singleNode){case"attach-refused":return"cannot attach it (Multi-Attach error)";case"map-refused":return`cannot map it (rbd image${disk.id===void 0?"":` ${disk.id}`} is still being used)`;case"unguarded":return"can mount it read-write too: nothing stops a second node, and two nodes writing one filesystem corrupt it"}}function targetRelated(use){return use.kind==="claim"?[accessRelated(use)]:[]}function describeAccess(use){let modes2=use.access.modes.join(", "),claim=`PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;return use.access.volume?`${claim}, bound to PersistentVolume ${use.access.volume.name} (${modes2})`:`${claim} (${modes2})`}function accessRelated(use){let owner=use.access.volume?`PersistentVolume ${use.access.volume.name}`:`PersistentVolumeClaim ${use.claim.namespace}/${use.claim.name}`;return{resource:use.access.resource,path:use.access.path,message:`accessModes of ${owner}: ${use.access.modes.join(", ")}`}}var joinAnd=items=>items.length<=1?items.join(""):`${items.slice(0,-1).join(", ")} and ${items[items.length-1]}`;function messageOf(use,others,s){let workload=describeWorkload(use.workload);return use.kind==="claim"?{messageId:use.podExclusive?"podExclusive":"multiAttach",data:{workload,claim:describeTarget(use),others,s}}:{messageId:use.disk.singleNode==="unguarded"?"diskUnguarded":"diskSingleNode",data:{workload,disk:describeTarget(use),meets:secondNodeMeets(use.disk),others,s}}}var rwo_claim_shared_by_workloads_default={id:"rwo-claim-shared-by-workloads",severity:"warning",category:"multi-attach",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"Two workloads mount the same ReadWriteOnce or ReadWriteOncePod claim, or the same block disk written inline",why:"A ReadWriteOnce volume is attached to one node at a time: pods of another workload that land on a different node wait in ContainerCreating with `Multi-Attach error`, and nothing tells the scheduler to keep them together (warning: it works only while every pod happens to share a node). A ReadWriteOncePod claim may be used by one pod in the whole cluster: the second workload's pod is unschedulable for as long as the first one runs (error). Typical cases: a backup CronJob or a sidecar Deployment mounting a database's claim. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet that check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume. The same holds for a block disk written inline in the pod template (gcePersistentDisk, awsElasticBlockStore, azureDisk, cinder, rbd, iscsi, fc), which every pod of the template shares: the cloud disks are migrated to CSI and attached as ReadWriteOnce (gcePersistentDisk as ReadOnlyMany when `readOnly: true`, so a read-only PD serves any number of nodes; awsElasticBlockStore, azureDisk and cinder stay ReadWriteOnce even when read-only), the kubelet refuses to map a read-write rbd image another node uses, and nothing stops iscsi or fc, whose read-write filesystem two nodes then corrupt. Inline `csi:` volumes are one ephemeral volume per pod and never attach.",fix:"Give each workload its own claim, run the second task inside the first workload's pod (a sidecar or an init container), or use a volume that supports ReadWriteMany. If the pods must share one RWO disk, pin them to one node with pod affinity (fragile).",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/csi-translation-lib/plugins/gce_pd.go, aws_ebs.go, azure_disk.go, openstack_cinder.go (TranslateInTreeInlineVolumeToCSI: access modes of an inline disk)","pkg/volume/csimigration/plugin_manager.go (TranslateInTreeSpecToCSI: an inline volume is attached as the translated PersistentVolume)",'pkg/volume/rbd/rbd_util.go (AttachDisk: "rbd image \u2026 is still being used")',"pkg/volume/csi/csi_plugin.go (CanAttach is false for ephemeral inline volumes)","pkg/volume/util/util.go (IsMultiAttachAllowed)","pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)","pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)","pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[],whenNotToUse:"Turn it off when all pods run on one node on purpose (a single-node cluster, k3s at the edge, pods pinned together with pod affinity), where a ReadWriteOnce volume can serve every pod of that node."},messages:{multiAttach:"{workload} mounts {claim}, which {others} also mount{s}; their pods work only while all of them run on one node, the others wait for Multi-Attach",podExclusive:"{workload} mounts {claim}, which {others} also mount{s}; ReadWriteOncePod lets one pod use it, so only one of these workloads can run at a time",diskSingleNode:"{workload} mounts {disk}, which {others} also mount{s}; their pods work only while all of them run on one node, pods on any other node {meets} and wait in ContainerCreating",diskUnguarded:"{workload} mounts {disk}, which {others} also mount{s}; pods on different nodes {meets}"},check(context){let{model}=context,byTarget=new Map;for(let workload of model.workloads)for(let use of singleWriterUses(model,workload).filter(enforcedAcrossNodes)){let target=sharedTarget(use);target!==void 0&&byTarget.set(target,[...byTarget.get(target)??[],use])}for(let all of byTarget.values())for(let use of all.slice(1)){let uses=use.kind==="claim"?all:all.filter(u=>u===use||distance(use.workload.resource,u.workload.resource).nearness!=="elsewhere"),first=uses[0];if(first===use)continue;let self=describeWorkload(use.workload),others=[...new Set(uses.map(u=>describeWorkload(u.workload)))].filter(name=>name!==self);others.length!==0&&context.report({...messageOf(use,joinAnd(others),others.length===1?"s":""),resource:use.workload.resource,path:use.path,related:[...targetRelated(use),{resource:first.workload.resource,path:first.path,message:`${describeWorkload(first.workload)} mounts it here`}],severity:use.podExclusive?"error":"warning",fix:use.kind==="claim"?"a claim per workload, a sidecar in one pod, or a ReadWriteMany volume":"a disk per workload, a sidecar in one pod, or a ReadWriteMany volume"})}}};var REPLICAS_FIX={Deployment:"replicas: 1 with strategy: {type: Recreate}, a StatefulSet with volumeClaimTemplates, or a ReadWriteMany volume",StatefulSet:"move the claim to volumeClaimTemplates (one claim per replica), or use a ReadWriteMany volume"};function explain(model,workload,cause,count){let hpa=model.autoscalerOf(workload),hpaName=hpa?`HorizontalPodAutoscaler ${hpa.resource.namespace}/${hpa.resource.name}`:"an autoscaler",jobSpec=workload.kind==="CronJob"?["spec","jobTemplate","spec"]:["spec"];switch(cause){case"replicas":return{runs:`runs ${count} pods at once (replicas: ${count})`,fix:REPLICAS_FIX[workload.kind]??"replicas: 1, or a ReadWriteMany volume",related:{resource:workload.resource,path:["spec","replicas"],message:`replicas of ${describeWorkload(workload)}`}};case"hpa-min":case"hpa-max":return{runs:cause==="hpa-min"?`is kept at ${count} or more pods by ${hpaName}`:`may be scaled to ${count} pods by ${hpaName}`,fix:"maxReplicas: 1 (or no autoscaler), or a ReadWriteMany volume",related:hpa&&{resource:hpa.resource,path:["spec",cause==="hpa-min"?"minReplicas":"maxReplicas"],message:hpaName}};case"daemonset":return{runs:"runs one pod on every eligible node",fix:"a ReadWriteMany volume, or a node-local volume (hostPath, local PV) per node"};case"parallelism":return{runs:`runs ${count} pods at once (parallelism)`,fix:"parallelism: 1, or a ReadWriteMany volume",related:{resource:workload.resource,path:[...jobSpec,"parallelism"],message:`parallelism of ${describeWorkload(workload)}`}};case"cronjob-overlap":return{runs:"may start a run while the previous one still runs (concurrencyPolicy Allow, the default)",fix:"concurrencyPolicy: Forbid",related:{resource:workload.resource,path:["spec","concurrencyPolicy"],message:`concurrencyPolicy of ${describeWorkload(workload)}`}}}}function messageOf2(use,workload,runs){return use.kind==="claim"?{messageId:use.podExclusive?"podExclusive":"multiAttach",data:{workload,runs,claim:describeTarget(use)}}:{messageId:use.disk.singleNode==="unguarded"?"diskUnguarded":"diskSingleNode",data:{workload,runs,disk:describeTarget(use),meets:secondNodeMeets(use.disk)}}}var rwo_multiple_pods_default={id:"rwo-multiple-pods",severity:"warning",category:"multi-attach",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"Several pods of one workload mount the same ReadWriteOnce or ReadWriteOncePod claim, or the same block disk written inline",why:"ReadWriteOnce means one node: the attach/detach controller refuses to attach the volume to a second node (`Multi-Attach error \u2026 Volume is already used by pod(s)`), so every pod that is not scheduled onto the node holding the attachment stays in ContainerCreating. Nothing makes the scheduler put the pods together. ReadWriteOncePod means one pod: the scheduler keeps every other pod Pending. Several pods at once come from `replicas` > 1 (Deployment, ReplicaSet, ReplicationController, a StatefulSet that lists the claim under `volumes`), a DaemonSet (one pod per node), Job `parallelism` > 1 or an autoscaler `minReplicas` > 1 (error); an autoscaler that may scale above one replica or a CronJob whose runs may overlap (`concurrencyPolicy: Allow`, the default) are reported as warnings. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet that check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume. The same holds for a block disk written inline in the pod template (gcePersistentDisk, awsElasticBlockStore, azureDisk, cinder, rbd, iscsi, fc), which every pod of the template shares: the cloud disks are migrated to CSI and attached as ReadWriteOnce (gcePersistentDisk as ReadOnlyMany when `readOnly: true`, so a read-only PD serves any number of nodes; awsElasticBlockStore, azureDisk and cinder stay ReadWriteOnce even when read-only), the kubelet refuses to map a read-write rbd image another node uses, and nothing stops iscsi or fc, whose read-write filesystem two nodes then corrupt. Inline `csi:` volumes are one ephemeral volume per pod and never attach.",fix:"Run one pod (`replicas: 1` with `strategy: {type: Recreate}`, `parallelism: 1`, `concurrencyPolicy: Forbid`), give every replica its own claim with a StatefulSet's `volumeClaimTemplates`, or use a volume that supports ReadWriteMany.",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/csi-translation-lib/plugins/gce_pd.go, aws_ebs.go, azure_disk.go, openstack_cinder.go (TranslateInTreeInlineVolumeToCSI: access modes of an inline disk)","pkg/volume/csimigration/plugin_manager.go (TranslateInTreeSpecToCSI: an inline volume is attached as the translated PersistentVolume)",'pkg/volume/rbd/rbd_util.go (AttachDisk: "rbd image \u2026 is still being used")',"pkg/volume/csi/csi_plugin.go (CanAttach is false for ephemeral inline volumes)","pkg/volume/util/util.go (IsMultiAttachAllowed)","pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)","pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)","pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes","https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy"],sources:[],whenNotToUse:"Turn it off on single-node clusters (local development, edge devices), where every pod lands on the node that holds the ReadWriteOnce attachment; ReadWriteOncePod claims fail there too, so keep it if you use them."},messages:{multiAttach:"{workload} {runs}, and every pod mounts {claim}; pods on any other node than the first wait for Multi-Attach",podExclusive:"{workload} {runs}, and every pod mounts {claim}; ReadWriteOncePod lets only one pod use it, the others stay Pending",diskSingleNode:"{workload} {runs}, and every pod mounts {disk}; pods on any other node than the first {meets} and wait in ContainerCreating",diskUnguarded:"{workload} {runs}, and every pod mounts {disk}; pods on other nodes {meets}"},check(context){let{model}=context;for(let workload of model.workloads){let concurrency=model.concurrency(workload);if(!concurrency)continue;let several=concurrency.count>1&&concurrency.cause?{count:concurrency.count,cause:concurrency.cause,definite:!0}:concurrency.possible&&{...concurrency.possible,definite:!1};if(!several)continue;let uses=singleWriterUses(model,workload).filter(enforcedAcrossNodes);if(uses.length===0)continue;let cause=explain(model,workload,several.cause,several.count);for(let use of uses)context.report({...messageOf2(use,describeWorkload(workload),cause.runs),resource:workload.resource,path:use.path,related:[...targetRelated(use),...cause.related?[cause.related]:[]],fix:cause.fix,severity:several.definite&&use.podExclusive?"error":"warning"})}}};var isRecord=value=>typeof value=="object"&&value!==null&&!Array.isArray(value),recordOf=value=>isRecord(value)?value:{},isCount=value=>typeof value=="number"&&Number.isInteger(value)&&value>=0;function scaledIntOrPercent(value,total,roundUp){if(typeof value=="number")return Number.isInteger(value)?value:void 0;if(typeof value!="string"||!value.endsWith("%"))return;let digits=value.slice(0,-1);if(!/^[+-]?[0-9]+$/.test(digits))return;let scaled=Number.parseInt(digits,10)*total/100;return roundUp?Math.ceil(scaled):Math.floor(scaled)}function resolveFenceposts(maxSurge,maxUnavailable,desired){let surge=scaledIntOrPercent(maxSurge??"25%",desired,!0),unavailable=scaledIntOrPercent(maxUnavailable??"25%",desired,!1);if(!(surge===void 0||unavailable===void 0))return{surge,unavailable:surge===0&&unavailable===0?1:unavailable}}function deploymentRollout(deploymentSpec){let spec=recordOf(deploymentSpec),replicas=spec.replicas===void 0||spec.replicas===null?1:spec.replicas;if(!isCount(replicas))return{strategy:"invalid"};let strategy=recordOf(spec.strategy),type=strategy.type??"RollingUpdate";if(type==="Recreate")return{strategy:"Recreate"};if(type!=="RollingUpdate"&&type!=="")return{strategy:"invalid"};let bounds=recordOf(strategy.rollingUpdate),fenceposts=resolveFenceposts(bounds.maxSurge,bounds.maxUnavailable,replicas);return fenceposts?{strategy:"RollingUpdate",replicas,...fenceposts}:{strategy:"invalid"}}var keepsOldPodsUntilNewReady=rollout=>rollout.strategy==="RollingUpdate"&&rollout.surge>0&&rollout.unavailable===0;function jobPodsAtOnce(jobSpec){let spec=recordOf(jobSpec),parallelism=spec.parallelism??1;if(!isCount(parallelism))return;let completions=spec.completions;return completions==null?parallelism:isCount(completions)?Math.min(parallelism,completions):void 0}function cronJobMayOverlap(cronJobSpec){let policy=recordOf(cronJobSpec).concurrencyPolicy;return policy==null||policy===""||policy==="Allow"}var HOSTNAME_LABEL2="kubernetes.io/hostname";function daemonSetPodsAtOnce(podSpec){let spec=recordOf(podSpec);return typeof spec.nodeName=="string"&&spec.nodeName!==""||typeof recordOf(spec.nodeSelector)[HOSTNAME_LABEL2]=="string"?1:2}function autoscalerRange(hpaSpec){let spec=recordOf(hpaSpec),min=spec.minReplicas??1,max=spec.maxReplicas;if(!(!isCount(min)||!isCount(max)))return{min,max:Math.max(min,max)}}function podsAtOnce(kind,object,autoscaler){let spec=recordOf(recordOf(object).spec);switch(kind){case"Pod":return{count:1};case"Deployment":case"ReplicaSet":case"ReplicationController":case"StatefulSet":{let replicas=spec.replicas??1;return isCount(replicas)?withAutoscaler(replicas,autoscaler):void 0}case"DaemonSet":{let count=daemonSetPodsAtOnce(recordOf(spec.template).spec);return count>1?{count,cause:"daemonset"}:{count}}case"Job":{let count=jobPodsAtOnce(spec);return count===void 0?void 0:count>1?{count,cause:"parallelism"}:{count}}case"CronJob":{let count=jobPodsAtOnce(recordOf(spec.jobTemplate).spec);return count===void 0?void 0:count>1?{count,cause:"parallelism"}:cronJobMayOverlap(spec)&&count===1?{count,possible:{count:2,cause:"cronjob-overlap"}}:{count}}}}function withAutoscaler(replicas,autoscaler){return!autoscaler||replicas===0?replicas>1?{count:replicas,cause:"replicas"}:{count:replicas}:autoscaler.min>1?{count:autoscaler.min,cause:"hpa-min"}:autoscaler.max>1?{count:1,possible:{count:autoscaler.max,cause:"hpa-max"}}:{count:1}}function messageOf3(use,workload,surge){return use.kind==="claim"?{messageId:use.podExclusive?"podExclusive":"multiAttach",data:{workload,surge,claim:describeTarget(use)}}:{messageId:use.disk.singleNode==="unguarded"?"diskUnguarded":"diskSingleNode",data:{workload,surge,disk:describeTarget(use),meets:secondNodeMeets(use.disk)}}}var rwo_rolling_update_default={id:"rwo-rolling-update",severity:"warning",category:"multi-attach",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A one-replica Deployment with a rolling update that keeps the old pod mounts a ReadWriteOnce or ReadWriteOncePod claim, or a block disk written inline",why:"A Deployment without `strategy` rolls out with RollingUpdate, maxSurge 25 % and maxUnavailable 25 %; for one replica that resolves to surge 1, unavailable 0 (ResolveFenceposts): the new pod is created while the old one keeps running and the old one is only removed once the new one is ready. A ReadWriteOnce volume cannot be attached to a second node, so a new pod scheduled elsewhere waits in ContainerCreating with `Multi-Attach error`; a ReadWriteOncePod claim makes the new pod unschedulable on any node. Either way the new pod never becomes ready, the old one is never removed, and the rollout hangs until `progressDeadlineSeconds` marks it failed. On the same node it works by luck. ReadWriteOnce volumes that mount without an attach step (NFS, EFS, Azure Files, CephFS, hostPath and local PVs, node-local provisioners such as rancher.io/local-path, or a CSIDriver with `attachRequired: false`) never meet the Multi-Attach check and are not reported; ReadWriteOncePod is enforced by the scheduler for every volume. The same holds for a block disk written inline in the pod template (gcePersistentDisk, awsElasticBlockStore, azureDisk, cinder, rbd, iscsi, fc), which every pod of the template shares: the cloud disks are migrated to CSI and attached as ReadWriteOnce (gcePersistentDisk as ReadOnlyMany when `readOnly: true`, so a read-only PD serves any number of nodes; awsElasticBlockStore, azureDisk and cinder stay ReadWriteOnce even when read-only), the kubelet refuses to map a read-write rbd image another node uses, and nothing stops iscsi or fc, whose read-write filesystem two nodes then corrupt. Inline `csi:` volumes are one ephemeral volume per pod and never attach.",fix:"Use `strategy: {type: Recreate}` (the old pod is stopped before the new one starts), or set `rollingUpdate.maxSurge: 0` so the old pod goes first. If several pods must run, give each its own claim (a StatefulSet with `volumeClaimTemplates`) or use a ReadWriteMany volume.",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/csi-translation-lib/plugins/gce_pd.go, aws_ebs.go, azure_disk.go, openstack_cinder.go (TranslateInTreeInlineVolumeToCSI: access modes of an inline disk)","pkg/volume/csimigration/plugin_manager.go (TranslateInTreeSpecToCSI: an inline volume is attached as the translated PersistentVolume)",'pkg/volume/rbd/rbd_util.go (AttachDisk: "rbd image \u2026 is still being used")',"pkg/volume/csi/csi_plugin.go (CanAttach is false for ephemeral inline volumes)","pkg/controller/deployment/util/deployment_util.go (ResolveFenceposts)","pkg/controller/volume/attachdetach/reconciler/reconciler.go (reportMultiAttachError)","pkg/volume/util/util.go (IsMultiAttachAllowed)","pkg/controller/volume/attachdetach/util/util.go (ProcessPodVolumes skips volumes without an attachable plugin)","pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go (ReadWriteOncePod conflict)","https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[],whenNotToUse:"Turn it off on single-node clusters, where the new pod always starts next to the old one and the rolling update works; with more than one node the rollout can hang."},messages:{multiAttach:"{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {claim}; on another node the new pod waits for Multi-Attach and the rollout deadlocks",podExclusive:"{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {claim}; ReadWriteOncePod lets only one pod use it, so the new pod is unschedulable and the rollout deadlocks",diskSingleNode:"{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one holds {disk}; on another node the new pod {meets}, waits in ContainerCreating, and the rollout deadlocks",diskUnguarded:"{workload} rolls out with RollingUpdate (maxSurge {surge}, maxUnavailable 0), so its new pod starts while the old one still writes {disk}; on another node the new pod {meets}"},check(context){let{model}=context;for(let workload of model.workloads){if(workload.kind!=="Deployment")continue;let rollout=deploymentRollout(workload.resource.object.spec);if(rollout.strategy!=="RollingUpdate"||!keepsOldPodsUntilNewReady(rollout)||model.concurrency(workload)?.count!==1)continue;let strategyPath=["spec","strategy"],strategyWritten=getIn(workload.resource.object,strategyPath)!==void 0;for(let use of singleWriterUses(model,workload).filter(enforcedAcrossNodes))context.report({...messageOf3(use,describeWorkload(workload),rollout.surge),resource:workload.resource,path:use.path,related:[...targetRelated(use),...strategyWritten?[{resource:workload.resource,path:strategyPath,message:`strategy of ${describeWorkload(workload)}`}]:[]],fix:"strategy: {type: Recreate}",severity:use.podExclusive?"error":"warning"})}}};var IDENTIFIER=/^[A-Za-z_$][\w$-]*$/;function pathText(path17){let out="";for(let segment of path17)typeof segment=="number"?out+=`[${segment}]`:IDENTIFIER.test(segment)?out+=out?`.${segment}`:segment:out+=`[${JSON.stringify(segment)}]`;return out||"(the object)"}var TYPE_NAMES={string:"a string",integer:"an integer",number:"a number",boolean:"true or false",array:"a list",object:"a map",null:"null"},expectedText=types=>types.map(t=>TYPE_NAMES[t]??t).join(" or ");function jsonType(value){return Array.isArray(value)?"array":value===null?"null":typeof value=="number"?Number.isInteger(value)?"integer":"number":typeof value=="object"?"object":typeof value}function actualText(value,written){let type=jsonType(value),name=TYPE_NAMES[type]??type;return type==="array"||type==="object"?name:`${name} (${written??JSON.stringify(value)})`}var quotedList=values=>values.map(v=>`'${String(v)}'`).join(", "),originText=origin=>origin==="built-in"?"":` (schema from ${origin})`;var schema_invalid_enum_default={id:"schema-invalid-enum",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field with a fixed set of values (access modes, reclaim policy, volumeMode, volumeBindingMode, hostPath type, StatefulSet and Deployment strategies) has another value",why:'The API server rejects the object with `Unsupported value: "ReadWriteOne": supported values: \u2026`; values are case-sensitive, so `retain` or `filesystem` fail too.',fix:"Use one of the values the message lists, spelled exactly.",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/concepts/storage/persistent-volumes/","https://kubernetes.io/docs/concepts/storage/volumes/#hostpath","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/","staging/src/k8s.io/api/core/v1/types.go, staging/src/k8s.io/api/apps/v1/types.go, staging/src/k8s.io/api/storage/v1/types.go"],sources:[{tool:"Kubernetes API server",check:'Unsupported value: "\u2026": supported values: \u2026',url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/field/errors.go"}],whenNotToUse:"Keep it on: every finding is an object the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{invalid:"{object}: '{path}' is '{value}', which is not one of {allowed}{origin}"},check(context){for(let problem of context.model.schemaCheck.problems){if(problem.kind!=="enum"||defaultedWhenEmpty(problem.path,problem.value))continue;let allowed=problem.allowed.map(String),value=String(problem.value),suggestion=closest(value,allowed.filter(a=>a!==""));reportWrittenValue(context,{messageId:"invalid",data:{object:describe(problem.resource),path:pathText(problem.path),value,allowed:quotedList(allowed),origin:originText(problem.origin)},resource:problem.resource,path:problem.path,fix:suggestion?`did you mean '${suggestion}'?`:void 0})}}},DEFAULTED_WHEN_EMPTY=["podManagementPolicy","updateStrategy.type","strategy.type","persistentVolumeReclaimPolicy"];function defaultedWhenEmpty(path17,value){let dotted=path17.join(".");return value===""&&DEFAULTED_WHEN_EMPTY.some(field=>dotted.endsWith(field))}var schema_required_field_default={id:"schema-required-field",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field the kind's schema requires is missing (or null)",why:"The API server rejects the object with `Required value` (a volume mount without `mountPath`, a StorageClass without `provisioner`, a claim volume without `claimName`), so nothing of it is created. `field: null` counts as missing.",fix:"Add the field. The finding points at the object that lacks it.",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/reference/kubernetes-api/","pkg/apis/core/validation/validation.go (field.Required)"],sources:[{tool:"kubeconform",check:"schema validation",url:"https://github.com/yannh/kubeconform"},{tool:"KubeLinter",check:"schema-validation",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Monokle",check:"K8S001 (schema-violated)"},{tool:"Kubernetes API server",check:"Required value",url:"https://github.com/kubernetes/apimachinery/blob/master/pkg/util/validation/field/errors.go"}],whenNotToUse:"Turn it off if kubeconform or KubeLinter's `schema-validation` already checks the same files and you prefer its reports; keep it otherwise, since a missing required field fails the apply."},messages:{missing:"{object} lacks the required field '{path}'{origin}"},check(context){for(let problem of context.model.schemaCheck.problems)problem.kind==="required"&&reportWrittenValue(context,{messageId:"missing",data:{object:describe(problem.resource),path:pathText(problem.path),origin:originText(problem.origin)},resource:problem.resource,path:problem.path})}};var OCTAL_MODE=/^0?[0-7]{3}$/,MODE_FIELDS=new Set(["defaultMode","mode"]);function fixFor3(key2,expected,value,written){if(typeof key2!="string"||written===void 0)return;let type=jsonType(value);if(expected.includes("array")&&type!=="object")return`${key2}: [${written}]`;if(expected.includes("string")&&type!=="object"&&type!=="array")return`${key2}: "${written}"`;if((expected.includes("integer")||expected.includes("number"))&&typeof value=="string"&&value.trim()!==""&&Number.isFinite(Number(value)))return MODE_FIELDS.has(key2)&&OCTAL_MODE.test(value)?`${key2}: 0${value.replace(/^0/,"")} (octal, without quotes)`:`${key2}: ${value.trim()}`}var schema_type_mismatch_default={id:"schema-type-mismatch",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field has the wrong type: a quoted number, a number where a string is required, a single value where a list is required",why:'The API server cannot decode the object: `kubectl apply` fails with `cannot unmarshal string into Go struct field \u2026 of type int32` (e.g. `defaultMode: "0644"`), `json: cannot unmarshal number into Go struct field ConfigMap.data of type string` (a ConfigMap value `port: 8080`), or `cannot unmarshal string into \u2026 of type []v1.PersistentVolumeAccessMode` (`accessModes: ReadWriteOnce`). Nothing in the file is applied.',fix:"Quote values that must be strings (ConfigMap data, labels, annotations, env values), unquote numbers, and write lists as lists (`accessModes: [ReadWriteOnce]`). File modes are octal without quotes (`defaultMode: 0644`).",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/reference/kubernetes-api/","https://kubernetes.io/docs/concepts/configuration/configmap/","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes"],sources:[{tool:"kubeconform",check:"schema validation",url:"https://github.com/yannh/kubeconform"},{tool:"KubeLinter",check:"schema-validation",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Monokle",check:"K8S001 (schema-violated)"}],whenNotToUse:"Turn it off if kubeconform or KubeLinter's `schema-validation` already checks the same files and you prefer its reports; keep it otherwise, since the API server cannot decode such an object at all."},messages:{mismatch:"{object}: '{path}' must be {expected}, not {actual}{origin}"},check(context){for(let problem of context.model.schemaCheck.problems){if(problem.kind!=="type")continue;let written=context.scalarSource(problem.resource,problem.path);reportWrittenValue(context,{messageId:"mismatch",data:{object:describe(problem.resource),path:pathText(problem.path),origin:originText(problem.origin),expected:expectedText(problem.expected),actual:actualText(problem.value,written)},resource:problem.resource,path:problem.path,fix:fixFor3(problem.path.at(-1),problem.expected,problem.value,written)})}}};var schema_unknown_field_default={id:"schema-unknown-field",severity:"error",category:"validity",status:"stable",since:"0.1.0",recommended:!0,generic:!0,docs:{summary:"A field that the kind's schema does not have: a typo, a wrong case, or a field at the wrong indentation",why:'kubectl (1.27+) asks the API server for strict field validation, so `kubectl apply` fails with `unknown field "spec.storageClass"`. With `--validate=false` or other clients the server silently drops the field, so the setting you wrote (a storage class, `readOnly`, a StatefulSet\'s `serviceName`) never takes effect. Custom resources are checked against the CustomResourceDefinitions given in the same run (`x-kubernetes-preserve-unknown-fields` is honoured); kinds without a schema are skipped.',fix:"Rename the field as suggested, or move it to the object it belongs to (a top-level `serviceName` belongs in `spec`).",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation","https://kubernetes.io/docs/reference/kubernetes-api/","https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#field-pruning"],sources:[{tool:"kubeconform",check:"-strict",url:"https://github.com/yannh/kubeconform"},{tool:"KubeLinter",check:"schema-validation",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"},{tool:"Kubernetes API server",check:'strict field validation: strict decoding error: unknown field "\u2026"'}],whenNotToUse:"Turn it off when a tool between the files and the API server reads extra fields out of the manifests and removes them (some templating and GitOps layers do), or when the CustomResourceDefinitions in the files are older than those in the cluster."},messages:{unknown:"{object} has an unknown field '{path}'{origin}",didYouMean:"{object} has an unknown field '{path}'{origin}; did you mean '{suggestion}'?",wrongLevel:"{object} has an unknown field '{path}'{origin}; '{field}' belongs in '{where}'"},check(context){for(let problem of context.model.schemaCheck.problems){if(problem.kind!=="unknown-field")continue;let base2={object:describe(problem.resource),path:pathText(problem.path),origin:originText(problem.origin)},at2={resource:problem.resource,path:problem.path};if(problem.belongsAt){let where=pathText(problem.belongsAt.slice(0,-1));context.report({messageId:"wrongLevel",data:{...base2,field:problem.field,where},...at2,fix:`move it to ${pathText(problem.belongsAt)}`})}else problem.suggestion?context.report({messageId:"didYouMean",data:{...base2,suggestion:problem.suggestion},...at2,fix:`rename '${problem.field}' to '${problem.suggestion}'`}):context.report({messageId:"unknown",data:base2,...at2})}}};var PROVISIONED_BY="pv.kubernetes.io/provisioned-by",NO_DELETER=new Set(["nfs","hostPath","local","iscsi","fc","flexVolume"]);function consequence(spec){if(isObject(spec.csi))return`the CSI driver '${String(spec.csi.driver??"")}' is asked to delete the volume if its provisioner takes the PV, otherwise the PV stays Released`;let source=Object.keys(spec).find(field=>NO_DELETER.has(field)&&isObject(spec[field]));return source?`${source} has no deleter, so the PV goes Failed instead of Available`:"the backing disk is deleted with it"}var static_pv_delete_policy_default={id:"static-pv-delete-policy",severity:"warning",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A hand-written PersistentVolume has reclaim policy Delete",why:"A PV written by hand points at storage that existed before it, usually data someone cares about. With `persistentVolumeReclaimPolicy: Delete`, deleting its claim (or a namespace, or a Helm release) makes the controller delete the backing disk; for volume types without a deleter (NFS, hostPath, local, iSCSI) the PV goes `Failed` instead of being reusable. Hand-written PVs default to `Retain` for this reason. PVs that carry `pv.kubernetes.io/provisioned-by` are dynamically provisioned volumes and are checked by restore-provisioned-pv-delete.",fix:"Set `persistentVolumeReclaimPolicy: Retain` (or leave it out, Retain is the default for PVs created by hand).",examples:{bad:`apiVersion: v1
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
`},references:["component-helpers storage/volume/helpers.go (GetPersistentVolumeClaimClass, GetPersistentVolumeClass)","pkg/api/persistentvolumeclaim/util.go, pkg/api/persistentvolume/util.go (deprecation warnings)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class"],sources:[{tool:"Kubernetes API server",check:'warning: deprecated since v1.8; use "storageClassName" attribute instead',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/api/persistentvolume/util.go"}],whenNotToUse:"Turn it off only for manifests that must still apply to clusters older than 1.6, which predate `storageClassName`; every newer cluster reads the field."},messages:{deprecated:"{object} sets its class {class} with annotation '{annotation}', deprecated since Kubernetes 1.8; use spec.storageClassName",conflict:"{object} has annotation '{annotation}' = {class} and spec.storageClassName {field}; the annotation wins, so the class is {class}, not {field}"},check(context){let{model}=context,annotated=[...model.persistentVolumes.map(pv=>({resource:pv,path:[],object:pv.object,label:describe(pv)})),...model.claimSpecs.map(spec=>({resource:spec.resource,path:spec.path,object:spec.object,label:spec.label}))];for(let{resource,path:path17,object,label:label2}of annotated){let annotations=objectOf(objectOf(objectOf(object).metadata).annotations);if(!Object.prototype.hasOwnProperty.call(annotations,BETA_CLASS_ANNOTATION))continue;let value=annotations[BETA_CLASS_ANNOTATION],className=value==null?"":String(value),field=objectOf(objectOf(object).spec).storageClassName,at2=[...path17,"metadata","annotations",BETA_CLASS_ANNOTATION],base2={object:label2,annotation:BETA_CLASS_ANNOTATION,class:shown(className)};typeof field=="string"&&field!==className?context.report({messageId:"conflict",data:{...base2,field:shown(field)},resource,path:at2,fix:`keep one: delete the annotation (class '${field}'), or set storageClassName: ${className===""?'""':className}`,severity:"error"}):context.report({messageId:"deprecated",data:base2,resource,path:at2,fix:`storageClassName: ${className===""?'""':className}`})}}};var storageclass_default_annotation_value_default={id:"storageclass-default-annotation-value",severity:"warning",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:'A StorageClass is-default-class annotation is meant as true but is not the exact string "true"',why:'Kubernetes treats a StorageClass as the default only when `storageclass.kubernetes.io/is-default-class` (or the beta key) is exactly the string `"true"`. `True`, `yes`, `1` or `enabled` silently leave the cluster without that default, so claims without a class are not provisioned. An unquoted `true` or `yes` is a YAML boolean, which kubectl refuses to decode into the string-valued annotations.',fix:'Write the annotation value as the quoted string "true".',examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["pkg/volume/util/storageclass.go (IsDefaultAnnotation)","https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/"],sources:[],whenNotToUse:'Keep it on: a value meant as true that is not exactly "true" never makes the class the default. It stays silent when the annotation is absent or clearly false.'},messages:{notString:`StorageClass {class} sets '{key}' to the YAML {type} {written}, not the string "true"; kubectl cannot decode it and the class is not the default`,notTrue:`StorageClass {class} sets '{key}' to {written}; only the exact string "true" makes it the default`},check(context){for(let sc of context.model.storageClasses)for(let{key:key2,value}of defaultClassAnnotations(storageClassObject(sc))){if(!isMisspelledDefault(value))continue;let path17=["metadata","annotations",key2],written=context.scalarSource(sc,path17)??JSON.stringify(value),base2={class:sc.name,key:key2,written},fix=`${key2}: "true"`;typeof value=="string"?context.report({messageId:"notTrue",data:base2,resource:sc,path:path17,fix}):context.report({messageId:"notString",data:{...base2,type:typeof value},resource:sc,path:path17,fix})}}};var RECLAIM_POLICIES=["Delete","Retain"],BINDING_MODES=["Immediate","WaitForFirstConsumer"],MAX_PARAMETERS=512,MAX_PARAMETERS_BYTES=256*1024,quote=value=>typeof value=="string"?`'${value}'`:JSON.stringify(value);function provisionerProblems(provisioner){return typeof provisioner!="string"||provisioner===""?[{path:["provisioner"],message:"provisioner is required",fix:"provisioner: <CSI driver name>, or kubernetes.io/no-provisioner for static volumes"}]:isQualifiedName(provisioner.toLowerCase())?[]:[{path:["provisioner"],message:`provisioner ${quote(provisioner)} is not a qualified name ([prefix/]name)`}]}function enumProblems(object,field,allowed){let value=object[field];if(value==null||typeof value=="string"&&allowed.includes(value))return[];let hint=field==="reclaimPolicy"&&value==="Recycle"?" (Recycle is not allowed for StorageClasses)":"";return[{path:[field],message:`${field} ${quote(value)} is not supported; use ${allowed.join(" or ")}${hint}`,fix:`${field}: ${allowed[0]}`}]}function parameterProblems(parameters){if(!isObject(parameters))return[];let problems=[],entries=Object.entries(parameters);entries.length>MAX_PARAMETERS&&problems.push({path:["parameters"],message:`parameters has ${entries.length} keys; at most ${MAX_PARAMETERS} are allowed`});let bytes=0;for(let[key2,value]of entries)key2===""&&problems.push({path:["parameters",key2],message:"parameters may not have an empty key"}),bytes+=Buffer.byteLength(key2)+Buffer.byteLength(typeof value=="string"?value:String(value??""));return bytes>MAX_PARAMETERS_BYTES&&problems.push({path:["parameters"],message:`parameters total ${bytes} bytes; at most ${MAX_PARAMETERS_BYTES} are allowed`}),problems}function termKey(term,path17,problems){let expressions=Array.isArray(term.matchLabelExpressions)?term.matchLabelExpressions:[],byKey=new Map;return expressions.forEach((expression,index2)=>{if(!isObject(expression))return;let at2=[...path17,"matchLabelExpressions",index2],key2=typeof expression.key=="string"?expression.key:"",values=Array.isArray(expression.values)?expression.values.map(String):[];isQualifiedName(key2)||problems.push({path:[...at2,"key"],message:`topology key ${quote(expression.key)} is not a qualified name`}),values.length===0&&problems.push({path:[...at2,"values"],message:`topology key ${quote(key2)} must list at least one value`}),new Set(values).size!==values.length&&problems.push({path:[...at2,"values"],message:`topology key ${quote(key2)} lists a value twice`}),byKey.has(key2)&&problems.push({path:[...at2,"key"],message:`topology key ${quote(key2)} appears twice in one term`}),byKey.set(key2,[...new Set(values)].sort())}),JSON.stringify([...byKey.entries()].sort(([a],[b])=>a<b?-1:a>b?1:0))}function topologyProblems(topologies){if(!Array.isArray(topologies))return[];let problems=[],seen=new Map;return topologies.forEach((term,index2)=>{if(!isObject(term))return;let key2=termKey(term,["allowedTopologies",index2],problems),first=seen.get(key2);first!==void 0?problems.push({path:["allowedTopologies",index2],message:`allowedTopologies[${index2}] duplicates allowedTopologies[${first}]`,fix:`remove allowedTopologies[${index2}]`}):seen.set(key2,index2)}),problems}function storageClassProblems(storageClass2){return[...provisionerProblems(storageClass2.provisioner),...enumProblems(storageClass2,"reclaimPolicy",RECLAIM_POLICIES),...enumProblems(storageClass2,"volumeBindingMode",BINDING_MODES),...parameterProblems(storageClass2.parameters),...topologyProblems(storageClass2.allowedTopologies)]}var storageclass_invalid_default={id:"storageclass-invalid",severity:"error",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StorageClass fails API validation: provisioner, reclaimPolicy, volumeBindingMode, parameters or allowedTopologies",why:"The API server rejects the StorageClass, so every claim that names it cannot be provisioned. Typical mistakes: `reclaimPolicy: Recycle` (allowed on PVs, never on StorageClasses), `volumeBindingMode: WaitForFirstConsumer` misspelt, a missing `provisioner`, duplicate `allowedTopologies` terms. Most of these fields are also immutable, so a wrong class must be deleted and re-created.",fix:"Use `reclaimPolicy: Delete` or `Retain`, `volumeBindingMode: Immediate` or `WaitForFirstConsumer`, a `provisioner` name such as `ebs.csi.aws.com` (or `kubernetes.io/no-provisioner`), and distinct `allowedTopologies` terms.",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:['pkg/volume/util/storageclass.go (GetDefaultClass: "choosing the newest")',"plugin/pkg/admission/storage/storageclass/setdefault/admission.go","https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/"],sources:[],whenNotToUse:"Turn it off when one run deliberately covers several clusters (an overlay per environment, each with its own default), since the rule sees one view; linting each environment on its own is the better fix."},messages:{several:"StorageClass {class} is a default StorageClass, and so {others}; {consequence}"},check(context){let{model}=context,byName=new Map;for(let sc of model.defaultStorageClasses)byName.has(sc.name)||byName.set(sc.name,sc);if(byName.size<2)return;let consequence2=picksNewest(model.options.kubeVersion)?"claims without a class get whichever was created last":`before Kubernetes 1.26 claims without a class are rejected ("${byName.size} default StorageClasses were found")`;for(let[name,sc]of byName){let others=[...byName.values()].filter(other=>other.name!==name);context.report({messageId:"several",data:{class:name,others:`${others.length===1?"is":"are"} ${others.map(o=>`StorageClass ${o.name}`).join(", ")}`,consequence:consequence2},resource:sc,path:defaultAnnotationPath(sc),related:others.map(o=>({resource:o,path:defaultAnnotationPath(o),message:`default StorageClass ${o.name}`})),fix:'keep is-default-class: "true" on one StorageClass only'})}}};var NOMINAL_SIZE={"efs.csi.aws.com":"Amazon EFS","example.com/aws-efs":"Amazon EFS","nfs.csi.k8s.io":"an NFS share","smb.csi.k8s.io":"an SMB share","k8s-sigs.io/nfs-subdir-external-provisioner":"an NFS share","fuseim.pri/ifs":"an NFS share","rancher.io/local-path":"a node directory","k8s.io/minikube-hostpath":"a node directory","docker.io/hostpath":"a node directory","microk8s.io/hostpath":"a node directory","kubernetes.io/host-path":"a node directory"};function nominalSizeStorage(provisioner){if(Object.prototype.hasOwnProperty.call(NOMINAL_SIZE,provisioner))return NOMINAL_SIZE[provisioner];if(provisioner.endsWith("nfs-subdir-external-provisioner"))return"an NFS share"}var storageclass_no_expansion_default={id:"storageclass-no-expansion",severity:"info",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A claim (or claim template) uses a StorageClass without allowVolumeExpansion: true, so it can never grow",why:'The PersistentVolumeClaimResize admission plugin only lets a claim\'s storage request grow when its StorageClass has `allowVolumeExpansion: true`; otherwise the update is refused ("only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize"). A full disk then means a migration instead of an edit. The field can be changed on an existing StorageClass. Classes whose volumes ignore the size are left out: EFS (`efs.csi.aws.com`), NFS and SMB directories (`nfs.csi.k8s.io`, `smb.csi.k8s.io`, nfs-subdir-external-provisioner) and node directories (`rancher.io/local-path`, minikube, Docker Desktop and MicroK8s hostpath) enforce no quota, so there is nothing to grow. Azure Files and Filestore are still reported: their share quota and instance size follow the request and are enforced.',fix:"Set `allowVolumeExpansion: true` on the StorageClass if its driver supports expansion (most CSI drivers do).",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["plugin/pkg/admission/storage/persistentvolume/resize/admission.go (allowResize)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims","kubernetes-sigs/aws-efs-csi-driver docs/README.md (EFS does not enforce any file system capacity)","kubernetes-csi/csi-driver-nfs issue 427 (the capacity is only for PV/PVC matching)","rancher/local-path-provisioner README.md (the size of the volume is not enforced)"],sources:[],whenNotToUse:"Turn it off when the driver cannot expand volumes (some local, NFS and legacy drivers), or when fixed-size volumes are a deliberate cost limit."},messages:{noExpansion:"{claim} uses StorageClass {class}, which does not set allowVolumeExpansion: true; its size can never be increased"},check(context){let{model}=context;for(let spec of model.claimSpecs){let{declared}=spec.storageClass,storageClass2=model.storageClassFor(spec.storageClass);if(!storageClass2)continue;let sc=storageClassObject(storageClass2);!isDynamicClass(sc)||allowsExpansion(sc)||nominalSizeStorage(String(sc.provisioner))===void 0&&context.report({messageId:"noExpansion",data:{claim:spec.label,class:storageClass2.name},resource:spec.resource,path:declared===void 0?[...spec.path,"spec"]:[...spec.path,...spec.storageClass.path],related:[{resource:storageClass2,path:["metadata","name"],message:`StorageClass ${storageClass2.name}${declared===void 0?" (the default)":""}`}],fix:`allowVolumeExpansion: true on StorageClass ${storageClass2.name}`})}}};var sameSet=(a,b)=>a.length===b.length&&new Set(a).size===new Set(b).size&&a.every(x=>b.includes(x)),showClass=name=>name===""?'"" (no class)':`'${name}'`;function claimDifferences(existing,template,defaultClass){let differences=[],[want,have]=[claimRequest(template),claimRequest(existing)];want&&(!have||compareQuantities(have,want)<0)&&differences.push({field:"resources.requests.storage",want:describeQuantity(want),have:have?describeQuantity(have):"nothing",value:want.text});let[wantClass,haveClass]=[effectiveClaimClass(template,defaultClass),effectiveClaimClass(existing,defaultClass)];wantClass!==haveClass&&differences.push({field:"storageClassName",want:showClass(wantClass),have:showClass(haveClass),value:wantClass===""?'""':wantClass});let[wantModes,haveModes]=[claimAccessModes(template),claimAccessModes(existing)];sameSet(wantModes,haveModes)||differences.push({field:"accessModes",want:`[${wantModes.join(", ")}]`,have:`[${haveModes.join(", ")}]`,value:`[${wantModes.join(", ")}]`});let[wantMode,haveMode]=[volumeModeOf(template),volumeModeOf(existing)];return wantMode!==haveMode&&differences.push({field:"volumeMode",want:wantMode,have:haveMode,value:wantMode}),differences}function differencePath(claim,difference){switch(difference.field){case"resources.requests.storage":return["spec","resources","requests","storage"];case"storageClassName":return claim.storageClass.path;default:return["spec",difference.field]}}var sts_claim_precreated_mismatch_default={id:"sts-claim-precreated-mismatch",severity:"warning",category:"restore",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pre-created claim named like a StatefulSet claim differs from the volumeClaimTemplate that would have created it",why:"For each ordinal the StatefulSet controller looks for the claim `<template>-<statefulset>-<ordinal>` and, if it exists, uses it as is: size, class, access modes and volumeMode are never compared. A pre-seeded claim (a restore, a migration) that is smaller or of another class or mode silently wins over the template, and the pod runs on storage the StatefulSet does not describe; the spec of an existing claim cannot be changed afterwards except to grow it.",fix:"Make the pre-created claim match the template (same class, access modes and volumeMode, at least the template's size), or change the template to describe the storage you restore.",examples:{bad:{"statefulset.yaml":`apiVersion: v1
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
`}},references:["pkg/controller/statefulset/stateful_pod_control.go (createPersistentVolumeClaims: an existing claim is used as is)","pkg/controller/statefulset/stateful_set_utils.go (getPersistentVolumeClaimName)","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates"],sources:[],whenNotToUse:"Turn it off when pre-created claims differ from the template on purpose, for example a restored replica that keeps a larger volume, and the difference is documented."},messages:{differs:"{claim} is adopted as is by StatefulSet {statefulSet} for ordinal {ordinal}, but its {differences}"},check(context){let{model}=context;for(let claim of model.claims){let adoption=claim.adoptedBy;if(!adoption||!model.isFirstCopy(claim))continue;let{statefulSet,template,templateName,templatePath:templatePath2,ordinal}=adoption,differences=claimDifferences(claim.object,template,model.defaultStorageClassName);differences.length!==0&&context.report({messageId:"differs",data:{claim:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`,statefulSet:`${statefulSet.namespace}/${statefulSet.name}`,ordinal,differences:differences.map(d=>`${d.field} is ${d.have} where template '${templateName}' asks for ${d.want}`).join("; its ")},resource:claim.resource,path:differencePath(claim,differences[0]),related:[{resource:statefulSet.resource,path:[...templatePath2,"metadata","name"],message:`volumeClaimTemplate '${templateName}' of StatefulSet ${statefulSet.namespace}/${statefulSet.name}`}],fix:`match the template: ${differences.map(d=>`${d.field}: ${d.value}`).join(", ")}`})}}};var serviceNameOf=workload=>nonEmptyString(objectOf(workload.resource.object.spec).serviceName);var statefulSets=model=>model.workloads.filter(w=>w.kind==="StatefulSet"&&!model.isFragment(w.resource)),inlineLabels=labels2=>`{${Object.entries(labels2).map(([k,v])=>`${k}: ${v}`).join(", ")}}`;var messages10={noName:"{template} of {sts} has no metadata.name; the claim and the pod volume need one",badName:"Claim template '{name}' of {sts} is not a DNS-1123 label (lower case letters, digits and '-', at most 63 characters); it becomes a pod volume name and pod creation fails",noModes:"Claim template '{name}' of {sts} has no accessModes; creating its claims fails (FailedCreate) and no pod starts",unknownMode:"Claim template '{name}' of {sts} asks for access mode '{mode}'; supported values are ReadWriteOnce, ReadOnlyMany, ReadWriteMany and ReadWriteOncePod",mixedRwop:"Claim template '{name}' of {sts} combines ReadWriteOncePod with other access modes, which a claim may not do",noStorage:"Claim template '{name}' of {sts} has no resources.requests.storage; creating its claims fails (FailedCreate) and no pod starts",badQuantity:"Claim template '{name}' of {sts} requests storage '{value}', which is not a valid quantity (e.g. 10Gi, 500M)",notPositive:"Claim template '{name}' of {sts} requests storage '{value}'; it must be greater than zero"},KNOWN_MODES=new Set(ACCESS_MODES);function checkName(context,sts,template){let base2={resource:sts.resource,data:{sts:describeWorkload(sts)}};if(!template.name){context.report({...base2,messageId:"noName",data:{...base2.data,template:`volumeClaimTemplates[${template.index}]`},path:[...template.path,"metadata","name"]});return}return isDns1123Label(template.name)||context.report({...base2,messageId:"badName",data:{...base2.data,name:template.name},path:[...template.path,"metadata","name"]}),template.name}function checkModes(context,sts,template,name){let path17=[...template.path,"spec","accessModes"],data={sts:describeWorkload(sts),name},raw=objectOf(template.template.spec).accessModes,modes2=asAccessModes(raw);if(modes2.length===0){context.report({messageId:"noModes",data,resource:sts.resource,path:path17,fix:"accessModes: [ReadWriteOnce]"});return}let unknown=modes2.filter(mode=>!KNOWN_MODES.has(mode));for(let mode of unknown){let index2=Array.isArray(raw)?raw.indexOf(mode):-1;context.report({messageId:"unknownMode",data:{...data,mode},resource:sts.resource,path:index2>=0?[...path17,index2]:path17})}modes2.includes("ReadWriteOncePod")&&modes2.length>1&&context.report({messageId:"mixedRwop",data,resource:sts.resource,path:path17,fix:"accessModes: [ReadWriteOncePod]"})}function checkStorage(context,sts,template,name){let path17=[...template.path,"spec","resources","requests","storage"],data={sts:describeWorkload(sts),name},value=objectOf(objectOf(objectOf(template.template.spec).resources).requests).storage;if(value==null){context.report({messageId:"noStorage",data,resource:sts.resource,path:path17,fix:"resources: {requests: {storage: 10Gi}}"});return}let parsed=parseQuantity(value);parsed.ok?isPositive(parsed.quantity)||context.report({messageId:"notPositive",data:{...data,value:parsed.quantity.text},resource:sts.resource,path:path17}):context.report({messageId:"badQuantity",data:{...data,value:String(value)},resource:sts.resource,path:path17})}var sts_claim_template_invalid_default={id:"sts-claim-template-invalid",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet claim template that would be an invalid PersistentVolumeClaim, or whose name is not a DNS-1123 label",why:"StatefulSet validation does not validate `volumeClaimTemplates`: the StatefulSet is accepted, and the controller then fails to create each replica's claim (`FailedCreate \u2026 spec.accessModes: Required value`, `spec.resources[storage]: Required value`, an invalid quantity), so no pod ever starts. The template's name also becomes a pod volume name, which must be a DNS-1123 label. `volumeClaimTemplates` cannot be changed on an existing StatefulSet, so the fix means deleting and re-creating it.",fix:"Give every template a lower-case `metadata.name`, at least one valid access mode (ReadWriteOncePod alone), and `resources.requests.storage` with a positive quantity such as `10Gi`.",examples:{bad:`apiVersion: v1
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
`},references:["staging/src/k8s.io/api/apps/v1/types.go (StatefulSetSpec.volumeClaimTemplates)","pkg/controller/statefulset/stateful_set_utils.go (updateStorage)"],sources:[],whenNotToUse:"Turn it off when the claim is mounted by a container that a mutating webhook or operator adds at admission (a backup or log shipping sidecar), which the manifests do not show."},messages:{unmounted:"Claim template '{template}' of {sts} is mounted by no container; each replica gets a claim that holds no data",replaced:"Volume '{volume}' of {sts} has the name of a claim template and is replaced by the per-replica claim; what it declares is never used"},check(context){for(let sts of statefulSets(context.model)){let templates=claimTemplates(sts);if(templates.length===0)continue;let mounted=new Set(sts.containers.flatMap(mountsOf).flatMap(m=>m.volumeName??[])),names2=new Set;for(let{name,path:path17}of templates)name&&(names2.add(name),mounted.has(name)||context.report({messageId:"unmounted",data:{template:name,sts:describeWorkload(sts)},resource:sts.resource,path:[...path17,"metadata","name"],fix:`volumeMounts: [{name: ${name}, mountPath: \u2026}]`}));for(let{volume,path:path17}of sts.volumes)typeof volume.name!="string"||!names2.has(volume.name)||context.report({messageId:"replaced",data:{volume:volume.name,sts:describeWorkload(sts)},resource:sts.resource,path:[...path17,"name"],severity:"info",fix:"remove this volume (the claim template provides it) or rename it"})}}};var MAX_STATEFULSET_NAME=52,sts_name_too_long_default={id:"sts-name-too-long",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet name longer than 52 characters (no pod is ever created) or not a DNS-1123 label",why:'Every StatefulSet pod carries the label `controller-revision-hash: <name>-<hash>` with a hash of up to 10 characters, and label values are limited to 63 characters. With a name of 53 to 63 characters the API server accepts the StatefulSet, but every pod creation fails with `metadata.labels: Invalid value: "<name>-58d5fbb889": must be no more than 63 characters` (kubernetes/kubernetes#64023). Names must also be DNS-1123 labels (lower case, digits and `-`, at most 63), otherwise the StatefulSet itself is rejected.',fix:"Shorten the name to 52 characters or less, in lower case letters, digits and `-`. Charts often build it from release and chart names: set `fullnameOverride`.",examples:{bad:`apiVersion: v1
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
`},references:["https://github.com/kubernetes/kubernetes/issues/64023","pkg/apis/apps/validation/validation.go (ValidateStatefulSetName)","pkg/controller/history/controller_history.go (ControllerRevisionName)"],sources:[],whenNotToUse:"Keep it on: a StatefulSet with a longer name never creates a pod. Turn it off only when the name is a placeholder that a later step shortens."},messages:{tooLong:"StatefulSet name '{name}' has {length} characters; above 52 the controller-revision-hash label '{name}-<hash>' exceeds 63 characters and no pod is ever created",invalid:"StatefulSet name '{name}' is not a DNS-1123 label (lower case letters, digits and '-', at most 63 characters); the API server rejects it"},check(context){for(let resource of context.model.ofKind("StatefulSet")){let name=resource.name;if(!name)continue;let base2={resource,path:["metadata","name"]};isDns1123Label(name)?name.length>MAX_STATEFULSET_NAME&&context.report({...base2,messageId:"tooLong",data:{name,length:name.length},fix:`shorten it by ${name.length-MAX_STATEFULSET_NAME} characters`}):context.report({...base2,messageId:"invalid",data:{name}})}}};var FIELDS=["whenDeleted","whenScaled"],CONSEQUENCE={whenDeleted:"deleting the StatefulSet deletes every replica's claim",whenScaled:"scaling down deletes the claims of the removed replicas"},sts_retention_policy_default={id:"sts-retention-policy",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet persistentVolumeClaimRetentionPolicy value other than Retain or Delete, or Delete on claims whose volumes are deleted with them",why:"`whenDeleted` and `whenScaled` accept only `Retain` (the default) and `Delete`; anything else makes the API server reject the StatefulSet (error). `Delete` is valid but makes the controller own the claims: deleting the StatefulSet (whenDeleted) or scaling it down (whenScaled) deletes the claims, and when their StorageClass has `reclaimPolicy: Delete` (the default) the volumes and their data go too. A `kubectl delete -f` of a bundle, or a mistaken scale to 0, then destroys the data (info, so that it is a decision, not an accident).",fix:"Use `Retain` or `Delete` exactly. Keep `Retain` for data you cannot lose, or give the claims a StorageClass with `reclaimPolicy: Retain` so that deleting a claim leaves the volume behind.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/apps/validation/validation.go (ValidatePersistentVolumeClaimRetentionPolicy)","pkg/controller/statefulset/stateful_set_utils.go (isClaimOwnerUpToDate, updateClaimOwnerRefForSetAndPod)","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention","https://kubernetes.io/docs/concepts/storage/storage-classes/#reclaim-policy"],sources:[{tool:"Kubernetes API server",check:"ValidatePersistentVolumeClaimRetentionPolicy",url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go"}],whenNotToUse:"Lower it, or turn it off, for StatefulSets whose data is disposable (caches, preview environments) and where `Delete` is a deliberate choice; keep it where losing the volumes on a scale-down would hurt."},messages:{unsupported:"{sts} sets persistentVolumeClaimRetentionPolicy.{field} to '{value}'; supported values are Retain and Delete",deletesData:"{sts} sets persistentVolumeClaimRetentionPolicy.{field}: Delete, so {consequence}, and StorageClass {classes} (reclaimPolicy Delete) deletes their volumes and data with them"},check(context){let{model}=context;for(let sts of statefulSets(model)){let policy=objectOf(objectOf(sts.resource.object.spec).persistentVolumeClaimRetentionPolicy);for(let field of FIELDS){let value=policy[field],path17=["spec","persistentVolumeClaimRetentionPolicy",field];if(value==null||value===""||value==="Retain")continue;if(value!=="Delete"){context.report({messageId:"unsupported",data:{sts:describeWorkload(sts),field,value:String(value)},resource:sts.resource,path:path17,fix:`${field}: Retain`});continue}let deleting=new Map;for(let{template}of claimTemplates(sts)){let className=model.claimClass(template).effective,storageClass2=model.storageClassFor(model.claimClass(template)),reclaim=storageClass2&&(objectOf(storageClass2.object).reclaimPolicy??"Delete");storageClass2&&reclaim==="Delete"&&deleting.set(className,storageClass2.name)}if(deleting.size===0)continue;let classes=[...deleting.keys()];context.report({messageId:"deletesData",data:{sts:describeWorkload(sts),field,consequence:CONSEQUENCE[field],classes:classes.map(c=>`'${c}'`).join(", ")},resource:sts.resource,path:path17,related:classes.flatMap(c=>{let sc=model.storageClass(c);return sc?[{resource:sc,path:["reclaimPolicy"],message:`StorageClass ${c}`}]:[]}),severity:"info",fix:`${field}: Retain, or a StorageClass with reclaimPolicy: Retain`})}}}};function podDnsConsequence(model,statefulSet){let use=model.podDnsUse(statefulSet);return use?{text:`, which ${describe(use.resource)} uses ('${use.name}')`,severity:void 0,related:[{resource:use.resource,path:use.path,message:`uses per-pod DNS name ${use.name}`}]}:{text:`, which nothing in the files uses; only a name like '${`${statefulSet.name}-0.${serviceNameOf(statefulSet)??"<service>"}`}' would not resolve`,severity:"info",related:[]}}var SERVICE_NAME_PATH=["spec","serviceName"],MAX_DEPTH=12;function misplacedServiceName(value,path17=[],seen=new Set){if(typeof value!="object"||value===null||seen.has(value)||path17.length>MAX_DEPTH)return;seen.add(value);let entries=Array.isArray(value)?value.map((item,i)=>[i,item]):Object.entries(value);for(let[key2,child]of entries){let childPath=[...path17,key2];if(key2==="serviceName"&&!(path17.length===1&&path17[0]==="spec")&&(typeof child=="string"||child===null))return childPath}for(let[key2,child]of entries){let found=misplacedServiceName(child,[...path17,key2],seen);if(found)return found}}var sts_service_not_found_default={id:"sts-service-not-found",severity:"warning",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet has no spec.serviceName, or no Service of that name exists in its namespace",why:'The StatefulSet controller gives every pod `hostname: <pod>` and `subdomain: <serviceName>` and does nothing else with the Service (it never reads it; the API server does not check that it exists, although the field\'s documentation says it "must exist before the StatefulSet"). The per-pod DNS names `<pod>.<serviceName>.<namespace>.svc` exist only when a headless Service of exactly that name lives in the same namespace. So nothing fails without it unless something addresses the pods by those names: a peer list (`zk-0.zk-hs:2888`), a replication source (`mysql-0.mysql`), a pod announcing itself (`$(POD_NAME).rabbitmq`). The finding is a warning when the files use such a name (anywhere: env values, args, commands, ConfigMap data) and says where; otherwise it is only a hint naming what would not resolve. The API server accepts an empty `serviceName`, and a `serviceName` indented under `metadata` or at the top level is silently dropped.',fix:"Set `spec.serviceName` to the name of a headless Service (`clusterIP: None`) in the StatefulSet's namespace whose selector selects the pods, and add that Service. If the Service exists only in the cluster, lower this rule's severity.",examples:{bad:`apiVersion: apps/v1
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
          env:
            - name: ZOO_SERVERS
              value: server.1=zk-0.zk-hs:2888:3888;2181 server.2=zk-1.zk-hs:2888:3888;2181 server.3=zk-2.zk-hs:2888:3888;2181
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
          env:
            - name: ZOO_SERVERS
              value: server.1=zk-0.zk-hs:2888:3888;2181 server.2=zk-1.zk-hs:2888:3888;2181 server.3=zk-2.zk-hs:2888:3888;2181
`},references:["pkg/controller/statefulset/stateful_set_utils.go (initIdentity: hostname and subdomain, the only use of serviceName)",'staging/src/k8s.io/api/apps/v1/types.go (StatefulSetSpec.serviceName: "must exist before the StatefulSet", not enforced by pkg/apis/apps/validation)',"https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations","https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields"],sources:[{tool:"kube-score",check:"statefulset-has-servicename",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"}],whenNotToUse:"List the Service under `assume:` (or pass its manifest with `--cluster`) when it is created outside the linted files. Per-pod names that are put together at run time (a peer discovery plugin that asks the Kubernetes API, a name read from a file the image ships) are not seen: then the hint is a real warning."},messages:{noServiceName:"{sts} has no spec.serviceName, so its pods get no per-pod DNS names{dns}",misplaced:"{sts} has no spec.serviceName, but 'serviceName' is written at {at}; it belongs in spec, so its pods get no per-pod DNS names{dns}",notFound:"{sts} names the governing Service '{service}', which is not a Service in namespace '{namespace}'; its pods get no per-pod DNS names{dns}",otherNamespace:"{sts} names the governing Service '{service}', which exists only in {other}; it must be in the StatefulSet's namespace '{namespace}' for its pods to get per-pod DNS names{dns}"},check(context){let{model}=context;for(let sts of statefulSets(model)){let service=serviceNameOf(sts),dns=podDnsConsequence(model,sts),data={sts:describeWorkload(sts),dns:dns.text};if(!service){let spec=sts.resource.object.spec,misplaced=misplacedServiceName(sts.resource.object);if(misplaced)context.report({messageId:"misplaced",data:{...data,at:misplaced.length===1?"the top level":misplaced.join(".")},resource:sts.resource,path:misplaced,related:dns.related,fix:"move serviceName under spec",severity:dns.severity});else{let written=isObject(spec)&&getIn(sts.resource.object,SERVICE_NAME_PATH)!==void 0;context.report({messageId:"noServiceName",data,resource:sts.resource,path:written?SERVICE_NAME_PATH:["spec"],related:dns.related,fix:"serviceName: <a headless Service in this namespace>",severity:dns.severity})}continue}let named={...data,service,namespace:sts.namespace};reportMissingReference(context,{kind:"Service",namespace:sts.namespace,name:service,from:{resource:sts.resource,path:SERVICE_NAME_PATH}},{notFound:({didYouMean})=>({messageId:"notFound",data:named,related:dns.related,fix:didYouMean??`add a headless Service '${service}' (clusterIP: None) selecting the pods`}),otherNamespace:({where,targets})=>({messageId:"otherNamespace",data:{...named,other:where},related:[...relatedOf(targets),...dns.related]}),...dns.severity==="info"?{atMost:"info"}:{}})}}};var sts_service_not_headless_default={id:"sts-service-not-headless",severity:"warning",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"The governing Service of a StatefulSet is not headless (clusterIP is not None)",why:"Cluster DNS publishes `<pod>.<subdomain>.<namespace>.svc` records only for pods behind a headless Service (`clusterIP: None`) named like the pod's subdomain. A Service with a cluster IP (the default) gets one virtual IP and no per-pod records, so StatefulSet members cannot address each other by their stable names. That matters only to what uses those names: a one-replica database its clients reach through the Service's IP works either way. So the finding is a warning when the files use a per-pod name of the StatefulSet (a peer list, a replication source, `$(POD_NAME).<service>`; anywhere: env values, args, commands, ConfigMap data) and says where, and otherwise a hint naming what would not resolve. `clusterIP` cannot be changed on an existing Service; it has to be re-created.",fix:"Set `spec.clusterIP: None` on the governing Service (type ClusterIP), and keep a separate normal Service for clients that want one virtual IP.",examples:{bad:`apiVersion: v1
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
          args: [--replSet, rs0, --bind_ip_all]
          env:
            - name: MEMBERS
              value: mongo-0.mongo:27017,mongo-1.mongo:27017,mongo-2.mongo:27017
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
          args: [--replSet, rs0, --bind_ip_all]
          env:
            - name: MEMBERS
              value: mongo-0.mongo:27017,mongo-1.mongo:27017,mongo-2.mongo:27017
`},references:["https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields","https://kubernetes.io/docs/concepts/services-networking/service/#headless-services","https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id"],sources:[{tool:"kube-score",check:"statefulset-has-servicename",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"}],whenNotToUse:"Turn it off when the members never need per-pod DNS names and a Service with a cluster IP is what you want; without a per-pod name in the files it is only a hint anyway. Names put together at run time (a peer discovery plugin that asks the Kubernetes API, a name the image ships) are not seen."},messages:{notHeadless:"Service {service} governs {sts} but is not headless ({actual}); DNS gives it one virtual IP and no per-pod records{dns}"},check(context){let{model}=context;for(let sts of statefulSets(model)){let service=model.governingService(sts);if(!service)continue;let spec=objectOf(service.object.spec);if(spec.clusterIP==="None")continue;let type=typeof spec.type=="string"&&spec.type!==""?spec.type:"ClusterIP",written=spec.clusterIP!==void 0&&spec.clusterIP!==null,actual=type==="ExternalName"?"type ExternalName":written?`clusterIP: ${String(spec.clusterIP)}`:`type ${type} without clusterIP: None, so a cluster IP is allocated`,dns=podDnsConsequence(model,sts);context.report({messageId:"notHeadless",data:{service:`${service.namespace}/${service.name}`,sts:describeWorkload(sts),actual,dns:dns.text},resource:service,path:["spec","clusterIP"],related:[{resource:sts.resource,path:["spec","serviceName"],message:`serviceName of ${describeWorkload(sts)}`},...dns.related],fix:type==="ClusterIP"?"clusterIP: None":"type: ClusterIP with clusterIP: None",severity:dns.severity})}}};var sts_service_selects_nothing_default={id:"sts-service-selects-nothing",severity:"warning",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"The governing Service of a StatefulSet has no selector, or its selector does not select the StatefulSet's pods",why:"Per-pod DNS records come from the endpoints of the headless Service: a pod gets `<pod>.<service>.<namespace>.svc` only when the Service selects it. A Service without a selector gets no endpoints from the control plane, and one whose selector asks for a label value the pod template does not carry selects nothing, so the StatefulSet members cannot resolve each other even though every object looks right.",fix:"Make the Service's `spec.selector` a subset of the StatefulSet's pod template labels (usually the same labels as `spec.selector.matchLabels`).",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields","https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors","pkg/controller/endpointslice (endpoints come from the selector)"],sources:[{tool:"kube-score",check:"statefulset-has-servicename",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"},{tool:"kube-score",check:"service-targets-pod",url:"https://github.com/zegl/kube-score/blob/HEAD/README_CHECKS.md"},{tool:"KubeLinter",check:"dangling-service",url:"https://github.com/stackrox/kube-linter/blob/HEAD/docs/generated/checks.md"}],whenNotToUse:"Turn it off when the governing Service has no selector on purpose and its endpoints are managed by hand or by a controller, as some operators do."},messages:{noSelector:"Service {service} governs {sts} but has no selector, so it has no endpoints and the pods get no DNS records",mismatch:"Service {service} governs {sts} but selects {selector}, while the pods are labelled {labels} ('{key}' differs); it has no endpoints and the pods get no DNS records"},check(context){let{model}=context;for(let sts of statefulSets(model)){let service=model.governingService(sts);if(!service)continue;let spec=objectOf(service.object.spec);if(spec.type==="ExternalName")continue;let selector=asLabels(spec.selector),base2={service:`${service.namespace}/${service.name}`,sts:describeWorkload(sts)},related=[{resource:sts.resource,path:["spec","template","metadata","labels"],message:`pod labels of ${describeWorkload(sts)}`}];if(Object.keys(selector).length===0){context.report({messageId:"noSelector",data:base2,resource:service,path:["spec","selector"],related,fix:`selector: ${inlineLabels(sts.podLabels)}`});continue}if(matchesEqualitySelector(sts.podLabels,selector))continue;let key2=Object.keys(selector).find(k=>sts.podLabels[k]!==selector[k])??"";context.report({messageId:"mismatch",data:{...base2,selector:inlineLabels(selector),labels:inlineLabels(sts.podLabels),key:key2},resource:service,path:["spec","selector",key2],related,fix:key2 in sts.podLabels?`${key2}: ${sts.podLabels[key2]}`:`drop '${key2}' from the selector or add it to the pod labels`})}}};var OPERATORS=new Set(["In","NotIn","Exists","DoesNotExist"]),isSet2=value=>value!=null,isNegative=value=>typeof value=="number"&&value<0,messages11={noSelector:"{sts} has no spec.selector; the API server requires one",emptySelector:'{sts} has an empty spec.selector ("empty selector is invalid for statefulset")',selectorMismatch:'{sts} has a spec.selector that does not match its template labels {labels} ("selector does not match template labels")',restartPolicy:"{sts} sets restartPolicy '{value}' in its pod template; StatefulSet pods only support Always",activeDeadline:"{sts} sets activeDeadlineSeconds in its pod template, which StatefulSets forbid",negative:"{sts} sets {field} to {value}; it must be 0 or more",podManagementPolicy:"{sts} sets podManagementPolicy '{value}'; supported values are OrderedReady and Parallel",updateStrategy:"{sts} sets updateStrategy.type '{value}'; supported values are RollingUpdate and OnDelete",rollingUpdateWithOnDelete:"{sts} sets updateStrategy.rollingUpdate with type OnDelete; rollingUpdate is only allowed for updateStrategy 'RollingUpdate'"};function checkSelector(context,sts){let data={sts:describeWorkload(sts)},spec=objectOf(sts.resource.object.spec);if(!isSet2(spec.selector)){if(sts.resource.apiVersion==="apps/v1beta1")return;context.report({messageId:"noSelector",data,resource:sts.resource,path:["spec","selector"],fix:`selector: {matchLabels: ${inlineLabels(sts.podLabels)}}`});return}let selector=objectOf(spec.selector),matchLabels=asLabels(selector.matchLabels),expressions=objectsOf(selector.matchExpressions);if(Object.keys(matchLabels).length===0&&expressions.length===0){context.report({messageId:"emptySelector",data,resource:sts.resource,path:["spec","selector"]});return}expressions.some(e=>typeof e.key!="string"||!OPERATORS.has(e.operator))||matchesSelector(sts.podLabels,{matchLabels,matchExpressions:expressions})||context.report({messageId:"selectorMismatch",data:{...data,labels:inlineLabels(sts.podLabels)},resource:sts.resource,path:["spec","selector"],related:[{resource:sts.resource,path:[...sts.specPath.slice(0,-1),"metadata","labels"],message:`template labels of ${describeWorkload(sts)}`}]})}function checkTemplate(context,sts){let data={sts:describeWorkload(sts)},{restartPolicy,activeDeadlineSeconds}=sts.spec;isSet2(restartPolicy)&&restartPolicy!==""&&restartPolicy!=="Always"&&context.report({messageId:"restartPolicy",data:{...data,value:String(restartPolicy)},resource:sts.resource,path:[...sts.specPath,"restartPolicy"],fix:"restartPolicy: Always (or leave it out)"}),isSet2(activeDeadlineSeconds)&&context.report({messageId:"activeDeadline",data,resource:sts.resource,path:[...sts.specPath,"activeDeadlineSeconds"],fix:"remove activeDeadlineSeconds"})}function checkFields(context,sts){let data={sts:describeWorkload(sts)},spec=objectOf(sts.resource.object.spec),strategy=objectOf(spec.updateStrategy),negatives=[["replicas",["spec","replicas"],spec.replicas],["minReadySeconds",["spec","minReadySeconds"],spec.minReadySeconds],["ordinals.start",["spec","ordinals","start"],objectOf(spec.ordinals).start],["updateStrategy.rollingUpdate.partition",["spec","updateStrategy","rollingUpdate","partition"],objectOf(strategy.rollingUpdate).partition]];for(let[field,path17,value]of negatives)isNegative(value)&&context.report({messageId:"negative",data:{...data,field,value:String(value)},resource:sts.resource,path:path17});let policy=spec.podManagementPolicy;isSet2(policy)&&policy!==""&&policy!=="OrderedReady"&&policy!=="Parallel"&&context.report({messageId:"podManagementPolicy",data:{...data,value:String(policy)},resource:sts.resource,path:["spec","podManagementPolicy"]});let type=strategy.type;isSet2(type)&&type!==""&&type!=="RollingUpdate"&&type!=="OnDelete"&&context.report({messageId:"updateStrategy",data:{...data,value:String(type)},resource:sts.resource,path:["spec","updateStrategy","type"]}),type==="OnDelete"&&isObject(strategy.rollingUpdate)&&context.report({messageId:"rollingUpdateWithOnDelete",data,resource:sts.resource,path:["spec","updateStrategy","rollingUpdate"],fix:"remove updateStrategy.rollingUpdate"})}var sts_spec_invalid_default={id:"sts-spec-invalid",severity:"error",category:"statefulset",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A StatefulSet spec the API server rejects: selector, restartPolicy, activeDeadlineSeconds, negative counts, unknown policies",why:"`ValidateStatefulSetSpec` rejects the whole StatefulSet when `spec.selector` is missing or empty or does not match the template labels, when the pod template sets a `restartPolicy` other than Always or any `activeDeadlineSeconds`, when `replicas`, `minReadySeconds`, `ordinals.start` or `partition` is negative, when `podManagementPolicy` or `updateStrategy.type` is not a supported value, or when `rollingUpdate` is given with `OnDelete`. `kubectl apply` fails, and in a bundle applied by a pipeline everything after it may not be applied either. `selector` cannot be changed later, so getting it right matters.",fix:"Give `spec.selector.matchLabels` a subset of the template labels, leave `restartPolicy` out (or Always), drop `activeDeadlineSeconds`, and use OrderedReady/Parallel and RollingUpdate/OnDelete.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumeMounts, validateLocalDescendingPath, validatePathNoBacksteps, validateEphemeralContainers)","https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath"],sources:[{tool:"Kubernetes API server",check:`validateLocalDescendingPath: "must be a relative path", "must not contain '..'"`,url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:{absolute:"{container} mounts volume '{volume}' with {field} '{value}', which must be a relative path",backsteps:"{container} mounts volume '{volume}' with {field} '{value}', which contains a '..' element",both:"{container} mounts volume '{volume}' with both subPath and subPathExpr; they are mutually exclusive",ephemeral:"{container} is an ephemeral container and mounts volume '{volume}' with {field}, which ephemeral containers may not use"},check(context){for(let workload of context.model.workloads)for(let container of workload.containers)for(let mount of mountsOf(container)){if(mount.kind!=="mount")continue;let base2={container:describeContainer(workload,mount),volume:mount.volumeName??""},at2=field=>({resource:workload.resource,path:[...mount.path,field]}),present=FIELDS2.filter(field=>nonEmptyString(mount.entry[field])!==void 0);if(mount.ephemeral){for(let field of present)context.report({messageId:"ephemeral",data:{...base2,field},...at2(field)});continue}present.length===2&&context.report({messageId:"both",data:base2,...at2("subPathExpr"),fix:"keep one of subPath and subPathExpr"});for(let field of present){let value=mount.entry[field];for(let problem of localDescendingPathProblems(value)){let relative=value.replace(/^\/+/,"");context.report({messageId:problem,data:{...base2,field,value},...at2(field),fix:problem==="absolute"&&relative&&localDescendingPathProblems(relative).length===0?`${field}: ${relative}`:void 0})}}}}};var isTrue2=value=>String(value).toLowerCase()==="true",names=value=>typeof value=="string"?value.split(",").map(name=>name.trim()).filter(Boolean):[];function rollerOf({workload,podTemplate,kind,name,object}){let checksum=Object.keys(podTemplate).find(key2=>key2.startsWith("checksum/"));if(checksum)return checksum;let prefix=kind==="ConfigMap"?"configmap":"secret";for(let key2 of["reloader.stakater.com/auto",`${prefix}.reloader.stakater.com/auto`,"wave.pusher.com/update-on-config-change"])if(isTrue2(workload[key2]))return key2;let reload=`${prefix}.reloader.stakater.com/reload`;if(names(workload[reload]).includes(name))return reload;if(isTrue2(workload["reloader.stakater.com/search"])&&object&&isTrue2(object["reloader.stakater.com/match"]))return"reloader.stakater.com/search"}var FIXED_POD_FIELDS=new Set(["metadata.name","metadata.namespace","metadata.uid"]);function isStatic(projection,model,namespace){if(projection.kind==="downwardAPI")return indexedObjectsOf(projection.source.items).every(([item])=>FIXED_POD_FIELDS.has(String(objectOf(item.fieldRef).fieldPath)));if(projection.kind!=="configMap"&&projection.kind!=="secret")return!1;let kind=projection.kind==="configMap"?"ConfigMap":"Secret",name=nonEmptyString(projection.source.name)??nonEmptyString(projection.source.secretName);return name!==void 0&&model.find(kind,name,namespace)?.object.immutable===!0}function isRolled(projection,model,workload){if(workload.kind==="Pod"||projection.kind!=="configMap"&&projection.kind!=="secret")return!1;let kind=projection.kind==="configMap"?"ConfigMap":"Secret",name=nonEmptyString(projection.source.name)??nonEmptyString(projection.source.secretName);if(!name)return!1;let annotations=value=>objectOf(objectOf(value).annotations),podTemplate=annotations(getIn(workload.resource.object,[...workload.specPath.slice(0,-1),"metadata"])),object=model.find(kind,name,workload.namespace)?.object.metadata;return rollerOf({workload:annotations(workload.resource.object.metadata),podTemplate,kind,name,...object?{object:annotations(object)}:{}})!==void 0}function missed(projection){switch(projection.kind){case"downwardAPI":return"changes to the pod's labels, annotations or resources";case"serviceAccountToken":return"the rotated service account token (the one it has expires)";default:return`changes to ${projection.label}`}}function isLongRunning(workload,view){return workload.kind==="Job"||workload.kind==="CronJob"?!1:view.path[workload.specPath.length]!=="initContainers"||view.container.restartPolicy==="Always"}var subpath_no_live_update_default={id:"subpath-no-live-update",severity:"info",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A ConfigMap, Secret, downwardAPI or projected volume is mounted with `subPath`, so the file never receives updates",why:"The kubelet refreshes these volumes by swapping a `..data` symlink inside the volume directory. A `subPath` mount binds one file or directory of the volume as it was when the container started, so later changes to the ConfigMap or Secret, to the pod's labels and annotations, or a rotated service account token never reach the container; it keeps the old content until it restarts. Immutable ConfigMaps and Secrets, fixed pod fields (name, namespace, uid), init containers that run to completion and Job/CronJob pods (each run starts with fresh content) are not reported, nor ConfigMaps and Secrets whose changes already roll the pods: a `checksum/\u2026` annotation on the pod template (the Helm convention), Stakater Reloader on the workload (`reloader.stakater.com/auto`, `configmap.reloader.stakater.com/auto` or `/reload: <names>`, the `secret.` forms, `search` with `match`) or Wave (`wave.pusher.com/update-on-config-change`). A checksum annotation is taken to cover every ConfigMap and Secret of the pod: which object it hashes is not visible in rendered manifests.",fix:"Mount the volume without `subPath` on a directory of its own and point the program at the file there, or restart the pods when the content changes (for example with a checksum annotation on the pod template), or mark the ConfigMap/Secret `immutable: true` to document that it does not change.",examples:{bad:`apiVersion: v1
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
`},references:["https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath","https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically","pkg/volume/util/atomic_writer.go (updates swap the ..data symlink)","https://helm.sh/docs/howto/charts_tips_and_tricks/#automatically-roll-deployments","https://github.com/stakater/Reloader (README: auto, reload, search and match annotations)","https://github.com/wave-k8s/wave (update-on-config-change)"],sources:[],whenNotToUse:"Turn it off when pods are restarted on every configuration change by something the manifests do not show (a GitOps tool that rolls the workload, a hash in the object name as kustomize generators make), so the missing live update never matters."},messages:{subPath:"Container '{container}' of {workload} mounts volume '{volume}' ({source}) with {field} '{subPath}', so it will not see {missed}"},check(context){let{model}=context;for(let workload of model.workloads){let byName=new Map;for(let volume of workload.volumes)typeof volume.volume.name=="string"&&byName.set(volume.volume.name,volume);for(let view of workload.containers)if(isLongRunning(workload,view))for(let[mount,index2]of indexedObjectsOf(view.container.volumeMounts)){let field=nonEmptyString(mount.subPath)?"subPath":nonEmptyString(mount.subPathExpr)?"subPathExpr":void 0,volume=typeof mount.name=="string"?byName.get(mount.name):void 0;if(!field||!volume)continue;let projections=projectionsOf(volume.volume),changing=projections.filter(p=>!isStatic(p,model,workload.namespace)&&!isRolled(p,model,workload));if(changing.length===0)continue;let related=[{resource:workload.resource,path:[...volume.path,"name"],message:`volume '${mount.name}'`}];for(let ref of objectReferencesOf(volume.volume)){let object=model.find(ref.kind,ref.name,workload.namespace);object&&related.push({resource:object,path:["metadata","name"],message:`${ref.kind} ${workload.namespace}/${ref.name}`})}context.report({messageId:"subPath",data:{container:String(view.container.name??""),workload:describeWorkload(workload),volume:mount.name,source:projections.map(p=>p.label).join(" + "),field,subPath:String(mount[field]),missed:changing.map(missed).join(", ")},resource:workload.resource,path:[...view.path,"volumeMounts",index2,field],related,fix:"mount the volume on a directory without subPath, or roll the pods when the content changes (checksum annotation)"})}}}};var unused_suppression_default={id:"unused-suppression",severity:"warning",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A suppression comment or annotation that silences nothing",why:"A stale `# kstorelint-disable-\u2026` comment or `kstorelint.io/ignore` annotation hides nothing today, but it will silently hide the next real problem of that rule on that line or object. A directive naming an unknown rule is usually a typo, so the finding it was meant for is still reported.",fix:"Remove the directive, or correct the rule id it names.",examples:{bad:`apiVersion: v1
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
`},references:["https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments"],sources:[{tool:"ESLint",check:"reportUnusedDisableDirectives",url:"https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments"}],whenNotToUse:"Turn it off when the same files are linted with different rule sets (a directive used by one configuration looks unused to the other), or for one run while upgrading kstorelint changes where findings point."},messages:{unused:"{detail}"},check(){}};function modeOf(claimObject){let mode=objectOf(objectOf(claimObject).spec).volumeMode;return mode==null||mode==="Filesystem"?"Filesystem":mode==="Block"?"Block":void 0}function volumeModes(model,workload){let uses=model.volumeClaims(workload),templates=new Map(uses.flatMap(use=>use.naming==="template"?[[use.volumeName,use]]:[])),volumes=volumesByName(workload),withMode=(mode,claim,resource,path17)=>mode?{kind:"claim",mode,claim,resource,modePath:[...path17,"spec","volumeMode"]}:void 0;return{lookup(name){let template=templates.get(name);if(template)return withMode(modeOf(template.template),`claim template '${name}'`,workload.resource,template.volumePath);let volume=volumes.get(name);if(!volume)return;let raw=volume.volume,source=volumeSourceOf(raw);if(source==="persistentVolumeClaim"){let claims=uses.find(u=>u.naming==="claimName"&&u.volumePath===volume.path)?.claims.map(({claim:claim2})=>claim2)??[],modes2=new Set(claims.map(c=>modeOf(c.object)));if(claims.length===0||modes2.size>1)return;let[claim]=claims,label2=claim.origin==="object"?`PersistentVolumeClaim ${claim.namespace}/${claim.name}`:`claim '${claim.name}'`;return withMode(modeOf(claim.object),label2,claim.resource,claim.path)}if(source==="ephemeral"){let template2=objectOf(raw.ephemeral).volumeClaimTemplate;return isObject(template2)?withMode(modeOf(template2),`the ephemeral claim template of volume '${name}'`,workload.resource,[...volume.path,"ephemeral","volumeClaimTemplate"]):void 0}return{kind:"other",source,resource:workload.resource,path:[...volume.path,source]}}}}var messages12={blockMounted:"{container} lists volume '{volume}' in volumeMounts, but {claim} has volumeMode Block; a block volume can only be attached through volumeDevices",filesystemDevice:"{container} lists volume '{volume}' in volumeDevices, but {claim} has volumeMode Filesystem; only a Block claim can be a raw device",deviceNotClaim:"{container} uses volume '{volume}' as a block device, but its source is {source}; only claim templates, persistentVolumeClaim and ephemeral volumes can be block devices",relativeDevicePath:"{container} attaches block device '{volume}' at '{path}', which is not an absolute path; the kubelet refuses to start the container",devicePathBacksteps:"{container} attaches block device '{volume}' at '{path}', which contains a '..' element"};function checkDevicePath(context,workload,mount){if(mount.kind!=="device"||!mount.target)return;let data={container:describeContainer(workload,mount),volume:mount.volumeName??"",path:mount.target},at2={resource:workload.resource,path:[...mount.path,"devicePath"]};hasBacksteps(mount.target)?context.report({...at2,messageId:"devicePathBacksteps",data}):isAbsolutePath(mount.target)||context.report({...at2,messageId:"relativeDevicePath",data,fix:`devicePath: /${mount.target.replace(/^\.\//,"")}`})}function checkMode(context,workload,modes2,mount){if(!mount.volumeName)return;let target=modes2.lookup(mount.volumeName);if(!target)return;let data={container:describeContainer(workload,mount),volume:mount.volumeName},at2={resource:workload.resource,path:[...mount.path,"name"]};if(target.kind==="other"){mount.kind==="device"&&workload.kind==="StatefulSet"&&context.report({...at2,messageId:"deviceNotClaim",data:{...data,source:target.source},related:[{resource:target.resource,path:target.path,message:`volume '${mount.volumeName}'`}]});return}let related=[{resource:target.resource,path:target.modePath,message:`volumeMode of ${target.claim}`}];mount.kind==="mount"&&target.mode==="Block"?context.report({...at2,messageId:"blockMounted",data:{...data,claim:target.claim},related,fix:`volumeDevices: [{name: ${mount.volumeName}, devicePath: /dev/xvda}]`}):mount.kind==="device"&&target.mode==="Filesystem"&&context.report({...at2,messageId:"filesystemDevice",data:{...data,claim:target.claim},related,fix:"volumeMode: Block on the claim, or mount it with volumeMounts"})}var volume_mode_usage_default={id:"volume-mode-usage",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A Block claim in volumeMounts, a Filesystem claim in volumeDevices, or a devicePath that is relative or climbs out with `..`",why:'A claim\'s `volumeMode` decides how a container gets it: `Filesystem` (the default) through `volumeMounts`, `Block` through `volumeDevices` with an absolute `devicePath`. The kubelet checks this before it starts the pod ("volume X has volumeMode Block, but is specified in volumeMounts", and the reverse), so the pod hangs in ContainerCreating; it refuses a relative `devicePath` ("must be an absolute path"), and the API server rejects a `devicePath` with a `..` element. In a StatefulSet a device must name a claim template, a persistentVolumeClaim or an ephemeral volume (for other workloads `volume-mount-not-found` checks that). Name and path clashes between mounts and devices are `mount-path-conflict`\'s.',fix:"List Block claims under `volumeDevices` with an absolute `devicePath` (e.g. `/dev/xvda`) and Filesystem claims under `volumeMounts`, or change the claim's `volumeMode` (which is immutable: re-create the claim).",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["pkg/kubelet/volumemanager/populator/desired_state_of_world_populator.go (createVolumeSpec: volumeMode mismatch with volumeMounts/volumeDevices)","pkg/kubelet/kubelet_pods.go (makeBlockVolumes: must be an absolute path)","pkg/apis/core/validation/validation.go (ValidateVolumeDevices)","https://kubernetes.io/docs/concepts/storage/persistent-volumes/#raw-block-volume-support"],sources:[],whenNotToUse:"Keep it on: a pod it reports does not start. Turn it off only when the claims in the files have another volumeMode than the claims in the cluster."},messages:messages12,check(context){for(let workload of context.model.workloads){if(context.model.isFragment(workload.resource)!==void 0)continue;let modes2=volumeModes(context.model,workload);for(let container of workload.containers)for(let mount of mountsOf(container))checkDevicePath(context,workload,mount),checkMode(context,workload,modes2,mount)}}};var listNames3=names2=>names2.length===0?"the pod has no volumes":`its volumes are '${names2.join("', '")}'`,volume_mount_not_found_default={id:"volume-mount-not-found",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A volumeMount or volumeDevice names a volume the pod does not have",why:'The API server rejects the pod (or the Deployment, Job, \u2026 whose template it is) with `volumeMounts[0].name: Not found`: every mount and device must name an entry of `spec.volumes`. A block device (`volumeDevices`) must moreover be a persistentVolumeClaim or ephemeral volume ("can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"). StatefulSets are checked by `sts-volume-mount-not-found`, because their mounts may also name volumeClaimTemplates.',fix:"Fix the name in the mount, or add the volume to `spec.volumes` (names are case-sensitive). For `volumeDevices`, use a persistentVolumeClaim or ephemeral volume with `volumeMode: Block`.",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumeMounts: IsMatchedVolume; ValidateVolumeDevices: isMatchedDevice)","https://kubernetes.io/docs/concepts/storage/volumes/"],sources:[{tool:"Kubevious",check:"container-volume-mount-ref"},{tool:"Kubernetes API server",check:'ValidateVolumeMounts: volumeMounts[].name "Not found"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Turn it off only when a mutating webhook injects the named volume at admission (service mesh or secret injectors); otherwise the API server rejects the workload."},messages:{mountUnknown:"{container} mounts volume '{volume}', which is not a volume of the pod; {volumes}",deviceUnknown:"{container} uses volume '{volume}' as a block device, but it is not a volume of the pod; {volumes}",deviceNotClaim:"{container} uses volume '{volume}' as a block device, but it is a {source} volume; only persistentVolumeClaim and ephemeral volumes can be block devices"},check(context){for(let workload of context.model.workloads){if(workload.kind==="StatefulSet"||context.model.isFragment(workload.resource)!==void 0)continue;let volumes=volumesByName(workload),names2=[...volumes.keys()];for(let container of workload.containers)for(let mount of mountsOf(container)){if(!mount.volumeName)continue;let at2={resource:workload.resource,path:[...mount.path,"name"]},subject=describeContainer(workload,mount),volume=volumes.get(mount.volumeName);if(!volume){let suggestion=closest(mount.volumeName,names2);context.report({messageId:mount.kind==="mount"?"mountUnknown":"deviceUnknown",data:{container:subject,volume:mount.volumeName,volumes:listNames3(names2)},...at2,fix:suggestion?`did you mean '${suggestion}'?`:void 0});continue}let source=volumeSourceOf(volume.volume);mount.kind==="device"&&source&&source!=="persistentVolumeClaim"&&source!=="ephemeral"&&context.report({messageId:"deviceNotClaim",data:{container:subject,volume:mount.volumeName,source},...at2,related:[{resource:workload.resource,path:[...volume.path,source],message:`volume '${mount.volumeName}'`}],fix:"mount it with volumeMounts, or use a persistentVolumeClaim with volumeMode: Block"})}}}};var messages13={nameMissing:"Volume #{index} of {workload} has no name",nameInvalid:"Volume name '{volume}' of {workload} is not a DNS-1123 label (at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit)",nameDuplicate:"Volume name '{volume}' of {workload} is used twice (volumes #{first} and #{index})",severalSources:"Volume '{volume}' of {workload} sets both {first} and {source}; a volume has exactly one source",required:"Volume '{volume}' of {workload} has {source} without {field}, which is required",hostPathType:"Volume '{volume}' of {workload} has hostPath type '{value}', which is not one of {types}",backsteps:"Volume '{volume}' of {workload} has {source}.{field} '{value}', which contains a '..' element",notAbsolute:"Volume '{volume}' of {workload} has {source}.{field} '{value}', which must be an absolute path",negativeSize:"Volume '{volume}' of {workload} has emptyDir sizeLimit '{value}', which is negative",csiDriverName:"Volume '{volume}' of {workload} has CSI driver '{value}', which is not a valid driver name (a DNS subdomain of at most 63 characters)"},TYPES_TEXT=HOST_PATH_TYPES.filter(Boolean).join(", ")+' or ""',hostPathTypeHint=value=>HOST_PATH_TYPES.find(t=>t!==""&&t.toLowerCase()===value.toLowerCase());function reportSourceProblem(context,workload,volumePath,base2,problem){let at2={resource:workload.resource,path:[...volumePath,...problem.path]};switch(problem.code){case"several-sources":reportWrittenValue(context,{messageId:"severalSources",data:{...base2,first:problem.first,source:problem.source},...at2,fix:`keep one of ${problem.first} and ${problem.source}`});return;case"required":reportWrittenValue(context,{messageId:"required",data:{...base2,source:problem.source,field:problem.field},...at2});return;case"host-path-type":{let hint=hostPathTypeHint(problem.value);reportWrittenValue(context,{messageId:"hostPathType",data:{...base2,value:problem.value,types:TYPES_TEXT},...at2,fix:hint?`type: ${hint}`:void 0});return}case"backsteps":reportWrittenValue(context,{messageId:"backsteps",data:{...base2,source:problem.source,field:problem.field,value:problem.value},...at2});return;case"not-absolute":reportWrittenValue(context,{messageId:"notAbsolute",data:{...base2,source:problem.source,field:problem.field,value:problem.value},...at2,fix:`path: /${problem.value}`});return;case"negative-size":reportWrittenValue(context,{messageId:"negativeSize",data:{...base2,value:problem.value},...at2});return;case"csi-driver-name":reportWrittenValue(context,{messageId:"csiDriverName",data:{...base2,value:problem.value},...at2});return}}var volume_spec_invalid_default={id:"volume-spec-invalid",severity:"error",category:"pod-volumes",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod volume the API server rejects: bad or duplicate name, no or several sources, or an invalid source field",why:"The API server validates `spec.volumes` of every pod and pod template (`ValidateVolumes`, `validateVolumeSource`) and rejects the whole object on any error: a name that is not a DNS-1123 label or is used twice, a volume with more than one source, a hostPath with an unknown `type` or a `..` element, a negative `emptyDir.sizeLimit`, or a missing required field (`persistentVolumeClaim.claimName`, `configMap.name`, `secret.secretName`, `nfs.server`/`nfs.path` (absolute), `hostPath.path`, `csi.driver`, \u2026). A volume with no source at all is not an error: the API server defaults it to an emptyDir (`SetDefaults_Volume`), so `emptyDir:` with nothing after it works. A value an example leaves to the reader, with a comment on its line that says so (`volumeID: # insert AWS EBS volumeID here`, `# change to your \u2026`, `# TODO`), is reported only as a hint: the API server would reject it as written, but its author knows.",fix:"Give each volume a unique lower-case name and exactly one source with its required fields; use one of the hostPath types exactly as spelt (`Directory`, `DirectoryOrCreate`, `File`, `FileOrCreate`, `Socket`, `CharDevice`, `BlockDevice`).",examples:{bad:`apiVersion: v1
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
`},references:["pkg/apis/core/validation/validation.go (ValidateVolumes, validateVolumeSource, validateHostPathVolumeSource, validateNFSVolumeSource, ValidateCSIDriverName)","https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"],sources:[{tool:"Kubernetes API server",check:'validateVolumeSource: "may not specify more than 1 volume type"',url:"https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"}],whenNotToUse:"Keep it on: every finding is a pod or pod template the API server rejects. A pipeline that already runs `kubectl apply --dry-run=server` against the target cluster gets the same error there, later and without a line number."},messages:messages13,check(context){for(let workload of context.model.workloads){let name=`${workload.kind} ${workload.namespace}/${workload.name}`,firstIndex=new Map;for(let{volume,index:index2,path:path17}of workload.volumes){let raw=volume,volumeName=typeof raw.name=="string"?raw.name:"",base2={volume:volumeName,workload:name};if(raw.name===void 0||raw.name===null||raw.name==="")reportWrittenValue(context,{messageId:"nameMissing",data:{index:index2,workload:name},resource:workload.resource,path:[...path17,"name"]});else if(typeof raw.name=="string"){let seen=firstIndex.get(volumeName);if(!isDns1123Label(volumeName)&&!isNamePlaceholder(volumeName)){let lower=volumeName.toLowerCase().replace(/[^-a-z0-9]/g,"-");reportWrittenValue(context,{messageId:"nameInvalid",data:base2,resource:workload.resource,path:[...path17,"name"],fix:isDns1123Label(lower)?`name: ${lower} (and in its volumeMounts)`:void 0})}else seen!==void 0&&reportWrittenValue(context,{messageId:"nameDuplicate",data:{...base2,first:seen,index:index2},resource:workload.resource,path:[...path17,"name"],related:[{resource:workload.resource,path:[...workload.specPath,"volumes",seen,"name"],message:`first volume '${volumeName}'`}]});seen===void 0&&firstIndex.set(volumeName,index2)}for(let problem of volumeSourceProblems(raw))reportSourceProblem(context,workload,path17,base2,problem)}}}};function waitingClass(model,claim,names2){if(nonEmptyString(objectOf(claim.spec).volumeName)||names2.some(({namespace,name})=>name!==""&&model.volumesReservedFor(namespace,name).length>0))return;let storageClass2=model.storageClassFor(model.claimClass(claim));return storageClass2&&bindingModeOf(storageClassObject(storageClass2))===WAIT_FOR_FIRST_CONSUMER?storageClass2:void 0}var wffc_pod_nodename_default={id:"wffc-pod-nodename",severity:"error",category:"storageclass",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod with spec.nodeName uses an unbound claim of a WaitForFirstConsumer StorageClass",why:"With `volumeBindingMode: WaitForFirstConsumer`, binding and provisioning wait until the scheduler picks a node for the first pod using the claim. `spec.nodeName` bypasses the scheduler, so nothing ever selects a node for the claim: it stays Pending and the pod waits for its volume forever.",fix:"Replace `nodeName` with a node selector or node affinity (`kubernetes.io/hostname: <node>`), so the scheduler runs and triggers binding; or use an Immediate class or a pre-bound PersistentVolume.",examples:{bad:`apiVersion: storage.k8s.io/v1
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
`},references:["https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode","component-helpers storage/volume/pv_helpers.go (IsDelayBindingMode)","pkg/scheduler/framework/plugins/volumebinding/binder.go"],sources:[],whenNotToUse:"Keep it on: the claim never binds. Turn it off only when the claim is bound before the pod exists by some means the files do not show, such as a PersistentVolume pre-bound by another tool."},messages:{bypassed:"{workload} sets spec.nodeName '{node}' and uses {claim} of StorageClass {class} (WaitForFirstConsumer); the scheduler is bypassed, so the claim is never bound or provisioned"},check(context){let{model}=context,report3=(workload,node,claim,storageClass2,path17)=>context.report({messageId:"bypassed",data:{workload:`${workload.kind} ${workload.namespace}/${workload.name}`,node,claim,class:storageClass2.name},resource:workload.resource,path:path17,related:[{resource:workload.resource,path:[...workload.specPath,"nodeName"],message:`nodeName ${node}`},{resource:storageClass2,path:["volumeBindingMode"],message:`StorageClass ${storageClass2.name}`}],fix:`nodeSelector: {kubernetes.io/hostname: ${node}} instead of nodeName`}),templatesOf=new Map;for(let spec of model.claimSpecs)spec.owner&&templatesOf.set(spec.owner,[...templatesOf.get(spec.owner)??[],spec]);for(let workload of model.workloads){let node=nonEmptyString(workload.spec.nodeName);if(node){for(let use of model.volumeClaims(workload)){let claim=use.claims[0]?.claim;if(use.naming!=="claimName"||use.replacedByTemplate||!claim||claim.origin!=="object")continue;let storageClass2=waitingClass(model,claim.object,[claim]);storageClass2&&report3(workload,node,`PersistentVolumeClaim ${claim.namespace}/${claim.name}`,storageClass2,use.path)}for(let spec of templatesOf.get(workload)??[]){let storageClass2=waitingClass(model,spec.object,identitiesOf(spec));storageClass2&&report3(workload,node,spec.origin==="statefulset"?`its volumeClaimTemplate '${spec.name}'`:`the ephemeral volume '${spec.name}'`,storageClass2,spec.path)}}}}};var yaml_alias_bomb_default={id:"yaml-alias-bomb",severity:"error",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"YAML aliases that expand to an enormous document",why:'Nested aliases ("billion laughs") expand exponentially; the API server refuses such input and a tool that expands it runs out of memory. The document is not linted.',fix:"Write the values out, or use fewer nested aliases.",examples:{bad:`a: &a [x, x, x, x, x, x, x, x, x, x] # expect: yaml-alias-bomb/bomb@1
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
`},references:["https://yaml.org/spec/1.1/"],sources:[{tool:"Monokle",check:"YML001 \u2026 YML021 (yaml-syntax plugin)"}],whenNotToUse:"Keep it on: a broken document is invisible to every other rule. Turn it off only for files that are not Kubernetes YAML and cannot be left out with `ignore:`."},messages:{syntax:"YAML syntax error ({code}): {detail}"},check(context){for(let problem of context.model.problems)problem.kind==="syntax"&&context.reportFile({messageId:"syntax",data:{code:problem.code,detail:problem.message},problem})}};var YAML11_ONLY_BOOLEANS=/^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,LEADING_ZERO_INT=/^[-+]?0[0-7_]*[0-7]$/,LEADING_ZERO_NOT_OCTAL=/^[-+]?0[0-9_]*[89][0-9_]*$/,VERSION_LIKE_FLOAT=/^\d+\.\d+$/,isQuotedOrBlock=source=>/^["'|>!&*]/.test(source);function yamlAmbiguity(source){if(source===""||isQuotedOrBlock(source))return;if(YAML11_ONLY_BOOLEANS.test(source))return{kind:"boolean",yaml11:/^[yYoO]/.test(source)&&!/^(off|Off|OFF)$/.test(source)};let digits=source.replace(/_/g,"");if(LEADING_ZERO_INT.test(source)&&!/^[-+]?0+$/.test(digits)){let sign=digits.startsWith("-")?-1:1,unsigned=digits.replace(/^[-+]/,"");return{kind:"octal",yaml11:sign*parseInt(unsigned,8),yaml12:sign*parseInt(unsigned,10)}}if(LEADING_ZERO_NOT_OCTAL.test(source))return{kind:"leading-zero",yaml11:Number(digits)};if(VERSION_LIKE_FLOAT.test(source)&&String(Number(source))!==source)return{kind:"float",yaml11:Number(source)}}var MODE_KEYS=new Set(["defaultMode","mode"]),messages14={boolean:"{object}: '{path}' is written {written}, which kubectl (YAML 1.1) reads as the boolean {yaml11} and YAML 1.2 tools as the string '{written}'{outcome}",octal:"{object}: '{path}' is written {written}, which kubectl (YAML 1.1) reads as octal, i.e. {yaml11}, and YAML 1.2 tools as {yaml12}{outcome}",number:"{object}: '{path}' is written {written}, which YAML reads as the number {yaml11}, not the string '{written}'{outcome}"},REJECTED="; the API server rejects it because the field is a string",pathKey2=path17=>path17.join("\0");function*candidates(value,path17){if(Array.isArray(value))for(let i=0;i<value.length;i++)yield*candidates(value[i],[...path17,i]);else if(isObject(value))for(let[key2,child]of Object.entries(value))yield*candidates(child,[...path17,key2]);else(typeof value=="boolean"||typeof value=="number")&&(yield path17)}var entry=(path17,value)=>typeof path17.at(-1)=="number"?`- ${value}`:`${String(path17.at(-1))}: ${value}`;function listOfStrings(resource,path17){if(typeof path17.at(-1)!="number")return!1;let list=getIn(resource.object,path17.slice(0,-1));return Array.isArray(list)&&list.some((item,i)=>i!==path17.at(-1)&&typeof item=="string")}function report2(context,resource,path17,written,ambiguity,stringField){let key2=String(path17.at(-1)),base2={object:describe(resource),path:pathText(path17),written},severity=stringField?"error":"warning",outcome=stringField?REJECTED:"",quoted=entry(path17,`"${written}"`);switch(ambiguity.kind){case"boolean":context.report({messageId:"boolean",data:{...base2,yaml11:String(ambiguity.yaml11),outcome},resource,path:path17,severity,fix:stringField||listOfStrings(resource,path17)?quoted:entry(path17,String(ambiguity.yaml11))});return;case"octal":if(MODE_KEYS.has(key2))return;context.report({messageId:"octal",data:{...base2,yaml11:ambiguity.yaml11,yaml12:ambiguity.yaml12,outcome},resource,path:path17,severity,fix:stringField?quoted:`${entry(path17,String(ambiguity.yaml11))} (or ${entry(path17,String(ambiguity.yaml12))} if that was meant)`});return;case"leading-zero":case"float":stringField&&context.report({messageId:"number",data:{...base2,yaml11:ambiguity.yaml11,outcome},resource,path:path17,severity,fix:quoted})}}var yaml_version_ambiguity_default={id:"yaml-version-ambiguity",severity:"warning",category:"yaml",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A plain YAML value that kubectl (YAML 1.1) and YAML 1.2 tools read differently, or that is not the string it looks like",why:"kubectl decodes manifests with YAML 1.1 rules, most other tools in a pipeline (yq, linters, the `yaml` npm package, kustomize for booleans) with YAML 1.2. Unquoted `yes`, `no`, `on`, `off`, `y` and `n` are booleans for kubectl and strings for YAML 1.2; `0755` is octal 493 for kubectl and 755 for YAML 1.2; and `08` and `1.10` are the numbers 8 and 1.1 for both. Where the field is a string (env values, labels, annotations, ConfigMap data, image tags) kubectl sends a boolean or number and the API server rejects the object (`cannot unmarshal bool into Go struct field \u2026 of type string`): error. Elsewhere the object works with kubectl but means something else to the other tools: warning. File modes (`defaultMode: 0644`) are octal on purpose and left to the file-mode rules; JSON files are not checked.",fix:'Quote values meant as strings (`value: "yes"`, `version: "1.10"`), write booleans as `true`/`false`, and write octal numbers as `0o755` (the same for YAML 1.1 and 1.2) or in decimal.',examples:{bad:`apiVersion: v1
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
`},references:["https://yaml.org/type/bool.html (YAML 1.1 booleans)","https://yaml.org/spec/1.2.2/#1032-tag-resolution (YAML 1.2 core schema)","https://github.com/kubernetes-sigs/yaml (go-yaml v2 resolution used by kubectl)","https://kubernetes.io/docs/concepts/configuration/configmap/"],sources:[{tool:"yamllint",check:"truthy",url:"https://yamllint.readthedocs.io/en/stable/rules.html#module-yamllint.rules.truthy"}],whenNotToUse:"Turn it off when kubectl is the only reader of the manifests and the values are right as kubectl reads them: the warnings are about YAML 1.2 tools elsewhere in the pipeline, while the errors (kubectl sends a boolean where a string belongs) stay real."},messages:messages14,check(context){let{model}=context,stringFields=new Map;for(let problem of model.schemaCheck.problems){if(problem.kind!=="type"||!problem.expected.includes("string"))continue;let set=stringFields.get(problem.resource)??new Set;set.add(pathKey2(problem.path)),stringFields.set(problem.resource,set)}for(let resource of model.resources)if(!isJsonFile(resource))for(let path17 of candidates(resource.object,[])){let written=context.scalarSource(resource,path17),ambiguity=written===void 0?void 0:yamlAmbiguity(written);!written||!ambiguity||report2(context,resource,path17,written,ambiguity,stringFields.get(resource)?.has(pathKey2(path17))??!1)}}};var PV=`apiVersion: v1
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
`,inZones=(workload,pinned)=>`claim ${workload.namespace}/${pinned.podClaim.name} (PersistentVolume ${pinned.volume.name} in zone(s) ${formatZones(pinned.where)})`,zone_conflict_default={id:"zone-conflict",severity:"error",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod is pinned to zones that the PersistentVolume it mounts is not in, or mounts PersistentVolumes of zones that share none",why:`A zonal disk attaches only to nodes of its zone. The scheduler checks the PV's zone labels (VolumeZone: "node(s) had no available volume zone") and its node affinity (VolumeBinding: "node(s) had volume node affinity conflict"); when the pod's nodeSelector or required node affinity only allows other zones, no node passes both and the pod stays Pending forever. A GCE PD volume handle names the disk's zone too: without labels or node affinity the pod is scheduled in its own zone and then hangs in ContainerCreating with FailedAttachVolume. Two volumes of one pod in zones that share none leave no node either (the node-local variant, hostname-pinned PVs, is node-conflict's).`,fix:"Make the pod's zone constraint include the disk's zone (or drop it: the scheduler follows the volume by itself), or restore the data onto a disk in the pod's zone and point the PV at that disk.",examples:{bad:PV+pod("us-west1-a"," # expect: zone-conflict/conflict@34"),good:PV+pod("us-west1-b","")},references:["pkg/scheduler/framework/plugins/volumezone/volume_zone.go (Filter, getPVTopologies)","component-helpers storage/volume/helpers.go (CheckNodeAffinity)","component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go (GetRequiredNodeAffinity)","https://kubernetes.io/docs/setup/best-practices/multiple-zones/#storage-access-for-zones"],sources:[],whenNotToUse:"Turn it off when the PersistentVolumes in the files are templates whose zone is rewritten during a restore (some backup tools remap zones), so the zone written is not the zone used."},messages:{volumesApart:"{consumer} mount{s} {claim} and {other}; a pod runs in one zone, so no node can attach both",conflict:"{workload} can only run in zone(s) {podZones}, but claim {claim} is bound to PersistentVolume {volume} in zone(s) {volumeZones}; no node in those zones can attach it"},check(context){let{model}=context;for(let workload of model.workloads){let pod3=podZones(workload.spec),podAt=path17=>[...workload.specPath,...path17],conflicting=new Set;for(let podClaim of pod3?podClaims(model,workload):[]){let bound=pinnedVolume(model,podClaim);if(!bound)continue;let volume=volumeZones(bound.volume.object);if(!pod3||!volume||!zonesDisjoint(pod3,volume))continue;conflicting.add(podClaim);let pvName=describe(bound.volume).replace(/^PersistentVolume /,"");context.report({messageId:"conflict",data:{workload:describeConsumer(workload,podClaim),podZones:formatZones(pod3),claim:`${workload.namespace}/${podClaim.name}`,volume:pvName,volumeZones:formatZones(volume)},resource:workload.resource,path:podAt(pod3.paths[0]??[]),related:[...claimReferenceRelated(workload,podClaim),...volume.paths.map(path17=>({resource:bound.volume,path:path17,message:`PersistentVolume ${pvName} is in zone(s) ${formatZones(volume)}`}))],fix:`use a zone of the volume (${formatZones(volume)}) in the pod's node constraints, or move the data to a disk in ${formatZones(pod3)}`})}if(model.isFragment(workload.resource))continue;let pinned=pinnedClaims(model,workload,volumeZones);for(let{claim,other}of claimsApart(pinned,new Set(pinned.filter(p=>conflicting.has(p.podClaim)))))context.report({messageId:"volumesApart",data:{consumer:describeConsumer(workload,claim.podClaim),s:workload.kind==="Pod"||claim.podClaim.ordinal!==void 0?"s":"",claim:inZones(workload,other),other:inZones(workload,claim)},resource:workload.resource,path:claim.podClaim.path,related:[...claimReferenceRelated(workload,other.podClaim),...[other,claim].flatMap(pinnedClaim=>pinnedClaim.where.paths.map(path17=>({resource:pinnedClaim.volume,path:path17,message:`PersistentVolume ${pinnedClaim.volume.name} is in zone(s) ${formatZones(pinnedClaim.where)}`})))],fix:"keep the volumes a pod needs in one zone (restore one disk into the other's zone)"})}}};var storageClass=zones=>`apiVersion: storage.k8s.io/v1
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
`,zone_conflict_allowed_topologies_default={id:"zone-conflict-allowed-topologies",severity:"error",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A pod is pinned to zones in which its claim's StorageClass may not provision",why:`A StorageClass's \`allowedTopologies\` restricts where new volumes are created. With WaitForFirstConsumer the scheduler only picks a node whose topology the class allows; if the pod's nodeSelector or required node affinity only allows other zones, no node qualifies and the pod stays Pending ("didn't find available persistent volumes to bind"). With Immediate binding the volume is created in an allowed zone first, and then the pod cannot run next to it ("volume node affinity conflict").`,fix:"Add the pod's zone to the class's `allowedTopologies`, use a class that provisions there, or change the pod's zone constraint.",examples:{bad:storageClass("us-east-1a, us-east-1b")+pod2(" # expect: zone-conflict-allowed-topologies/conflict@34"),good:storageClass("us-east-1a, us-east-1b, us-east-1c")+pod2("")},references:["https://kubernetes.io/docs/concepts/storage/storage-classes/#allowed-topologies","pkg/scheduler/framework/plugins/volumebinding/binder.go (checkVolumeProvisions: MatchTopologySelectorTerms)","component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go (GetRequiredNodeAffinity)"],sources:[],whenNotToUse:"Turn it off when the StorageClass in the files stands in for cluster classes whose allowedTopologies differ per environment."},messages:{conflict:"{workload} can only run in zone(s) {podZones}, but {claim} is provisioned by StorageClass {storageClass}, whose allowedTopologies only allow zone(s) {classZones}"},check(context){let{model}=context;for(let workload of model.workloads){let pod3=podZones(workload.spec);if(!pod3)continue;let seen=new Set;for(let podClaim of podClaims(model,workload)){if(!isDynamic(model,podClaim))continue;let sc=provisioningClass(model,podClaim.object),classZones=sc&&allowedTopologyZones(sc.object);if(!sc||!classZones||!zonesDisjoint(pod3,classZones))continue;let{label:label2,consumer,key:key2,reference}=consumerLabels(workload,podClaim);if(seen.has(key2))continue;seen.add(key2);let related=[{resource:workload.resource,path:podClaim.path,message:reference}],claim=podClaim.claim;claim&&claim.resource!==workload.resource&&related.push({resource:claim.resource,path:claimClassPath(claim),message:`PersistentVolumeClaim ${claim.namespace}/${claim.name}`});for(let path17 of classZones.paths)related.push({resource:sc,path:path17,message:`StorageClass ${sc.name} allows zone(s) ${formatZones(classZones)}`});context.report({messageId:"conflict",data:{workload:consumer,podZones:formatZones(pod3),claim:label2,storageClass:sc.name,classZones:formatZones(classZones)},resource:workload.resource,path:[...workload.specPath,...pod3.paths[0]??[]],related,fix:`add ${formatZones(pod3)} to StorageClass ${sc.name}'s allowedTopologies, or use a class that provisions there`})}}}};var example=mode=>`apiVersion: storage.k8s.io/v1
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
`,isZonal=(storageClass2,classZones)=>ZONAL_PROVISIONERS.includes(String(storageClass2.object.provisioner))||classZones!==void 0&&classZones.values.size>1;function constraintOf(workload,storageClass2,classZones){let zones=podZones(workload.spec);if(!(zones&&isAzureNonZonal(String(storageClass2.object.provisioner),zones))){if(zones&&zones.values.size>0)return classZones&&(zonesDisjoint(zones,classZones)||[...classZones.values].every(zone=>zones.values.has(zone)))?void 0:`in zone(s) ${formatZones(zones)}`;if(hasNodeConstraint(workload.spec))return nonEmptyString(workload.spec.nodeName)?`on node ${workload.spec.nodeName}`:"on the nodes their nodeSelector / node affinity select"}}var zone_immediate_binding_default={id:"zone-immediate-binding",severity:"warning",category:"topology",status:"stable",since:"0.1.0",recommended:!0,docs:{summary:"A zonal StorageClass binds Immediate while the pods using it are tied to particular zones or nodes",why:'With `volumeBindingMode: Immediate` (the default) the volume is provisioned as soon as the claim exists, "without knowledge of the Pod\'s scheduling requirements". A zonal disk (EBS, GCE PD, Azure Disk, or any class whose allowedTopologies span several zones) then lands in some zone, and a pod restricted by nodeSelector, node affinity or nodeName to nodes elsewhere can never attach it: Pending with "volume node affinity conflict".',fix:"Set `volumeBindingMode: WaitForFirstConsumer` on the StorageClass so the volume is created in the zone of the node the pod is scheduled to (the field is immutable: create a new class, or delete and re-create it). Alternatively restrict the class's allowedTopologies to zones the pods can use.",examples:{bad:{"storage.yaml":example("volumeBindingMode: Immediate # expect: zone-immediate-binding/immediate@20")},good:{"storage.yaml":example("volumeBindingMode: WaitForFirstConsumer")}},references:["https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode","pkg/apis/storage/v1/defaults.go (SetDefaults_StorageClass: Immediate)","pkg/scheduler/framework/plugins/volumebinding/binder.go (bound claims: node affinity conflict)"],sources:[],whenNotToUse:"Turn it off for single-zone clusters, where every volume and every node share one zone and Immediate binding cannot pick the wrong one."},messages:{immediate:"StorageClass {storageClass} ({provisioner}) binds Immediate: the volume for {claim} is provisioned before {workload} may only run {constraint}{more}; the volume may land in another zone and never attach"},check(context){let{model}=context,consumers=new Map;for(let workload of model.workloads){let seen=new Set;for(let podClaim of podClaims(model,workload)){if(!isDynamic(model,podClaim))continue;let sc=provisioningClass(model,podClaim.object);if(!sc||bindingMode(sc)!=="Immediate")continue;let classZones=allowedTopologyZones(sc.object);if(!isZonal(sc,classZones))continue;let constraint=constraintOf(workload,sc,classZones);if(!constraint)continue;let{label:label2,consumer,key:key2,reference}=consumerLabels(workload,podClaim);if(seen.has(key2))continue;seen.add(key2);let list=consumers.get(sc)??[];list.push({workload,claim:label2,constraint,related:{resource:workload.resource,path:podClaim.path,message:`${reference} (${consumer})`}}),consumers.set(sc,list)}}for(let[sc,list]of consumers){let[first]=list,hasField=nonEmptyString(sc.object.volumeBindingMode)!==void 0;context.report({messageId:"immediate",data:{storageClass:sc.name,provisioner:String(sc.object.provisioner),claim:first.claim,workload:first.workload.kind==="Pod"?`${describeWorkload(first.workload)} is scheduled, yet it`:`the pods of ${describeWorkload(first.workload)} are scheduled, yet they`,constraint:first.constraint,more:list.length>1?` (and ${list.length-1} more claim(s))`:""},resource:sc,path:hasField?["volumeBindingMode"]:["provisioner"],related:list.map(c=>c.related),fix:"volumeBindingMode: WaitForFirstConsumer"})}}};var rules=[access_modes_invalid_default,claim_not_found_default,cluster_scoped_namespace_default,config_key_invalid_default,config_key_not_found_default,configmap_or_secret_not_found_default,datasource_invalid_default,deprecated_topology_label_default,deprecated_volume_plugin_default,env_name_invalid_default,envfrom_key_dropped_default,ephemeral_claim_conflict_default,file_mode_decimal_literal_default,file_mode_out_of_range_default,helm_template_unrendered_default,key_path_invalid_default,label_selector_invalid_default,mount_path_conflict_default,node_conflict_default,object_defined_twice_default,object_name_invalid_default,pv_claimref_claim_not_found_default,pv_claimref_no_namespace_default,pv_claimref_unsatisfiable_default,pv_contended_default,pv_spec_invalid_default,pvc_default_class_hides_pv_default,pvc_no_class_no_default_default,pvc_prebinding_one_sided_default,pvc_selector_blocks_provisioning_default,pvc_storageclass_not_found_default,pvc_unbindable_default,pvc_volumename_mismatch_default,pvc_volumename_not_found_default,pvc_volumename_reserved_elsewhere_default,quantity_fractional_bytes_default,quantity_invalid_default,quantity_not_positive_default,reclaim_policy_recycle_default,removed_api_version_default,restore_bind_completed_default,restore_claimref_uid_default,restore_controller_finalizers_default,restore_provisioned_pv_delete_default,restore_server_fields_default,rwo_claim_shared_by_workloads_default,rwo_multiple_pods_default,rwo_rolling_update_default,schema_invalid_enum_default,schema_required_field_default,schema_type_mismatch_default,schema_unknown_field_default,static_pv_delete_policy_default,storageclass_beta_annotation_default,storageclass_default_annotation_value_default,storageclass_invalid_default,storageclass_multiple_defaults_default,storageclass_no_expansion_default,sts_claim_precreated_mismatch_default,sts_claim_template_invalid_default,sts_claim_template_unmounted_default,sts_name_too_long_default,sts_retention_policy_default,sts_service_not_found_default,sts_service_not_headless_default,sts_service_selects_nothing_default,sts_spec_invalid_default,sts_volume_mount_not_found_default,subpath_invalid_default,subpath_no_live_update_default,unused_suppression_default,volume_mode_usage_default,volume_mount_not_found_default,volume_spec_invalid_default,wffc_pod_nodename_default,yaml_alias_bomb_default,yaml_duplicate_key_default,yaml_syntax_default,yaml_version_ambiguity_default,zone_conflict_default,zone_conflict_allowed_topologies_default,zone_immediate_binding_default];import{createHash}from"node:crypto";var import_yaml3=__toESM(require_dist(),1),GO_TEMPLATE_ACTION=/\{\{-?\s*(?:-|\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|if\b|else\b|end\b|range\b|with\b|include\b|template\b|define\b|toYaml\b|tpl\b|required\b|default\b|printf\b|quote\b|nindent\b|indent\b)|\{\{[^}]*-\}\}/y,LEXER_MARKERS=new Set(["","",""]);function findHelmTemplateAction(text){if(!text.includes("{{"))return;let offset=0,previous;for(let token of new import_yaml3.Lexer().lex(text))if(!LEXER_MARKERS.has(token)){if(token==="{"&&previous?.token==="{"&&previous.offset===offset-1&&(GO_TEMPLATE_ACTION.lastIndex=previous.offset,GO_TEMPLATE_ACTION.test(text)))return previous.offset;previous={token,offset},offset+=token.length}}var import_yaml9=__toESM(require_dist(),1);import{readFileSync as readFileSync2}from"node:fs";import path5 from"node:path";var import_yaml8=__toESM(require_dist(),1);var import_yaml6=__toESM(require_dist(),1);var import_yaml4=__toESM(require_dist(),1),DOCUMENT="",FLOW_END="",SCALAR="",BOM="\uFEFF";function*lexLikeGoYaml(text){let lexer=new GoYamlLexer,state=lexer,offset=0,scalar2=!1,bom;for(let source of lexer.lex(text)){let control=source===DOCUMENT||source===FLOW_END||source===SCALAR,type=scalar2?"plain-scalar":import_yaml4.CST.tokenType(source)??"space",lexeme={source,offset,type,indent:scalar2?state.scalarIndent:0};bom&&!control&&(type==="plain-scalar"&&offset===bom.offset+1?lexeme={...lexeme,source:BOM+source,offset:bom.offset}:yield bom,bom=void 0),source===BOM&&offset>0?bom=lexeme:yield lexeme,scalar2=source===SCALAR,control||(offset+=source.length)}bom&&(yield bom)}var base=import_yaml4.Lexer.prototype,isEmpty=ch=>ch===void 0||ch===" "||ch===`
`||ch==="\r"||ch==="	",isDocumentMarker=(buffer,offset)=>(buffer.startsWith("---",offset)||buffer.startsWith("...",offset))&&isEmpty(buffer[offset+3]),isNotAnchorChar=ch=>ch===void 0||!/[0-9A-Za-z_-]/.test(ch),GoYamlLexer=class extends import_yaml4.Lexer{},overrides={*parseFlowCollection(){this.blockIndentNext??=this.indentNext,this.indentNext=0;let next=yield*base.parseFlowCollection.call(this);return this.flowLevel===0&&(this.indentNext=this.blockIndentNext,this.blockIndentNext=void 0),next},*parseQuotedScalar(){let indentNext=this.indentNext;this.indentNext=0;try{return yield*base.parseQuotedScalar.call(this)}finally{this.indentNext=indentNext}},*parsePlainScalar(){return this.scalarIndent=this.flowLevel===0?this.indentNext:this.blockIndentNext??0,this.flowLevel===0?yield*base.parsePlainScalar.call(this):yield*flowPlainScalar(this)},*parseBlockScalar(){return this.scalarIndent=this.indentNext,yield*base.parseBlockScalar.call(this)},*pushIndicators(){return yield*pushIndicators(this)},*pushTag(){return yield*pushTag(this)},*pushUntil(test){let ch=this.buffer[this.pos],name=ch==="&"||ch==="*",i=this.pos+(name?1:0);for(;!(name?isNotAnchorChar:test)(this.buffer[i]);)i++;return yield*this.pushToIndex(i,!1)}};for(let[name,method]of Object.entries(overrides))Object.defineProperty(GoYamlLexer.prototype,name,{value:method,writable:!0});function*pushIndicators(lexer){let n=0;for(;;){let ch0=lexer.buffer[lexer.pos],ch1=lexer.buffer[lexer.pos+1],inFlow=lexer.flowLevel>0;if(ch0==="!")n+=yield*lexer.pushTag(),n+=yield*lexer.pushSpaces(!0);else if(ch0==="&")n+=yield*lexer.pushUntil(()=>!0),n+=yield*lexer.pushSpaces(!0);else if((ch0==="-"||ch0==="?"||ch0===":")&&(isEmpty(ch1)||inFlow&&",[]{}".includes(ch1)&&!(ch0==="-"&&ch1!=="["&&ch1!=="{")))inFlow?lexer.flowKey&&(lexer.flowKey=!1):lexer.indentNext=lexer.indentValue+1,n+=yield*lexer.pushCount(1),n+=yield*lexer.pushSpaces(!0);else return n}}var TAG_CHAR=/[0-9A-Za-z\-;/?:@&=+$,_.!~*'()[\]]/;function*pushTag(lexer){let{buffer,pos}=lexer,i=pos+1;if(buffer[i]==="<"){for(;buffer[i]!==void 0&&!isEmpty(buffer[i])&&buffer[i]!==">";)i++;return yield*lexer.pushToIndex(buffer[i]===">"?i+1:i,!1)}for(;;){let ch=buffer[i];if(ch!==void 0&&TAG_CHAR.test(ch))i++;else if(ch==="%"&&/^[0-9A-Fa-f]{2}$/.test(buffer.slice(i+1,i+3)))i+=3;else break}return yield*lexer.pushToIndex(i,!1)}function*flowPlainScalar(lexer){let{buffer}=lexer;if(buffer[lexer.pos]==="?")return yield*lexer.pushToIndex(lexer.pos+1,!1),"flow";if(",]}".includes(buffer[lexer.pos]))return yield SCALAR,yield"","flow";if("[{".includes(buffer[lexer.pos]))return"flow";let end=lexer.pos,i=lexer.pos;for(let ch=buffer[i];ch!==void 0&&!(ch===":"&&isEmpty(buffer[i+1])||i>lexer.pos&&(ch===","||ch==="?"||ch==="["||ch==="]"||ch==="{"||ch==="}"));ch=buffer[++i]){if(ch===" "||ch==="	"||ch==="\r"||ch===`
`){if(ch===`
`&&isDocumentMarker(buffer,i+1))break;let j=i;for(;(buffer[j]===" "||buffer[j]==="	"||buffer[j]==="\r"||buffer[j]===`
`)&&!(buffer[j]===`
`&&isDocumentMarker(buffer,j+1));)j++;if(buffer[j]==="#"||j===buffer.length||buffer[j]===`
`&&isDocumentMarker(buffer,j+1))break;i=j-1;continue}end=i+1}return yield SCALAR,yield*lexer.pushToIndex(end,!0),"flow"}var import_yaml5=__toESM(require_dist(),1);function goRootEnd(text,ast){let contents=ast.contents,root=goRoot(text,contents);if(!root?.range||root.range[1]<=root.range[0])return;let[start,end]=root.range,rootEnd;if((0,import_yaml5.isCollection)(root)&&root.flow){let close=(0,import_yaml5.isMap)(root)?"}":"]";text[end-1]===close&&(rootEnd=end)}else if((0,import_yaml5.isScalar)(root)&&(root.type===import_yaml5.Scalar.QUOTE_DOUBLE||root.type===import_yaml5.Scalar.QUOTE_SINGLE)){let quote2=root.type===import_yaml5.Scalar.QUOTE_DOUBLE?'"':"'";end-start>=2&&text[end-1]===quote2&&(rootEnd=end)}else if((0,import_yaml5.isScalar)(root)&&root.type===import_yaml5.Scalar.PLAIN||(0,import_yaml5.isAlias)(root))rootEnd=end;else if((0,import_yaml5.isScalar)(root)&&(root.type===import_yaml5.Scalar.BLOCK_LITERAL||root.type===import_yaml5.Scalar.BLOCK_FOLDED)){let firstLine2=/\n(?=[^ \t\r\n])|\n(?=[ \t]+[^ \t\r\n])/.exec(text.slice(start,end));rootEnd=firstLine2&&/[^ \t]/.test(text[start+firstLine2.index+1])?start+firstLine2.index+1:end}else((0,import_yaml5.isMap)(root)||(0,import_yaml5.isSeq)(root))&&!root.flow&&(rootEnd=blockEnd(text,start));if(!(rootEnd===void 0||rootEnd>=text.trimEnd().length)&&nextTokenScans(text,rootEnd,(0,import_yaml5.isScalar)(root)&&root.type===import_yaml5.Scalar.PLAIN))return root===contents?{end:rootEnd}:{end:rootEnd,multiLineKey:start}}function rootBlockScalarAtColumnZero(text,ast){let root=ast.contents;if(!(0,import_yaml5.isScalar)(root)||root.type!==import_yaml5.Scalar.BLOCK_LITERAL&&root.type!==import_yaml5.Scalar.BLOCK_FOLDED||!root.range)return!1;let body=text.slice(root.range[0],root.range[1]),firstLine2=/\n[ \t]*[^ \t\r\n]/.exec(body);return firstLine2!==null&&/[^ \t]/.test(body[firstLine2.index+1])}function goRoot(text,contents){if(!(0,import_yaml5.isMap)(contents)||contents.flow||contents.items.length===0)return contents;let key2=contents.items[0].key,multiLine=key2?.range&&text.slice(key2.range[0],key2.range[1]).includes(`
`),quotedOrFlow=(0,import_yaml5.isScalar)(key2)&&(key2.type===import_yaml5.Scalar.QUOTE_DOUBLE||key2.type===import_yaml5.Scalar.QUOTE_SINGLE)||(0,import_yaml5.isCollection)(key2)&&key2.flow;return multiLine&&quotedOrFlow?key2:contents}function blockEnd(text,start){let lineStart=text.lastIndexOf(`
`,start-1)+1,indent=start-lineStart;if(indent===0)return;let pattern=/\n( *)([^ \n#\r])/g;pattern.lastIndex=start;for(let match=pattern.exec(text);match;match=pattern.exec(text))if(match[1].length<indent)return match.index+1}function nextTokenScans(text,from,plainRoot){let i=from,lineStart=!1,comment=!1;for(;;){let ch2=text[i];if(ch2===" "||ch2==="	"&&!lineStart)i++;else if(ch2==="#")comment=!0,i=text.indexOf(`
`,i)===-1?text.length:text.indexOf(`
`,i);else if(ch2===`
`||ch2==="\r")i++,lineStart=!0;else break}let ch=text[i];return ch===void 0?!0:plainRoot&&!comment&&!(ch===":"&&lineStart)||ch==="	"||ch==="@"||ch==="`"||ch===":"&&!lineStart?!1:ch==='"'||ch==="'"?closingQuote(text,i)!==-1:!((ch==="&"||ch==="*")&&!/^[&*][0-9A-Za-z_-]+(?:[\s?:,\]}%@`]|$)/.test(text.slice(i,i+200))||ch==="%"&&lineStart&&!/^%(?:YAML[ \t]+\d+\.\d+|TAG[ \t]+!\S*[ \t]+\S+)[ \t]*(?:#.*)?$/m.test(text.slice(i,text.indexOf(`
`,i)===-1?text.length:text.indexOf(`
`,i))))}function closingQuote(text,open){let quote2=text[open];for(let i=open+1;i<text.length;i++)if(quote2==='"'&&text[i]==="\\")i++;else if(text[i]===quote2)if(quote2==="'"&&text[i+1]==="'")i++;else return i;return-1}var AFTER_ANCHOR=new Set(["?",":",",","]","}"]),TAG=/^!(?:<[^>\s]*>|(?:[0-9A-Za-z_-]*!)?[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]*)$/,DIRECTIVE=/^%(?:YAML[ \t]+\d+\.\d+|TAG[ \t]+!(?:[0-9A-Za-z_-]*!)?[ \t]+\S+)[ \t]*(?:#.*)?$/,NOT_PRINTABLE=/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;function controlCharacter(text){let control=NOT_PRINTABLE.exec(text);return control?{code:"CONTROL_CHARACTER",offset:control.index,endOffset:control.index+1,message:"control characters are not allowed"}:void 0}var isBlank=ch=>ch===" "||ch==="	",isBlankOrEnd=ch=>ch===void 0||ch===" "||ch==="	"||ch===`
`||ch==="\r",GoYamlScanner=class{scan;result;constructor(text){this.scan=scanLikeGoYaml(text),this.scan.next()}feed(lexeme){if(this.result)return;let step=this.scan.next(lexeme);step.done&&(this.result=step.value)}finish(){return this.result??=this.scan.next(void 0).value,this.result}};function*scanLikeGoYaml(text){let problems=[],acceptedAt=new Set,fail=(offset,code,message,endOffset=offset+1)=>problems.push({code,offset,endOffset,message}),column=offset=>offset-(text.lastIndexOf(`
`,offset-1)+1),flow=0,started=!1,content=!1,lineStart=!0,afterIndicator=!1,afterPlain,flowKeys=[],previous,explicitKey=!1,scalarNext,header="|",headerSeen=!1,result=()=>({problems,acceptedAt,...documentEnd===void 0?{}:{documentEnd},...scannedEnd<text.length?{endMarker:scannedEnd}:{}}),documentEnd,scannedEnd=text.length,nodeStarts=offset=>{content=!0;let key2=flowKeys[flowKeys.length-1];flow>0&&key2&&key2.start===void 0&&(key2.start=offset)};for(let lexeme=yield;lexeme!==void 0;lexeme=yield){let{source,offset}=lexeme;if(source===""){scalarNext=headerSeen?"block-scalar":"plain-scalar",headerSeen=!1;continue}if(source===""){if(started)break;started=!0;continue}if(source===""){fail(offset,"MISSING_CHAR","did not find expected ',' or ']': a flow collection is still open"),flow=0,flowKeys.length=0;continue}let type=scalarNext??lexeme.type;if(scalarNext=void 0,type==="space"){if(source.includes("	")){let tab=offset+source.indexOf("	");afterPlain?.newline?column(tab)<afterPlain.indent&&fail(tab,"TAB_AS_INDENT","A tab indents a continuation line of a plain scalar (kubectl: found a tab character that violates indentation)"):!afterPlain&&flow===0&&(lineStart||afterIndicator)&&fail(tab,"TAB_AS_INDENT","Tabs are not allowed as indentation or after an indicator (kubectl: found character that cannot start any token)")}continue}if(type==="newline"){lineStart=!0,afterIndicator=!1,afterPlain&&(afterPlain.newline=!0);continue}if(type==="doc-end"||type==="directive-line"){scannedEnd=offset,type==="directive-line"?fail(offset,"BAD_DIRECTIVE","did not find expected <document start>: kubectl reads no directives",offset+source.length):content?flow>0&&fail(offset,"MISSING_CHAR","did not find expected ',' or ']': a flow collection is still open",offset+3):fail(offset,"MISSING_CONTENT","did not find expected node content",offset+3);break}if(type==="byte-order-mark"){offset>0&&fail(offset,"BAD_SCALAR_START","found character that cannot start any token: a byte order mark after the start");continue}let wasLineStart=lineStart;switch(lineStart=!1,afterIndicator=!1,afterPlain=void 0,type){case"comment":if(previous&&offset===previous.offset+previous.source.length){let before=text[offset-1];(`"'[]{},`.includes(before)||previous.type==="block-scalar-header")&&acceptedAt.add(offset)}break;case"block-scalar-header":content=!0,header=source,headerSeen=!0;break;case"plain-scalar":if(source.startsWith("%")&&column(offset)===0){if(flow>0){fail(offset,"BAD_DIRECTIVE","found unexpected directive in a flow collection");break}let lineEnd=text.indexOf(`
`,offset),line=text.slice(offset,lineEnd===-1?text.length:lineEnd).replace(/\r$/,"");return DIRECTIVE.test(line)?documentEnd=offset:fail(offset,"BAD_DIRECTIVE","found unknown directive name",offset+line.length),result()}flow>0&&(source.startsWith("?")||source.startsWith(":"))&&fail(offset,"BAD_SCALAR_START",`did not find expected node content: go-yaml reads ${source[0]} as an indicator here`),nodeStarts(offset),checkPlainContinuation(lexeme,lexeme.indent,column,fail),afterPlain={indent:lexeme.indent,newline:!1};break;case"block-scalar":checkBlockScalarTabs(lexeme,lexeme.indent,header,fail),lineStart=!0;break;case"double-quoted-scalar":nodeStarts(offset),checkEscapes(source,offset,acceptedAt,fail);break;case"single-quoted-scalar":nodeStarts(offset);break;case"anchor":case"alias":{let keyPosition=flow>0&&flowKeys[flowKeys.length-1]?.start===void 0;nodeStarts(offset),checkAnchorName(text,lexeme,flow,fail),text[offset+source.length]===":"&&flow>0&&!keyPosition&&fail(offset+source.length,"BAD_ANCHOR","did not find expected ',' or '}': a `:` after an anchor in a value");let end=offset+source.length;(flow>0?",]}:".includes(text[end]):":?".includes(text[end])&&!isBlankOrEnd(text[end+1]))&&acceptedAt.add(end);break}case"tag":nodeStarts(offset),(!TAG.test(source)||!isBlankOrEnd(text[offset+source.length]))&&fail(offset,"BAD_TAG","did not find expected whitespace or line break after a tag",offset+source.length);break;case"seq-item-ind":case"explicit-key-ind":{content=!0,flow===0&&(afterIndicator=!0),flow===0&&type==="explicit-key-ind"&&(explicitKey=!0);let key2=flowKeys[flowKeys.length-1];flow>0&&type==="explicit-key-ind"&&key2&&(key2.explicit=!0);break}case"map-value-ind":{if(content=!0,flow===0){wasLineStart&&(afterIndicator=!0);let after=previous?.type;(wasLineStart&&!explicitKey||!wasLineStart&&(after==="seq-item-ind"||after==="explicit-key-ind"))&&fail(offset,"MISSING_KEY","did not find expected key"),explicitKey=!1;break}let key2=flowKeys[flowKeys.length-1];if(key2&&!key2.explicit&&key2.start===void 0&&fail(offset,"MISSING_KEY","did not find expected node content: a key is missing"),key2&&!key2.explicit&&key2.start!==void 0){let newline=text.indexOf(`
`,key2.start);(newline!==-1&&newline<offset||key2.start+1024<offset)&&fail(offset,"MULTILINE_IMPLICIT_KEY","did not find expected ',' or '}': an implicit key must end on its own line, within 1024 characters")}break}case"flow-map-start":case"flow-seq-start":nodeStarts(offset),flow++,flowKeys.push({start:void 0,explicit:!1});break;case"flow-map-end":case"flow-seq-end":flow=Math.max(0,flow-1),flowKeys.pop();break;case"comma":{let key2=flowKeys[flowKeys.length-1];key2&&(key2.start=void 0,key2.explicit=!1);break}}previous={...lexeme,type}}return result()}function checkPlainContinuation({source,offset},indent,column,fail){for(let nl=source.indexOf(`
`);nl!==-1;nl=source.indexOf(`
`,nl+1)){let i=nl+1;for(;isBlank(source[i])||source[i]===`
`||source[i]==="\r";){if(source[i]==="	"&&column(offset+i)<indent)return fail(offset+i,"TAB_AS_INDENT","A tab indents a continuation line of a plain scalar (kubectl: found a tab character that violates indentation)");i++}}}function checkBlockScalarTabs({source,offset},indentNext,header,fail){let explicit=/[1-9]/.exec(header),indent=explicit?Number(explicit[0])-1+(indentNext===0?1:indentNext):0,maxBlank=0;for(let lineStart=0;lineStart<source.length;){let i=lineStart;for(;source[i]===" "&&(indent===0||i-lineStart<indent);)i++;let col=i-lineStart;if(source[i]==="	"&&(indent===0||col<indent))return fail(offset+i,"TAB_AS_INDENT","Tabs are not allowed in the indentation of a block scalar (kubectl: found a tab character where an indentation space is expected)");let newline=source.indexOf(`
`,lineStart),content=source.slice(i,newline===-1?source.length:newline).replace(/\r$/,"");if(indent===0&&(content.trim()===""&&!content.includes("	")?maxBlank=Math.max(maxBlank,col):indent=Math.max(col,maxBlank,indentNext,1)),newline===-1)break;lineStart=newline+1}}function checkEscapes(source,offset,acceptedAt,fail){for(let i=source.indexOf("\\");i!==-1&&i<source.length-1;i=source.indexOf("\\",i+2)){let escape4=source[i+1];if(escape4==="/")fail(offset+i,"BAD_DQ_ESCAPE","found unknown escape character \\/");else if(escape4==="'")acceptedAt.add(offset+i);else if(escape4==="u"||escape4==="U"){let digits=source.slice(i+2,i+(escape4==="u"?6:10)),code=/^[0-9a-fA-F]+$/.test(digits)?parseInt(digits,16):NaN;(code>=55296&&code<=57343||code>1114111)&&fail(offset+i,"BAD_DQ_ESCAPE","found invalid Unicode character escape code")}}}function checkAnchorName(text,{source,offset,type},flow,fail){let after=text[offset+source.length],indicator=after==="?"&&flow>0||(after===":"||after==="?")&&flow===0&&isBlankOrEnd(text[offset+source.length+1]),flowEnd=after===","||after==="]"||after==="}";(source.length===1||!isBlankOrEnd(after)&&!AFTER_ANCHOR.has(after)||indicator||flow===0&&flowEnd)&&fail(offset+source.length,"BAD_ANCHOR",`did not find expected alphabetic or numeric character in ${type==="alias"?"an alias":"an anchor"}`)}var goOctalWithPrefix={identify:value=>typeof value=="number",default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0o[0-7_]+$/,resolve:source=>(source.startsWith("-")?-1:1)*parseInt(source.replace(/^[-+]?0o/,"").replace(/_/g,""),8)},goDotIsString={identify:()=>!1,default:!0,tag:"tag:yaml.org,2002:str",test:/^[-+]?\.[_]*$/,resolve:source=>source},goBinaryAsString={identify:()=>!1,default:!1,tag:"tag:yaml.org,2002:binary",resolve:(source,onError)=>{let base64=source.replace(/[\r\n]/g,"");return base64.length%4!==0||!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)?(onError("!!binary value contains invalid base64 data"),source):goString(Buffer.from(base64,"base64"))}};function goString(bytes){let out="";for(let i=0;i<bytes.length;){let size=utf8SequenceLength(bytes,i);size===0?(out+="\uFFFD",i++):(out+=Buffer.from(bytes.subarray(i,i+size)).toString("utf8"),i+=size)}return out}function utf8SequenceLength(bytes,i){let b0=bytes[i];if(b0<128)return 1;let continuation=(at2,low=128,high=191)=>at2<bytes.length&&bytes[at2]>=low&&bytes[at2]<=high;if(b0>=194&&b0<=223)return continuation(i+1)?2:0;if(b0>=224&&b0<=239){let[low,high]=b0===224?[160,191]:b0===237?[128,159]:[128,191];return continuation(i+1,low,high)&&continuation(i+2)?3:0}if(b0>=240&&b0<=244){let[low,high]=b0===240?[144,191]:b0===244?[128,143]:[128,191];return continuation(i+1,low,high)&&continuation(i+2)&&continuation(i+3)?4:0}return 0}var isSexagesimalOrTimestamp=tag=>tag.tag==="tag:yaml.org,2002:timestamp"||tag.format==="TIME",isBinary=tag=>tag.tag==="tag:yaml.org,2002:binary",KUBECTL_YAML_OPTIONS={version:"1.1",uniqueKeys:!0,prettyErrors:!0,logLevel:"silent",customTags:tags=>[goDotIsString,...tags.filter(tag=>!isSexagesimalOrTimestamp(tag)&&!isBinary(tag)),goOctalWithPrefix,goBinaryAsString]};var firstLine=message=>message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/,"");function duplicateKeyName(text,[start]){let line=text.slice(start,start+200).split(`
`)[0],key2=(/^"(?:[^"\\]|\\.)*"|^'(?:[^']|'')*'/.exec(line)?.[0]??/^(.*?):(?:[ \t]|$)/.exec(line)?.[1]??/^[^,}]*/.exec(line)[0]).trim();return key2.length>0?key2.slice(0,80):"key"}var goLineBreaks=text=>text.replace(/\r(?!\n)|[\u0085\u2028\u2029]/g,`
`);function compose(source){let control=controlCharacter(source),composed=composeDocument(source,control===void 0);return control&&!composed.problems.some(problem=>problem.offset===control.offset)&&composed.problems.push({kind:"syntax",...control}),composed}function composeDocument(source,mayEndEarly){let text=goLineBreaks(source),scanner=new GoYamlScanner(text),parser=new import_yaml6.Parser;function*tokens(){for(let lexeme of lexLikeGoYaml(text))scanner.feed(lexeme),yield*parser.next(lexeme.source);yield*parser.end()}let[ast]=[...new import_yaml6.Composer(KUBECTL_YAML_OPTIONS).compose(tokens(),!0)],scan=scanner.finish();if(scan.documentEnd!==void 0)return{...composeDocument(source.slice(0,scan.documentEnd),mayEndEarly),end:scan.documentEnd};let problems=scan.problems.map(problem=>({kind:"syntax",...problem}));for(let error2 of ast.errors)error2.pos=[Math.max(0,error2.pos[0]),Math.max(0,error2.pos[1])],!(scan.acceptedAt.has(error2.pos[0])||error2.pos[0]>=(scan.endMarker??1/0))&&(error2.code==="DUPLICATE_KEY"?problems.push({kind:"duplicate-key",code:error2.code,message:duplicateKeyName(text,error2.pos),offset:error2.pos[0],endOffset:error2.pos[1]}):problems.push({kind:"syntax",code:error2.code,message:firstLine(error2.message),offset:error2.pos[0],endOffset:error2.pos[1]}));let broken=problems.some(problem=>problem.kind==="syntax"),root=mayEndEarly&&(broken||rootBlockScalarAtColumnZero(text,ast))?goRootEnd(text,ast):void 0,beforeRootEnd=problem=>problem.kind==="syntax"&&problem.offset<root.end&&!(problem.code==="MULTILINE_IMPLICIT_KEY"&&problem.offset===root.multiLineKey);if(root&&!problems.some(beforeRootEnd)){let rootOnly=composeDocument(source.slice(0,root.end),!1);if(!rootOnly.problems.some(problem=>problem.kind==="syntax"))return{...rootOnly,end:root.end}}return{ast,text,end:text.length,problems}}var import_yaml7=__toESM(require_dist(),1);var GoDecodeError=class extends Error{constructor(message,offset,code){super(message);this.offset=offset;this.code=code}offset;code},NON_FINITE_LITERAL=/^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;function goValue(document,text){let decoder=new GoDecoder(document,text),value=decoder.value(document.contents);return decoder.unmarshalable&&throwIfUnmarshalable(value),value}var Unmarshalable=class{constructor(error2){this.error=error2}error},BAD_KEY=Symbol("unmarshalable key");function throwIfUnmarshalable(value){let stack=[value];for(;stack.length>0;){let next=stack.pop();if(next instanceof Unmarshalable)throw next.error;if(typeof next!="object"||next===null)continue;let badKey=next[BAD_KEY];if(badKey instanceof Unmarshalable)throw badKey.error;stack.push(...Object.values(next))}}var GoDecoder=class{constructor(document,text){this.document=document;this.text=text}document;text;unmarshalable=!1;decodeCount=0;aliasCount=0;aliasDepth=0;expanding=new Set;value(node){return this.count(),node?(0,import_yaml7.isAlias)(node)?this.alias(node,target=>this.value(target)):(0,import_yaml7.isScalar)(node)?this.scalar(node):(0,import_yaml7.isMap)(node)?this.mapping(node,{}):(0,import_yaml7.isSeq)(node)?node.items.map(item=>(0,import_yaml7.isPair)(item)?this.mapping({items:[item],range:void 0},{}):this.value(item)):null:null}count(){if(this.decodeCount++,this.aliasDepth>0&&this.aliasCount++,this.aliasCount>100&&this.decodeCount>1e3&&this.aliasCount/this.decodeCount>allowedAliasRatio(this.decodeCount))throw new GoDecodeError("document contains excessive aliasing",offsetOf(this.document.contents),"EXCESSIVE_ALIASES")}alias(node,decode){let target=(0,import_yaml7.isAlias)(node)?node.resolve(this.document):void 0;if(!target)throw new GoDecodeError(`unknown anchor '${(0,import_yaml7.isAlias)(node)?node.source:""}' referenced`,offsetOf(node),"BAD_ALIAS");if(this.expanding.has(target))throw new GoDecodeError(`anchor '${(0,import_yaml7.isAlias)(node)?node.source:""}' value contains itself`,offsetOf(node),"BAD_ALIAS");this.expanding.add(target),this.aliasDepth++;try{return decode(target)}finally{this.aliasDepth--,this.expanding.delete(target)}}scalar(node){if(node.tag!==void 0&&!KNOWN_SCALAR_TAGS.has(node.tag)&&!quoteEscapes(this.raw(node),node))return String(node.source??"");let explicit=node.tag!==void 0&&checkExplicitTag(node),quoteEscape=quoteEscapes(this.raw(node),node),value=explicit?composeValue(String(node.source)):quoteEscape?withQuoteEscapes(this.raw(node)):node.value;if(typeof value=="number"&&!Number.isFinite(value)){let raw=this.raw(node);if(node.type===import_yaml7.Scalar.PLAIN&&!explicit&&!NON_FINITE_LITERAL.test(raw))return raw;this.unmarshalable=!0;let shown2=Number.isNaN(value)?"NaN":value>0?"+Inf":"-Inf";return new Unmarshalable(new GoDecodeError(`json: unsupported value: ${shown2}`,offsetOf(node),"UNSUPPORTED_VALUE"))}return typeof value=="symbol"?value.description??"":value}mapping(node,out){for(let pair of node.items){if(!(0,import_yaml7.isPair)(pair))continue;let key2=pair.key;if((0,import_yaml7.isScalar)(key2)&&typeof key2.value=="symbol"&&!key2.tag){this.count(),this.merge(pair.value,out,key2);continue}let name=this.key(key2),value=this.value(pair.value);name instanceof Unmarshalable?(this.unmarshalable=!0,out[BAD_KEY]??=name):out[name]=value}return out}merge(source,out,at2){let fail=()=>{throw new GoDecodeError("map merge requires map or sequence of maps as the value",offsetOf(source??at2),"BAD_MERGE")},mergeOne=node=>{this.count(),(0,import_yaml7.isMap)(node)?this.mapping(node,out):(0,import_yaml7.isAlias)(node)?this.alias(node,target=>(0,import_yaml7.isMap)(target)?this.mapping(target,out):fail()):fail()};if((0,import_yaml7.isSeq)(source))for(let i=source.items.length-1;i>=0;i--)mergeOne(source.items[i]);else mergeOne(source)}key(key2){if(this.count(),(0,import_yaml7.isAlias)(key2))return this.alias(key2,target=>this.key(target));if(key2===null)return new Unmarshalable(new GoDecodeError("unsupported map key: null",0,"INVALID_KEY"));if(!(0,import_yaml7.isScalar)(key2))throw new GoDecodeError(`invalid map key: ${(0,import_yaml7.isMap)(key2)?"a mapping":"a sequence"} cannot be a JSON object key`,offsetOf(key2),"INVALID_KEY");if(key2.tag!==void 0&&!KNOWN_SCALAR_TAGS.has(key2.tag))return String(key2.source??"");if(key2.value===null)return new Unmarshalable(new GoDecodeError("unsupported map key: null",offsetOf(key2),"INVALID_KEY"));if(key2.value instanceof Uint8Array)throw new GoDecodeError("invalid map key: binary data",offsetOf(key2),"INVALID_KEY");let value=key2.value;if(typeof value=="boolean")return value?"true":"false";if(typeof value!="number")return String(value);let raw=this.raw(key2),integer=key2.type===import_yaml7.Scalar.PLAIN?goInteger(raw):void 0;return integer!==void 0?integer>INT64_MAX?new Unmarshalable(new GoDecodeError(`unsupported map key: ${raw} is a uint64`,offsetOf(key2),"INVALID_KEY")):integer.toString():Number.isInteger(value)&&!/[.eE]/.test(raw)?String(value):goFloat32(value)}raw(node){return node.range?this.text.slice(node.range[0],node.range[1]).trim():""}},offsetOf=node=>node?.range?.[0]??0,withQuoteEscapes=raw=>composeValue(raw.replace(/((?:^|[^\\])(?:\\\\)*)\\'/g,"$1\\x27"));function composeValue(source){let parser=new import_yaml7.Parser,tokens=[...new GoYamlLexer().lex(source)].flatMap(lexeme=>[...parser.next(lexeme)]);tokens.push(...parser.end());let[document]=new import_yaml7.Composer(KUBECTL_YAML_OPTIONS).compose(tokens);return document?.contents?.value??null}var TAG2="tag:yaml.org,2002:",KNOWN_SCALAR_TAGS=new Set(["!",...["str","int","float","bool","null","timestamp","binary","merge"].map(name=>TAG2+name)]),quoteEscapes=(raw,node)=>node.type===import_yaml7.Scalar.QUOTE_DOUBLE&&/(?:^|[^\\])(?:\\\\)*\\'/.test(raw),BOOLEANS=new Set(["y","Y","yes","Yes","YES","on","On","ON","true","True","TRUE","n","N","no","No","NO","off","Off","OFF","false","False","FALSE"]),NULLS=new Set(["","~","null","Null","NULL"]),TIMESTAMP=/^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]| +)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d{1,9})?(?: *(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/,GO_FLOAT=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;function goImplicitTag(text,timestamps){if(NULLS.has(text))return"null";if(BOOLEANS.has(text))return"bool";if(NON_FINITE_LITERAL.test(text))return"float";if(text.startsWith("."))return Number.isFinite(Number(text))&&GO_FLOAT.test(text)?"float":"str";if(!/^[-+0-9]/.test(text))return"str";if(timestamps&&TIMESTAMP.test(text))return"timestamp";if(goInteger(text)!==void 0)return"int";let plain=text.replace(/_/g,"");return GO_FLOAT.test(plain)&&Number.isFinite(Number(plain))?"float":"str"}function checkExplicitTag(node){let tag=node.tag?.startsWith(TAG2)?node.tag.slice(TAG2.length):void 0;if(tag!=="int"&&tag!=="float"&&tag!=="bool"&&tag!=="null"&&tag!=="timestamp")return!1;let text=typeof node.source=="string"?node.source:String(node.source),resolved=goImplicitTag(text,tag==="timestamp");if(resolved===tag||tag==="float"&&resolved==="int")return tag!=="timestamp";throw new GoDecodeError(`cannot decode !!${resolved} \`${text}\` as a !!${tag}`,offsetOf(node),"TAG_RESOLVE_FAILED")}function allowedAliasRatio(decodeCount){return decodeCount<=4e5?.99:decodeCount>=4e6?.1:.99-.89*(decodeCount-4e5)/36e5}var INT64_MAX=2n**63n-1n,UINT64_MAX=2n**64n-1n;function goInteger(raw){let match=/^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(raw.replace(/_/g,""));if(!match)return;let[,sign,digits]=match,magnitude=/^0[oO]/.test(digits)?BigInt(`0o${digits.slice(2)}`):/^0[0-7]+$/.test(digits)?BigInt(`0o${digits.slice(1)}`):BigInt(digits),value=sign==="-"?-magnitude:magnitude;if(!(value<-INT64_MAX-1n||value>UINT64_MAX||sign==="-"&&magnitude>INT64_MAX+1n))return value}function goFloat32(value){if(Number.isNaN(value))return".nan";if(!Number.isFinite(value))return value>0?".inf":"-.inf";let single=Math.fround(value);if(single===0)return Object.is(single,-0)?"-0":"0";if(!Number.isFinite(single))return single>0?".inf":"-.inf";let digits="",exponent=0;for(let precision=1;precision<=9;precision++){let[mantissa,exp]=Math.abs(single).toExponential(precision-1).split("e");if(Math.fround(+`${mantissa}e${exp}`)===Math.abs(single)){digits=mantissa.replace(".",""),exponent=Number(exp);break}}let sign=single<0?"-":"";if(exponent<-4||exponent>=6){let mantissa=digits.length>1?`${digits[0]}.${digits.slice(1)}`:digits;return`${sign}${mantissa}e${exponent<0?"-":"+"}${String(Math.abs(exponent)).padStart(2,"0")}`}if(exponent<0)return`${sign}0.${"0".repeat(-exponent-1)}${digits}`;let whole=digits.slice(0,exponent+1).padEnd(exponent+1,"0"),fraction=digits.slice(exponent+1);return`${sign}${whole}${fraction?`.${fraction}`:""}`}var GO_SPACE=/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;function kubectlDocuments(text){let documents=[],start=0,badSeparator,close=end=>{(badSeparator||end>start)&&documents.push({start:badSeparator?badSeparator.offset:start,end,...badSeparator?{badSeparator}:{}}),badSeparator=void 0};for(let lineStart=0;lineStart<text.length;){let newline=text.indexOf(`
`,lineStart),lineEnd=newline===-1?text.length:newline,next=newline===-1?text.length:newline+1;if(text.startsWith("---",lineStart)){close(lineStart);let rest=text.slice(lineStart+3,lineEnd).replace(GO_SPACE,"");rest!==""&&rest[0]!=="#"&&(badSeparator={offset:lineStart,endOffset:lineEnd,rest}),start=next}lineStart=next}return close(text.length),documents}var TEMPLATE_PLACEHOLDER_MESSAGE="An unquoted {{ \u2026 }} placeholder is a YAML mapping used as a key, which kubectl cannot send to the API server; render the template first, or quote the value if it is meant literally";function parseYaml(text){let documents=[],problems=[],jsonFirst=/^\s*\{/.test(text);return kubectlDocuments(text).forEach((piece,index2)=>{let document=parseDocument(text,piece,index2,jsonFirst&&index2===0);documents.push(document.document),problems.push(...document.problems)}),{text,lineCounter:lineCounterFor(text),documents,problems}}function lineCounterFor(text){let lineCounter=new import_yaml8.LineCounter;lineCounter.addNewLine(0);for(let offset=text.indexOf(`
`);offset!==-1;offset=text.indexOf(`
`,offset+1))lineCounter.addNewLine(offset+1);return lineCounter}function parseDocument(text,piece,index2,jsonFirst){let{start}=piece,shift=problem=>({...problem,offset:problem.offset+start,endOffset:problem.endOffset+start}),pieceText=text.slice(start,piece.end),composed=compose(pieceText),end=start+composed.end,problems=composed.problems.map(shift),value=null,json;if(jsonFirst)try{json={value:JSON.parse(pieceText)}}catch{}if(piece.badSeparator){let afterDashes=/-*[ \t]*/y;afterDashes.lastIndex=piece.badSeparator.offset,afterDashes.exec(text);let at2=afterDashes.lastIndex;problems=[{kind:"syntax",code:"BAD_SEPARATOR",message:`invalid Yaml document separator: only a comment may follow --- on its line, not ${piece.badSeparator.rest.replace(/\s+#.*$/,"")}`,offset:at2,endOffset:piece.badSeparator.endOffset}]}else if(json)value=json.value,problems=problems.filter(problem=>problem.kind==="duplicate-key");else if(!problems.some(problem=>problem.kind==="syntax"))try{value=goValue(composed.ast,composed.text)}catch(error3){if(!(error3 instanceof GoDecodeError))throw error3;problems.push(shift(decodeProblem(error3,composed.text)))}let fatal=problems.filter(problem=>problem.kind!=="duplicate-key"),error2=fatal.length===0?void 0:fatal.reduce((first,problem)=>problem.offset<first.offset?problem:first),reported=error2?[error2]:problems,ast=composed.ast,contentStart=ast.contents?.range[0]??ast.range[0],prelude={preludeOffset:start,prelude:text.slice(start,start+contentStart)},document={index:index2,hasErrors:problems.length>0,value:error2?null:value,usable:!error2,...error2?{error:error2}:{},start,end,...prelude,astOffset:start,ast};return problems.length===0&&Object.defineProperty(document,"ast",lazyAst(text,start,end)),{document,problems:reported}}function decodeProblem(error2,text){let at2={offset:error2.offset,endOffset:error2.offset};if(error2.code==="EXCESSIVE_ALIASES")return{kind:"alias-bomb",code:error2.code,message:error2.message,...at2};let placeholder=/^\{\s*\{/.test(text.slice(error2.offset,error2.offset+20))||/\{\s*$/.test(text.slice(Math.max(0,error2.offset-20),error2.offset));return error2.code==="INVALID_KEY"&&text[error2.offset]==="{"&&placeholder?{kind:"helm-template",code:"TEMPLATE_PLACEHOLDER",message:TEMPLATE_PLACEHOLDER_MESSAGE,...at2}:{kind:"syntax",code:error2.code,message:error2.message,...at2}}function lazyAst(text,start,end){let ast;return{enumerable:!0,get(){return ast??=compose(text.slice(start,end)).ast,ast}}}var ORIGIN_ANNOTATION="config.kubernetes.io/origin",shownPath=(dir2,absolute)=>path5.join(dir2,path5.relative(path5.resolve(dir2),absolute));function withoutOrigin(object){let annotations=object.metadata?.annotations;if(!isObject(annotations)||!(ORIGIN_ANNOTATION in annotations))return object;let rest=Object.fromEntries(Object.entries(annotations).filter(([key2])=>key2!==ORIGIN_ANNOTATION)),metadata={...object.metadata};return Object.keys(rest).length>0?metadata.annotations=rest:delete metadata.annotations,{...object,metadata}}function originOf(object,dir2,kustomizationFile,rendering,files){let root=rendering?.originRoot??path5.resolve(dir2),shown2=absolute=>shownPath(dir2,absolute),pinnedAt=(absolute,basePath=[])=>{let parsed=parsedFile(files,absolute),document=parsed?.documents.find(doc=>doc.usable)??parsed?.documents[0];if(!(!parsed||!document))return{...sourceIn(parsed,shown2(absolute),document,basePath),patches:[],pinned:!0}},atKustomization=()=>pinnedAt(path5.resolve(kustomizationFile)),origin=readOrigin(object);if(!origin)return atKustomization();if(origin.path!==void 0){if(/^[a-z][a-z0-9+.-]*:\/\//i.test(origin.path)||origin.repo!==void 0)return atKustomization();let absolute=path5.resolve(root,origin.path),parsed=parsedFile(files,absolute);if(!parsed)return atKustomization();let affixes={prefixes:rendering?.prefixes??[],suffixes:rendering?.suffixes??[]},written=findWritten(parsed,object,affixes);if(!written)return pinnedAt(absolute);let writtenName=nonEmptyString(objectOf(written.object.metadata).name)??"",patches=(rendering?.patches??[]).filter(patch=>!patch.patchable||patch.patchable.includes(absolute)).flatMap(patch=>patchDocuments(files,patch,object,writtenName,affixes).map(doc=>sourceIn(doc.parsed,shown2(patch.file),doc.document,doc.basePath)));return{...sourceIn(parsed,shown2(absolute),written.document,written.basePath),patches}}if(origin.configuredIn!==void 0){let absolute=path5.resolve(root,origin.configuredIn),parsed=parsedFile(files,absolute),entry2=parsed?generatorEntry(parsed,origin.configuredBy,object):void 0;return entry2?pinnedAt(absolute,entry2):pinnedAt(absolute)??atKustomization()}return atKustomization()}function readOrigin(object){let text=object.metadata?.annotations?.[ORIGIN_ANNOTATION];if(typeof text!="string")return;let value;try{value=(0,import_yaml9.parse)(text)}catch{return}if(!isObject(value))return;let origin={};typeof value.path=="string"&&(origin.path=value.path),typeof value.repo=="string"&&(origin.repo=value.repo),typeof value.configuredIn=="string"&&(origin.configuredIn=value.configuredIn);let by=nonEmptyString(objectOf(value.configuredBy).kind);return by&&(origin.configuredBy=by),origin}function parsedFile(files,absolute){if(!files.has(absolute)){let parsed;try{parsed=parseYaml(readFileSync2(absolute,"utf8"))}catch{parsed=void 0}files.set(absolute,parsed)}return files.get(absolute)}var sourceIn=(parsed,file,document,basePath)=>({file,text:parsed.text,lineCounter:parsed.lineCounter,document,basePath});function writtenObjects(parsed){return parsed.documents.flatMap(document=>{if(!document.usable||!isObject(document.value))return[];let value=document.value;return typeof value.kind=="string"&&value.kind.endsWith("List")&&Array.isArray(value.items)?value.items.flatMap((item,i)=>isObject(item)?[{object:item,document,basePath:["items",i]}]:[]):[{object:value,document,basePath:[]}]})}function madeOf(rest,parts,atStart){return rest===""?!0:parts.some(part=>part!==""&&(atStart?rest.startsWith(part):rest.endsWith(part))&&madeOf(atStart?rest.slice(part.length):rest.slice(0,-part.length),parts,atStart))}function nameMatch(rendered,written,affixes){if(written==="")return 0;if(rendered===written)return 3;let best=0;for(let at2=rendered.indexOf(written);at2>=0;at2=rendered.indexOf(written,at2+1)){let before=rendered.slice(0,at2),after=rendered.slice(at2+written.length);best=Math.max(best,madeOf(before,affixes.prefixes,!0)&&madeOf(after,affixes.suffixes,!1)?2:1)}return best}function findWritten(parsed,object,affixes){let name=object.metadata?.name??"",best,candidates2=writtenObjects(parsed).filter(written=>written.object.kind===object.kind);for(let written of candidates2){let writtenName=nonEmptyString(objectOf(written.object.metadata).name)??"",score=nameMatch(name,writtenName,affixes);score!==0&&(!best||score>best.score||score===best.score&&writtenName.length>best.length)&&(best={written,score,length:writtenName.length})}return best?.written??(candidates2.length===1?candidates2[0]:void 0)}function targetNameMatches(pattern,names2){try{let regex=new RegExp(`^(?:${pattern})$`);return names2.some(name=>regex.test(name))}catch{return names2.includes(pattern)}}function patchDocuments(files,patch,object,writtenName,affixes){let parsed=parsedFile(files,patch.file);if(!parsed)return[];let renderedName=object.metadata?.name??"",{target}=patch;return writtenObjects(parsed).filter(written=>{let kind=written.object.kind;if(target)return target.kind!==void 0&&target.kind!==object.kind||kind!==void 0&&kind!==object.kind?!1:target.name===void 0||targetNameMatches(target.name,[writtenName,renderedName]);if(kind!==object.kind)return!1;let name=nonEmptyString(objectOf(written.object.metadata).name)??"";return name===writtenName||nameMatch(renderedName,name,affixes)>=2}).map(written=>({...written,parsed}))}var GENERATOR_FIELDS={ConfigMapGenerator:"configMapGenerator",SecretGenerator:"secretGenerator",HelmChartInflationGenerator:"helmCharts"};function generatorEntry(parsed,configuredBy,object){let field=configuredBy?GENERATOR_FIELDS[configuredBy]:void 0,document=parsed.documents.find(doc=>doc.usable&&isObject(doc.value));if(!field||!document)return;let entries=objectOf(document.value)[field];if(!Array.isArray(entries))return;if(field==="helmCharts")return[field];let name=object.metadata?.name??"",best;return entries.forEach((entry2,index2)=>{let entryName=nonEmptyString(objectOf(entry2).name);!entryName||!name.includes(entryName)||(!best||entryName.length>best.length)&&(best={index:index2,length:entryName.length})}),best?[field,best.index]:[field]}var import_yaml10=__toESM(require_dist(),1),TOP_LEVEL_KEY=/^(kind|metadata)[ \t]*:(?:[ \t]+(.*))?$/,CHILD_KEY=/^([ \t]+)(name|generateName|namespace)[ \t]*:(?:[ \t]+(.*))?$/,KIND=/^[A-Za-z][A-Za-z0-9]*$/;function readIdentity(text){let lines=text.split(`
`).map(line=>line.replace(/\r$/,"")),kind,metadata={},first;for(let i=0;i<lines.length;i++){let line=lines[i];first===void 0&&!/^\s*(?:#.*)?$/.test(line)&&(first=i);let top=TOP_LEVEL_KEY.exec(line);top&&(top[1]==="kind"?kind=scalar(top[2]):metadata=top[2]&&top[2].trim()&&!top[2].trim().startsWith("#")?flowMetadata(top[2]):blockMetadata(lines,i+1))}let name=metadata.name??metadata.generateName;if(!(!kind||!KIND.test(kind)||kind.endsWith("List")||!name||first===void 0))return{kind,name,...metadata.namespace?{namespace:metadata.namespace}:{},line:first+1}}function blockMetadata(lines,from){let found={},indent;for(let i=from;i<lines.length;i++){let line=lines[i];if(/^\s*(?:#.*)?$/.test(line))continue;if(!/^[ \t]/.test(line))break;indent??=/^[ \t]*/.exec(line)[0];let child=CHILD_KEY.exec(line);child&&child[1]===indent&&(found[child[2]]??=scalar(child[3]))}return found}function flowMetadata(value){try{let parsed=(0,import_yaml10.parse)(value);if(typeof parsed!="object"||parsed===null||Array.isArray(parsed))return{};let record=parsed,text=key2=>typeof record[key2]=="string"&&/^[^\s{}[\]]+$/.test(record[key2])?record[key2]:void 0;return{name:text("name"),generateName:text("generateName"),namespace:text("namespace")}}catch{return{}}}function scalar(written){let value=written?.replace(/(?:^|[ \t])#.*$/,"").trim();if(!value)return;let text=value;if(/^'[^']*'$/.test(value)||/^"[^"\\]*"$/.test(value))text=value.slice(1,-1);else if(/^["'{[|>&*!%@`]/.test(value)||value.includes(": "))return;return/^[^\s{}[\]]+$/.test(text)?text:void 0}var BOM2="\uFEFF",HELM_SOURCE2=/^# Source: /m;function emptyStats(){return{files:0,documents:0,resources:0,skippedNonKubernetes:0,skippedDocuments:0,unparseable:0,helmTemplates:0}}function loadFiles(inputs,options){let result={resources:[],problems:[],stats:emptyStats(),brokenDefinitions:[]},read={parsed:new Map,templates:new Map};for(let input of inputs)input.suppressionsOnly||(result.stats.files++,loadFile(input,options,result,read));return result.stats.resources=result.resources.length,result}function loadFile(input,options,{resources,problems,stats,brokenDefinitions},read){let text=input.text.startsWith(BOM2)?input.text.slice(1):input.text,helmAt=findHelmTemplateAction(text);if(helmAt!==void 0){stats.helmTemplates++;let parsed2={text,lineCounter:lineCounterFor(text),documents:[],problems:[]};problems.push({file:input.file,parsed:parsed2,kind:"helm-template",code:"HELM_TEMPLATE",offset:helmAt,endOffset:helmAt,message:"This file is an unrendered Helm/Go template; render it first (helm template <release> <chart> | kstorelint -)"});return}let parsed=parseYaml(text);for(let problem of parsed.problems)problems.push({file:input.file,parsed,...problem});let kubeObjects=0,fatal=!1,unit=input.kustomizationDir??(HELM_SOURCE2.test(text)?input.file:void 0);for(let document of parsed.documents){if(stats.documents++,!document.usable){fatal=!0;let definition=brokenDefinition(input.file,text,document,parsed.lineCounter,options);definition&&brokenDefinitions.push(definition);continue}let written=document.value;if(written==null)continue;let value=asKustomization(input.file,written)??written;if(!isKubeObject(value)){stats.skippedDocuments++;continue}let items=value.kind.endsWith("List")&&Array.isArray(value.items)?value.items:void 0,entries=items?items.map((item,i)=>[item,["items",i]]):[[value,[]]],renderedFrom=helmTemplate(document,parsed.lineCounter,input.helmCharts,read.templates);entries.forEach(([written2,basePath],i)=>{if(!isKubeObject(written2))return;kubeObjects++;let dir2=input.kustomizationDir,origin=dir2?originOf(written2,dir2,input.file,input.kustomize,read.parsed):void 0,object=dir2?withoutOrigin(written2):written2,where={document,basePath,lineCounter:parsed.lineCounter,text,...renderedFrom?{renderedFrom}:{},...origin?{origin}:{},...unit?{unit}:{}},resource=toResource(object,input.file,where,options,i);input.contextOnly&&(resource.contextOnly=!0),resources.push(resource)})}kubeObjects===0&&(fatal?stats.unparseable++:stats.skippedNonKubernetes++)}function toResource(object,file,where,options,item){let metadata=typeof object.metadata=="object"&&object.metadata!==null?object.metadata:{},name=typeof metadata.name=="string"?metadata.name:typeof metadata.generateName=="string"?metadata.generateName:"",declaredNamespace2=typeof metadata.namespace=="string"&&metadata.namespace!==""?metadata.namespace:void 0,namespace=isClusterScoped(object.kind)?void 0:declaredNamespace2??options.namespace;return{apiVersion:object.apiVersion,kind:object.kind,name,namespace,object,source:{file,...where},order:`${file}\0${String(where.document.index).padStart(6,"0")}\0${String(item).padStart(6,"0")}`}}function brokenDefinition(file,text,document,lineCounter,options){let identity4=readIdentity(text.slice(document.start,document.end));if(!identity4)return;let namespace=isClusterScoped(identity4.kind)?void 0:identity4.namespace??options.namespace,line=lineCounter.linePos(document.start).line+identity4.line-1;return{kind:identity4.kind,name:identity4.name,...namespace?{namespace}:{},file,line}}var KUSTOMIZATION_FILE=/(^|[\\/])(kustomization\.ya?ml|Kustomization)$/;function asKustomization(file,value){if(!(!KUSTOMIZATION_FILE.test(file)||typeof value!="object"||value===null||Array.isArray(value)||isKubeObject(value)))return{apiVersion:"kustomize.config.k8s.io/v1beta1",kind:"Kustomization",...value}}var IGNORE_ANNOTATION="kstorelint.io/ignore",IGNORE_REASON_ANNOTATION="kstorelint.io/ignore-reason",UNUSED_SUPPRESSION="unused-suppression",COMMENT=/#\s*kstorelint-(disable-next-line|disable-line|disable-file)\b([^\n]*)$/;function parseRuleList(text){let[list,...reason]=text.split(/\s--\s?/),rules2=list.split(/[\s,]+/).map(r=>r.trim()).filter(Boolean),why=reason.join(" -- ").trim();return{rules:rules2,...why?{reason:why}:{}}}function commentDirectives(file,text){let directives=[],lines=text.split(`
`);return lines.forEach((content,i)=>{if(!content.includes("kstorelint-disable"))return;let match=COMMENT.exec(content.replace(/\r$/,""));if(!match)return;let kind=`${match[1]}`,line=i+1;directives.push({kind,file,line,column:(match.index??0)+1,...kind==="disable-line"?{target:line}:kind==="disable-next-line"?{target:nextContentLine(lines,i)}:{},...parseRuleList(match[2]),used:!1})}),directives}function nextContentLine(lines,index2){for(let i=index2+1;i<lines.length;i++)if(!/^\s*(#.*)?$/.test(lines[i]))return i+1;return index2+2}function annotationDirective(resource,file,line,column){let annotations=resource.object.metadata?.annotations;if(typeof annotations!="object"||annotations===null)return;let value=annotations[IGNORE_ANNOTATION];if(typeof value!="string")return;let reason=annotations[IGNORE_REASON_ANNOTATION];return{kind:"annotation",file,line,column,resource,rules:value.split(",").map(r=>r.trim()).filter(Boolean),...typeof reason=="string"&&reason?{reason}:{},used:!1}}var covers=(directive,ruleId)=>directive.rules.length===0||directive.rules.includes(ruleId)||directive.rules.includes("all");function applies(directive,finding){if(directive.file!==finding.file||!covers(directive,finding.ruleId))return!1;switch(directive.kind){case"disable-file":return!0;case"disable-line":case"disable-next-line":return directive.target===finding.line;case"annotation":{let r=directive.resource,f=finding.resource;return r!==void 0&&f!==void 0&&r.kind===f.kind&&r.name===f.name&&r.namespace===f.namespace}}}function applySuppressions(findings,directives){let byFile=new Map;for(let directive of directives)byFile.set(directive.file,[...byFile.get(directive.file)??[],directive]);return findings.map(finding=>{if(finding.ruleId===UNUSED_SUPPRESSION)return finding;let directive=byFile.get(finding.file)?.find(d=>applies(d,finding));return directive?(directive.used=!0,{...finding,suppressed:{kind:directive.kind==="annotation"?"annotation":"comment",...directive.reason?{justification:directive.reason}:{}}}):finding})}var globToRegExp=glob=>new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g,"\\$&").replace(/\*/g,".*").replace(/\?/g,".")}$`);function parseObjectPattern(text){let parts=text.split("/");if(parts.length<2||parts.length>3||parts.some(p=>p===""))return;let[kind,...rest]=parts;return rest.length===2?{kind:globToRegExp(kind),namespace:globToRegExp(rest[0]),name:globToRegExp(rest[1]),text}:{kind:globToRegExp(kind),name:globToRegExp(rest[0]),text}}function matchesObjectPattern(pattern,kind,name,namespace){return!pattern.kind.test(kind)||!pattern.name.test(name)?!1:pattern.namespace===void 0?!0:namespace!==void 0&&pattern.namespace.test(namespace)}var AJV_OPTIONS={allErrors:!0,strict:!0,allowUnionTypes:!0,messages:!1,inlineRefs:!1},exportName=gvk=>gvk.replace(/[^A-Za-z0-9]/g,"_");function structuralValidator(schema){let validate=data=>{let errors=[];return check(schema,data,"",errors),validate.errors=errors.length>0?errors:null,errors.length===0};return validate}var escapePointer=key2=>key2.replace(/~/g,"~0").replace(/\//g,"~1");function error(keyword,instancePath,params){return{instancePath,schemaPath:"",keyword,params}}function hasType(type,data){switch(type){case"object":return typeof data=="object"&&data!==null&&!Array.isArray(data);case"array":return Array.isArray(data);case"string":return typeof data=="string";case"number":return typeof data=="number";case"integer":return typeof data=="number"&&!(data%1)&&!Number.isNaN(data);case"boolean":return typeof data=="boolean";case"null":return data===null;default:return!0}}var hasObjectKeywords=schema=>schema.required!==void 0||schema.properties!==void 0||schema.additionalProperties!==void 0;function check(schema,data,at2,errors){let types=schema.type===void 0?[]:Array.isArray(schema.type)?schema.type:[schema.type],typeOk=types.length===0||types.some(type=>hasType(type,data)),late=types.length===1&&(types[0]==="object"&&hasObjectKeywords(schema)||types[0]==="array"&&schema.items!==void 0);if(!typeOk&&!late&&errors.push(error("type",at2,{type:schema.type})),Array.isArray(schema.enum)&&!schema.enum.some(allowed=>allowed===data)&&errors.push(error("enum",at2,{allowedValues:schema.enum})),hasType("object",data))checkObject2(schema,data,at2,errors);else if(Array.isArray(data)&&isObject(schema.items)){let items=schema.items;data.forEach((item,i)=>check(items,item,`${at2}/${i}`,errors))}!typeOk&&late&&errors.push(error("type",at2,{type:schema.type}))}function checkObject2(schema,data,at2,errors){let properties=isObject(schema.properties)?schema.properties:{};if(Array.isArray(schema.required))for(let field of schema.required)data[field]===void 0&&errors.push(error("required",at2,{missingProperty:field}));let additional=schema.additionalProperties;if(additional===!1||isObject(additional))for(let key2 in data)Object.hasOwn(properties,key2)||(additional===!1?errors.push(error("additionalProperties",at2,{additionalProperty:key2})):check(additional,data[key2],`${at2}/${escapePointer(key2)}`,errors));for(let[name,child]of Object.entries(properties))data[name]!==void 0&&isObject(child)&&check(child,data[name],`${at2}/${escapePointer(name)}`,errors)}import{existsSync,readFileSync as readFileSync3}from"node:fs";import path6 from"node:path";import{fileURLToPath}from"node:url";function findSchemasDir(){let dir2=path6.dirname(fileURLToPath(import.meta.url));for(;;){let candidate=path6.join(dir2,"schemas");if(existsSync(path6.join(candidate,"index.json")))return candidate;let parent=path6.dirname(dir2);if(parent===dir2)throw new Error("kstorelint: schemas/index.json not found");dir2=parent}}var schemasDir,index,compiled=new Map;function precompiled(name){if(!compiled.has(name)){let file=path6.join(dir(),"validators",`${name}.cjs`);compiled.set(name,existsSync(file)?__require(file)[name]:void 0)}return compiled.get(name)}var schemaCache=new Map,dir=()=>schemasDir??=findSchemasDir(),gvkIndex=()=>index??=JSON.parse(readFileSync3(path6.join(dir(),"index.json"),"utf8")),gvkOf=(apiVersion,kind)=>`${apiVersion}/${kind}`;function builtinSchema(apiVersion,kind){let gvk=gvkOf(apiVersion,kind),file=Object.hasOwn(gvkIndex(),gvk)?gvkIndex()[gvk]:void 0;if(!file)return;let validate=precompiled(exportName(gvk));return validate?{validate,schema:()=>{let found=schemaCache.get(file);return found||(found=JSON.parse(readFileSync3(path6.join(dir(),file),"utf8")),schemaCache.set(file,found)),found},origin:"built-in"}:void 0}var TYPES=new Set(["object","array","string","integer","number","boolean"]);function structuralSchema(source){if(!isObject(source))return{};let out={};if(source["x-kubernetes-int-or-string"]===!0?out.type=["integer","string"]:typeof source.type=="string"&&TYPES.has(source.type)&&(out.type=source.type),Array.isArray(source.enum)&&source.enum.every(v=>["string","number","boolean"].includes(typeof v))&&(out.enum=source.enum),Array.isArray(source.required)&&(out.required=source.required.filter(r=>typeof r=="string")),isObject(source.properties)){let properties={};for(let[name,child]of Object.entries(source.properties))properties[name]=structuralSchema(child);if(source["x-kubernetes-embedded-resource"]===!0){for(let name of["apiVersion","kind"])properties[name]??={type:"string"};properties.metadata??={type:"object"}}out.properties=properties,Object.keys(properties).length>0&&source["x-kubernetes-preserve-unknown-fields"]!==!0&&!isObject(source.additionalProperties)&&(out.additionalProperties=!1)}return isObject(source.additionalProperties)&&(out.additionalProperties=structuralSchema(source.additionalProperties)),isObject(source.items)&&(out.items=structuralSchema(source.items)),out}function customResourceSchema(openAPIV3Schema){let schema=structuralSchema(openAPIV3Schema),properties=objectOf(schema.properties);return schema.properties={...properties,apiVersion:{type:"string"},kind:{type:"string"},metadata:{type:"object"},...properties.status?{status:{}}:{}},schema}function crdSchemas(resources){let out=new Map;for(let crd of resources){if(crd.kind!=="CustomResourceDefinition"||!crd.apiVersion.startsWith("apiextensions.k8s.io/"))continue;let spec=objectOf(crd.object.spec),group=nonEmptyString(spec.group),kind=nonEmptyString(objectOf(spec.names).kind);if(!group||!kind)continue;let shared=objectOf(spec.validation).openAPIV3Schema,versions=objectsOf(spec.versions).map(v=>({name:nonEmptyString(v.name),schema:objectOf(v.schema).openAPIV3Schema??shared}));versions.length===0&&nonEmptyString(spec.version)&&versions.push({name:nonEmptyString(spec.version),schema:shared});for(let version of versions){if(!version.name||!isObject(version.schema))continue;let schema=customResourceSchema(version.schema);out.set(gvkOf(`${group}/${version.name}`,kind),{validate:lazyValidator(schema),schema:()=>schema,origin:`CustomResourceDefinition ${crd.name}`})}}return out}var ajv;function lazyValidator(schema){let checked,validate=data=>{checked||(ajv??=new(__require("./ajv.cjs")).Ajv({...AJV_OPTIONS,strict:!1}),checked=ajv.validateSchema(schema)===!0?structuralValidator(schema):()=>!0);let run=checked,valid=run(data);return validate.errors=run.errors,valid};return validate}var isPatchDirective=key2=>key2.startsWith("$");function hasPatchDirective(value){return Array.isArray(value)?value.some(hasPatchDirective):typeof value!="object"||value===null?!1:Object.entries(value).some(([key2,child])=>isPatchDirective(key2)||hasPatchDirective(child))}function deref(root,schema){let current=schema;for(let hops=0;isObject(current)&&typeof current.$ref=="string"&&hops<32;hops++){let name=current.$ref.replace(/^#\/definitions\//,"");current=objectAt(root.definitions,name)}return isObject(current)?current:void 0}var objectAt=(value,key2)=>isObject(value)&&Object.hasOwn(value,key2)?value[key2]:void 0;function childSchema(root,schema,segment){if(!schema)return;if(typeof segment=="number")return deref(root,schema.items);let property=objectAt(schema.properties,segment);return property!==void 0?deref(root,property):isObject(schema.additionalProperties)?deref(root,schema.additionalProperties):void 0}function schemaAt(root,path17){let schema=deref(root,root);for(let segment of path17)schema=childSchema(root,schema,segment);return schema}var propertyNames=schema=>schema&&isObject(schema.properties)?Object.keys(schema.properties):[];function elementSchema(root,schema){return schema?.type==="array"?deref(root,schema.items):schema}function runSchemaCheck(resources,isFragment){let custom=crdSchemas(resources),problems=[],validated=0,skipped=0;for(let resource of resources){if(resource.source.document.hasErrors)continue;let kindSchema=custom.get(gvkOf(resource.apiVersion,resource.kind))??builtinSchema(resource.apiVersion,resource.kind);if(!kindSchema){skipped++;continue}validated++;let instance=withoutNullFields(resource.object);if(!kindSchema.validate(instance))for(let error2 of kindSchema.validate.errors??[]){let problem=toProblem(error2,resource,instance,kindSchema);problem&&!(problem.kind==="required"&&isFragment(resource))&&problems.push(problem)}}return{problems,validated,skipped}}function withoutNullFields(value){if(Array.isArray(value))return value.map(withoutNullFields);if(!isObject(value))return value;let out={};for(let[key2,child]of Object.entries(value))child!==null&&(out[key2]=withoutNullFields(child));return out}function pointerPath(pointer,instance){if(pointer==="")return[];let path17=[],node=instance;for(let raw of pointer.slice(1).split("/")){let segment=raw.replace(/~1/g,"/").replace(/~0/g,"~"),step=Array.isArray(node)?Number(segment):segment;path17.push(step),node=Array.isArray(node)?node[step]:isObject(node)?node[segment]:void 0}return path17}function valueAt(instance,path17){let node=instance;for(let segment of path17)node=Array.isArray(node)?node[segment]:isObject(node)?node[String(segment)]:void 0;return node}function toProblem(error2,resource,instance,kindSchema){let at2=pointerPath(error2.instancePath,instance),base2={resource,origin:kindSchema.origin},params=error2.params;switch(error2.keyword){case"additionalProperties":{let field=String(params.additionalProperty);return/^[[{]/.test(field)||isPatchDirective(field)?void 0:{...base2,kind:"unknown-field",path:[...at2,field],field,...whereItBelongs(kindSchema.schema(),at2,field,instance)}}case"type":return isPlaceholderValue(valueAt(resource.object,at2))?void 0:{...base2,kind:"type",path:at2,expected:String(params.type).split(","),value:valueAt(instance,at2)};case"required":{let field=String(params.missingProperty);return{...base2,kind:"required",path:[...at2,field],field}}case"enum":return isPlaceholderValue(valueAt(resource.object,at2))?void 0:{...base2,kind:"enum",path:at2,value:valueAt(instance,at2),allowed:Array.isArray(params.allowedValues)?params.allowedValues:[]};default:return}}function whereItBelongs(root,objectPath,field,instance){let here=schemaAt(root,objectPath),allowed=propertyNames(here),sameLetters=allowed.find(name=>name.toLowerCase()===field.toLowerCase());if(sameLetters)return{suggestion:sameLetters};let inChild=containerHaving(root,here,objectPath,field,instance);if(inChild)return{belongsAt:inChild};let up=typeof objectPath.at(-1)=="number"?objectPath.slice(0,-2):objectPath.slice(0,-1);if(objectPath.length>0){let inSibling=containerHaving(root,schemaAt(root,up),up,field,instance,objectPath[up.length]);if(inSibling)return{belongsAt:inSibling}}let suggestion=closest(field,allowed);return suggestion?{suggestion}:{}}function containerHaving(root,schema,path17,field,instance,except){let present=valueAt(instance,path17);if(isObject(present))for(let name of propertyNames(schema)){if(name===except||present[name]===void 0)continue;let child=childSchema(root,schema,name),element=elementSchema(root,child);if(propertyNames(element).includes(field))return child?.type==="array"?[...path17,name,0,field]:[...path17,name,field]}}import path7 from"node:path";var BUILD_INPUT_GROUPS=new Set(["kustomize.config.k8s.io"]);function identity3(resource){let name=nonEmptyString(objectOf(resource.object.metadata).name),group=apiGroupOf(resource.apiVersion);if(!(!name||BUILD_INPUT_GROUPS.has(group)))return[group,resource.kind,resource.namespace??"",name].join("\0")}var inOtherUnits=(a,b)=>{let[unitA,unitB]=[a.source.unit,b.source.unit];return unitA!==void 0&&unitB!==void 0&&unitA!==unitB},byNearness=(a,b)=>NEARNESS.indexOf(a.distance.nearness)-NEARNESS.indexOf(b.distance.nearness)||a.distance.steps-b.distance.steps,nameWords=file=>path7.basename(file,path7.extname(file)).toLowerCase().split(/[^a-z0-9]+/).filter(word=>word.length>1&&!/^\d+$/.test(word));function areVersions(fileA,fileB,objectsOf2){let words=new Set(nameWords(fileA));if(nameWords(fileB).some(word=>words.has(word)))return!0;let[a,b]=[objectsOf2(fileA),objectsOf2(fileB)];return[...a].filter(key2=>b.has(key2)).length*2>new Set([...a,...b]).size}function findDuplicates(resources,isFragment){let groups2=new Map,objectsByFile=new Map;for(let resource of resources){if(resource.contextOnly||isFragment(resource))continue;let key2=identity3(resource);if(!key2)continue;push(groups2,key2,resource);let file=writtenFile(resource);objectsByFile.set(file,(objectsByFile.get(file)??new Set).add(key2))}let objectsOf2=file=>objectsByFile.get(file)??new Set,duplicates=[];for(let definitions of groups2.values())definitions.forEach((resource,i)=>{let candidates2=definitions.filter(other=>other!==resource&&!inOtherUnits(resource,other)),filesOnLine=new Set([resource,...candidates2.filter(other=>isRelated(distance(resource,other)))].map(writtenFile)),placement=(earlier2,d)=>isRelated(d)?d.nearness==="file"||writtenFile(earlier2)===writtenFile(resource)?"together":filesOnLine.size>=3||areVersions(writtenFile(earlier2),writtenFile(resource),objectsOf2)?"versions":"together":"apart",earlier=definitions.slice(0,i).filter(other=>!inOtherUnits(resource,other)).map(other=>{let d=distance(resource,other);return{resource:other,distance:d,placement:placement(other,d)}}).sort(byNearness);earlier.length>0&&duplicates.push({resource,earlier})});return duplicates.sort((a,b)=>a.resource.order<b.resource.order?-1:a.resource.order>b.resource.order?1:0)}import path8 from"node:path";function kustomizePatchFiles(kustomizations){let files=new Set;for(let kustomization of kustomizations){if(!kustomization.apiVersion.startsWith("kustomize.config.k8s.io/"))continue;let dir2=path8.dirname(path8.resolve(kustomization.source.file)),entries=[kustomization.object.patchesStrategicMerge,kustomization.object.patches].flatMap(list=>Array.isArray(list)?list:[]);for(let entry2 of entries){let file=nonEmptyString(entry2)??nonEmptyString(objectOf(entry2).path);file&&!file.includes(`
`)&&files.add(path8.resolve(dir2,file))}}return files}function isWorkloadWithoutImage(resource){if(!isWorkloadKind(resource.kind))return!1;let podSpec=objectOf(getIn(resource.object,[...TEMPLATE_PATH[resource.kind],"spec"]));return![podSpec.initContainers,podSpec.containers].flatMap(list=>objectsOf(list)).some(container=>nonEmptyString(container.image))}function isServiceWithoutPorts(resource){if(resource.kind!=="Service")return!1;let spec=objectOf(resource.object.spec);return spec.clusterIP==="None"||spec.type==="ExternalName"?!1:!Array.isArray(spec.ports)||spec.ports.length===0}function findFragments(resources,kustomizations){let patchFiles=kustomizePatchFiles(kustomizations),fragments=new Map;for(let resource of resources){let reason=patchFiles.has(path8.resolve(resource.source.file))?"kustomize-patch":hasPatchDirective(resource.object)?"patch-directive":isWorkloadWithoutImage(resource)?"workload-without-image":isServiceWithoutPorts(resource)?"service-without-ports":void 0;reason&&fragments.set(resource,reason)}return fragments}var KEY_FIELDS2={ConfigMap:["data","binaryData"],Secret:["data","stringData"]},CLUSTER_CONFIG_MAPS={"kube-root-ca.crt":["ca.crt"]},CONTROLLER_FILLED_SECRET_TYPES=new Set(["kubernetes.io/service-account-token"]);function objectKeys(kind,object){let keys=new Map;for(let field of KEY_FIELDS2[kind]){let data=object[field];if(isObject(data))for(let key2 of Object.keys(data))keys.has(key2)||keys.set(key2,[field,key2])}return keys}var indexKey=(kind,namespace,name)=>`${kind}\0${namespace??""}\0${name}`,ConfigObjects=class{byKey=new Map;byName=new Map;byNamespace=new Map;anyNamespace=new Map;constructor(view){for(let kind of["ConfigMap","Secret"])for(let resource of view.ofKind(kind)){let controllerFilled=kind==="Secret"&&CONTROLLER_FILLED_SECRET_TYPES.has(String(resource.object.type)),keys=objectKeys(kind,resource.object);this.add({kind,name:resource.name,namespace:resource.namespace??view.defaultNamespace,namespaceDeclared:declaredNamespace(resource)!==void 0,origin:"object",resource,path:["metadata","name"],keys:controllerFilled||keys.size===0?void 0:keys})}for(let[name,keys]of Object.entries(CLUSTER_CONFIG_MAPS))this.add({kind:"ConfigMap",name,namespace:void 0,namespaceDeclared:!1,origin:"cluster",path:[],keys:new Map(keys.map(k=>[k,[]]))});for(let produced of view.produced)produced.kind!=="ConfigMap"&&produced.kind!=="Secret"||this.add({kind:produced.kind,name:produced.name,namespace:produced.namespace,namespaceDeclared:produced.namespaceDeclared,origin:"produced",resource:produced.resource,path:produced.path})}add(object){object.namespace===void 0?push(this.anyNamespace,indexKey(object.kind,void 0,object.name),object):(push(this.byKey,indexKey(object.kind,object.namespace,object.name),object),push(this.byNamespace,indexKey(object.kind,object.namespace,""),object)),push(this.byName,indexKey(object.kind,void 0,object.name),object)}find(kind,namespace,name){return[...this.byKey.get(indexKey(kind,namespace,name))??[],...this.anyNamespace.get(indexKey(kind,void 0,name))??[]]}reachable(kind,namespace,podNamespaceDeclared,name){let here=this.find(kind,namespace,name);return here.length>0?here:this.named(kind,name).filter(o=>!podNamespaceDeclared||!o.namespaceDeclared)}named(kind,name){return this.byName.get(indexKey(kind,void 0,name))??[]}namesIn(kind,namespace){return(this.byNamespace.get(indexKey(kind,namespace,""))??[]).map(o=>o.name)}keysOf(objects){let keys=new Map;for(let object of objects){if(!object.keys)return;for(let[key2,path17]of object.keys)keys.has(key2)||keys.set(key2,path17)}return keys}};var VARIABLE=String.raw`(?:\$\([A-Za-z_][A-Za-z0-9_]*\)|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\x60hostname\x60)`,LABEL_END="(?![A-Za-z0-9-])",LABEL_START="(?<![A-Za-z0-9-])",escape2=text=>text.replace(/[.*+?^${}()|[\]\\]/g,"\\$&");function podDnsPattern({statefulSet,service,namespace,otherServices=[]}){let ordinal=String.raw`(?:\d+|${VARIABLE})`,ownPod=`${LABEL_START}${escape2(statefulSet)}-${ordinal}`;if(service===void 0)return new RegExp(`${ownPod}\\.[a-z][a-z0-9-]*${LABEL_END}`);let svc=escape2(service),anyService=[service,...otherServices.filter(other=>other!==service)].map(escape2).join("|"),qualified=String.raw`(?<=[A-Za-z0-9_)}])\.${svc}\.(?:${escape2(namespace)}|${VARIABLE})\.svc${LABEL_END}`;return new RegExp(`${ownPod}\\.(?:${anyService})${LABEL_END}|${LABEL_START}${VARIABLE}\\.${svc}${LABEL_END}|${qualified}`)}function podDnsNameIn(text,target,pattern=podDnsPattern(target)){let match=pattern.exec(text);if(!match)return;let start=match.index;if(text[start]===".")for(;start>0&&/[A-Za-z0-9_.-]/.test(text[start-1]);)start--;let pod3=start===match.index&&text[start]==="."?"\u2026":"",rest=/^(?:[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*)(?::\d+)?/.exec(text.slice(match.index+match[0].length))?.[0]??"";return pod3+text.slice(start,match.index+match[0].length)+rest}var MAX_DEPTH2=40;function eachString(value,path17,visit,depth=0){if(!(depth>MAX_DEPTH2)){if(typeof value=="string")visit(value,path17);else if(Array.isArray(value))value.forEach((item,i)=>eachString(item,[...path17,i],visit,depth+1));else if(typeof value=="object"&&value!==null)for(let[key2,child]of Object.entries(value))eachString(child,[...path17,key2],visit,depth+1)}}function findPodDnsUses(resources,statefulSets2){let servicesIn=new Map;for(let resource of resources)resource.kind==="Service"&&push(servicesIn,resource.namespace??"",resource.name);let searched=statefulSets2.map(statefulSet=>{let service=nonEmptyString(objectOf(statefulSet.resource.object.spec).serviceName),target={statefulSet:statefulSet.name,service,namespace:statefulSet.namespace,otherServices:servicesIn.get(statefulSet.namespace)??[]},hints=[`${statefulSet.name}-`,...service===void 0?[]:[`.${service}`]];return{statefulSet,target,pattern:podDnsPattern(target),hints}}),found=new Map;for(let resource of resources)eachString(resource.object,[],(text,path17)=>{for(let{statefulSet,target,pattern,hints}of searched){if(!hints.some(hint=>text.includes(hint)))continue;let name=podDnsNameIn(text,target,pattern);name!==void 0&&push(found,statefulSet,{resource,path:path17,name})}});let uses=new Map;for(let[statefulSet,all]of found)uses.set(statefulSet,nearest(statefulSet.resource,all,use=>use.resource)[0]);return uses}function buildProduced(resources){let entries=[];for(let resource of resources)for(let production of producedBy(resource.object)){let{placement}=production;entries.push({kind:production.kind,name:production.name,namespace:placement.scope==="namespace"?placement.namespace:placement.scope==="producer"?resource.namespace:void 0,namespaceDeclared:placement.scope==="namespace"||placement.scope==="producer"&&declaredNamespace(resource)!==void 0,producer:production.producer,resource,path:production.path})}return entries}function buildVolumeClaims(workload,lookup){let mounts=workload.containers.flatMap(mountsOf),mountsOfVolume=name=>mounts.filter(mount=>mount.volumeName===name),templates=claimTemplates(workload),templateNames=new Set(templates.flatMap(t=>t.name?[t.name]:[])),podNames=literalPodNames(workload),out=[];for(let{volume,path:path17}of workload.volumes){let volumeName=typeof volume.name=="string"?volume.name:"",claimName=nonEmptyString(objectOf(volume.persistentVolumeClaim).claimName);if(claimName){out.push({workload,naming:"claimName",volumeName,name:claimName,path:[...path17,"persistentVolumeClaim","claimName"],volumePath:path17,claims:lookup.nearestClaims(workload.resource,workload.namespace,claimName).map(claim=>({claim})),replacedByTemplate:templateNames.has(volumeName),mounts:mountsOfVolume(volumeName)});continue}let template=objectOf(volume.ephemeral).volumeClaimTemplate;if(template===void 0||typeof volume.name!="string")continue;let claims=isObject(template)?podNames.flatMap(pod3=>{let named=lookup.claimsNamed(workload.namespace,ephemeralClaimName(pod3,volumeName));return named.find(claim=>claim.owner===workload)??named.slice(0,1)}):[];out.push({workload,naming:"ephemeral",volumeName,name:volumeName,path:[...path17,"ephemeral","volumeClaimTemplate"],volumePath:path17,template:objectOf(template),claims:claims.map(claim=>({claim})),replacedByTemplate:!1,mounts:mountsOfVolume(volumeName)})}for(let{template,name,path:path17}of templates){if(!name)continue;let claims=ordinalsOf(workload).flatMap(ordinal=>lookup.claimsNamed(workload.namespace,statefulSetClaimName(name,workload.name,ordinal)).slice(0,1).map(claim=>({claim,ordinal})));out.push({workload,naming:"template",volumeName:name,name,path:[...path17,"metadata","name"],volumePath:path17,template,claims,replacedByTemplate:!1,mounts:mountsOfVolume(name)})}return out}var key=(kind,namespace,name)=>`${kind}\0${namespace??""}\0${name}`,claimKey3=(namespace,name)=>`${namespace}\0${name}`,Lazy=class{constructor(compute){this.compute=compute}compute;value;get(){return this.value??={of:this.compute()},this.value.of}};function memo(compute){let cache=new Map;return k=>{if(cache.has(k))return cache.get(k);let value=compute(k);return cache.set(k,value),value}}var Model=class{constructor(resources,problems,stats,options,brokenDefinitions=[]){this.problems=problems;this.stats=stats;this.options=options;this.brokenDefinitions=brokenDefinitions;this.assumptions=(options.assume??[]).flatMap(text=>parseObjectPattern(text)??[]),this.resources=[...resources].sort((a,b)=>a.order<b.order?-1:a.order>b.order?1:0);for(let resource of this.resources)push(this.byKey,key(resource.kind,resource.namespace,resource.name),resource),push(this.byKindName,key(resource.kind,void 0,resource.name),resource),push(this.byKind,resource.kind,resource);this.persistentVolumes=this.ofKind("PersistentVolume"),this.storageClasses=this.ofKind("StorageClass"),this.defaultStorageClasses=this.storageClasses.filter(sc=>isDefaultClass(sc.object));for(let volume of this.persistentVolumes){let claimRef=objectOf(objectOf(volume.object.spec).claimRef),name=nonEmptyString(claimRef.name);name&&push(this.reservations,claimKey3(nonEmptyString(claimRef.namespace)??"",name),volume)}this.workloads=this.resources.flatMap(resource=>workloadOf(resource)??[]),this.claims=buildClaims(this.ofKind("PersistentVolumeClaim"),this.workloads,options.namespace,this.defaultStorageClassName);for(let claim of this.claims){push(this.claimsByKey,claimKey3(claim.namespace,claim.name),claim);let volumeName=nonEmptyString(objectOf(claim.object.spec).volumeName);volumeName&&push(this.claimsByVolumeName,volumeName,claim)}}problems;stats;options;brokenDefinitions;resources;workloads;claims;storageClasses;defaultStorageClasses;persistentVolumes;byKey=new Map;byKindName=new Map;byKind=new Map;claimsByKey=new Map;reservations=new Map;claimsByVolumeName=new Map;assumptions;ofKind(kind){return this.byKind.get(kind)??[]}find(kind,name,namespace){return this.byKey.get(key(kind,namespace,name))?.[0]}findAll(kind,name,namespace){return this.byKey.get(key(kind,namespace,name))??[]}findInAnyNamespace(kind,name){return this.byKindName.get(key(kind,void 0,name))??[]}persistentVolume(name){return this.find("PersistentVolume",name)}storageClass(name){return this.find("StorageClass",name)}isAssumed(kind,name,namespace){return this.assumptions.some(pattern=>matchesObjectPattern(pattern,kind,name,namespace))}claim(namespace,name){return this.claimsByKey.get(claimKey3(namespace,name))?.[0]}claimsNamed(namespace,name){return this.claimsByKey.get(claimKey3(namespace,name))??[]}nearestClaims(from,namespace,name){return nearest(from,this.claimsNamed(namespace,name),claim=>claim.resource)}isFirstCopy(claim){return this.claimsNamed(claim.namespace,claim.name)[0]===claim}claimsNaming(volumeName){return this.claimsByVolumeName.get(volumeName)??[]}volumesReservedFor(namespace,name){return this.reservations.get(claimKey3(namespace,name))??[]}get defaultStorageClassName(){return[...this.defaultStorageClasses].map(sc=>sc.name).sort()[0]??(this.options.defaultStorageClass||void 0)}volumeClaims=memo(workload=>buildVolumeClaims(workload,this));fragments=new Lazy(()=>findFragments(this.resources,this.ofKind("Kustomization")));isFragment(resource){return this.fragments.get().get(resource)}duplicateDefinitions=new Lazy(()=>findDuplicates(this.resources,resource=>this.isFragment(resource)!==void 0));get duplicates(){return this.duplicateDefinitions.get()}schema=new Lazy(()=>runSchemaCheck(this.resources,resource=>this.isFragment(resource)!==void 0));get schemaCheck(){return this.schema.get()}claimClass(object){return claimClassOf(object,this.defaultStorageClassName)}storageClassFor(claimClass){return claimClass.effective===""?void 0:this.storageClass(claimClass.effective)}binderClasses=new Lazy(()=>storageClassTable(this.storageClasses));provisioning(claim){let object="origin"in claim?claim.object:claim;return provisioningOf(object,this.binderClasses.get(),this.defaultStorageClassName)}bindings=new Lazy(()=>simulateBinding({claims:this.claims,volumes:this.persistentVolumes,classes:this.binderClasses.get(),defaultClass:this.defaultStorageClassName,storageClass:name=>this.storageClass(name)}));binding(claim){return this.bindings.get().get(claim)??{kind:"unresolved"}}specs=new Lazy(()=>buildClaimSpecs(this.claims,this.workloads,this.defaultStorageClassName));get claimSpecs(){return this.specs.get()}volumesByClass=new Lazy(()=>{let index2=new Map;for(let pv of this.persistentVolumes)push(index2,volumeClass(pv.object),pv);return index2});volumesOfClass(className){return this.volumesByClass.get().get(className)??[]}autoscalers=new Lazy(()=>{let index2=new Map;for(let hpa of this.ofKind("HorizontalPodAutoscaler")){let target=objectOf(objectOf(hpa.object.spec).scaleTargetRef),kind=nonEmptyString(target.kind),name=nonEmptyString(target.name);kind&&name&&push(index2,key(kind,hpa.namespace??this.options.namespace,name),hpa)}return index2});autoscalerOf(workload){for(let resource of this.autoscalers.get().get(key(workload.kind,workload.namespace,workload.name))??[]){if(!nearest(resource,this.findAll(workload.kind,workload.name,workload.namespace),target=>target).includes(workload.resource))continue;let range=autoscalerRange(resource.object.spec);if(range)return{resource,range}}}concurrency=memo(workload=>podsAtOnce(workload.kind,workload.resource.object,this.autoscalerOf(workload)?.range));governingService=memo(statefulSet=>{let name=nonEmptyString(objectOf(statefulSet.resource.object.spec).serviceName),written=name?this.findAll("Service",name,statefulSet.namespace).filter(service=>!this.isFragment(service)):[],candidates2=nearest(statefulSet.resource,written,service=>service),headless=candidates2.filter(service=>objectOf(service.object.spec).clusterIP==="None");return headless.find(service=>matchesEqualitySelector(statefulSet.podLabels,asLabels(objectOf(service.object.spec).selector)))??headless[0]??candidates2[0]});podDnsUses=new Lazy(()=>findPodDnsUses(this.resources,this.workloads.filter(workload=>workload.kind==="StatefulSet")));podDnsUse(statefulSet){return this.podDnsUses.get().get(statefulSet)}producedEntries=new Lazy(()=>buildProduced(this.resources));get produced(){return this.producedEntries.get()}configIndex=new Lazy(()=>new ConfigObjects({ofKind:kind=>this.ofKind(kind),defaultNamespace:this.options.namespace,produced:this.produced}));get configObjects(){return this.configIndex.get()}references=new Lazy(()=>new ReferenceResolver(this));resolveReference(reference){return this.references.get().resolve(reference)}};var platformFile=platform=>`<platform ${platform}>`;function platformInputs(platform){let classes=platformClasses(platform);if(classes.length===0)return[];let text=classes.map(storageClass2=>JSON.stringify(asStorageClassObject(storageClass2),null,2)).join(`
---
`);return[{file:platformFile(platform),text,contextOnly:!0}]}var RENAMED_RULES={"storage-class-beta-annotation":"storageclass-beta-annotation","sts-service-missing":"sts-service-not-found","pv-claimref-claim-missing":"pv-claimref-claim-not-found","volume-mount-unknown":"volume-mount-not-found","sts-mount-unknown":"sts-volume-mount-not-found"},FIRST_IDS=new Map(Object.entries(RENAMED_RULES).map(([old,current])=>[current,old])),currentRuleId=id=>RENAMED_RULES[id]??id,firstRuleId=id=>FIRST_IDS.get(id)??id,renameNotice=(id,where)=>`${where}: rule '${id}' was renamed to '${currentRuleId(id)}'; the old id still works but will be removed in a future release`;var DEFAULT_NAMESPACE="default";function lint(givenInputs,options){let inputs=options.platform?[...givenInputs,...platformInputs(options.platform)]:givenInputs,loaded=loadFiles(inputs,{namespace:options.namespace}),model=new Model(loaded.resources,loaded.problems,loaded.stats,options,loaded.brokenDefinitions);if(options.freezeModel)for(let resource of loaded.resources)deepFreeze(resource.object);let findings=[],internalErrors=[],notices=[],ruleSeverity=currentRuleIds(options.ruleSeverity??{},notices);for(let rule of options.rules){let configured=ruleSeverity[rule.id];if(configured!=="off")try{runRule(rule,model,configured,findings)}catch(error2){internalErrors.push(`rule ${rule.id} failed: ${error2 instanceof Error?error2.stack??error2.message:String(error2)}`)}}let directives=collectDirectives(inputs.filter(input=>!input.contextOnly),loaded.resources.filter(r=>!r.contextOnly));for(let directive of directives){for(let id of directive.rules.filter(rule=>currentRuleId(rule)!==rule))notices.push(renameNotice(id,`${directive.file}:${directive.line}`));directive.rules=directive.rules.map(currentRuleId)}let contextFiles=new Set(inputs.filter(input=>input.contextOnly).map(input=>input.file)),ownFindings=findings.filter(finding=>!contextFiles.has(finding.file)),generic=new Set(options.rules.filter(rule=>rule.generic).map(rule=>rule.id)),checked=applySuppressions(withoutShadowedGeneric(sortAndDeduplicate(ownFindings),generic),directives),unusedRule=options.rules.find(rule=>rule.id===UNUSED_SUPPRESSION),unusedSeverity=ruleSeverity[UNUSED_SUPPRESSION]??unusedRule?.severity;if(unusedRule&&unusedSeverity&&unusedSeverity!=="off"){let known=new Set(options.rules.map(rule=>rule.id));checked.push(...unusedDirectiveFindings(directives,known,unusedSeverity))}let stats=options.rules.some(rule=>rule.id.startsWith("schema-")&&ruleSeverity[rule.id]!=="off")?{...loaded.stats,schemaValidated:model.schemaCheck.validated,schemaSkipped:model.schemaCheck.skipped}:loaded.stats;return{findings:sortAndDeduplicate(checked),internalErrors,notices,stats,model}}function runRule(rule,model,configured,sink){let severityOf=override=>configured??override??rule.severity,context={model,scalarSource:(resource,path17)=>scalarSource(resource.source,path17),trailingComment:(resource,path17)=>trailingComment(resource.source,path17),report(report3){let{file,...position}=reportedPosition(report3.resource.source,report3.path),{resource}=report3;sink.push({ruleId:rule.id,messageId:report3.messageId,severity:severityOf(report3.severity),message:formatMessage(rule.messages[report3.messageId],report3.data),file,...position,resource:{apiVersion:resource.apiVersion,kind:resource.kind,namespace:resource.namespace,name:resource.name},related:(report3.related??[]).map(related=>{let where=reportedPosition(related.resource.source,related.path);return{file:where.file,line:where.line,column:where.column,message:related.message||describe(related.resource)}}),...report3.fix?{fix:report3.fix}:{},fingerprint:fingerprint(firstRuleId(rule.id),resource.kind,resource.namespace??"",resource.name,report3.path.join("."),formatMessage(rule.messages[report3.messageId],report3.data))})},reportFile(report3){let{problem}=report3,position=problem.parsed?positionOfOffset(problem.parsed,problem.offset,problem.endOffset):{line:1,column:1,endLine:1,endColumn:1};sink.push({ruleId:rule.id,messageId:report3.messageId,severity:severityOf(report3.severity),message:formatMessage(rule.messages[report3.messageId],report3.data),file:problem.file,...position,related:[],fingerprint:fingerprint(firstRuleId(rule.id),report3.messageId,problem.file,problem.code,String(position.line))})}};rule.check(context)}var compare2=(a,b)=>(a.file<b.file?-1:a.file>b.file?1:0)||a.line-b.line||a.column-b.column||(a.ruleId<b.ruleId?-1:a.ruleId>b.ruleId?1:0)||(a.message<b.message?-1:a.message>b.message?1:0);function sortAndDeduplicate(findings){return findings.sort(compare2),findings.filter((finding,i)=>i===0||compare2(finding,findings[i-1])!==0)}function withoutShadowedGeneric(findings,generic){let specificLines=new Set(findings.filter(f=>!generic.has(f.ruleId)).map(f=>`${f.file}\0${f.line}`));return findings.filter(f=>!generic.has(f.ruleId)||!specificLines.has(`${f.file}\0${f.line}`))}function collectDirectives(inputs,resources){let directives=inputs.flatMap(input=>commentDirectives(input.file,input.text));for(let resource of resources){if(typeof objectOf(objectOf(resource.object.metadata).annotations)[IGNORE_ANNOTATION]!="string")continue;let at2=reportedPosition(resource.source,["metadata","annotations",IGNORE_ANNOTATION]),directive=annotationDirective(resource,at2.file,at2.line,at2.column);directive&&directives.push(directive)}return directives}function unusedDirectiveFindings(directives,known,severity){return directives.filter(d=>!d.used).map(d=>{let unknown=d.rules.filter(rule=>rule!=="all"&&!known.has(rule)),what=d.kind==="annotation"?`Annotation ${IGNORE_ANNOTATION}`:`Directive kstorelint-${d.kind}`,rules2=d.rules.length?d.rules.join(", "):"all rules",message=unknown.length?`${what} names unknown rule${unknown.length>1?"s":""} ${unknown.map(r=>`'${r}'`).join(", ")}`:`${what} suppresses nothing (${rules2}); remove it`;return{ruleId:UNUSED_SUPPRESSION,messageId:"unused",severity,message,file:d.file,line:d.line,column:d.column,endLine:d.line,endColumn:d.column,...d.resource?{resource:{apiVersion:d.resource.apiVersion,kind:d.resource.kind,namespace:d.resource.namespace,name:d.resource.name}}:{},related:[],fingerprint:fingerprint(UNUSED_SUPPRESSION,d.kind,d.file,d.rules.join(","),d.resource?describe(d.resource):String(d.line))}})}function currentRuleIds(severities,notices){let out={};for(let[id,severity]of Object.entries(severities))currentRuleId(id)!==id&&notices.push(renameNotice(id,"rules")),out[currentRuleId(id)]=severity;return out}function fingerprint(...parts){return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0,32)}function deepFreeze(value){if(!(typeof value!="object"||value===null||Object.isFrozen(value))){Object.freeze(value);for(let child of Object.values(value))deepFreeze(child)}}import path13 from"node:path";import{readFileSync as readFileSync4,statSync as statSync2}from"node:fs";import path9 from"node:path";var MANIFEST_GLOB="**/*.{yaml,yml,json}",KUSTOMIZATION_GLOB="**/Kustomization",KUSTOMIZATION_FILE2=/(^|\/)(kustomization\.ya?ml|Kustomization)$/,ALWAYS_IGNORED=["**/node_modules/**","**/.git/**"],DEFAULT_IGNORES=["**/testdata/**","**/vendor/**","**/Godeps/**","**/_workspace/**"],toPosix=p=>p.split(path9.sep).join("/"),GLOB_CHARACTERS=/[*?[\]{}()!+@]/,loadGlobby=()=>import("./globby-Z77VBZAN.js");async function discover(patterns,cwd=process.cwd(),options={}){let files=new Set,walked=new Set,{default:picomatch}=await import("./picomatch-LMPG4GRH.js"),underDefaultIgnore=options.defaultIgnore===!1?()=>!1:picomatch(DEFAULT_IGNORES),leftOut=new Set,errors=[],stdin=!1;for(let pattern of patterns){if(pattern==="-"){stdin=!0;continue}if(GLOB_CHARACTERS.test(pattern)&&(await loadGlobby()).isDynamicPattern(toPosix(pattern))&&!exists(path9.resolve(cwd,pattern))){let{globby}=await loadGlobby(),matches=await globby(toPosix(pattern),{cwd,gitignore:!0,ignore:ALWAYS_IGNORED,dot:!1,followSymbolicLinks:!1});matches.length===0&&errors.push({path:pattern,message:"no files match this pattern"});let base2=picomatch.scan(toPosix(pattern)).base;for(let match of matches.sort())underDefaultIgnore(base2?path9.posix.relative(base2,match):match)?leftOut.add(match):(files.add(match),walked.add(match));continue}let stats;try{stats=statSync2(path9.resolve(cwd,pattern))}catch(error2){errors.push({path:pattern,message:describeFsError(error2)});continue}if(stats.isDirectory()){let base2=toPosix(pattern).replace(/\/+$/,"")||".",{globby}=await loadGlobby(),matches=await globby([MANIFEST_GLOB,KUSTOMIZATION_GLOB],{cwd:path9.resolve(cwd,pattern),gitignore:!0,ignore:ALWAYS_IGNORED,followSymbolicLinks:!1,suppressErrors:!0});for(let match of matches.sort()){let file=base2==="."?match:`${base2}/${match}`,manifest=path9.posix.basename(match)!=="Kustomization";underDefaultIgnore(match)?manifest&&leftOut.add(file):(manifest&&files.add(file),walked.add(file))}}else stats.isFile()?files.add(pattern):errors.push({path:pattern,message:"not a regular file or folder"})}let ignore=options.ignore??[],ignored=ignore.length?picomatch(ignore.map(toPosix)):()=>!1,kept=file=>!ignored(toPosix(path9.normalize(file))),ignoredByDefault=[...leftOut].filter(file=>!files.has(file)&&kept(file)).length,kustomizations=[...walked].filter(file=>KUSTOMIZATION_FILE2.test(toPosix(file))&&kept(file));return{files:[...files].filter(kept),kustomizations,errors,stdin,ignoredByDefault}}async function findChartFiles(cwd){let{globby}=await loadGlobby();return globby("**/Chart.yaml",{cwd,gitignore:!0,ignore:ALWAYS_IGNORED,followSymbolicLinks:!1,suppressErrors:!0})}function exists(p){try{return statSync2(p),!0}catch{return!1}}function describeFsError(error2){let code=error2?.code;return code==="ENOENT"?"no such file or folder":code==="EACCES"||code==="EPERM"?"permission denied":code==="ELOOP"?"too many symbolic links":error2 instanceof Error?error2.message:String(error2)}function readManifest(file){let buffer;try{buffer=readFileSync4(file)}catch(error2){return{ok:!1,message:describeFsError(error2)}}return buffer.includes(0)?{ok:!1,message:"binary file (contains NUL bytes), not read"}:{ok:!0,text:new TextDecoder("utf-8").decode(buffer)}}import{availableParallelism}from"node:os";import path12 from"node:path";var import_yaml11=__toESM(require_dist(),1);import{readFileSync as readFileSync5,statSync as statSync3}from"node:fs";import path10 from"node:path";var KUSTOMIZATION_FILES=["kustomization.yaml","kustomization.yml","Kustomization"];function kustomizationFileIn(dir2){for(let name of KUSTOMIZATION_FILES){let file=path10.join(dir2,name);if(isFile(file))return file}}function readKustomization(dir2){let file=kustomizationFileIn(dir2);if(!file)return;let value;try{value=(0,import_yaml11.parse)(readFileSync5(file,"utf8"),{uniqueKeys:!1})}catch{return}if(!isObject(value)||typeof value.apiVersion=="string"&&!value.apiVersion.startsWith("kustomize.config.k8s.io/"))return;let result={dir:dir2,file,kind:value.kind==="Component"?"Component":"Kustomization",children:[],files:[],patches:[],unresolved:[],...nonEmptyString(value.namePrefix)?{namePrefix:value.namePrefix}:{},...nonEmptyString(value.nameSuffix)?{nameSuffix:value.nameSuffix}:{}},local=entry2=>path10.resolve(dir2,entry2);for(let entry2 of[...strings(value.resources),...strings(value.bases),...strings(value.components)]){let target=local(entry2);isDirectory(target)?result.children.push(target):isFile(target)?result.files.push(target):result.unresolved.push(entry2)}for(let entry2 of value.patchesStrategicMerge===void 0?[]:strings(value.patchesStrategicMerge))entry2.includes(`
`)||result.patches.push({file:local(entry2)});for(let entry2 of[...objectsOf(value.patches),...objectsOf(value.patchesJson6902)]){let file2=nonEmptyString(entry2.path);if(!file2)continue;let target=objectOf(entry2.target),kind=nonEmptyString(target.kind),name=nonEmptyString(target.name);result.patches.push({file:local(file2),...kind||name?{target:{...kind?{kind}:{},...name?{name}:{}}}:{}})}result.files.push(...result.patches.map(patch=>patch.file));for(let generator of[...objectsOf(value.configMapGenerator),...objectsOf(value.secretGenerator)])for(let entry2 of[...strings(generator.files),...strings(generator.envs),...strings(generator.env)])result.files.push(local(entry2.includes("=")?entry2.slice(entry2.indexOf("=")+1):entry2));let configFiles=[...strings(value.crds),...strings(value.configurations),...strings(value.transformers),...strings(value.generators),...strings(value.validators),...objectsOf(value.replacements).flatMap(entry2=>strings([entry2.path])),...strings([objectOf(value.openapi).path])];for(let entry2 of configFiles)!entry2.includes(`
`)&&isFile(local(entry2))&&result.files.push(local(entry2));return result}var strings=value=>Array.isArray(value)?value.filter(item=>typeof item=="string"&&item!==""):[];function isFile(p){try{return statSync3(p).isFile()}catch{return!1}}function isDirectory(p){try{return statSync3(p).isDirectory()}catch{return!1}}var KustomizationTree=class{constructor(reader){this.reader=reader}reader;cache=new Map;reached=new Map;read(dir2){return this.cache.has(dir2)||this.cache.set(dir2,this.reader(dir2)),this.cache.get(dir2)}reachable(dir2){let known=this.reached.get(dir2);if(known)return known;let seen=new Set,stack=[...this.read(dir2)?.children??[]];for(;stack.length>0;){let next=stack.pop();seen.has(next)||next===dir2||(seen.add(next),stack.push(...this.read(next)?.children??[]))}return this.reached.set(dir2,seen),seen}units(root){return[root,...this.reachable(root)].flatMap(dir2=>this.read(dir2)??[])}consumedFiles(root){let files=new Set;for(let unit of this.units(root)){files.add(unit.file);for(let file of unit.files)files.add(file)}return files}patches(root){let ordered=[],visiting=new Set,visit=(dir2,includer)=>{if(visiting.has(dir2))return;visiting.add(dir2);let unit=this.read(dir2);if(!unit)return;for(let child of unit.children)visit(child,dir2);if(unit.patches.length===0)return;let patchable=[...this.consumedFiles(unit.kind==="Component"?includer:dir2)];ordered.push(...unit.patches.map(patch=>({...patch,patchable})))};return visit(root,root),ordered}nameAffixes(root){let units=this.units(root);return{prefixes:units.flatMap(unit=>unit.namePrefix?[unit.namePrefix]:[]),suffixes:units.flatMap(unit=>unit.nameSuffix?[unit.nameSuffix]:[])}}unresolved(root){return this.units(root).flatMap(unit=>unit.unresolved.map(entry2=>({dir:unit.dir,entry:entry2})))}};function nextRoots(walked,tree,rendered,failed){let kustomizations=walked.filter(dir2=>tree.read(dir2)?.kind==="Kustomization"),consumers=kustomizations.filter(dir2=>!failed.has(dir2));return kustomizations.filter(dir2=>!rendered.has(dir2)&&!failed.has(dir2)&&!consumers.some(other=>other!==dir2&&tree.reachable(other).has(dir2)))}import{execFile}from"node:child_process";import{mkdtempSync,realpathSync,rmSync,writeFileSync}from"node:fs";import{tmpdir}from"node:os";import path11 from"node:path";var TIMEOUT_MS=12e4,MAX_ERROR=200;async function renderKustomization(dir2){let wrapper=realpathSync(mkdtempSync(path11.join(tmpdir(),"kstorelint-kustomize-")));try{let resource=path11.relative(wrapper,path11.resolve(dir2)).split(path11.sep).join("/");writeFileSync(path11.join(wrapper,"kustomization.yaml"),`resources:
  - ${JSON.stringify(resource)}
buildMetadata: [originAnnotations]
`);let run=await kubectl(["kustomize",wrapper]);return run.missing?{ok:!1,kubectlMissing:!0,message:"kubectl is not on PATH"}:run.ok?{ok:!0,text:run.stdout,originRoot:wrapper}:{ok:!1,kubectlMissing:!1,message:kustomizeError(run.stderr,resource,dir2)}}finally{rmSync(wrapper,{recursive:!0,force:!0})}}function kubectl(args){return new Promise(resolve=>{execFile("kubectl",args,{encoding:"utf8",maxBuffer:1<<30,timeout:TIMEOUT_MS},(error2,stdout,stderr)=>{let code=error2?.code;resolve({ok:error2===null,missing:code==="ENOENT",stdout,stderr:stderr||(error2?error2.message:"")})})})}function kustomizeError(stderr,resource,dir2){let text=stderr.split(`
`).filter(line=>!line.startsWith("# Warning:")).join(`
`).replace(/^[EFW]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\] /m,"").trim(),failed=/^"command failed" err=([\s\S]*)$/.exec(text);if(failed)if(text=failed[1].trim(),text.startsWith("<")&&text.endsWith(">"))text=text.slice(1,-1);else try{text=String(JSON.parse(text))}catch{}text=text.replace(/\s+/g," ").trim();let wrapper=`accumulating resources: accumulation err='accumulating resources from '${resource}': `;if(text.startsWith(wrapper)){text=text.slice(wrapper.length).replace(/'$/,"");let recursed=/recursed accumulation of path '[^']*': /.exec(text);recursed&&(text=text.slice(recursed.index+recursed[0].length))}if(text=text.split(path11.resolve(dir2)).join(dir2.replace(/\/+$/,"")||"."),text=text.replace(/["'\\\s]+$/,""),text==="")return"kubectl kustomize failed";if(text.length<=MAX_ERROR)return text;let tail=text.slice(-MAX_ERROR),step=tail.indexOf(": ");return`...${step>=0&&step<MAX_ERROR/2?tail.slice(step+1):tail}`}async function renderKustomizations(kustomizationFiles,render2=renderKustomization,concurrency=Math.min(8,Math.max(4,availableParallelism()))){let shownDir=new Map;for(let file of kustomizationFiles){let dir2=path12.dirname(file);shownDir.has(path12.resolve(dir2))||shownDir.set(path12.resolve(dir2),dir2)}let walked=[...shownDir.keys()],tree=new KustomizationTree(readKustomization),rendered=new Set,failed=new Set,units={inputs:[],consumed:new Map,notRendered:[],kubectlMissing:!1};for(let roots=nextRoots(walked,tree,rendered,failed);roots.length>0;roots=nextRoots(walked,tree,rendered,failed)){let outcomes=await mapPool(roots,concurrency,async root=>{let unresolved=tree.unresolved(root)[0],dir2=shownDir.get(root);if(unresolved!==void 0){let where=unresolved.dir===root?"":` (in ${shownPath(dir2,unresolved.dir)})`;return{ok:!1,kubectlMissing:!1,message:unresolvedReason(unresolved.entry)+where}}return render2(dir2)});if(roots.forEach((root,i)=>{let outcome=outcomes[i],dir2=shownDir.get(root);if(!outcome.ok){failed.add(root),units.kubectlMissing||=outcome.kubectlMissing,units.notRendered.push({dir:dir2,reason:outcome.message});return}rendered.add(root);let kustomization=tree.read(root);units.inputs.push({file:path12.join(dir2,path12.basename(kustomization?.file??"kustomization.yaml")),text:outcome.text,kustomizationDir:dir2,kustomize:{originRoot:outcome.originRoot,patches:tree.patches(root),...tree.nameAffixes(root)}});for(let file of tree.consumedFiles(root))units.consumed.has(file)||units.consumed.set(file,shownPath(dir2,file))}),units.kubectlMissing)break}return units}var REMOTE=/^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\.git(?:\/|$)/i,unresolvedReason=entry2=>REMOTE.test(entry2)?`'${entry2}' is a remote base, which kstorelint does not fetch`:`'${entry2}' does not exist`;async function mapPool(items,limit,fn){let results=new Array(items.length),next=0,worker=async()=>{for(;next<items.length;){let index2=next++;results[index2]=await fn(items[index2])}};return await Promise.all(Array.from({length:Math.max(1,Math.min(limit,items.length))},worker)),results}async function collectInputs(paths,values,discoverOptions,io){let found=await discover(paths,process.cwd(),discoverOptions),usageProblem=!1;for(let error2 of found.errors)io.stderr.write(`kstorelint: ${error2.path}: ${error2.message}
`),usageProblem=!0;let units=await renderKustomizations(found.kustomizations),notice=notRenderedNotice(units);notice&&io.stderr.write(`kstorelint: ${notice}
`);let inputs=[...units.inputs];found.stdin&&inputs.push({file:"<stdin>",text:io.readStdin()});let given=found.files.filter(file=>!units.consumed.has(path13.resolve(file))),stats={ignoredByDefault:found.ignoredByDefault,kustomizations:units.inputs.length,readThroughKustomizations:found.files.length-given.length};for(let file of given){let read=readManifest(file);read.ok?inputs.push({file,text:read.text}):io.stderr.write(`kstorelint: ${file}: ${read.message}; skipped
`)}inputs.push(...consumedSuppressions(units.consumed));let named=new Set(found.files.map(file=>path13.normalize(file))),contextFiles=values.context.length?(await discover(values.context,process.cwd(),discoverOptions)).files:[];for(let file of contextFiles){if(named.has(path13.normalize(file)))continue;let read=readManifest(file);read.ok&&inputs.push({file,text:read.text,contextOnly:!0})}for(let file of values.cluster){let read=readManifest(file);if(!read.ok)throw new UsageError(`--cluster ${file}: ${read.message}`);inputs.push({file,text:read.text,contextOnly:!0})}return await attachHelmCharts(inputs,values.chart),{inputs,usageProblem,stats}}function notRenderedNotice({notRendered,kubectlMissing}){if(notRendered.length===0)return;let count=`${notRendered.length} kustomization${notRendered.length===1?"":"s"}`,dirs=notRendered.map(unit=>unit.dir),listed=items=>items.length>3?`${items.slice(0,3).join(", ")} and ${items.length-3} more`:items.join(", ");return kubectlMissing?`kubectl is not on PATH, so ${count} (${listed(dirs)}) ${notRendered.length===1?"is":"are"} linted as written, patches as fragments; install kubectl to lint what they render`:`${count} could not be rendered with kubectl kustomize and ${notRendered.length===1?"is":"are"} linted as written, patches as fragments: ${listed(notRendered.map(unit=>`${unit.dir} (${unit.reason})`))}`}function consumedSuppressions(consumed){let inputs=[];for(let[absolute,file]of consumed){let read=readManifest(absolute);read.ok&&read.text.includes("kstorelint-disable")&&inputs.push({file,text:read.text,suppressionsOnly:!0})}return inputs}async function attachHelmCharts(inputs,chartDirs){let rendered=inputs.filter(input=>!input.kustomizationDir&&HELM_SOURCE_LINE.test(input.text));if(rendered.length===0)return;let charts=chartDirs.length>0?givenCharts(chartDirs):chartsByName(await findChartFiles(process.cwd()));for(let input of rendered)input.helmCharts=charts}var HELM_SOURCE_LINE=/^#\s*Source:\s*\S/m;function givenCharts(dirs){let charts={};for(let dir2 of dirs){let name=chartName(readManifest(path13.join(dir2,"Chart.yaml")));if(name===void 0)throw new UsageError(`--chart ${dir2}: no Chart.yaml with a name in this folder`);charts[name]=dir2}return charts}function chartsByName(chartFiles){let byName=new Map;for(let file of chartFiles){let name=chartName(readManifest(file));name!==void 0&&byName.set(name,[...byName.get(name)??[],path13.dirname(file)])}let charts={};for(let[name,dirs]of byName){let chosen=dirs.length===1?dirs:dirs.filter(dir2=>path13.basename(dir2)===name);chosen.length===1&&(charts[name]=chosen[0])}return charts}var chartName=read=>read.ok?helmChartName(read.text):void 0;import{existsSync as existsSync3}from"node:fs";import path15 from"node:path";var import_yaml12=__toESM(require_dist(),1);import{existsSync as existsSync2,readFileSync as readFileSync6}from"node:fs";import path14 from"node:path";import{fileURLToPath as fileURLToPath2}from"node:url";var CONFIG_NAMES=[".kstorelint.yaml",".kstorelint.yml",".kstorelint.json"];function findConfig(start){let dir2=path14.resolve(start);for(;;){for(let name of CONFIG_NAMES){let candidate=path14.join(dir2,name);if(existsSync2(candidate))return candidate}let parent=path14.dirname(dir2);if(parent===dir2)return;dir2=parent}}function findPackageFile(relative){let dir2=path14.dirname(fileURLToPath2(import.meta.url));for(;;){let candidate=path14.join(dir2,relative);if(existsSync2(candidate))return candidate;let parent=path14.dirname(dir2);if(parent===dir2)throw new Error(`kstorelint: ${relative} not found`);dir2=parent}}var readJson=file=>JSON.parse(readFileSync6(file,"utf8"));async function loadConfig(file,knownRules){let text;try{text=readFileSync6(file,"utf8")}catch(error2){throw new ConfigError(`${file}: cannot read (${error2.message})`)}let lineCounter=new import_yaml12.LineCounter,doc=(0,import_yaml12.parseDocument)(text,{lineCounter,prettyErrors:!1});if(doc.errors.length>0){let error2=doc.errors[0],at2=lineCounter.linePos(error2.pos[0]);throw new ConfigError(`${file}:${at2.line}:${at2.col}: ${error2.message.split(`
`)[0]}`)}let value=doc.toJS()??{},schema=readJson(findPackageFile("schemas/config.schema.json")),{default:Ajv}=await import("./ajv.cjs"),validate=new Ajv.default({allErrors:!0,strict:!1}).compile(schema),keysOf=pointer=>pointer.split("/").slice(1).map(k=>k.replace(/~1/g,"/").replace(/~0/g,"~")),lineAt=offset=>lineCounter.linePos(offset??0).line,nodeAt=keys=>doc.getIn(keys,!0),keyLine=keys=>{let parent=keys.length>1?nodeAt(keys.slice(0,-1)):doc.contents,pair=(0,import_yaml12.isMap)(parent)?parent.items.find(item=>(0,import_yaml12.isScalar)(item.key)&&String(item.key.value)===keys.at(-1)):void 0;return lineAt(pair?.key?.range?.[0])},problems=[],report3=(line,message)=>problems.push(`${file}:${line}: ${message}`);if(!validate(value))for(let error2 of validate.errors??[]){let where=keysOf(error2.instancePath);if(error2.keyword==="additionalProperties"){let key2=error2.params.additionalProperty,known=where.length===0?Object.keys(schema.properties):[],nearest2=closest(key2,known),prefix=where.length?`${where.join(".")}: `:"";report3(keyLine([...where,key2]),`${prefix}unknown key '${key2}'${nearest2?`; did you mean '${nearest2}'?`:""}`);continue}let allowed=error2.keyword==="enum"?` (${error2.params.allowedValues.join(", ")})`:"";report3(lineAt(nodeAt(where)?.range?.[0]),`${where.join(".")||"config"} ${error2.message}${allowed}`)}let config=value;for(let id of Object.keys(config.rules??{}))knownRules.has(currentRuleId(id))||report3(lineAt(nodeAt(["rules",id])?.range?.[0]),`rules.${id}: unknown rule`);let kubeVersion=config.kubeVersion,kubeVersionNode=nodeAt(["kubeVersion"]);if((typeof kubeVersion=="string"||typeof kubeVersion=="number")&&kubeVersionNode?.range){let written=typeof kubeVersion=="string"?kubeVersion:text.slice(kubeVersionNode.range[0],kubeVersionNode.range[1]),parsed=parseKubeVersion(written);parsed.ok?config.kubeVersion=parsed.version:report3(lineAt(kubeVersionNode.range[0]),`kubeVersion ${parsed.message}`)}let kinds=knownKinds();if((config.assume??[]).forEach((entry2,index2)=>{let problem=typeof entry2=="string"?assumptionProblem(entry2,kinds):void 0;problem&&report3(lineAt(nodeAt(["assume",index2])?.range?.[0]),`assume: '${entry2}': ${problem}`)}),problems.length>0)throw new ConfigError(problems.join(`
`));return{file,config}}function knownKinds(){let index2=readJson(findPackageFile("schemas/index.json"));return new Set(Object.keys(index2).map(gvk=>gvk.slice(gvk.lastIndexOf("/")+1)))}function assumptionProblem(entry2,kinds){let parts=entry2.split("/");if(parts.length<2||parts.length>3||parts.some(part=>part===""))return"write Kind/name for cluster-scoped kinds, Kind/namespace/name otherwise";let kind=parts[0];if(!/[*?]/.test(kind)){if(!kinds.has(kind)&&!isClusterScoped(kind)){let nearest2=closest(kind,kinds);return`unknown kind '${kind}'${nearest2?`; did you mean '${nearest2}'?`:""}`}if(parts.length===2&&!isClusterScoped(kind))return`${kind} is namespaced: write ${kind}/<namespace>/${parts[1]} (or ${kind}/*/${parts[1]} for every namespace)`;if(parts.length===3&&isClusterScoped(kind))return`${kind} is cluster-scoped: write ${kind}/${parts[2]}, without a namespace`}}function schemaReference(dir2,version){let local="node_modules/kstorelint/schemas/config.schema.json";return existsSync2(path14.join(dir2,local))?`./${local}`:`https://unpkg.com/kstorelint@${version}/schemas/config.schema.json`}var starterConfig=schema=>`# yaml-language-server: $schema=${schema}
# kstorelint configuration. Every key is optional; run 'kstorelint rules' for the rule ids.

# Kubernetes version you deploy to (removed APIs and plugins are judged against it).
# kubeVersion: "1.35"

# Namespace of objects that do not set one (like kubectl apply -n).
# namespace: default

# The cluster's default StorageClass, when none of your files marks one default.
# defaultStorageClass: standard

# Objects that exist in the cluster but not in these files, so references to them are satisfied:
# Kind/name for cluster-scoped kinds, Kind/namespace/name otherwise; * and ? are wildcards.
assume: []
#  - StorageClass/standard
#  - Secret/prod/db-creds
#  - Service/*/headless-*

# Files never linted, relative to this file.
# (**/testdata/**, **/vendor/**, **/Godeps/** and **/_workspace/** are left out of folders and globs
# unless defaultIgnore is false.)
ignore: []
#  - charts/**/templates/**

# Per-rule severity: error, warning, info, or off.
rules: {}
#  storageclass-no-expansion: off
#  sts-service-not-found: error

# Exit with 1 when a finding is at or above this severity.
# failOn: error
`;var SEVERITIES=["error","warning","info"],severityRank=s=>s==="error"?3:s==="warning"?2:1;var activeFindings=findings=>findings.filter(finding=>!finding.suppressed);function atOrAbove(findings,threshold){return findings.filter(finding=>!finding.suppressed&&severityRank(finding.severity)>=severityRank(threshold))}function formatCompact(findings){return findings.filter(finding=>!finding.suppressed).map(f=>`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.message.replace(/\s*\n\s*/g," ")} [${f.ruleId}]
`).join("")}var COMMAND={error:"error",warning:"warning",info:"notice"},escapeData=text=>text.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),escapeProperty=text=>escapeData(text).replace(/:/g,"%3A").replace(/,/g,"%2C");function formatGithub(findings){return findings.map(f=>{let properties=[`file=${escapeProperty(f.file)}`,`line=${f.line}`,`col=${f.column}`,`endLine=${f.endLine}`,`endColumn=${f.endColumn}`,`title=${escapeProperty(`kstorelint ${f.ruleId}`)}`].join(","),related=f.related.map(r=>` (see ${r.file}:${r.line}:${r.column} ${r.message})`).join("");return`::${COMMAND[f.severity]} ${properties}::${escapeData(f.message+related)}
`}).join("")}var cell=text=>text.replace(/\|/g,"\\|").replace(/\r?\n/g," ");function formatGithubSummary(findings,stats){let count=s=>findings.filter(f=>f.severity===s).length,lines=["## kstorelint","",`${count("error")} errors, ${count("warning")} warnings, ${count("info")} infos in ${stats.files} files (${stats.resources} objects).`,""];if(findings.length>0){lines.push("| severity | location | rule | message |","| --- | --- | --- | --- |");for(let f of findings)lines.push(`| ${f.severity} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${f.ruleId}\` | ${cell(f.message)} |`);lines.push("")}return lines.join(`
`)}var EDGE_RULES={mounts:["claim-not-found","rwo-multiple-pods","rwo-rolling-update","rwo-claim-shared-by-workloads","zone-conflict","wffc-pod-nodename"],claims:["ephemeral-claim-conflict","sts-claim-precreated-mismatch"],binds:["pvc-volumename-not-found","pvc-volumename-mismatch","pvc-volumename-reserved-elsewhere","pv-claimref-unsatisfiable","restore-bind-completed"],provisions:["zone-conflict-allowed-topologies","pvc-selector-blocks-provisioning","wffc-pod-nodename"],class:["pvc-storageclass-not-found","pvc-no-class-no-default"],closest:["pvc-unbindable","pv-contended","pvc-default-class-hides-pv","pvc-no-class-no-default"],reserves:["pv-claimref-claim-not-found","pv-claimref-unsatisfiable","pv-claimref-no-namespace","restore-claimref-uid"],governs:["sts-service-not-found","sts-service-not-headless","sts-service-selects-nothing"],config:["configmap-or-secret-not-found","config-key-not-found"]},REPLICATED=["Deployment","ReplicaSet","ReplicationController","StatefulSet"],SHOWN_ORDINALS=3,nodeId=(kind,namespace,name)=>`${kind}/${namespace?`${namespace}/`:""}${name}`,missingId=(kind,namespace,name)=>`missing:${nodeId(kind,namespace,name)}`,refused=(binding,claim)=>binding.kind==="dynamic"&&selectorBlocksProvisioning(claim.object),modesText2=value=>asAccessModes(value).map(m=>ACCESS_MODE_SHORT[m]??m).join(",");function claimFacts(object,model){let spec=objectOf(object.spec),request=claimRequest(object),{declared,effective}=model.claimClass(object),classText2=declared===void 0?effective?`class ${effective} (default)`:"no class":declared===""?'class ""':`class ${declared}`;return[[request?describeQuantity(request).split(" ")[0]:"",modesText2(spec.accessModes)].filter(Boolean).join(" "),classText2].filter(Boolean)}var GraphBuilder=class{constructor(model,findings){this.model=model;this.findings=findings.filter(finding=>!finding.suppressed),this.silenced=findings.filter(finding=>finding.suppressed)}model;nodes=new Map;edges=[];findings;silenced;shownClaims=new Set;inlineOnly=new Set;build(){for(let workload of this.model.workloads)this.addWorkload(workload);for(let claim of this.model.claims){if(!this.model.isFirstCopy(claim)){claim.origin==="object"&&this.templateClass(nodeId("PersistentVolumeClaim",claim.namespace,claim.name),claim.object,[claimSpan(claim)],!0);continue}(claim.origin==="object"||this.shownClaims.has(claim))&&this.addClaimBinding(claim)}for(let volume of this.model.persistentVolumes)this.addVolume(volume);for(let storageClass2 of this.model.storageClasses)this.addStorageClass(storageClass2);let seen=new Set,edges=this.edges.filter(edge=>{let key2=[edge.from,edge.to,edge.kind,edge.label??""].join("\0");return!seen.has(key2)&&!!seen.add(key2)}),linked=new Set(edges.flatMap(edge=>[edge.from,edge.to]));return{nodes:[...this.nodes.values()].filter(node=>node.kind!=="Workload"||this.inlineOnly.has(node.id)||linked.has(node.id)),edges}}node(node){let id=node.id??nodeId(node.kind==="Workload"?node.type:node.kind,node.namespace,node.name),existing=this.nodes.get(id);return existing?existing.details.push(...(node.details??[]).filter(line=>!existing.details.includes(line))):this.nodes.set(id,{details:[],state:"ok",...node,id}),id}absent(kind,namespace,name,edge,spans,resolution){let broken=this.brokenBy(edge.kind,spans),assumed=(resolution?resolution.outcome==="assumed":this.model.isAssumed(kind,name,namespace))||!broken&&this.brokenBy(edge.kind,spans,this.silenced)!==void 0,id=this.node({id:missingId(kind,namespace,name),kind,type:kind,name,namespace,state:assumed?"assumed":"missing",details:[assumed?"assumed in the cluster":broken?`missing: ${broken.ruleId}`:"not in the view"],...broken&&!assumed?{ruleId:broken.ruleId}:{}});this.edges.push({...edge,to:id,...broken&&!assumed?{broken}:{}})}edge(edge,spans){let broken=this.brokenBy(edge.kind,spans);this.edges.push(broken?{...edge,broken}:edge)}brokenBy(kind,spans,among=this.findings){let rules2=EDGE_RULES[kind],finding=among.find(f=>rules2.includes(f.ruleId)&&spans.some(s=>s.file===f.file&&f.line>=s.from&&f.line<=s.to));return finding?{ruleId:finding.ruleId,message:finding.message}:void 0}addWorkload(workload){let zones=podZones(workload.spec),inline=inlineVolumes(workload),from=this.node({kind:"Workload",type:workload.kind,name:workload.name,namespace:workload.namespace,details:[...REPLICATED.includes(workload.kind)?[`${workload.replicas} replica${workload.replicas===1?"":"s"}`]:[],...inline],...zones?{zones:[...zones.values].sort()}:{}});inline.length>0&&this.inlineOnly.add(from);for(let use of this.model.volumeClaims(workload)){if(use.naming==="template"||use.replacedByTemplate)continue;let spans=[span(workload.resource,use.volumePath)];if(use.naming==="claimName"){let reference=claimNameReference(use),claim=use.claims[0]?.claim,edge={from,kind:"mounts",label:use.volumeName};claim?this.edge({...edge,to:this.claimNode(claim)},spans):reference&&this.absent("PersistentVolumeClaim",workload.namespace,use.name,edge,spans,this.model.resolveReference(reference));continue}if(!(!isObject(getIn(workload.resource.object,use.path))||!use.volumeName))if(use.claims.length>0)for(let{claim}of use.claims)this.shownClaims.add(claim),this.edge({from,to:this.claimNode(claim),kind:"claims",label:`${use.volumeName} (ephemeral)`},spans);else{let object=use.template,id=this.node({id:`ephemeral:${nodeId(workload.kind,workload.namespace,workload.name)}/${use.volumeName}`,kind:"PersistentVolumeClaim",type:"PersistentVolumeClaim",name:`<pod>-${use.volumeName}`,namespace:workload.namespace,details:["ephemeral, one per pod",...claimFacts(object,this.model)]});this.edge({from,to:id,kind:"claims",label:`${use.volumeName} (ephemeral)`},spans),this.templateClass(id,object,spans)}}workload.kind==="StatefulSet"&&this.addStatefulSet(workload,from);for(let reference of configReferences(workload))this.addConfig(from,reference)}addStatefulSet(workload,from){for(let use of this.model.volumeClaims(workload)){if(use.naming!=="template"||use.claims.length===0)continue;let generated=use.claims,shown2=generated.length>SHOWN_ORDINALS+1?generated.slice(0,SHOWN_ORDINALS):generated,spans2=[span(workload.resource,use.volumePath)];for(let{claim,ordinal}of shown2)this.shownClaims.add(claim),this.edge({from,to:this.claimNode(claim),kind:"claims",label:`ordinal ${ordinal}`},spans2);if(shown2.length<generated.length){let rest=generated.slice(shown2.length),[first,last]=[rest[0],rest[rest.length-1]],id=this.node({id:`more:${nodeId("StatefulSet",workload.namespace,workload.name)}/${first.claim.name}`,kind:"More",type:"More",name:`${first.claim.name} \u2026 ${last.claim.name}`,namespace:workload.namespace,details:[`${rest.length} more claims of this template`]});this.edges.push({from,to:id,kind:"claims",label:`ordinals ${first.ordinal}\u2013${last.ordinal}`})}}let serviceName=serviceNameOf(workload),service=this.model.governingService(workload),spans=[span(workload.resource,[]),...service?[span(service,[])]:[]],edge={from,kind:"governs",label:"serviceName"};if(service){let headless=objectOf(service.object.spec).clusterIP==="None",to=this.node({kind:"Service",type:"Service",name:service.name,namespace:workload.namespace,details:[headless?"headless":"not headless"]});this.edge({...edge,to},spans)}else serviceName&&this.absent("Service",workload.namespace,serviceName,edge,spans)}addConfig(from,reference){let{kind,name,workload}=reference,judged=configObjectReference(reference),resolution=judged?this.model.resolveReference(judged):void 0,found=resolution?.outcome==="found"||!judged&&this.model.find(kind,name,workload.namespace);if((reference.source==="env"||reference.source==="envFrom")&&(found||!resolution))return;let spans=[span(workload.resource,reference.path)],edge={from,kind:"config",label:reference.description.replace(/^\w+ volume |^Volume |^CSI volume /,"").replace(/'/g,"")};found?this.edge({...edge,to:this.node({kind,type:kind,name,namespace:workload.namespace})},spans):resolution&&this.absent(kind,workload.namespace,name,edge,spans,resolution)}claimNode(claim){let binding=this.model.binding(claim),origin=claim.origin==="statefulset"?["StatefulSet claim"]:claim.origin==="ephemeral"?["ephemeral claim"]:[];return this.node({kind:"PersistentVolumeClaim",type:"PersistentVolumeClaim",name:claim.name,namespace:claim.namespace,details:[...origin,...claimFacts(claim.object,this.model)],state:binding.kind==="pending"||binding.kind==="prebind-failed"||refused(binding,claim)?"pending":"ok"})}addClaimBinding(claim){let from=this.claimNode(claim),spans=[claimSpan(claim)],binding=this.model.binding(claim);switch(binding.kind){case"bound":this.edge({from,to:this.volumeNode(binding.volume),kind:"binds",label:binding.via==="match"?"binds":`binds (${binding.via})`},spans);return;case"dynamic":this.edge({from,to:this.classNode(binding.classResource),kind:"provisions",label:refused(binding,claim)?"provisioning refused (selector)":binding.delayed?"provisions on first consumer":"provisions"},spans);return;case"prebind-failed":binding.volume?this.edge({from,to:this.volumeNode(binding.volume),kind:"binds",label:"volumeName"},spans):this.absent("PersistentVolume",void 0,binding.volumeName,{from,kind:"binds",label:"volumeName"},spans);return;case"pending":{let storageClass2=binding.storageClass?this.model.storageClass(binding.storageClass):void 0;!storageClass2&&binding.storageClass&&this.brokenBy("class",spans)?this.absent("StorageClass",void 0,binding.storageClass,{from,kind:"class",label:"class"},spans):binding.closest?this.edge({from,to:this.volumeNode(binding.closest),kind:"closest",label:`closest, fails ${binding.failure?.kind??"match"}`,tentative:!0},spans):storageClass2&&this.edge({from,to:this.classNode(storageClass2),kind:"class",label:"static only"},spans);return}case"unresolved":return}}templateClass(from,object,spans,onlyBroken=!1){let claimClass=this.model.claimClass(object),storageClass2=this.model.storageClassFor(claimClass);storageClass2&&!onlyBroken?this.edge({from,to:this.classNode(storageClass2),kind:"provisions",label:"provisions"},spans):claimClass.effective&&this.brokenBy("class",spans)&&this.absent("StorageClass",void 0,claimClass.effective,{from,kind:"class",label:"class"},spans)}volumeNode(volume){let pv=volume.object,spec=objectOf(pv.spec),capacity=objectOf(spec.capacity).storage,zones=volumeZones(pv);return this.node({kind:"PersistentVolume",type:"PersistentVolume",name:volume.name,details:[[typeof capacity=="string"||typeof capacity=="number"?String(capacity):"",modesText2(spec.accessModes)].filter(Boolean).join(" "),volumeClass(pv)?`class ${volumeClass(pv)}`:"no class"].filter(Boolean),...zones?{zones:formatZones(zones).split(", ")}:{}})}addVolume(volume){let from=this.volumeNode(volume),pv=volume.object,className=volumeClass(pv),storageClass2=className?this.model.storageClass(className):void 0;storageClass2&&this.edges.push({from,to:this.classNode(storageClass2),kind:"class",label:"class"});let reserved=claimRefOf(pv);if(!reserved)return;let claim=this.model.claim(reserved.namespace,reserved.name),spans=[span(volume,[])];if(claim){let binding=this.model.binding(claim);if(!(binding.kind==="bound"&&binding.volume===volume)){let label2=reserved.uid!==void 0?"claimRef (uid of an earlier claim)":"claimRef";this.edge({from,to:this.claimNode(claim),kind:"reserves",label:label2,tentative:!0},spans)}}else this.absent("PersistentVolumeClaim",reserved.namespace||void 0,reserved.name,{from,kind:"reserves",label:"claimRef"},spans)}classNode(storageClass2){let sc=storageClass2.object,zones=allowedTopologyZones(sc);return this.node({kind:"StorageClass",type:"StorageClass",name:storageClass2.name,details:[nonEmptyString(sc.provisioner)??"no provisioner",bindingModeOf(sc)+(isDefaultClass(sc)?", default":"")],...zones?{zones:formatZones(zones).split(", ")}:{}})}addStorageClass(storageClass2){this.classNode(storageClass2)}},DRAWN_SOURCES=["persistentVolumeClaim","ephemeral","configMap","secret","projected"],INLINE_SHOWN=4;function inlineVolumes(workload){let lines=workload.volumes.flatMap(({volume})=>{let raw=volume,source=volumeSourceOf(raw);if(DRAWN_SOURCES.includes(source))return[];let where=nonEmptyString(objectOf(raw.hostPath).path)??nonEmptyString(objectOf(raw.nfs).server);return[`${typeof raw.name=="string"?raw.name:"?"}: ${source}${where?` ${where}`:""}`]});return lines.length>INLINE_SHOWN+1?[...lines.slice(0,INLINE_SHOWN),`+${lines.length-INLINE_SHOWN} more volumes`]:lines}function span(resource,path17){let at2=reportedPosition(resource.source,path17);return{file:at2.file,from:at2.line,to:at2.endLine}}function claimSpan(claim){let path17=claim.origin==="ephemeral"?claim.path.slice(0,-2):claim.path;return span(claim.resource,path17)}function buildGraph(model,findings){return new GraphBuilder(model,findings).build()}function nodeLines(node){return[node.kind==="More"?node.name:`${node.type} ${node.name}`,...node.details,...node.zones?[`zone ${node.zones.join(", ")}`]:[]]}function edgeLabel(edge){return[edge.label??"",edge.broken?`\u2717 ${edge.broken.ruleId}`:""].filter(Boolean).join(" ")}function groups(graph){let byNamespace=new Map;for(let node of graph.nodes)byNamespace.set(node.namespace,[...byNamespace.get(node.namespace)??[],node]);return[...byNamespace.entries()].map(([namespace,nodes2])=>({namespace,nodes:nodes2}))}function shortIds(graph){return new Map(graph.nodes.map((node,i)=>[node.id,`n${i}`]))}var MERMAID_SHAPE={Workload:["[","]"],PersistentVolumeClaim:["([","])"],PersistentVolume:["[(",")]"],StorageClass:["{{","}}"],Service:[">","]"],ConfigMap:["[/","/]"],Secret:["[/","/]"],More:["[","]"]},mermaidText=text=>text.replace(/"/g,"#quot;").replace(/</g,"#lt;").replace(/>/g,"#gt;").replace(/\|/g,"#124;"),nodeClass=node=>node.state==="ok"?node.kind.toLowerCase():node.state;function toMermaid(graph){let ids=shortIds(graph),out=["flowchart LR"];for(let group of groups(graph)){let indent=group.namespace===void 0?"  ":"    ";group.namespace!==void 0&&out.push(`  subgraph ns_${ids.get(group.nodes[0].id)}["namespace ${mermaidText(group.namespace)}"]`);for(let node of group.nodes){let[open,close]=MERMAID_SHAPE[node.kind];out.push(`${indent}${ids.get(node.id)}${open}"${nodeLines(node).map(mermaidText).join("<br/>")}"${close}:::${nodeClass(node)}`)}group.namespace!==void 0&&out.push("  end")}let brokenLinks=[];return graph.edges.forEach((edge,i)=>{let label2=edgeLabel(edge),arrow=edge.broken||edge.tentative?"-.->":"-->";out.push(`  ${ids.get(edge.from)} ${arrow}${label2?`|"${mermaidText(label2)}"|`:""} ${ids.get(edge.to)}`),edge.broken&&brokenLinks.push(i)}),out.push("  classDef workload fill:#dbeafe,stroke:#1d4ed8,color:#111","  classDef persistentvolumeclaim fill:#fef3c7,stroke:#b45309,color:#111","  classDef persistentvolume fill:#dcfce7,stroke:#15803d,color:#111","  classDef storageclass fill:#ede9fe,stroke:#6d28d9,color:#111","  classDef service fill:#e0f2fe,stroke:#0369a1,color:#111","  classDef configmap fill:#f3f4f6,stroke:#4b5563,color:#111","  classDef secret fill:#f3f4f6,stroke:#4b5563,color:#111","  classDef more fill:#fff,stroke:#9ca3af,color:#4b5563,stroke-dasharray:3 3","  classDef pending fill:#ffedd5,stroke:#c2410c,color:#111,stroke-width:2px","  classDef missing fill:#fee2e2,stroke:#dc2626,color:#991b1b,stroke-dasharray:5 5,stroke-width:2px","  classDef assumed fill:#fff,stroke:#6b7280,color:#374151,stroke-dasharray:5 5"),brokenLinks.length>0&&out.push(`  linkStyle ${brokenLinks.join(",")} stroke:#dc2626,stroke-width:2px,color:#dc2626`),out.join(`
`)+`
`}var DOT_STYLE={Workload:'shape=box, style="filled,rounded", fillcolor="#dbeafe", color="#1d4ed8"',PersistentVolumeClaim:'shape=box, style="filled,rounded", fillcolor="#fef3c7", color="#b45309"',PersistentVolume:'shape=cylinder, style=filled, fillcolor="#dcfce7", color="#15803d"',StorageClass:'shape=hexagon, style=filled, fillcolor="#ede9fe", color="#6d28d9"',Service:'shape=cds, style=filled, fillcolor="#e0f2fe", color="#0369a1"',ConfigMap:'shape=folder, style=filled, fillcolor="#f3f4f6", color="#4b5563"',Secret:'shape=folder, style=filled, fillcolor="#f3f4f6", color="#4b5563"',More:'shape=box, style="dashed,rounded", color="#9ca3af", fontcolor="#4b5563"'},STATE_STYLE={ok:"",pending:', fillcolor="#fed7aa", color="#c2410c", penwidth=3',missing:', style="filled,dashed", fillcolor="#fee2e2", color="#dc2626", fontcolor="#991b1b", penwidth=2',assumed:', style="dashed", color="#6b7280", fontcolor="#374151"'},dotText=text=>`"${text.replace(/\\/g,"\\\\").replace(/"/g,'\\"').replace(/\n/g,"\\n")}"`;function toDot(graph){let ids=shortIds(graph),out=["digraph storage {","  rankdir=LR;",'  graph [fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.6];','  node [fontname="Helvetica", fontsize=10, margin="0.12,0.06"];','  edge [fontname="Helvetica", fontsize=9, color="#4b5563", fontcolor="#374151"];'];for(let group of groups(graph)){let indent=group.namespace===void 0?"  ":"    ";group.namespace!==void 0&&(out.push(`  subgraph ${dotText(`cluster_${group.namespace}`)} {`),out.push(`    label=${dotText(`namespace ${group.namespace}`)}; style="rounded,dashed"; color="#9ca3af"; fontcolor="#4b5563";`));for(let node of group.nodes){let id=ids.get(node.id),lines=nodeLines(node).map(line=>line.replace(/\\/g,"\\\\").replace(/"/g,'\\"')).join("\\n");out.push(`${indent}${id} [label="${lines}", ${DOT_STYLE[node.kind]}${STATE_STYLE[node.state]}, id=${dotText(`node-${id}`)}, class=${dotText(`node ${nodeClass(node)}`)}, tooltip=${dotText(node.id)}];`)}group.namespace!==void 0&&out.push("  }")}return graph.edges.forEach((edge,i)=>{let attrs=[`label=${dotText(edgeLabel(edge))}`,`id=${dotText(`edge-${i}`)}`];edge.broken?attrs.push('color="#dc2626"','fontcolor="#b91c1c"',"style=dashed","penwidth=2",'class="edge broken"',`tooltip=${dotText(`${edge.broken.ruleId}: ${edge.broken.message}`)}`):edge.tentative?attrs.push("style=dashed",'color="#9ca3af"',`class="edge ${edge.kind}"`):attrs.push(`class="edge ${edge.kind}"`),out.push(`  ${ids.get(edge.from)} -> ${ids.get(edge.to)} [${attrs.join(", ")}];`)}),out.push("}"),out.join(`
`)+`
`}var viz;async function toSvg(graph){viz??=import("./viz-2FHPMKCM.js").then(module=>module.instance());let result=(await viz).render(toDot(graph),{format:"svg"});if(result.status!=="success")throw new Error(`graphviz: ${result.errors.map(e=>e.message).join("; ")}`);return result.output}var CONTEXT_LINES=2,escape3=text=>text.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;"),STYLE=`
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
`;function excerpt(text,finding){if(text===void 0)return"";let lines=text.split(/\r?\n/),first=Math.max(1,finding.line-CONTEXT_LINES),last=Math.min(lines.length,finding.endLine+CONTEXT_LINES,finding.line+CONTEXT_LINES+4),shown2=[];for(let n=first;n<=last;n++){let hit=n>=finding.line&&n<=Math.max(finding.line,finding.endLine);shown2.push(`<span${hit?' class="hit"':""}><span class="n">${n}</span>${escape3(lines[n-1]??"")}</span>`)}return`<pre class="excerpt">${shown2.join("")}</pre>`}function findingHtml(finding,text){return`<div class="finding ${finding.severity}" id="f-${escape3(finding.fingerprint)}">
<div class="head"><span class="sev ${finding.severity}">${finding.severity}</span><span class="loc">${finding.line}:${finding.column}</span><span>${escape3(finding.message)}</span><span class="rule">${escape3(finding.ruleId)}</span></div>
${finding.related.map(r=>`<div class="related">see <span class="loc">${escape3(r.file)}:${r.line}:${r.column}</span> ${escape3(r.message)}</div>`).join(`
`)}
${finding.fix?`<div class="fix">fix: <code>${escape3(finding.fix)}</code></div>`:""}
${excerpt(text,finding)}
</div>`}function findingsHtml(findings,texts){if(findings.length===0)return'<p class="ok">\u2714 No problems found.</p>';let byFile=new Map;for(let finding of findings)byFile.set(finding.file,[...byFile.get(finding.file)??[],finding]);return[...byFile.entries()].map(([file,list])=>{let counts=["error","warning","info"].map(s=>[s,list.filter(f=>f.severity===s).length]).filter(([,n])=>n>0);return`<details class="file" open><summary>${escape3(file)} \u2014 ${counts.map(([s,n])=>`${n} ${s}${n===1?"":"s"}`).join(", ")}</summary>
${list.map(finding=>findingHtml(finding,texts.get(finding.file))).join(`
`)}
</details>`}).join(`
`)}function bindingsHtml(result){let rows=bindingRows(result.model);return rows.length===0?"<p>No PersistentVolumeClaims in the view.</p>":`<table><thead><tr><th>Claim</th><th>Size</th><th>Modes</th><th>Class</th><th>Result</th></tr></thead><tbody>
${rows.map(row=>`<tr class="${row.result}"><td class="claim">${escape3(`${row.namespace}/${row.name}`)}${row.owner?`<br><small>${escape3(row.owner)}</small>`:""}</td><td>${escape3(row.size||"-")}</td><td>${escape3(modesText(row.accessModes))}</td><td>${escape3(classText(row))}</td><td class="result">${escape3(resultText(row))}</td></tr>`).join(`
`)}
</tbody></table>`}var inlineSvg=svg=>svg.slice(svg.indexOf("<svg"));async function formatHtml(result,version){let findings=result.findings.filter(finding=>!finding.suppressed),texts=new Map;for(let resource of result.model.resources)texts.set(resource.source.file,resource.source.text);for(let problem of result.model.problems)problem.parsed&&!texts.has(problem.file)&&texts.set(problem.file,problem.parsed.text);let count=severity=>findings.filter(f=>f.severity===severity).length,graph=buildGraph(result.model,findings),broken=graph.edges.filter(edge=>edge.broken).length,svg=graph.nodes.length>0?inlineSvg(await toSvg(graph)):"",{stats}=result;return`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>kstorelint report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>kstorelint report</h1><div class="meta">kstorelint ${escape3(version)} \xB7 ${stats.files} file${stats.files===1?"":"s"}, ${stats.resources} object${stats.resources===1?"":"s"}${stats.unparseable?`, ${stats.unparseable} unparseable`:""}</div></header>
<main>
<section id="summary"><h2>Summary</h2><div class="summary">
<div class="count error"><b>${count("error")}</b>errors</div>
<div class="count warning"><b>${count("warning")}</b>warnings</div>
<div class="count info"><b>${count("info")}</b>infos</div>
<div class="count"><b>${broken}</b>broken references</div>
<div class="count"><b>${result.findings.length-findings.length}</b>suppressed</div>
</div></section>
<section id="graph"><h2>Storage graph</h2>
<div class="legend"><span>reference</span><span class="broken">broken: a finding reports it (red, with the rule id)</span><span class="tentative">tentative (closest PersistentVolume of a pending claim, reservation)</span></div>
${svg?`<div class="graph">${svg}</div>`:"<p>Nothing to draw: no workloads, claims, volumes or classes.</p>"}
</section>
<section id="findings"><h2>Findings</h2>
${findingsHtml(findings,texts)}
</section>
<section id="bindings"><h2>Bindings</h2>
${bindingsHtml(result)}
</section>
</main>
</body>
</html>
`}function formatJson(findings,stats){let count=severity=>findings.filter(f=>f.severity===severity&&!f.suppressed).length,summary={errors:count("error"),warnings:count("warning"),infos:count("info"),suppressed:findings.filter(f=>f.suppressed).length,...stats};return JSON.stringify({findings,summary},null,2)+`
`}var xml=text=>text.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,"");function formatJunit(findings,resources){let cases=new Map;for(let resource of resources){let key2=`${resource.source.file}\0${describe(resource)}`;cases.has(key2)||cases.set(key2,{name:describe(resource),file:resource.source.file,failures:[]})}for(let finding of findings){let name=finding.resource?describe(finding.resource):finding.file,key2=`${finding.file}\0${name}`,entry2=cases.get(key2)??{name,file:finding.file,failures:[]};entry2.failures.push(finding),cases.set(key2,entry2)}let failures=findings.length,body=[...cases.values()].map(({name,file,failures:list})=>{let inner=list.map(f=>`      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${f.severity} ${f.file}:${f.line}:${f.column} ${f.message} (${f.ruleId})`)}</failure>
`).join("");return`    <testcase classname="${xml(file)}" name="${xml(name)}" file="${xml(file)}">${inner?`
${inner}    `:""}</testcase>
`});return`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="kstorelint" tests="${cases.size}" failures="${failures}">
  <testsuite name="kstorelint" tests="${cases.size}" failures="${failures}">
${body.join("")}  </testsuite>
</testsuites>
`}function formatRuleList(rules2,format){if(format==="markdown")return["| rule | severity | category | what it finds |","| --- | --- | --- | --- |",...rules2.map(r=>`| [\`${r.id}\`](docs/rules.md#${r.id}) | ${r.severity} | ${r.category} | ${r.docs.summary.replace(/\|/g,"\\|")} |`),""].join(`
`);let width=Math.max(...rules2.map(r=>r.id.length));return rules2.map(r=>`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(13)}  ${r.docs.summary}`).join(`
`)+`
`}var exampleText=example2=>typeof example2=="string"?example2:Object.entries(example2).map(([file,text])=>`# ${file}
${text}`).join(`---
`),NO_PEER_CHECK="No peer checks this.",inlineCode=text=>text.includes("`")?`\`\` ${text} \`\``:`\`${text}\``,sourceMarkdown=({tool,check:check2,url})=>`${tool} ${url?`[${inlineCode(check2)}](${url})`:inlineCode(check2)}`,sourcesMarkdown=sources=>sources.length===0?NO_PEER_CHECK:sources.map(sourceMarkdown).join("; ")+".",sourceText=({tool,check:check2,url})=>`  ${tool}: ${check2}${url?` (${url})`:""}`;function formatExplain(rule){return[`${rule.id} (${rule.severity}, ${rule.category})`,"",rule.docs.summary,"","Why:",rule.docs.why,"","Fix:",rule.docs.fix,"","When not to use it:",rule.docs.whenNotToUse,"","Bad:",exampleText(rule.docs.examples.bad),"Good:",exampleText(rule.docs.examples.good),"References:",...rule.docs.references.map(r=>`  ${r}`),"Peer checks:",...rule.docs.sources.length===0?[`  ${NO_PEER_CHECK}`]:rule.docs.sources.map(sourceText),`Docs: ${docsUrl(rule.id)}`,""].join(`
`)}var LEVEL={error:"error",warning:"warning",info:"note"},artifact=file=>({uri:encodeURI(file.split("\\").join("/")),uriBaseId:"%SRCROOT%"});function formatSarif(findings,rules2,version){let ruleIndex=new Map(rules2.map((rule,index2)=>[rule.id,index2])),log={$schema:"https://json.schemastore.org/sarif-2.1.0.json",version:"2.1.0",runs:[{tool:{driver:{name:"kstorelint",version,informationUri:"https://github.com/kstorelint/kstorelint",rules:rules2.map(rule=>({id:rule.id,name:rule.id,shortDescription:{text:rule.docs.summary},fullDescription:{text:rule.docs.why},help:{text:`${rule.docs.why}

Fix: ${rule.docs.fix}

When not to use it: ${rule.docs.whenNotToUse}`,markdown:[rule.docs.why,`**Fix:** ${rule.docs.fix}`,`**When not to use it:** ${rule.docs.whenNotToUse}`,`**Peer checks:** ${sourcesMarkdown(rule.docs.sources)}`].join(`

`)},helpUri:docsUrl(rule.id),defaultConfiguration:{level:LEVEL[rule.severity]},properties:{category:rule.category,tags:["kubernetes","storage",rule.category]}}))}},columnKind:"unicodeCodePoints",results:findings.map(finding=>({ruleId:finding.ruleId,...ruleIndex.has(finding.ruleId)?{ruleIndex:ruleIndex.get(finding.ruleId)}:{},level:LEVEL[finding.severity],message:{text:finding.fix?`${finding.message} (fix: ${finding.fix})`:finding.message},locations:[{physicalLocation:{artifactLocation:artifact(finding.file),region:{startLine:finding.line,startColumn:finding.column,endLine:finding.endLine,endColumn:Math.max(finding.endColumn,finding.column)}}}],...finding.related.length>0?{relatedLocations:finding.related.map((related,id)=>({id,message:{text:related.message},physicalLocation:{artifactLocation:artifact(related.file),region:{startLine:related.line,startColumn:related.column}}}))}:{},partialFingerprints:{"kstorelint/v1":finding.fingerprint},...finding.suppressed?{suppressions:[{kind:finding.suppressed.kind==="baseline"?"external":"inSource",...finding.suppressed.justification?{justification:finding.suppressed.justification}:{}}]}:{}}))}]};return JSON.stringify(log,null,2)+`
`}var wrapAnsi16=(offset=0)=>code=>`\x1B[${code+offset}m`,wrapAnsi256=(offset=0)=>code=>`\x1B[${38+offset};5;${code}m`,wrapAnsi16m=(offset=0)=>(red,green,blue)=>`\x1B[${38+offset};2;${red};${green};${blue}m`,styles={modifier:{reset:[0,0],bold:[1,22],dim:[2,22],italic:[3,23],underline:[4,24],overline:[53,55],inverse:[7,27],hidden:[8,28],strikethrough:[9,29]},color:{black:[30,39],red:[31,39],green:[32,39],yellow:[33,39],blue:[34,39],magenta:[35,39],cyan:[36,39],white:[37,39],blackBright:[90,39],gray:[90,39],grey:[90,39],redBright:[91,39],greenBright:[92,39],yellowBright:[93,39],blueBright:[94,39],magentaBright:[95,39],cyanBright:[96,39],whiteBright:[97,39]},bgColor:{bgBlack:[40,49],bgRed:[41,49],bgGreen:[42,49],bgYellow:[43,49],bgBlue:[44,49],bgMagenta:[45,49],bgCyan:[46,49],bgWhite:[47,49],bgBlackBright:[100,49],bgGray:[100,49],bgGrey:[100,49],bgRedBright:[101,49],bgGreenBright:[102,49],bgYellowBright:[103,49],bgBlueBright:[104,49],bgMagentaBright:[105,49],bgCyanBright:[106,49],bgWhiteBright:[107,49]}},modifierNames=Object.keys(styles.modifier),foregroundColorNames=Object.keys(styles.color),backgroundColorNames=Object.keys(styles.bgColor),colorNames=[...foregroundColorNames,...backgroundColorNames];function assembleStyles(){let codes=new Map;for(let[groupName,group]of Object.entries(styles)){for(let[styleName,style]of Object.entries(group))styles[styleName]={open:`\x1B[${style[0]}m`,close:`\x1B[${style[1]}m`},group[styleName]=styles[styleName],codes.set(style[0],style[1]);Object.defineProperty(styles,groupName,{value:group,enumerable:!1})}return Object.defineProperty(styles,"codes",{value:codes,enumerable:!1}),styles.color.close="\x1B[39m",styles.bgColor.close="\x1B[49m",styles.color.ansi=wrapAnsi16(),styles.color.ansi256=wrapAnsi256(),styles.color.ansi16m=wrapAnsi16m(),styles.bgColor.ansi=wrapAnsi16(10),styles.bgColor.ansi256=wrapAnsi256(10),styles.bgColor.ansi16m=wrapAnsi16m(10),Object.defineProperties(styles,{rgbToAnsi256:{value(red,green,blue){return red===green&&green===blue?red<8?16:red>248?231:Math.round((red-8)/247*24)+232:16+36*Math.round(red/255*5)+6*Math.round(green/255*5)+Math.round(blue/255*5)},enumerable:!1},hexToRgb:{value(hex){let matches=/[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));if(!matches)return[0,0,0];let[colorString]=matches;colorString.length===3&&(colorString=[...colorString].map(character=>character+character).join(""));let integer=Number.parseInt(colorString,16);return[integer>>16&255,integer>>8&255,integer&255]},enumerable:!1},hexToAnsi256:{value:hex=>styles.rgbToAnsi256(...styles.hexToRgb(hex)),enumerable:!1},ansi256ToAnsi:{value(code){if(code<8)return 30+code;if(code<16)return 90+(code-8);let red,green,blue;if(code>=232)red=((code-232)*10+8)/255,green=red,blue=red;else{code-=16;let remainder=code%36;red=Math.floor(code/36)/5,green=Math.floor(remainder/6)/5,blue=remainder%6/5}let value=Math.max(red,green,blue)*2;if(value===0)return 30;let result=30+(Math.round(blue)<<2|Math.round(green)<<1|Math.round(red));return value===2&&(result+=60),result},enumerable:!1},rgbToAnsi:{value:(red,green,blue)=>styles.ansi256ToAnsi(styles.rgbToAnsi256(red,green,blue)),enumerable:!1},hexToAnsi:{value:hex=>styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),enumerable:!1}}),styles}var ansiStyles=assembleStyles(),ansi_styles_default=ansiStyles;import process2 from"node:process";import os from"node:os";import tty from"node:tty";function hasFlag(flag,argv=globalThis.Deno?globalThis.Deno.args:process2.argv){let prefix=flag.startsWith("-")?"":flag.length===1?"-":"--",position=argv.indexOf(prefix+flag),terminatorPosition=argv.indexOf("--");return position!==-1&&(terminatorPosition===-1||position<terminatorPosition)}var{env}=process2,flagForceColor;hasFlag("no-color")||hasFlag("no-colors")||hasFlag("color=false")||hasFlag("color=never")?flagForceColor=0:(hasFlag("color")||hasFlag("colors")||hasFlag("color=true")||hasFlag("color=always"))&&(flagForceColor=1);function envForceColor(){if("FORCE_COLOR"in env)return env.FORCE_COLOR==="true"?1:env.FORCE_COLOR==="false"?0:env.FORCE_COLOR.length===0?1:Math.min(Number.parseInt(env.FORCE_COLOR,10),3)}function translateLevel(level){return level===0?!1:{level,hasBasic:!0,has256:level>=2,has16m:level>=3}}function _supportsColor(haveStream,{streamIsTTY,sniffFlags=!0}={}){let noFlagForceColor=envForceColor();noFlagForceColor!==void 0&&(flagForceColor=noFlagForceColor);let forceColor=sniffFlags?flagForceColor:noFlagForceColor;if(forceColor===0)return 0;if(sniffFlags){if(hasFlag("color=16m")||hasFlag("color=full")||hasFlag("color=truecolor"))return 3;if(hasFlag("color=256"))return 2}if("TF_BUILD"in env&&"AGENT_NAME"in env)return 1;if(haveStream&&!streamIsTTY&&forceColor===void 0)return 0;let min=forceColor||0;if(env.TERM==="dumb")return min;if(process2.platform==="win32"){let osRelease=os.release().split(".");return Number(osRelease[0])>=10&&Number(osRelease[2])>=10586?Number(osRelease[2])>=14931?3:2:1}if("CI"in env)return["GITHUB_ACTIONS","GITEA_ACTIONS","CIRCLECI"].some(key2=>key2 in env)?3:["TRAVIS","APPVEYOR","GITLAB_CI","BUILDKITE","DRONE"].some(sign=>sign in env)||env.CI_NAME==="codeship"?1:min;if("TEAMCITY_VERSION"in env)return/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION)?1:0;if(env.COLORTERM==="truecolor"||env.TERM==="xterm-kitty"||env.TERM==="xterm-ghostty"||env.TERM==="wezterm")return 3;if("TERM_PROGRAM"in env){let version=Number.parseInt((env.TERM_PROGRAM_VERSION||"").split(".")[0],10);switch(env.TERM_PROGRAM){case"iTerm.app":return version>=3?3:2;case"Apple_Terminal":return 2}}return/-256(color)?$/i.test(env.TERM)?2:/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)||"COLORTERM"in env?1:min}function createSupportsColor(stream,options={}){let level=_supportsColor(stream,{streamIsTTY:stream&&stream.isTTY,...options});return translateLevel(level)}var supportsColor={stdout:createSupportsColor({isTTY:tty.isatty(1)}),stderr:createSupportsColor({isTTY:tty.isatty(2)})},supports_color_default=supportsColor;function stringReplaceAll(string,substring,replacer){let index2=string.indexOf(substring);if(index2===-1)return string;let substringLength=substring.length,endIndex=0,returnValue="";do returnValue+=string.slice(endIndex,index2)+substring+replacer,endIndex=index2+substringLength,index2=string.indexOf(substring,endIndex);while(index2!==-1);return returnValue+=string.slice(endIndex),returnValue}function stringEncaseCRLFWithFirstIndex(string,prefix,postfix,index2){let endIndex=0,returnValue="";do{let gotCR=string[index2-1]==="\r";returnValue+=string.slice(endIndex,gotCR?index2-1:index2)+prefix+(gotCR?`\r
`:`
`)+postfix,endIndex=index2+1,index2=string.indexOf(`
`,endIndex)}while(index2!==-1);return returnValue+=string.slice(endIndex),returnValue}var{stdout:stdoutColor,stderr:stderrColor}=supports_color_default,GENERATOR=Symbol("GENERATOR"),STYLER=Symbol("STYLER"),IS_EMPTY=Symbol("IS_EMPTY"),levelMapping=["ansi","ansi","ansi256","ansi16m"],styles2=Object.create(null),applyOptions=(object,options={})=>{if(options.level&&!(Number.isInteger(options.level)&&options.level>=0&&options.level<=3))throw new Error("The `level` option should be an integer from 0 to 3");let colorLevel=stdoutColor?stdoutColor.level:0;object.level=options.level===void 0?colorLevel:options.level},Chalk=class{constructor(options){return chalkFactory(options)}},chalkFactory=options=>{let chalk2=(...strings2)=>strings2.join(" ");return applyOptions(chalk2,options),Object.setPrototypeOf(chalk2,createChalk.prototype),chalk2};function createChalk(options){return chalkFactory(options)}Object.setPrototypeOf(createChalk.prototype,Function.prototype);for(let[styleName,style]of Object.entries(ansi_styles_default))styles2[styleName]={get(){let builder=createBuilder(this,createStyler(style.open,style.close,this[STYLER]),this[IS_EMPTY]);return Object.defineProperty(this,styleName,{value:builder}),builder}};styles2.visible={get(){let builder=createBuilder(this,this[STYLER],!0);return Object.defineProperty(this,"visible",{value:builder}),builder}};var getModelAnsi=(model,level,type,...arguments_)=>model==="rgb"?level==="ansi16m"?ansi_styles_default[type].ansi16m(...arguments_):level==="ansi256"?ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_)):ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_)):model==="hex"?getModelAnsi("rgb",level,type,...ansi_styles_default.hexToRgb(...arguments_)):ansi_styles_default[type][model](...arguments_),usedModels=["rgb","hex","ansi256"];for(let model of usedModels){styles2[model]={get(){let{level}=this;return function(...arguments_){let styler=createStyler(getModelAnsi(model,levelMapping[level],"color",...arguments_),ansi_styles_default.color.close,this[STYLER]);return createBuilder(this,styler,this[IS_EMPTY])}}};let bgModel="bg"+model[0].toUpperCase()+model.slice(1);styles2[bgModel]={get(){let{level}=this;return function(...arguments_){let styler=createStyler(getModelAnsi(model,levelMapping[level],"bgColor",...arguments_),ansi_styles_default.bgColor.close,this[STYLER]);return createBuilder(this,styler,this[IS_EMPTY])}}}}var proto=Object.defineProperties(()=>{},{...styles2,level:{enumerable:!0,get(){return this[GENERATOR].level},set(level){this[GENERATOR].level=level}}}),createStyler=(open,close,parent)=>{let openAll,closeAll;return parent===void 0?(openAll=open,closeAll=close):(openAll=parent.openAll+open,closeAll=close+parent.closeAll),{open,close,openAll,closeAll,parent}},createBuilder=(self,_styler,_isEmpty)=>{let builder=(...arguments_)=>applyStyle(builder,arguments_.length===1?""+arguments_[0]:arguments_.join(" "));return Object.setPrototypeOf(builder,proto),builder[GENERATOR]=self,builder[STYLER]=_styler,builder[IS_EMPTY]=_isEmpty,builder},applyStyle=(self,string)=>{if(self.level<=0||!string)return self[IS_EMPTY]?"":string;let styler=self[STYLER];if(styler===void 0)return string;let{openAll,closeAll}=styler;if(string.includes("\x1B"))for(;styler!==void 0;)string=stringReplaceAll(string,styler.close,styler.open),styler=styler.parent;let lfIndex=string.indexOf(`
`);return lfIndex!==-1&&(string=stringEncaseCRLFWithFirstIndex(string,closeAll,openAll,lfIndex)),openAll+string+closeAll};Object.defineProperties(createChalk.prototype,styles2);var chalk=createChalk(),chalkStderr=createChalk({level:stderrColor?stderrColor.level:0});var MESSAGE_INDENT=19,DETAIL_INDENT=11,NARROWEST=40;function formatStylish(allFindings,stats,options){let findings=allFindings.filter(finding=>!finding.suppressed),suppressed=allFindings.length-findings.length,chalk2=new Chalk({level:options.color?1:0}),paint={error:chalk2.red,warning:chalk2.yellow,info:chalk2.blue},width=options.width===void 0?Number.POSITIVE_INFINITY:Math.max(options.width,NARROWEST),detail=(label2,text,paintText)=>wrapWords([label2,...text.split(" ")],width-DETAIL_INDENT).map((line,i)=>" ".repeat(DETAIL_INDENT)+(i===0?chalk2.dim(label2)+paintText(line.slice(label2.length)):paintText(line))),lines=[],currentFile;for(let finding of findings){finding.file!==currentFile&&(currentFile!==void 0&&lines.push(""),lines.push(chalk2.underline(finding.file)),currentFile=finding.file);let where=chalk2.dim(`${finding.line}:${finding.column}`.padEnd(8)),message=wrapWords(finding.message.split(" "),width-MESSAGE_INDENT),last=message.length-1,ruleFits=message[last].length+2+finding.ruleId.length<=width-MESSAGE_INDENT,ruleId=chalk2.dim(finding.ruleId);message.forEach((text,i)=>{let head=i===0?`  ${where} ${paint[finding.severity](finding.severity.padEnd(7))} `:" ".repeat(MESSAGE_INDENT);lines.push(`${head}${text}${i===last&&ruleFits?`  ${ruleId}`:""}`)}),ruleFits||lines.push(`${" ".repeat(MESSAGE_INDENT)}${ruleId}`);for(let related of finding.related)lines.push(...detail(`see ${related.file}:${related.line}:${related.column}`,related.message,chalk2.dim));finding.fix&&lines.push(...detail("fix:",finding.fix,text=>text))}return findings.length>0&&lines.push(""),lines.push(summaryLine(findings,stats,chalk2)+(suppressed?chalk2.dim(` \u2014 ${suppressed} suppressed`):"")+hiddenNote(options.hidden,chalk2)),lines.join(`
`)+`
`}function wrapWords(words,width){let lines=[],line="";for(let word of words)line!==""&&line.length+1+word.length>width?(lines.push(line),line=word):line=line===""?word:`${line} ${word}`;return lines.push(line),lines}var plural2=(n,word)=>`${n} ${word}${n===1?"":"s"}`;function hiddenNote(hidden,chalk2){if(!hidden)return"";let parts=[hidden.warning?plural2(hidden.warning,"warning"):"",hidden.info?plural2(hidden.info,"info"):""].filter(Boolean);return parts.length?chalk2.dim(` \u2014 ${parts.join(" and ")} hidden by --quiet`):""}function summaryLine(findings,stats,chalk2){let count=severity=>findings.filter(f=>f.severity===severity).length,totals=`${plural2(count("error"),"error")}, ${plural2(count("warning"),"warning")}, ${plural2(count("info"),"info")}`,skipped=[stats.skippedNonKubernetes?`${stats.skippedNonKubernetes} skipped as not Kubernetes`:"",stats.helmTemplates?`${stats.helmTemplates} unrendered templates`:"",stats.unparseable?`${stats.unparseable} unparseable`:"",stats.schemaSkipped?`${stats.schemaSkipped} of kinds without a schema`:"",stats.ignoredByDefault?`${plural2(stats.ignoredByDefault,"file")} ignored by default`:""].filter(Boolean),scope=`${plural2(stats.files,"file")}, ${plural2(stats.resources,"object")}${skipped.length?` (${skipped.join(", ")})`:""}`;return`${findings.length===0?chalk2.green("\u2714 no problems"):(count("error")?chalk2.red:chalk2.yellow)(`\u2716 ${plural2(findings.length,"problem")}`)} (${totals}) in ${scope}`}var FORMATS=["stylish","compact","json","sarif","github","junit","html"];async function render(format,result,context){switch(format){case"json":return formatJson(result.findings,result.stats);case"sarif":return formatSarif(result.findings,context.rules,context.version);case"github":return formatGithub(activeFindings(result.findings));case"junit":return formatJunit(activeFindings(result.findings),result.model.resources);case"html":return formatHtml(result,context.version);case"compact":return formatCompact(result.findings);case"stylish":return formatStylish(result.findings,result.stats,{color:context.color,width:context.width,hidden:result.hidden})}}async function runSettings(values,formatIsReport){let known=new Set(rules.map(rule=>rule.id)),configFile=values["no-config"]?void 0:values.config??findConfig(process.cwd());if(values.config&&!existsSync3(values.config))throw new UsageError(`--config ${values.config}: no such file`);let config=configFile?(await loadConfig(configFile,known)).config:{},failOn=parseSeverity(values["fail-on"]??config.failOn??"error","--fail-on"),namespace=values.namespace??config.namespace??DEFAULT_NAMESPACE,kubeVersion=parseKubeVersionFlag(values["kube-version"])??config.kubeVersion??NEWEST_KUBE_VERSION,format=values.format??"stylish";if(formatIsReport&&!FORMATS.includes(format))throw new UsageError(`unknown format '${format}' (${FORMATS.join(", ")})`);let maxWarnings=values["max-warnings"]===void 0?void 0:Number(values["max-warnings"]);if(maxWarnings!==void 0&&!(Number.isInteger(maxWarnings)&&maxWarnings>=0))throw new UsageError("--max-warnings takes a whole number");let platform=values.platform??config.platform;if(platform!==void 0&&!isPlatform(platform))throw new UsageError(`--platform takes one of ${PLATFORMS.join(", ")}, not '${platform}'`);let ruleSeverity={...config.rules,...parseRuleOverrides(values.rule,known)},extraReports=values.report.map(parseReportOption),discover2={ignore:(config.ignore??[]).map(glob=>path15.relative(process.cwd(),path15.resolve(path15.dirname(configFile??"."),glob))),defaultIgnore:!values["no-default-ignore"]&&config.defaultIgnore!==!1};return{config,failOn,namespace,kubeVersion,platform,format,maxWarnings,ruleSeverity,extraReports,discover:discover2}}function parseKubeVersionFlag(value){if(value===void 0)return;let parsed=parseKubeVersion(value);if(!parsed.ok)throw new UsageError(`--kube-version ${parsed.message}`);return parsed.version}function parseReportOption(value){let at2=value.indexOf("="),[format,file]=[value.slice(0,at2),value.slice(at2+1)];if(at2<=0||!file||!FORMATS.includes(format))throw new UsageError(`--report takes <format>=<file> with a format of ${FORMATS.join(", ")}, not '${value}'`);return{format,file}}function parseSeverity(value,flag){if(SEVERITIES.includes(value))return value;throw new UsageError(`${flag} takes error, warning or info, not '${value}'`)}function parseRuleOverrides(entries,known){let overrides2={};for(let entry2 of entries){let[id,level]=entry2.split("=");if(!known.has(currentRuleId(id)))throw new UsageError(`--rule: unknown rule '${id}'`);if(level!=="off"&&!SEVERITIES.includes(level))throw new UsageError(`--rule ${id}: level must be error, warning, info or off`);overrides2[id]=level}return overrides2}async function lintView({values,operands},io,formatIsReport){if(operands.length===0)throw new UsageError("no paths given (use - to read standard input)");let settings=await runSettings(values,formatIsReport),{inputs,usageProblem,stats}=await collectInputs(operands,values,settings.discover,io),linted=lint(inputs,{rules,namespace:settings.namespace,kubeVersion:settings.kubeVersion,ruleSeverity:settings.ruleSeverity,assume:settings.config.assume,defaultStorageClass:settings.config.defaultStorageClass,...settings.platform?{platform:settings.platform}:{}});return Object.assign(linted.stats,stats),{linted,settings,usageProblem}}function writeOutput(text,outputFile,io){outputFile?writeFileSync2(outputFile,text):io.stdout.write(text)}function renderBindings(result,options){let format=options.format??"text";if(format!=="text"&&format!=="json")throw new UsageError(`bindings: unknown format '${format}' (text, json)`);let rows=bindingRows(result.model).filter(row=>options.namespace===void 0||row.namespace===options.namespace);return format==="json"?formatBindingsJson(rows):formatBindingsTable(rows)}var bindingsCommand=async(args,io)=>{let{values}=args,{linted,usageProblem}=await lintView(args,io,!1);return writeOutput(renderBindings(linted,{format:values.format,namespace:values.namespace}),values["output-file"],io),usageProblem?2:0};var explainCommand=async({operands},io)=>{let rule=rules.find(r=>r.id===currentRuleId(operands[0]??""));if(!rule)throw new UsageError(`unknown rule '${operands[0]??""}'; see 'kstorelint rules'`);return io.stdout.write(formatExplain(rule)),0};var KIND_ALIASES={pvc:"persistentvolumeclaim",pv:"persistentvolume",sc:"storageclass",svc:"service",cm:"configmap",sts:"statefulset",deploy:"deployment",ds:"daemonset",rs:"replicaset",rc:"replicationcontroller",po:"pod",cj:"cronjob"},normalKind=kind=>KIND_ALIASES[kind.toLowerCase()]??kind.toLowerCase();function findFocus(graph,focus){let parts=focus.split("/");if(parts.length<2||parts.length>3||parts.some(p=>p===""))return;let kind=normalKind(parts[0]),name=parts[parts.length-1],namespace=parts.length===3?parts[1]:void 0;return graph.nodes.filter(node=>normalKind(node.type)===kind&&node.name===name&&(namespace===void 0||node.namespace===namespace))}function reach(graph,start,forward){let next=new Map;for(let edge of graph.edges){let[a,b]=forward?[edge.from,edge.to]:[edge.to,edge.from];next.set(a,[...next.get(a)??[],b])}let seen=new Set(start),queue=[...start];for(;queue.length>0;)for(let id of next.get(queue.pop())??[])seen.has(id)||(seen.add(id),queue.push(id));return seen}function subgraph(graph,keep){return{nodes:graph.nodes.filter(node=>keep.has(node.id)),edges:graph.edges.filter(edge=>keep.has(edge.from)&&keep.has(edge.to))}}function focusGraph(graph,ids){let keep=new Set([...reach(graph,ids,!0),...reach(graph,ids,!1)]);for(let edge of graph.edges)edge.broken&&keep.has(edge.to)&&keep.add(edge.from);return subgraph(graph,keep)}function namespaceGraph(graph,namespace){let own=graph.nodes.filter(node=>node.namespace===namespace).map(node=>node.id),reached=reach(graph,own,!0),byId=new Map(graph.nodes.map(node=>[node.id,node]));return subgraph(graph,new Set([...reached].filter(id=>byId.get(id)?.namespace===void 0||byId.get(id)?.namespace===namespace)))}var GRAPH_FORMATS=["mermaid","dot","svg"];function selectGraph(result,options){let graph=buildGraph(result.model,activeFindings(result.findings));if(options.namespace!==void 0&&(graph=namespaceGraph(graph,options.namespace)),options.focus!==void 0){let nodes2=findFocus(graph,options.focus);if(nodes2===void 0)throw new UsageError(`--focus takes KIND/NAME or KIND/NAMESPACE/NAME, not '${options.focus}'`);if(nodes2.length===0)throw new UsageError(`--focus ${options.focus}: no such object in the graph`);graph=focusGraph(graph,nodes2.map(node=>node.id))}return graph}async function renderGraph(result,options){let format=options.format??"mermaid";if(!GRAPH_FORMATS.includes(format))throw new UsageError(`graph: unknown format '${format}' (${GRAPH_FORMATS.join(", ")})`);let graph=selectGraph(result,options);return format==="dot"?toDot(graph):format==="svg"?toSvg(graph):toMermaid(graph)}var graphCommand=async(args,io)=>{let{values}=args,{linted,usageProblem}=await lintView(args,io,!1);return writeOutput(await renderGraph(linted,{format:values.format,focus:values.focus,namespace:values.namespace}),values["output-file"],io),usageProblem?2:0};import{existsSync as existsSync4,writeFileSync as writeFileSync3}from"node:fs";import path16 from"node:path";var initCommand=async(_args,io)=>{let target=path16.resolve(CONFIG_NAMES[0]);if(existsSync4(target))throw new UsageError(`${CONFIG_NAMES[0]} already exists; not overwritten`);return writeFileSync3(target,starterConfig(schemaReference(process.cwd(),packageVersion()))),io.stdout.write(`Wrote ${CONFIG_NAMES[0]}
`),0};import{appendFileSync,writeFileSync as writeFileSync4}from"node:fs";function createBaseline(findings){return{version:1,findings:findings.filter(finding=>!finding.suppressed).map(({fingerprint:fingerprint2,ruleId,file,message})=>({fingerprint:fingerprint2,ruleId,file,message}))}}function parseBaseline(text){let value=JSON.parse(text);if(value.version!==1||!Array.isArray(value.findings)||!value.findings.every(f=>typeof f?.fingerprint=="string"))throw new Error('not a kstorelint baseline (expected {"version": 1, "findings": [...]})');return value}function applyBaseline(findings,baseline){let remaining=new Map;for(let entry2 of baseline.findings)remaining.set(entry2.fingerprint,(remaining.get(entry2.fingerprint)??0)+1);return findings.map(finding=>{let left=remaining.get(finding.fingerprint)??0;return finding.suppressed||left===0?finding:(remaining.set(finding.fingerprint,left-1),{...finding,suppressed:{kind:"baseline"}})})}var lintCommand=async(args,io)=>{let{values}=args,{linted,settings,usageProblem}=await lintView(args,io,!0),{format,failOn,maxWarnings}=settings;if(values["write-baseline"]&&(writeFileSync4(values["write-baseline"],JSON.stringify(createBaseline(linted.findings),null,2)+`
`),io.stderr.write(`kstorelint: wrote ${activeFindings(linted.findings).length} findings to ${values["write-baseline"]}
`)),values.baseline){let baseline=readBaseline(values.baseline);for(let id of new Set(baseline.findings.map(entry2=>entry2.ruleId).filter(id2=>currentRuleId(id2)!==id2)))linted.notices.push(renameNotice(id,values.baseline));linted.findings=applyBaseline(linted.findings,baseline)}for(let notice of linted.notices)io.stderr.write(`kstorelint: ${notice}
`);let result=values.quiet?{...linted,findings:atOrAbove(linted.findings,"error"),hidden:hiddenByQuiet(linted.findings)}:linted,context={rules,version:packageVersion(),color:useColor(values,io),width:terminalWidth(io)},toFile={...context,color:!1,width:void 0};values["output-file"]?(writeFileSync4(values["output-file"],await render(format,result,toFile)),io.stdout.write(await render("stylish",result,context))):io.stdout.write(await render(format,result,context));for(let extra of settings.extraReports)writeFileSync4(extra.file,await render(extra.format,result,toFile));io.env.GITHUB_STEP_SUMMARY&&format==="github"&&appendFileSync(io.env.GITHUB_STEP_SUMMARY,formatGithubSummary(result.findings,result.stats));for(let error2 of result.internalErrors)io.stderr.write(`kstorelint: internal error: ${error2}
`);if(usageProblem||result.internalErrors.length>0)return 2;let warnings=activeFindings(result.findings).filter(f=>f.severity==="warning").length;return maxWarnings!==void 0&&warnings>maxWarnings?(io.stderr.write(`kstorelint: ${warnings} warnings, more than --max-warnings ${maxWarnings}
`),1):atOrAbove(result.findings,failOn).length>0?1:0};function hiddenByQuiet(findings){let active=activeFindings(findings);return{warning:active.filter(f=>f.severity==="warning").length,info:active.filter(f=>f.severity==="info").length}}function terminalWidth(io){return io.stdout.isTTY===!0&&io.stdout.columns?io.stdout.columns:void 0}function useColor(values,io){return values["no-color"]?!1:values.color?!0:io.env.NO_COLOR?!1:io.env.FORCE_COLOR!==void 0&&io.env.FORCE_COLOR!==""?io.env.FORCE_COLOR!=="0":io.stdout.isTTY===!0}function readBaseline(file){let read=readManifest(file);if(!read.ok)throw new UsageError(`--baseline ${file}: ${read.message}`);try{return parseBaseline(read.text)}catch(error2){throw new UsageError(`--baseline ${file}: ${error2.message}`)}}var rulesCommand=async({values},io)=>(io.stdout.write(formatRuleList(rules,values.format==="markdown"?"markdown":"text")),0);var lint2=lintCommand,SUBCOMMANDS=new Map([["rules",rulesCommand],["explain",explainCommand],["init",initCommand],["graph",graphCommand],["bindings",bindingsCommand]]);export{SUBCOMMANDS,lint2 as lint};
