/**
 * Sanitising and serialising an SVG for export (RELIABILITY.md S3). Works on a DOM tree (the
 * clone of a rendered chart), never on strings:
 * - only drawing elements are kept (no `script`, `foreignObject`, `iframe`, `image`, `a`,
 *   `animate`/`set`, …); anything else is removed with its content;
 * - `on*` attributes, `style` attributes and any attribute pointing outside the document
 *   (`href` not starting with `#`, `url(...)` not starting with `url(#`) are removed;
 * - characters that XML 1.0 forbids are dropped from text and attributes, so the serialised
 *   file always parses as well-formed XML; text stays text (escaped by the serialiser).
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

const ALLOWED_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'clippath',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'path',
  'text',
  'tspan',
  'title',
  'desc',
  'lineargradient',
  'radialgradient',
  'stop',
  'pattern',
  'marker',
  'symbol',
  'use',
  'mask',
]);

/** Characters outside XML 1.0's Char production (C0 controls except tab/LF/CR, U+FFFE/F, lone surrogates). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` without the characters XML 1.0 cannot carry, with CR and CRLF as LF (what every XML
 * parser reads them as anyway), so the text of the file equals this string after parsing.
 */
export function xmlSafeText(text: string): string {
  return text.replace(XML_INVALID, '').replace(/\r\n?/g, '\n');
}

function isExternalRef(value: string): boolean {
  const v = value.trim();
  return v !== '' && !v.startsWith('#');
}

function hasExternalUrl(value: string): boolean {
  // url(#id) is an internal reference (clip paths, gradients); anything else leaves the file.
  return /url\s*\(\s*(?!['"]?#)/i.test(value) || /javascript:/i.test(value);
}

function sanitiseAttributes(el: Element): void {
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    const local = attr.localName.toLowerCase();
    const drop =
      name.startsWith('on') ||
      local.startsWith('on') ||
      name === 'style' ||
      name === 'xml:base' ||
      ((local === 'href' || local === 'src') && isExternalRef(attr.value)) ||
      hasExternalUrl(attr.value);
    if (drop) el.removeAttributeNS(attr.namespaceURI, attr.localName);
    else {
      const safe = xmlSafeText(attr.value);
      if (safe !== attr.value) el.setAttributeNS(attr.namespaceURI, attr.name, safe);
    }
  }
  // xlink:href → href (SVG 2), so the file needs no xlink namespace.
  const xlink = el.getAttributeNS(XLINK_NS, 'href');
  if (xlink !== null) {
    el.removeAttributeNS(XLINK_NS, 'href');
    el.setAttribute('href', xlink);
  }
}

/**
 * Sanitises `root` in place (see the module comment) and returns it. The root itself must be an
 * `svg` element; every descendant that is not an allowed drawing element is removed.
 */
export function sanitiseSvg<T extends Element>(root: T): T {
  const walk = (el: Element) => {
    for (const child of [...el.childNodes]) {
      if (child.nodeType === 1) {
        const c = child as Element;
        const inSvg = c.namespaceURI === SVG_NS || c.namespaceURI === null;
        const name = c.localName.toLowerCase();
        const ref = c.getAttribute('href') ?? c.getAttributeNS(XLINK_NS, 'href');
        // A <use> of another file would fetch it; drop the element, not just the attribute.
        const externalUse = name === 'use' && (ref === null || isExternalRef(ref));
        if (!inSvg || !ALLOWED_ELEMENTS.has(name) || externalUse) {
          c.remove();
          continue;
        }
        sanitiseAttributes(c);
        walk(c);
      } else if (child.nodeType === 3) {
        const safe = xmlSafeText(child.nodeValue ?? '');
        if (safe !== child.nodeValue) child.nodeValue = safe;
      } else {
        // Comments, processing instructions, CDATA: nothing a chart needs.
        child.remove();
      }
    }
  };
  sanitiseAttributes(root);
  walk(root);
  return root;
}

/** A standalone SVG file: XML declaration plus the serialised element. */
export function serialiseSvg(root: Element): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
