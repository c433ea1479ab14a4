// Readers for the Markdown files with front matter: events and pages.
#include <algorithm>
#include <cctype>

#include "base/utf8.h"
#include "load/front_matter.h"
#include "load/markdown.h"
#include "load/readers.h"
#include "load/yaml_reader.h"

namespace affiche {

namespace {

void ReadStatus(MapReader& event, Status* out) {
  std::string status;
  event.OneOf("status", {"confirmed", "tentative", "cancelled", "postponed"}, &status);
  if (status == "tentative") *out = Status::kTentative;
  if (status == "cancelled") *out = Status::kCancelled;
  if (status == "postponed") *out = Status::kPostponed;
}

// `end` is a full date (and time), or "20:00" for the start's day.
void ReadEnd(MapReader& event, Event* out) {
  if (!event.Has("end") || event.Get("end").IsNull()) return;
  YAML::Node node = event.Get("end");
  int minutes;
  if (node.IsScalar() && ParseClock(node.Scalar(), &minutes)) {
    if (out->all_day())
      event.doc()->Error(
          node, "end '" + node.Scalar() + "' is a time but start is a date",
          "for an all-day event write the last day, like " + out->start.date.Iso());
    else
      out->end = LocalTime{out->start.date, minutes};
    return;
  }
  event.Time("end", &out->end);
  if (!out->end) return;
  if (out->all_day() && out->end->has_time()) {
    event.doc()->Error(
        node, "end has a time but start is a date (an all-day event)",
        "give start a time too, or write end as a date, like " + out->end->date.Iso());
    out->end.reset();
  } else if (!out->all_day() && !out->end->has_time()) {
    event.doc()->Error(node, "end is a date but start has a time",
                       "give end a time too, like " + out->end->date.Iso() + "T" +
                           out->start.Iso().substr(11));
    out->end.reset();
  }
}

void ReadPoster(MapReader& event, Poster* out) {
  auto poster = event.Nested("poster", "{ layout: conference, format: A3 }");
  if (!poster) return;
  poster->OneOf("layout", {"conference", "village", "colloque", "standard"},
                &out->layout);
  poster->OneOf("format", {"A3", "A4"}, &out->format);
  poster->String("kind", &out->kind);
  poster->String("tagline", &out->tagline);
  poster->StringList("questions", &out->questions);
  poster->WarnUnknownKeys({"layout", "format", "kind", "tagline", "questions"});
}

void ReadSessions(MapReader& event, std::vector<Session>* out) {
  for (MapReader& fields : event.NestedList(
           "sessions", "{ start: \"09:00\", end: \"10:30\", title: \"…\" }")) {
    Session session;
    fields.String("start", &session.start);
    fields.String("end", &session.end);
    fields.String("title", &session.title, true);
    fields.String("format", &session.format);
    fields.WarnUnknownKeys({"start", "end", "title", "format"});
    int minutes;
    for (const char* key : {"start", "end"}) {
      const std::string& clock = key[0] == 's' ? session.start : session.end;
      if (!clock.empty() && !ParseClock(clock, &minutes))
        event.doc()->Error(fields.Get(key), std::string("invalid session ") + key + " '" +
                                                clock + "'; write a time like \"09:30\"");
    }
    out->push_back(session);
  }
}

void ReadVenue(MapReader& event, Event* out) {
  if (!event.Has("venue")) return;
  YAML::Node node = event.Get("venue");
  if (node.IsMap()) {
    MapReader venue(event.doc(), node);
    out->inline_venue.emplace();
    out->inline_venue->source = out->source;
    ReadVenueFields(venue, &*out->inline_venue);
  } else {
    event.String("venue", &out->venue);
  }
}

// The typography of a body in `lang`, or in the site's language when "".
TextFilter BodyFilter(const BodyStyle& style, const std::string& lang) {
  if (!style.typography) return {};
  return [&style, language = lang.empty() ? style.language : lang](
             const std::string& text) { return style.typography(language, text); };
}

// How much of its body an event's press release holds on its one A4 page,
// in bytes of text: what its title (printed twice, once large) and its
// summary leave beside the practical information and the press contact, and
// never less than a few lines.
size_t PressBodyBytes(const Event& event) {
  const size_t page = 1800, least = 400;
  size_t taken = 3 * event.title.size() + event.summary.size();
  return taken + least > page ? least : page - taken;
}

// Splits a Markdown file and parses its front matter; false (reported) when
// it has none or it is not a YAML mapping.
bool ParseFrontMatter(const std::string& path, const std::string& text, FrontMatter* fm,
                      YAML::Node* root, Diagnostics* diags) {
  if (!SplitFrontMatter(path, NormalizeText(text), fm, diags)) return false;
  return YamlDocument(path, fm->yaml_line, diags).Parse(fm->yaml, root);
}

// Reports a character reference of body (such as &#27;) that cmark decoded
// into a character the outputs cannot hold, at its line and column.
bool CheckBodyCharacters(const std::string& path, const FrontMatter& fm,
                         const std::string& html, Diagnostics* diags) {
  uint32_t code_point = 0;
  if (FindForbiddenCharacter(html, &code_point) == std::string::npos) return true;
  SourcePos pos{fm.body_line, 0};
  for (size_t at = fm.body.find("&#"); at != std::string::npos;
       at = fm.body.find("&#", at + 2)) {
    size_t digits = at + 2;
    bool hex =
        digits < fm.body.size() && (fm.body[digits] == 'x' || fm.body[digits] == 'X');
    uint32_t value = 0;
    size_t end = digits + hex;
    for (; end < fm.body.size() && value < 0x110000; ++end) {
      char c = fm.body[end];
      int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                  : hex && std::isxdigit(static_cast<unsigned char>(c))
                      ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                      : -1;
      if (digit < 0) break;
      value = value * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
    }
    if (value != code_point || end >= fm.body.size() || fm.body[end] != ';') continue;
    size_t line_start = fm.body.rfind('\n', at == 0 ? 0 : at - 1);
    line_start = at == 0 || line_start == std::string::npos ? 0 : line_start + 1;
    pos = {fm.body_line +
               static_cast<int>(std::count(fm.body.begin(), fm.body.begin() + at, '\n')),
           static_cast<int>(at - line_start) + 1};
    break;
  }
  diags->Error(path, pos,
               "the text holds " + DescribeForbidden(code_point) +
                   ", written as a character reference",
               "delete the reference: the feeds and pages cannot hold that character");
  return false;
}

}  // namespace

bool ReadEvent(const std::string& slug, const std::string& path, const std::string& text,
               const BodyStyle& style, Event* out, Diagnostics* diags) {
  out->slug = slug;
  out->source = path;
  int errors = diags->error_count();
  FrontMatter fm;
  YAML::Node root;
  if (!ParseFrontMatter(path, text, &fm, &root, diags)) return false;
  YamlDocument doc(path, fm.yaml_line, diags);

  MapReader event(&doc, root, &out->positions);
  event.String("title", &out->title, true);
  std::optional<LocalTime> start;
  event.Time("start", &start, true);
  if (start) out->start = *start;
  if (start) ReadEnd(event, out);
  event.String("timezone", &out->timezone);
  ReadVenue(event, out);
  event.String("room", &out->room);
  event.String("department", &out->department);
  event.StringList("categories", &out->categories);
  event.StringList("organisers", &out->organisers);
  ReadStatus(event, &out->status);
  event.Count("attendance", &out->attendance);
  event.Count("registered", &out->registered);
  event.String("price", &out->price);
  event.String("registration", &out->registration);
  event.String("contact", &out->contact);
  event.String("email", &out->email);
  event.String("summary", &out->summary);
  event.String("uid", &out->uid);
  event.String("image", &out->image);
  event.String("lang", &out->lang);
  event.Bool("draft", &out->draft);
  event.Bool("highlight", &out->highlight);
  ReadPoster(event, &out->poster);
  event.StringList("exhibitors", &out->exhibitors);
  ReadSessions(event, &out->sessions);
  event.WarnUnknownKeys(
      {"title",      "start",      "end",        "timezone",     "venue",
       "room",       "department", "categories", "organisers",   "status",
       "attendance", "registered", "price",      "registration", "contact",
       "email",      "summary",    "uid",        "draft",        "poster",
       "exhibitors", "sessions",   "lang",       "highlight",    "image"});

  out->body_html =
      MarkdownToHtml(fm.body, style.unsafe_html, BodyFilter(style, out->lang),
                     PressBodyBytes(*out), &out->press_html);
  out->body_text = MarkdownToText(fm.body);
  CheckBodyCharacters(path, fm, out->body_html, diags);
  return diags->error_count() == errors;
}

bool ReadPage(const std::string& slug, const std::string& path, const std::string& text,
              const BodyStyle& style, Page* out, Diagnostics* diags) {
  out->slug = slug;
  out->source = path;
  int errors = diags->error_count();
  FrontMatter fm;
  YAML::Node root;
  if (!ParseFrontMatter(path, text, &fm, &root, diags)) return false;
  YamlDocument doc(path, fm.yaml_line, diags);
  MapReader page(&doc, root);
  page.String("title", &out->title, true);
  page.WarnUnknownKeys({"title"});
  out->body_html = MarkdownToHtml(fm.body, style.unsafe_html, BodyFilter(style, ""));
  CheckBodyCharacters(path, fm, out->body_html, diags);
  return diags->error_count() == errors;
}

}  // namespace affiche
