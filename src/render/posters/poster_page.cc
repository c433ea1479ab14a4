// The view model of posters: an event's texts set for print (French
// typography, size classes that keep the page to one sheet) and its QR code.

#include "render/posters/poster_page.h"

#include <utility>
#include <vector>

#include "base/strings.h"
#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/typography.h"
#include "render/core/urls.h"
#include "render/posters/posters.h"
#include "render/posters/posters_fit.h"
#include "render/posters/qr_svg.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

namespace {

const char kEllipsis[] = "\xE2\x80\xA6";  // …

// "Le 9 novembre" (with_year: "Le 3 décembre 2009") from the theme's
// poster_date / poster_date_year patterns; the days of a multi-day event
// ("du 20 au 22 novembre 2009").
std::string PosterDate(const Theme& theme, const Event& event, bool with_year) {
  if (event.last_day() != event.start.date) {
    return event.all_day() ? FormatDayRange(theme, event.start.date, event.last_day())
                           : FormatWhen(theme, event, DateStyle::kMedium);
  }
  const Date& date = event.start.date;
  std::string pattern = theme.Format(with_year ? "poster_date_year" : "poster_date");
  if (pattern.empty()) return FormatDate(theme, date, DateStyle::kMedium);
  const std::string& day_one = theme.Format("day_one");
  std::string day =
      date.day == 1 && !day_one.empty() ? day_one : std::to_string(date.day);
  return FillIn(pattern, {{"day", day},
                          {"month", theme.i18n.months.at(date.month - 1)},
                          {"year", std::to_string(date.year)}});
}

bool OnOneDayWithTime(const Event& event) {
  return event.last_day() == event.start.date && !event.all_day();
}

// "10 h – 18 h", or "18 h" without an end; false for all-day and multi-day events.
Data Hours(const Theme& theme, const Event& event) {
  if (!OnOneDayWithTime(event)) return Data(false);
  if (!event.end || !event.end->has_time() || event.end->minutes == event.start.minutes)
    return Data(FormatTime(theme, event.start.minutes));
  return Data(FormatTimeRange(theme, event.start.minutes, event.end->minutes));
}

// A question split where the poster sets its first words apart:
// "COMMENT… faire fructifier …" -> lead "COMMENT…", rest "faire fructifier …".
Data Question(const std::string& language, const std::string& text) {
  size_t at = text.find(kEllipsis);
  size_t mark = sizeof kEllipsis - 1;
  if (at == std::string::npos) {
    at = text.find("...");
    mark = 3;
  }
  Data question;
  if (at == std::string::npos || at > 40) {
    Put(&question, "lead", false);
    Put(&question, "rest", Typography(language, text));
    return question;
  }
  size_t rest = text.find_first_not_of(' ', at + mark);
  std::string lead = text.substr(0, at);
  while (!lead.empty() && lead.back() == ' ') lead.pop_back();
  Put(&question, "lead", Typography(language, lead + kEllipsis));
  Put(&question, "rest",
      OptionalText(rest == std::string::npos ? ""
                                             : Typography(language, text.substr(rest))));
  return question;
}

// The URL as a poster prints it, without "https://".
std::string Readable(const std::string& url) {
  for (const char* scheme : {"https://", "http://"})
    if (url.rfind(scheme, 0) == 0) return url.substr(std::string(scheme).size());
  return url;
}

// cancelled: "ANNULÉ" across the poster; postponed: "REPORTÉ".
Data Stamp(const Theme& theme, const Event& event) {
  if (event.status == Status::kCancelled) return Data(theme.Label("poster_cancelled"));
  if (event.status == Status::kPostponed) return Data(theme.Label("poster_postponed"));
  return Data(false);
}

// questions, has_questions and questions_size.
void PutQuestions(const std::string& language, const Event& event, Data* p) {
  size_t length = 0;
  Data questions = ListWithCapacity(event.poster.questions.size());
  for (const std::string& q : event.poster.questions) {
    Append(&questions, Question(language, q));
    length += CodePoints(q) + kQuestionLeadCharacters;
  }
  Put(p, "has_questions", !event.poster.questions.empty());
  Put(p, "questions", std::move(questions));
  Put(p, "questions_size", SizeClass(length, kQuestionsFit));
}

Data Place(const std::string& language, const Venue* venue) {
  if (!venue) return Data(false);
  Data place;
  Put(&place, "name", Typography(language, venue->name));
  Put(&place, "address", OptionalText(Typography(language, venue->address)));
  Put(&place, "postcode", OptionalText(venue->postcode));
  Put(&place, "city", OptionalText(Typography(language, venue->city)));
  return place;
}

// An organiser's logo as a site path, when content/static/ has that file.
Data Logo(const Content& content, std::string logo) {
  if (!logo.empty() && logo.front() == '/') logo.erase(0, 1);
  for (const StaticFile& file : content.static_files)
    if (!logo.empty() && file.path == logo) return Data(EncodePath(logo));
  return Data(false);
}

// organisers, has_organisers and organisers_size.
void PutOrganisers(const Programme& programme, const Event& event, Data* p) {
  const std::string& language = programme.site().language;
  std::vector<const Organiser*> organisers = programme.OrganisersOf(event);
  Data list = ListWithCapacity(organisers.size());
  for (const Organiser* organiser : organisers) {
    Data o;
    Put(&o, "name",
        Typography(language, organiser->name.empty() ? organiser->id : organiser->name));
    Put(&o, "logo", Logo(programme.content(), organiser->logo));
    Append(&list, std::move(o));
  }
  Put(p, "has_organisers", !organisers.empty());
  Put(p, "organisers", std::move(list));
  Put(p, "organisers_size", SizeClass(organisers.size(), kOrganisersFit));
}

// exhibitors and sessions, with has_ and _size.
void PutLists(const Theme& theme, const std::string& language, const Event& event,
              Data* p) {
  Data exhibitors = ListWithCapacity(event.exhibitors.size());
  for (const std::string& name : event.exhibitors)
    Append(&exhibitors, Data(Typography(language, name)));
  Put(p, "has_exhibitors", !event.exhibitors.empty());
  Put(p, "exhibitors", std::move(exhibitors));
  Put(p, "exhibitors_size",
      ListSize(event.exhibitors, kExhibitorsFit, kExhibitorCharactersFit));

  Data sessions = ListWithCapacity(event.sessions.size());
  for (const Session& s : event.sessions) {
    Data session;
    Put(&session, "time", OptionalText(FormatClockRange(theme, s.start, s.end)));
    Put(&session, "title", Typography(language, s.title));
    Put(&session, "format", OptionalText(Typography(language, s.format)));
    Append(&sessions, std::move(session));
  }
  Put(p, "has_sessions", !event.sessions.empty());
  Put(p, "sessions", std::move(sessions));
  Put(p, "sessions_size", SizeClass(event.sessions.size(), kSessionsFit));
}

}  // namespace

