#include "serve/target.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

namespace affiche {
namespace {

TEST(Target, SplitsQueryAndFragmentAndDropsTheLeadingSlash) {
  Target target;
  ASSERT_TRUE(ParseTarget("/events/x/?day=9#top", &target));
  EXPECT_EQ(target.raw_path, "/events/x/");
  EXPECT_EQ(target.query, "day=9");
  EXPECT_EQ(target.path, "events/x/");

  ASSERT_TRUE(ParseTarget("/", &target));
  EXPECT_EQ(target.path, "");
  EXPECT_EQ(target.query, "");
}

TEST(Target, DecodesPercentEscapes) {
  Target target;
  ASSERT_TRUE(ParseTarget("/events/caf%C3%A9%20solidaire/", &target));
  EXPECT_EQ(target.path, "events/caf\xC3\xA9 solidaire/");
  EXPECT_EQ(target.raw_path, "/events/caf%C3%A9%20solidaire/");
}

TEST(Target, KeepsDotsInsideNames) {
  Target target;
  ASSERT_TRUE(ParseTarget("/style.css", &target));
  EXPECT_EQ(target.path, "style.css");
  ASSERT_TRUE(ParseTarget("/.well-known/x..y", &target));
  EXPECT_EQ(target.path, ".well-known/x..y");
}

TEST(Target, RefusesTargetsThatCouldLeaveTheSite) {
  for (const std::string& bad : std::initializer_list<std::string>{
           "",
           "index.html",                // not origin-form
           "http://example.org/",       // absolute-form
           "*",                         // asterisk-form
           "/../etc/passwd",            // dot-dot segment
           "/events/../../etc/passwd",  //
           "/..",                       //
           "/./index.html",             // dot segment
           "/%2e%2e/",                  // encoded dot segment
           "/%2E%2e/etc/passwd",        //
           "/.%2e/etc/passwd",          //
           "/..%2f",                    // encoded slash
           "/..%2Fetc%2Fpasswd",        //
           "/a%2fb",                    //
           "/a\\b",                     // backslash
           "/a%5cb",                    // encoded backslash
           "/..%5c..%5cetc",            //
           std::string("/a\0b", 4),     // NUL
           "/%00",                      // encoded NUL
           "/index.html%00.css",        //
           "/%",                        // bad escapes
           "/%4",                       //
           "/%zz",                      //
       }) {
    Target target;
    EXPECT_FALSE(ParseTarget(bad, &target)) << "accepted: " << bad;
  }
}

TEST(HostHeader, AcceptsAddressesAndLocalhostOnly) {
  for (const char* host : {"127.0.0.1", "127.0.0.1:8080", "localhost", "LOCALHOST:8080",
                           "[::1]:8080", "[::1]", "192.168.1.20:8080", ""})
    EXPECT_TRUE(IsLocalHostHeader(host)) << host;
  for (const char* host : {"evil.example", "evil.example:8080", "localhost.evil.example",
                           "127.0.0.1.nip.io:8080", "[::1", "[evil]:80"})
    EXPECT_FALSE(IsLocalHostHeader(host)) << host;
}

TEST(Origin, AcceptsThePagesOfThisServerOnly) {
  EXPECT_TRUE(IsSameOrigin("", "127.0.0.1:8080"));
  EXPECT_TRUE(IsSameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080"));
  EXPECT_TRUE(IsSameOrigin("http://LOCALHOST:8080", "localhost:8080"));
  EXPECT_FALSE(IsSameOrigin("http://evil.example", "127.0.0.1:8080"));
  EXPECT_FALSE(IsSameOrigin("http://127.0.0.1:9090", "127.0.0.1:8080"));
  EXPECT_FALSE(IsSameOrigin("null", "127.0.0.1:8080"));
}

// A request with no Host header: found by the request fuzzer, where an
// empty host once reached strncasecmp as a null pointer.
TEST(Origin, ComparesWithAnEmptyHost) {
  EXPECT_FALSE(IsSameOrigin("http://evil.example", ""));
  EXPECT_FALSE(IsSameOrigin("https://127.0.0.1:8080", ""));
  EXPECT_TRUE(IsSameOrigin("http://", ""));
}

}  // namespace
}  // namespace affiche
