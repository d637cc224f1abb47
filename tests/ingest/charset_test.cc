#include "ingest/charset.h"

#include <gtest/gtest.h>

#include <string>

namespace qt::ingest {
namespace {

TEST(CharsetTest, DeclarationsInTheHead) {
  EXPECT_EQ(DeclaredCharset(R"(<html><head><meta charset="ISO-8859-1"><title>)"), "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<meta charset=Shift_JIS>"), "shift_jis");
  EXPECT_EQ(DeclaredCharset(R"(<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">)"),
            "windows-1251");
  EXPECT_EQ(DeclaredCharset("<html><head><title>None here</title>"), "");
  // Only the first 1,024 bytes, where HTML requires the declaration.
  EXPECT_EQ(DeclaredCharset(std::string(1100, ' ') + "<meta charset=koi8-r>"), "");
}

TEST(CharsetTest, WhichPagesAreDecoded) {
  const std::string latin1_cafe = "<p>Caf\xE9</p>";
  EXPECT_EQ(PageCharsetOf(latin1_cafe), "windows-1252");  // undeclared: browsers' default
  EXPECT_EQ(PageCharsetOf("<meta charset=koi8-r><p>\xF0\xD2\xC9</p>"), "koi8-r");
  // Valid UTF-8 stays UTF-8 whatever it declares: mislabelled pages are common.
  EXPECT_EQ(PageCharsetOf("<meta charset=iso-8859-1><p>Caf\xC3\xA9</p>"), "");
  // UTF-8 with one damaged byte is repaired as UTF-8, not garbled as windows-1252.
  EXPECT_EQ(PageCharsetOf("<p>Caf\xC3\xA9 and \xFF</p>"), "");
  EXPECT_EQ(PageCharsetOf("<meta charset=utf-8><p>\xFF</p>"), "");
  EXPECT_EQ(PageCharsetOf(std::string("\xFF\xFE<\0p\0", 6)), "utf-16");
}

TEST(CharsetTest, PlainTextDeclaresNothing) {
  EXPECT_EQ(TextCharsetOf("Caf\xE9 society"), "windows-1252");
  EXPECT_EQ(TextCharsetOf("Caf\xC3\xA9 society"), "");
  EXPECT_EQ(TextCharsetOf("Caf\xC3\xA9 and \xFF"), "");
  // A text is no page: what it says of charsets is its content.
  EXPECT_EQ(TextCharsetOf("<meta charset=koi8-r> Caf\xE9"), "windows-1252");
}

TEST(CharsetTest, LegacyBytesBecomeUtf8) {
  // ISO-8859-1 labels are read as windows-1252, whose 0x93 0x94 0x92 are “ ” ’.
  std::string quoted = "\x93We\x92ll see,\x94 said the caf\xE9 owner.";
  ASSERT_TRUE(ConvertToUtf8("iso-8859-1", &quoted).ok());
  EXPECT_EQ(quoted, "\xE2\x80\x9CWe\xE2\x80\x99ll see,\xE2\x80\x9D said the caf\xC3\xA9 owner.");
  std::string japanese = "\x93\xFA\x96\x7B";  // 日本 in Shift_JIS
  ASSERT_TRUE(ConvertToUtf8("shift_jis", &japanese).ok());
  EXPECT_EQ(japanese, "\xE6\x97\xA5\xE6\x9C\xAC");
  std::string kept = "caf\xE9";
  EXPECT_FALSE(ConvertToUtf8("no-such-charset", &kept).ok());
  EXPECT_EQ(kept, "caf\xE9");
}

}  // namespace
}  // namespace qt::ingest
