// The report on paper: no controls, the matrix's column heads on every page it spans, each
// document's name over every page of its details, and each suggested clause printed once.

/**
 * Appended to the screen styles. Chromium repeats a table's header group on each page a table
 * breaks across, and only then: that is how the matrix heads and the document names repeat.
 * Sticky positions (the screen's scrolling heads) are undone, since a sticky head that prints
 * lands wherever the screen last left it rather than atop each page.
 */
export const PRINT_STYLES = `
@media print {
  @page { size: A4; margin: 12mm 10mm 14mm; }
  html, body { background: #fff; }
  body { font-size: 10px; line-height: 1.35; }
  a { color: inherit; text-decoration: none; }
  header.top { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 0 0 6px; }
  header.top h1 { font-size: 17px; }
  header.top p, .prov, .prov code { color: #222; }
  .prov { font-size: 10px; margin-top: 4px; }
  main { padding: 0; }
  h2 { font-size: 13px; margin: 14px 0 6px; break-after: avoid-page; }
  h3, h4 { break-after: avoid-page; }
  .filters, .back, #no-columns, li.entry .shared { display: none !important; }
  .cards { grid-template-columns: repeat(5, 1fr); gap: 6px; }
  .card { padding: 6px 8px; break-inside: avoid; }
  .card .figure { font-size: 20px; }
  .card .note, .kinds { font-size: 9.5px; }
  .toolbar { display: block; margin-bottom: 6px; }
  .legend { padding: 4px 8px; break-inside: avoid; }
  .scroll, .matrix-wrap .scroll { display: block; overflow: visible; max-height: none; max-width: none; border: 0; }
  .matrix { font-size: 9px; width: 100%; }
  .matrix thead { display: table-header-group; }
  .matrix tfoot { display: table-row-group; }
  .matrix thead th, .matrix th.doc, .matrix tfoot td, .matrix tfoot th { position: static; }
  .matrix tr { break-inside: avoid; }
  .matrix th.doc { min-width: 0; max-width: none; width: 150px; padding: 2px 6px; }
  .matrix th.doc small { display: none; }
  .matrix th.rule { width: 22px; min-width: 22px; padding: 4px 0; }
  .matrix th.rule .rt, .matrix th.rule .rid { max-height: 120px; font-size: 8.5px; }
  .matrix th.rule .rid { display: none; }
  .matrix td.c { height: auto; font-size: 10px; }
  .matrix td.c a { line-height: 16px; }
  .matrix td.n, .matrix th.n { width: 22px; min-width: 0; padding: 0 3px; }
  .matrix td.per-rule { font-size: 8px; }
  .matrix td.per-rule b { font-size: 9px; }
  table.rules { font-size: 9.5px; }
  table.rules thead { display: table-header-group; }
  table.rules tr { break-inside: avoid; }
  .rules th, .rules td { padding: 3px 5px; }
  ol.clauses li { break-inside: avoid; margin-bottom: 6px; }
  section.doc, main.many section.doc {
    border: 0;
    border-radius: 0;
    padding: 0;
    margin: 0 0 8px;
    content-visibility: visible;
  }
  section.doc h3 { font-size: 11px; margin: 0 0 2px; padding: 4px 0 2px; border-bottom: 1.5px solid #000; }
  li.entry { padding: 1px 0; border-top: 0; break-inside: avoid; }
  .badge { font-size: 9px; padding: 0 4px; }
  section.doc .meta { margin: 0 0 2px; font-size: 9.5px; }
  ul.notes li { break-inside: avoid; }
  li.entry dl { grid-template-columns: 8em 1fr; margin: 2px 0 0; font-size: 9.5px; }
  li.entry[data-s=covered] dl, li.entry[data-s=suppressed] dl { display: inline; margin: 0 0 0 6px; }
  li.entry[data-s=covered] dt, li.entry[data-s=suppressed] dt { display: none; }
  li.entry[data-s=covered] dd, li.entry[data-s=suppressed] dd { display: inline; margin-right: 6px; color: #333; }
  a.see { display: inline; font-style: italic; margin-left: 4px; }
  li.entry dl:empty { display: none; }
  blockquote { padding: 2px 6px; }
  footer.foot { padding: 8px 0 0; }
}
`;
