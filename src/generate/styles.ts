// Makes sure a template has the styles and list the blocks refer to. A style the template lacks is
// copied from the built-in template (the style source), so an officer's template keeps its own
// headings and gets ours only where it has none.
import type { DocxPackage } from './package.js';
import type { StyleIds } from './ooxml.js';

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = {
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
} as const;

/** Our own style ids, as the built-in templates define them. */
export const OWN_STYLES = { requirement: 'JamkravRequirement', table: 'JamkravTable' } as const;

interface StyleDef {
  id: string;
  type: string;
  name: string;
  xml: string;
}

function parseStyles(xml: string): StyleDef[] {
  const out: StyleDef[] = [];
  for (const m of xml.matchAll(/<w:style\b([^>]*)>[\s\S]*?<\/w:style>/g)) {
    const attrs = m[1]!;
    const id = /w:styleId="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const type = /w:type="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const name = (/<w:name w:val="([^"]*)"/.exec(m[0])?.[1] ?? '').toLowerCase();
    out.push({ id, type, name, xml: m[0] });
  }
  return out;
}

/** The namespace prefixes declared on the root element of a part. */
function declaredPrefixes(partXml: string): Set<string> {
  const root = /<(?!\?)[^>]+>/.exec(partXml.replace(/^<\?xml[^>]*\?>/, ''))?.[0] ?? '';
  return new Set([...root.matchAll(/\sxmlns:(\w+)=/g)].map((m) => m[1]!));
}

/**
 * Drops from copied XML the extension attributes and elements whose namespace prefix the target
 * part does not declare (e.g. `w15:restartNumberingAfterBreak`): undeclared, they would make the
 * part ill-formed, and they only carry optional behaviour.
 */
function fitNamespaces(xml: string, declared: Set<string>): string {
  const foreign = (prefix: string) => prefix !== 'w' && !declared.has(prefix);
  return xml
    .replace(/<(\w+):\w+\b[^>]*\/>/g, (all, p: string) => (foreign(p) ? '' : all))
    .replace(/<(\w+):(\w+)\b[^>]*>[\s\S]*?<\/\1:\2>/g, (all, p: string) => (foreign(p) ? '' : all))
    .replace(/\s(\w+):\w+="[^"]*"/g, (all, p: string) => (foreign(p) && p !== 'xmlns' ? '' : all));
}

function maxAttr(xml: string, attr: string): number {
  let max = 0;
  for (const m of xml.matchAll(new RegExp(`${attr}="(\\d+)"`, 'g'))) max = Math.max(max, Number(m[1]));
  return max;
}

/** Adds a part with its relationship from `main` and its content type, when it is missing. */
function addPart(pkg: DocxPackage, main: string, kind: 'styles' | 'numbering', xml: string): string {
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const name = `${dir}${kind}.xml`;
  pkg.setText(name, xml);
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const rels =
    pkg.text(relsName) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let n = 1;
  while (rels.includes(`Id="rIdJamkrav${n}"`)) n += 1;
  pkg.setText(
    relsName,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdJamkrav${n}" Type="${NS_REL}/${kind}" Target="${kind}.xml"/></Relationships>`,
    ),
  );
  const types = pkg.text('[Content_Types].xml') ?? '';
  if (!types.includes(`PartName="/${name}"`)) {
    pkg.setText(
      '[Content_Types].xml',
      types.replace('</Types>', `<Override PartName="/${name}" ContentType="${CT[kind]}"/></Types>`),
    );
  }
  return name;
}

/**
 * Copies list `numId` of the source numbering into the target's, under fresh ids; returns the
 * new numId.
 */