Data PosterPage(const ViewModel& vm, const Event& event) {
  const Programme& programme = vm.programme();
  const Theme& theme = vm.theme();
  const std::string& language = programme.site().language;
  auto typo = [&](const std::string& text) { return Typography(language, text); };
  Data page = vm.PageBase(IndexFile(PosterDir(event.slug)),
                          event.title + " – " + theme.Label("poster"), event.summary, "");
  Data p;
  Put(&p, "slug", event.slug);
  Put(&p, "layout", event.poster.layout);
  Put(&p, "page_size", event.poster.format == "A4" ? "A4" : "A3");
  Put(&p, "title", typo(event.title));
  Put(&p, "title_size", TextSize(event.title, kTitleFit));
  Put(&p, "tagline", OptionalText(typo(event.poster.tagline)));
  std::string kind = event.poster.kind;
  if (kind.empty() && !event.categories.empty())
    kind = LabelOf(programme.site().categories, event.categories.front());
  Put(&p, "kind", OptionalText(typo(kind)));
  PutQuestions(language, event, &p);

  Put(&p, "date", PosterDate(theme, event, false));
  Put(&p, "date_year", PosterDate(theme, event, true));
  Put(&p, "start_time",
      OnOneDayWithTime(event) ? Data(FormatTime(theme, event.start.minutes))
                              : Data(false));
  Put(&p, "hours", Hours(theme, event));
  Put(&p, "when", FormatWhen(theme, event));
  Put(&p, "start_iso", event.start.Iso());
  Put(&p, "room", OptionalText(typo(event.room)));
  Put(&p, "venue", Place(language, programme.VenueOf(event)));

  PutOrganisers(programme, event, &p);
  PutLists(theme, language, event, &p);
  Put(&p, "summary", OptionalText(typo(event.summary)));
  Put(&p, "summary_size", TextSize(event.summary, kSummaryFit));
  Put(&p, "price", OptionalText(typo(event.price)));
  std::string registration_url = SafeUrl(event.registration);
  Put(&p, "registration_url", OptionalText(Readable(registration_url)));
  Put(&p, "registration_text",
      registration_url.empty() ? OptionalText(typo(event.registration)) : Data(false));
  Put(&p, "contact", OptionalText(event.contact));
  Put(&p, "email", OptionalText(event.email));

  std::string url = programme.AbsoluteUrl(EncodePath(EventDir(event.slug)));
  Put(&p, "url", url);
  Put(&p, "url_text", Readable(url));
  Put(&p, "qr_svg", OptionalText(QrSvgOf(url, url)));
  Put(&p, "stamp", Stamp(theme, event));
  Put(&p, "cancelled", event.status == Status::kCancelled);
  Put(&p, "event_url", EncodePath(IndexFile(EventDir(event.slug))));
  Put(&p, "pdf_url", EncodePath(PosterPdfPath(event.slug)));
  Put(&page, "poster", std::move(p));
  return page;
}

}  // namespace affiche
