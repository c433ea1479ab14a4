#include "serve/request_handler.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace affiche {
namespace {

std::shared_ptr<const OutputSet> Site(bool with_404_page = true) {
  auto site = std::make_shared<OutputSet>();
  site->Add("index.html", "<h1>Programme</h1>");
  site->Add("events/x/index.html", "<h1>Finance solidaire</h1>");
  site->Add("calendar.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  if (with_404_page) site->Add("404.html", "<h1>Page introuvable</h1>");
  return site;
}

std::string Header(const Reply& reply, const std::string& name) {
  for (const auto& [key, value] : reply.headers)
    if (key == name) return value;
  return "(none)";
}

TEST(RequestHandler, ServesIndexFilesForFolders) {
  SiteSnapshot site(Site());
  Reply root = HandleRequest({"GET", "/", ""}, site);
  EXPECT_EQ(root.status, 200);
  EXPECT_EQ(root.body.ToString(), "<h1>Programme</h1>");
  EXPECT_EQ(Header(root, "Content-Type"), "text/html; charset=utf-8");
  EXPECT_TRUE(root.send_body);

  Reply event = HandleRequest({"GET", "/events/x/?from=home", ""}, site);
  EXPECT_EQ(event.status, 200);
  EXPECT_EQ(event.body.ToString(), "<h1>Finance solidaire</h1>");
}

TEST(RequestHandler, RedirectsAFolderWithoutItsSlashKeepingTheQuery) {
  SiteSnapshot site(Site());
  Reply reply = HandleRequest({"GET", "/events/x?from=home", ""}, site);
  EXPECT_EQ(reply.status, 301);
  EXPECT_EQ(Header(reply, "Location"), "/events/x/?from=home");
}

TEST(RequestHandler, AnswersIfNoneMatchWith304) {
  SiteSnapshot site(Site());
  Reply first = HandleRequest({"GET", "/calendar.ics", ""}, site);
  std::string etag = Header(first, "ETag");
  EXPECT_EQ(etag, ETagOf("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
  EXPECT_EQ(etag.front(), '"');
  EXPECT_EQ(etag.back(), '"');

  for (const std::string& condition :
       {etag, "W/" + etag, "\"other\", " + etag, std::string("*")}) {
    Reply again = HandleRequest({"GET", "/calendar.ics", condition}, site);
    EXPECT_EQ(again.status, 304) << condition;
    EXPECT_FALSE(again.send_body);
    EXPECT_EQ(Header(again, "ETag"), etag);
  }
  EXPECT_EQ(HandleRequest({"GET", "/calendar.ics", "\"other\""}, site).status, 200);
}

TEST(RequestHandler, HeadKeepsTheBodyForItsLengthButDoesNotSendIt) {
  SiteSnapshot site(Site());
  Reply reply = HandleRequest({"HEAD", "/", ""}, site);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body.size(), std::string("<h1>Programme</h1>").size());
  EXPECT_FALSE(reply.send_body);
}

TEST(RequestHandler, RefusesOtherMethodsWithAllow) {
  SiteSnapshot site(Site());
  for (const char* method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
    Reply reply = HandleRequest({method, "/", ""}, site);
    EXPECT_EQ(reply.status, 405) << method;
    EXPECT_EQ(Header(reply, "Allow"), "GET, HEAD");
  }
}

TEST(RequestHandler, ServesTheSites404PageOrAPlainOne) {
  Reply themed = HandleRequest({"GET", "/nowhere", ""}, SiteSnapshot(Site()));
  EXPECT_EQ(themed.status, 404);
  EXPECT_EQ(themed.body.ToString(), "<h1>Page introuvable</h1>");
  EXPECT_EQ(Header(themed, "Content-Type"), "text/html; charset=utf-8");

  Reply plain = HandleRequest({"GET", "/nowhere", ""}, SiteSnapshot(Site(false)));
  EXPECT_EQ(plain.status, 404);
  EXPECT_EQ(plain.body.ToString(), "404 Not Found\n");
  EXPECT_EQ(Header(plain, "Content-Type"), "text/plain; charset=utf-8");
}

TEST(RequestHandler, RefusesUnsafeTargetsWith400AndCloses) {
  SiteSnapshot site(Site());
  Reply reply = HandleRequest({"GET", "/%2e%2e/index.html", ""}, site);
  EXPECT_EQ(reply.status, 400);
  EXPECT_TRUE(reply.close);
}

}  // namespace
}  // namespace affiche
