// A small XML package for document parts: a linear, namespace-aware scanner that refuses any
// DOCTYPE, the tag it hands out, and the text helpers around it (decoding parts, escaping text).
// It knows XML only: no file format, no user message (callers turn its errors into theirs).
export { escapeAttribute, escapeText } from './entities.js';
export { XmlDoctypeError, XmlSyntaxError } from './errors.js';
export { scanXml, type XmlScanHandlers, type XmlScanOptions } from './scan.js';
export { XmlTag, type XmlAttribute } from './tag.js';
export { decodePart } from './text.js';
