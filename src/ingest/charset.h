// Character sets of pages that are not UTF-8.
//
// Everything quotetrace stores is UTF-8 (text/utf8.h). Older news pages are
// often in a legacy encoding (ISO-8859-1, windows-1252, Shift_JIS), which
// the UTF-8 repair would turn into U+FFFD wherever a letter is not ASCII:
// "Café" became "Caf\uFFFD" and « » were lost. These decode such a page
// as a browser would.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace qt::ingest {

// The character set a page declares in its first 1,024 bytes, where HTML
// requires the declaration to be (<meta charset="X"> or <meta
// http-equiv="Content-Type" content="text/html; charset=X">), lower-cased;
// empty when it declares none.
std::string DeclaredCharset(std::string_view html);

// The charset to decode a plain text with, which declares none, or "" to
// keep it as UTF-8 (repaired later): "utf-16" after a UTF-16 byte order
// mark; else, when the text is not valid UTF-8, "windows-1252" (browsers'
// default, and what Windows tools write) unless it holds well-formed
// multi-byte UTF-8 sequences too: then it is UTF-8 with a few damaged
// bytes, which decoding as windows-1252 would garble.
std::string TextCharsetOf(std::string_view text);

// The same for an HTML page, whose declared charset comes first when the
// page is not valid UTF-8 (a page that is, is read as UTF-8 whatever it
// declares: mislabelled pages are common, valid UTF-8 by accident is not).
std::string PageCharsetOf(std::string_view page);

// Converts `bytes` from `charset` to UTF-8 with ICU; a byte the charset
// does not map becomes U+FFFD. Labels that the WHATWG Encoding standard
// reads as windows-1252 (iso-8859-1, latin1, us-ascii …) are read so, as
// browsers do: pages labelled ISO-8859-1 use its C1 range for “ ” and ’.
// An error, leaving `bytes` as they were, for a charset ICU does not know.
Status ConvertToUtf8(std::string_view charset, std::string* bytes);

}  // namespace qt::ingest
