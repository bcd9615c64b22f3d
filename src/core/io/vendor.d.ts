// Types of the DOM-independent entry points of graphology-gexf and graphology-graphml. Their package
// entries pull in @xmldom/xmldom for Node; the core takes the DOMParser from its caller instead.
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  import type { GraphConstructor } from 'graphology-types';
  type Parse = (
    Graph: GraphConstructor,
    source: Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean },
  ) => Graph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  export default function write(graph: Graph, options?: GexfWriterOptions): string;
}

declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  import type { GraphConstructor } from 'graphology-types';
  type Parse = (Graph: GraphConstructor, source: Document, options?: { addMissingNodes?: boolean }) => Graph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
