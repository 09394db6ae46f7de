// The rich-text sanitiser (SPEC C26): HTML from the editor, often pasted from Word or
// LibreOffice, is parsed with libxml2's HTML parser and re-serialised from an allowlist on
// save, so what is stored can be shown as {{BODY:none}}. Also the plain text of HTML.
#ifndef EDUPORTAL_CORE_SANITIZE_H_
#define EDUPORTAL_CORE_SANITIZE_H_

#include <string>
#include <string_view>

namespace core::html {

struct SanitizeOptions {
  // Where uploaded media are served from. An <img> is kept only when its src starts with
  // this prefix or with "/static/" (no scheme, no host, no "..", no backslash): pictures
  // in an article are uploaded through the media library, never hot-linked.
  // REQUIRES: starts and ends with '/'.
  std::string_view uploads_prefix = "/uploads/";
};

// The sanitised form of untrusted HTML (a fragment or a whole document, as pasted).
// Never fails: bytes that are not UTF-8 become U+FFFD, control characters are dropped,
// and anything outside the allowlist is removed. The result
//  - is UTF-8 in NFC, well-formed (every element closed; <br>, <img>, <hr> are void) and
//    safe to emit unescaped inside a <div> of a page;
//  - holds only p br h2 h3 h4 strong em u s sub sup code pre blockquote ul ol li table
//    caption thead tbody tfoot tr th td a img figure figcaption hr span, with only
//    a[href title rel] img[src alt width height] td/th[colspan rowspan] th[scope]
//    ol[start] span[lang]; a span without lang is unwrapped;
//  - keeps links to http:, https:, mailto:, tel:, "/path" and "#fragment" only (after
//    removing what a browser ignores: tabs, newlines, leading controls and spaces), with
//    rel="noopener noreferrer" on http(s) links; other links become plain text;
//  - drops with their content script, style, iframe, object, embed, svg, math, form
//    controls, template, noscript, the document head and comments (also Word's
//    conditional comments); unwraps other unknown elements (Word's <o:p>, <font>, ...),
//    keeping their text;
//  - turns h1 into h2 (the page has its own h1), h5/h6 into h4, b into strong, i into em,
//    a Word paragraph list (mso-list with "1." or bullet markers) into ol/ul, a span
//    styled bold/italic/underline into strong/em/u; drops every class, id, style, on*
//    and data attribute;
//  - has no paragraph without visible content (Word's <p>&nbsp;</p>), runs of white
//    space collapsed outside <pre>, inline content at the top level inside <p>, and one
//    newline after each block so that a diff of two revisions reads by paragraph.
// Sanitize(Sanitize(x)) == Sanitize(x). Thread-safe.
// Nesting deeper than libxml2's limit (256 elements) ends the parse there: what follows
// is dropped. The caller bounds the size (field validators); input beyond 2 GiB is cut.
std::string Sanitize(std::string_view untrusted_html, const SanitizeOptions& options = {});

// The plain text of HTML, for summaries and search: tags removed, entities decoded,
// script/style/head content dropped, each block (paragraph, heading, list item, table
// row, <br>) on its own line, table cells separated by a space, white space (also
// no-break spaces) collapsed, no empty lines, no leading or trailing space; NFC.
// "<h2>Thông báo</h2><p>Học sinh&nbsp;nghỉ <b>Tết</b></p>" → "Thông báo\nHọc sinh nghỉ Tết".
// Thread-safe.
std::string ToText(std::string_view html);

}  // namespace core::html

#endif  // EDUPORTAL_CORE_SANITIZE_H_
