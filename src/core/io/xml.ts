// XML for GEXF and GraphML: escaping for our writers, and a strict well-formedness scan run before
// any DOM parser sees a file. Browsers and @xmldom/xmldom disagree on what they accept and rarely
// say where; the scan gives the same errors with line numbers everywhere, refuses DOCTYPEs (entity
// expansion attacks), bounds the nesting depth, and collects the ids of <node> and <edge> elements.
import { lineIndex, type LineIndex } from './lines.js';

/** Our GraphML writer marks keys whose values are JSON text (lists, sources) with this <desc>. */
export const GRAPHML_JSON_DESC = 'JSON';

/** Characters XML 1.0 cannot hold at all, not even as character references, and lone surrogates. */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- these control characters are what XML 1.0 forbids
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const FIRST_INVALID_XML_CHAR = new RegExp(INVALID_XML_CHARS.source);

/** Removes what XML cannot represent (control characters, lone surrogates); everything else is kept. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Text content: also keeps CR, which parsers would otherwise turn into LF. */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values: also keeps tabs and line breaks, which attribute normalisation would turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export interface XmlElementInfo {
  /** Local name, without a namespace prefix. */
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface XmlScan {
  /** Local name of the root element. */
  root: string;
  /** The elements whose local names were asked for, in document order. */
  elements: XmlElementInfo[];
}

export type XmlScanResult = { ok: true; scan: XmlScan } | { ok: false; truncated: boolean; message: string; line: number; column: number };

// XML 1.0 Names: a DOM parser may drop an element whose name or attribute name is not one (a
// private-use character, say), leaving a graph short of nodes without a word. Astral characters, which
// XML allows in names, are refused too: @xmldom/xmldom (the parser in Node) drops such elements.
const NAME_START =
  'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const XML_NAME = `[${NAME_START}][${NAME_REST}]*`;
// eslint-disable-next-line no-misleading-character-class -- ZWJ, ZWNJ and combining marks are name characters in XML 1.0
const NAME = new RegExp(XML_NAME, 'y');
// eslint-disable-next-line no-misleading-character-class -- ZWJ, ZWNJ and combining marks are name characters in XML 1.0
const ATTRIBUTE = new RegExp(`\\s+(${XML_NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const TAG_END = /\s*(\/?)>/y;
const END_TAG_END = /\s*>/y;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_match, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref];
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

class XmlSyntaxError {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly truncated = false,
  ) {}
}

export interface ScanXmlOptions {
  maxDepth: number;
  /** Local names of the elements to report with their attributes and lines, e.g. node and edge. */
  collect: ReadonlySet<string>;
}

export function scanXml(text: string, options: ScanXmlOptions): XmlScanResult {
  const lines = lineIndex(text);
  try {
    return { ok: true, scan: scan(text, options, lines) };
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const { line, column } = lines.position(error.offset);
    return { ok: false, truncated: error.truncated, message: error.message, line, column };
  }
}

function scan(text: string, options: ScanXmlOptions, lines: LineIndex): XmlScan {
  const length = text.length;
  const stack: { name: string; offset: number }[] = [];
  const elements: XmlElementInfo[] = [];
  let root: string | undefined;
  let pos = 0;

  const invalid = FIRST_INVALID_XML_CHAR.exec(text);
  if (invalid)
    throw new XmlSyntaxError(invalid.index, `character U+${invalid[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML`);

  const checkEntities = (segment: string, offset: number) => {
    const bad = BAD_AMPERSAND.exec(segment);
    if (bad)
      throw new XmlSyntaxError(offset + bad.index, '"&" must start an entity such as &amp; (only the five XML entities are allowed)');
  };
  const expect = (pattern: RegExp, at: number, what: string): RegExpExecArray => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) {
      const truncated = text.indexOf('>', at) === -1;
      throw new XmlSyntaxError(at, truncated ? `the file ends inside ${what}` : `${what} is malformed`, truncated);
    }
    return match;
  };
  const skipTo = (marker: string, from: number, what: string): number => {
    const end = text.indexOf(marker, from);
    if (end === -1) throw new XmlSyntaxError(from, `the file ends inside ${what}`, true);
    return end + marker.length;
  };

  while (pos < length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > pos) {
      const segment = text.slice(pos, textEnd);
      if (stack.length === 0) {
        const nonSpace = segment.search(/\S/);
        if (nonSpace !== -1) {
          const where = root === undefined ? 'before the root element' : 'after the root element';
          throw new XmlSyntaxError(pos + nonSpace, `text ${where}: this is not an XML file, or it is damaged`);
        }
      } else checkEntities(segment, pos);
    }
    if (lt === -1) break;

    if (text.startsWith('<!--', lt)) {
      pos = skipTo('-->', lt + 4, 'a comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) throw new XmlSyntaxError(lt, 'CDATA outside the root element');
      pos = skipTo(']]>', lt + 9, 'a CDATA section');
    } else if (text.startsWith('<?', lt)) {
      pos = skipTo('?>', lt + 2, 'a processing instruction');
    } else if (text.startsWith('<!', lt)) {
      throw new XmlSyntaxError(lt, 'DOCTYPE and entity declarations are not accepted');
    } else if (text.startsWith('</', lt)) {
      const name = expect(NAME, lt + 2, 'an end tag')[0];
      expect(END_TAG_END, NAME.lastIndex, `the end tag </${name}>`);
      const open = stack.pop();
      if (!open) throw new XmlSyntaxError(lt, `</${name}> closes nothing`);
      if (open.name !== name) {
        throw new XmlSyntaxError(lt, `</${name}> does not match <${open.name}> opened on line ${lines.position(open.offset).line}`);
      }
      pos = END_TAG_END.lastIndex;
    } else {
      if (root !== undefined && stack.length === 0) throw new XmlSyntaxError(lt, 'a second root element: an XML file has exactly one');
      const name = expect(NAME, lt + 1, 'a tag')[0];
      let at = NAME.lastIndex;
      const attributes: Record<string, string> = {};
      const seen = new Set<string>();
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute) break;
        const [, key, double, single] = attribute;
        if (seen.has(key)) throw new XmlSyntaxError(at, `attribute "${key}" appears twice in <${name}>`);
        seen.add(key);
        const raw = double ?? single;
        checkEntities(raw, at);
        attributes[key] = raw;
        at = ATTRIBUTE.lastIndex;
      }
      const close = expect(TAG_END, at, `the tag <${name}>`);
      pos = TAG_END.lastIndex;
      root ??= localName(name);
      const local = localName(name);
      if (options.collect.has(local)) {
        const decoded: Record<string, string> = {};
        for (const [key, value] of Object.entries(attributes)) decoded[key] = decodeEntities(value);
        elements.push({ name: local, attributes: decoded, line: lines.position(lt).line });
      }
      if (close[1] !== '/') {
        stack.push({ name, offset: lt });
        if (stack.length > options.maxDepth) throw new XmlSyntaxError(lt, `elements are nested deeper than ${options.maxDepth} levels`);
      }
    }
  }

  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    throw new XmlSyntaxError(
      length,
      `the file ends before <${open.name}> (opened on line ${lines.position(open.offset).line}) is closed: it is truncated`,
      true,
    );
  }
  if (root === undefined) throw new XmlSyntaxError(0, 'no XML element found', true);
  return { root, elements };
}
