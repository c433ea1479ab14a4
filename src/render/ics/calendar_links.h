// Links that put events and feeds into people's calendars: "add to my
// calendar" for one event (Google Calendar, Outlook.com) and "subscribe" for a
// feed (webcal://, Google Calendar, Outlook.com), plus the event texts that the
// links and the .ics feeds share. Plain strings: the templates escape them.
#ifndef AFFICHE_RENDER_ICS_CALENDAR_LINKS_H_
#define AFFICHE_RENDER_ICS_CALENDAR_LINKS_H_

#include <string>

#include "model/programme.h"

namespace affiche {

// Where the event takes place, as one line: "La Repasserie, Salle Laurent,
// 30 route d'Abbeville, 80000 Amiens" (the parts it has).
std::string EventLocation(const Programme& programme, const Event& event);

// The absolute URL of the event's page.
std::string EventUrl(const Programme& programme, const Event& event);

// The event's summary, its body as plain text, then EventUrl(), separated by
// blank lines: the DESCRIPTION of the feeds.
std::string EventDescription(const Programme& programme, const Event& event);

// https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=…
// &ctz=Europe/Paris&details=…&location=…: dates in the event's own zone
// (20091109T180000/20091109T200000), or days with the exclusive end for an
// all-day event (20091120/20091123). details are the summary and the page's URL.
std::string GoogleCalendarEventLink(const Programme& programme, const Event& event);

// https://outlook.live.com/calendar/0/deeplink/compose?…&subject=…&startdt=…
// &enddt=…&body=…&location=…: times in UTC (2009-11-09T17:00:00Z), or
// allday=true with days and the exclusive end.
std::string OutlookEventLink(const Programme& programme, const Event& event);

// "webcal://host/path" for "https://host/path" (or http://).
std::string WebcalUrl(const std::string& feed_url);

// https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F…: Google Calendar's
// "add by URL" (the https form of cid fails there).
std::string GoogleSubscribeLink(const std::string& feed_url);

// https://outlook.live.com/calendar/0/addfromweb?url=…&name=…: Outlook.com's
// "subscribe from web", with the https URL (new Outlook drops webcal:).
std::string OutlookSubscribeLink(const std::string& feed_url, const std::string& name);

}  // namespace affiche

#endif  // AFFICHE_RENDER_ICS_CALENDAR_LINKS_H_
