// Types of the format layer: export formats and files, import results, typed import errors and limits.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher', 'neo4j-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One file of an export: a single file for most formats, several for the CSV pair and neo4j-admin. */
export interface ExportFile {
  name: string;
  content: string;
  mimeType: string;
}

/** The part of an XML DOM the importers read: what a browser's DOM and @xmldom/xmldom's both offer. */
export interface XmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
  readonly parentNode: XmlNode | null;
  insertBefore(node: XmlNode, child: XmlNode | null): unknown;
}

export interface XmlElement extends XmlNode {
  readonly localName: string | null;
  readonly nodeName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  cloneNode(deep: boolean): XmlNode;
}

export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** What a browser's DOMParser and @xmldom/xmldom's both offer; the core never picks one itself in Node. */
export interface DomParserLike {
  parseFromString(text: string, mimeType: 'application/xml'): XmlDocument;
}

export interface ImportLimits {
  /** Largest file accepted, in bytes of UTF-8. */
  maxBytes: number;
  maxNodes: number;
  maxEdges: number;
  /** Longest string accepted in one attribute value (characters). */
  maxAttributeLength: number;
  /** Deepest nesting of XML elements or JSON values. */
  maxDepth: number;
}

export interface ImportOptions extends ImportLimits {
  /** XML parser for GEXF and GraphML; defaults to the global DOMParser where there is one (browsers). */
  domParser?: DomParserLike;
}

export const DEFAULT_IMPORT_OPTIONS: Readonly<ImportOptions> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxNodes: 200_000,
  maxEdges: 1_000_000,
  maxAttributeLength: 100_000,
  maxDepth: 64,
});

export type ImportErrorCode =
  | 'too-large'
  | 'binary'
  | 'empty'
  | 'malformed'
  | 'truncated'
  | 'missing-column'
  | 'unbalanced-quotes'
  | 'unknown-node'
  | 'duplicate-id'
  | 'limit'
  | 'unsupported';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
  /** 1-based line of the problem, where the format has lines. */
  line?: number;
  column?: number;
  /** Which file of a CSV pair ('nodes' or 'edges'). */
  file?: 'nodes' | 'edges';
}

export interface ImportWarning {
  message: string;
  line?: number;
  file?: 'nodes' | 'edges';
}

/** Attributes every imported node has after normalisation; the rest is whatever the file held. */
export interface ImportedNodeAttributes extends Attributes {
  label: string;
  size: number;
  color: string;
  x?: number;
  y?: number;
  kind?: string;
}

export interface ImportedEdgeAttributes extends Attributes {
  size: number;
  color: string;
  relation?: string;
  label?: string;
}

export type ImportedGraph = Graph<ImportedNodeAttributes, ImportedEdgeAttributes, Attributes>;

export type ImportResult = { ok: true; graph: ImportedGraph; warnings: ImportWarning[] } | { ok: false; error: ImportError };

/** A file as handed to an importer: its text, or its bytes (then it must be UTF-8). */
export type ImportInput = string | Uint8Array;

export interface CsvPairInput {
  nodes: ImportInput;
  edges: ImportInput;
}
