#include "serve/site_state.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace affiche {
namespace {

std::shared_ptr<const OutputSet> Site(
    const std::string& index = "<body>Programme</body>") {
  auto site = std::make_shared<OutputSet>();
  site->Add("index.html", index);
  site->Add("style.css", "body { margin: 0 }");
  return site;
}

TEST(SiteState, PublishSwapsTheSnapshotWhileOldOnesStayValid) {
  SiteState state(ShareFiles(*Site()));
  std::shared_ptr<const SiteSnapshot> before = state.Current();
  auto next = std::make_shared<OutputSet>();
  next->Add("index.html", "<h1>Nouveau</h1>");
  state.Publish(ShareFiles(*next));
  EXPECT_EQ(state.Current()->Find("index.html")->body.ToString(), "<h1>Nouveau</h1>");
  EXPECT_EQ(before->Find("index.html")->body.ToString(), "<body>Programme</body>");
  EXPECT_EQ(state.Current()->Find("style.css"), nullptr);
}

TEST(SiteState, SplicesTheAdditionIntoHtmlPagesOnly) {
  SiteSnapshot snapshot(Site(), "<script>x</script>");
  const ServedFile* page = snapshot.Find("index.html");
  EXPECT_EQ(page->body.ToString(), "<body>Programme<script>x</script></body>");
  EXPECT_EQ(page->body.size(), page->body.ToString().size());
  // The page's bytes are shared with the build, not copied.
  EXPECT_EQ(page->body.bytes->size(), std::string("<body>Programme</body>").size());
  EXPECT_EQ(snapshot.Find("style.css")->body.ToString(), "body { margin: 0 }");
  EXPECT_EQ(snapshot.Find("style.css")->body.addition, nullptr);
}

TEST(SiteState, ETagsNameTheBytesAsSent) {
  SiteSnapshot plain(Site());
  SiteSnapshot with_script(Site(), "<script>x</script>");
  SiteSnapshot again(Site(), "<script>x</script>");
  EXPECT_EQ(plain.Find("index.html")->etag, ETagOf("<body>Programme</body>"));
  EXPECT_NE(with_script.Find("index.html")->etag, plain.Find("index.html")->etag);
  EXPECT_EQ(with_script.Find("index.html")->etag, again.Find("index.html")->etag);
  EXPECT_EQ(with_script.Find("style.css")->etag, plain.Find("style.css")->etag);
}

TEST(SiteState, VersionChangesWithAnyByteServed) {
  SiteState state(ShareFiles(*Site()));
  std::string first = state.Current()->version();
  EXPECT_EQ(state.Publish(ShareFiles(*Site())), "");  // same bytes: no new version
  EXPECT_EQ(state.Current()->version(), first);

  std::string changed = state.Publish(ShareFiles(*Site("<body>Autre</body>")));
  EXPECT_NE(changed, "");
  EXPECT_EQ(changed, state.Current()->version());

  // The same site with an overlay is another version too.
  EXPECT_NE(state.Publish(ShareFiles(*Site("<body>Autre</body>")), "<div>1 error</div>"),
            "");
}

}  // namespace
}  // namespace affiche