function copyNumbering(pkg: DocxPackage, main: string, source: string, numId: string): string | undefined {
  const num = new RegExp(`<w:num w:numId="${numId}"[^>]*>[\\s\\S]*?</w:num>`).exec(source)?.[0];
  const absId = num && /<w:abstractNumId w:val="(\d+)"/.exec(num)?.[1];
  const abs =
    absId &&
    new RegExp(`<w:abstractNum\\b[^>]*w:abstractNumId="${absId}"[^>]*>[\\s\\S]*?</w:abstractNum>`).exec(source)?.[0];
  if (!num || !abs) return undefined;
  let name = pkg.related(main, 'numbering')[0];
  if (!name) {
    const empty =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:numbering>`;
    name = addPart(pkg, main, 'numbering', empty);
  }
  let target = pkg.text(name)!;
  const newAbs = String(maxAttr(target, 'w:abstractNumId') + 1);
  const newNum = String(maxAttr(target, 'w:numId') + 1);
  const absXml = fitNamespaces(
    abs.replace(/w:abstractNumId="\d+"/, `w:abstractNumId="${newAbs}"`),
    declaredPrefixes(target),
  );
  const numXml = `<w:num w:numId="${newNum}"><w:abstractNumId w:val="${newAbs}"/></w:num>`;
  // Schema order: numPicBullet*, abstractNum*, num*, numIdMacAtCleanup?
  const firstNum = target.search(/<w:num[\s>]|<w:numIdMacAtCleanup|<\/w:numbering>/);
  target = target.slice(0, firstNum) + absXml + target.slice(firstNum);
  const tail = target.search(/<w:numIdMacAtCleanup|<\/w:numbering>/);
  target = target.slice(0, tail) + numXml + target.slice(tail);
  pkg.setText(name, target);
  return newNum;
}

/**
 * Resolves the style ids the blocks use in `pkg`, copying from `source` (a built-in template) what
 * is missing. Headings are found by name too, as localised Word templates call Heading 2 `Rubrik2`.
 */
export function ensureStyles(pkg: DocxPackage, main: string, source: DocxPackage): StyleIds {
  const sourceMain = source.mainPart()!;
  const sourceStylesName = source.related(sourceMain, 'styles')[0]!;
  const sourceStyles = parseStyles(source.text(sourceStylesName)!);
  const sourceNumbering = source.text(source.related(sourceMain, 'numbering')[0] ?? '') ?? '';

  let stylesName = pkg.related(main, 'styles')[0];
  if (!stylesName) {
    stylesName = addPart(
      pkg,
      main,
      'styles',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:styles>`,
    );
  }
  const styles = parseStyles(pkg.text(stylesName)!);
  const added: string[] = [];

  const byId = (id: string) => styles.find((s) => s.id === id);
  const headingId = (n: number): string => {
    const found = styles.find((s) => s.type === 'paragraph' && s.name === `heading ${n}`) ?? byId(`Heading${n}`);
    return found ? found.id : copy(`Heading${n}`);
  };
  const remap = (xml: string, attr: 'w:basedOn' | 'w:next' | 'w:link', map: (id: string) => string) =>
    xml.replace(new RegExp(`<${attr} w:val="([^"]*)"`), (_, id: string) => `<${attr} w:val="${map(id)}"`);
  function copy(id: string): string {
    if (byId(id) || added.some((x) => x.includes(`w:styleId="${id}"`))) return id;
    const def = sourceStyles.find((s) => s.id === id);
    if (!def) return id;
    let xml = def.xml;
    xml = remap(xml, 'w:basedOn', (b) => (/^Heading\d$/.test(b) ? headingId(Number(b.slice(7))) : b));
    xml = xml.replace(/<w:link w:val="[^"]*"\/>/, '');
    const numId = /<w:numId w:val="(\d+)"/.exec(xml)?.[1];
    if (numId) {
      const fresh = copyNumbering(pkg, main, sourceNumbering, numId);
      if (fresh) xml = xml.replace(/<w:numId w:val="\d+"/, `<w:numId w:val="${fresh}"`);
    }
    added.push(xml);
    return id;
  }

  const ids: StyleIds = {
    heading2: headingId(2),
    requirement: byId(OWN_STYLES.requirement) ? OWN_STYLES.requirement : copy(OWN_STYLES.requirement),
    table: byId(OWN_STYLES.table) ? OWN_STYLES.table : copy(OWN_STYLES.table),
  };
  if (added.length > 0) {
    const xml = pkg.text(stylesName)!;
    const fitted = added.map((a) => fitNamespaces(a, declaredPrefixes(xml)));
    pkg.setText(stylesName, xml.replace('</w:styles>', `${fitted.join('')}</w:styles>`));
  }
  return ids;
}
