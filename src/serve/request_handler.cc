#include "serve/request_handler.h"

#include "serve/target.h"

namespace affiche {
namespace {

const char* ReasonText(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 413:
      return "Payload Too Large";
    case 431:
      return "Request Header Fields Too Large";
    default:
      return "Error";
  }
}

Reply PlainReply(int status) {
  Reply reply;
  reply.status = status;
  reply.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
  reply.body.bytes = std::make_shared<const std::string>(std::to_string(status) + " " +
                                                         ReasonText(status) + "\n");
  return reply;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// If-None-Match holds "*" or a comma-separated list of (possibly weak) ETags.
bool MatchesETag(std::string_view if_none_match, std::string_view etag) {
  while (!if_none_match.empty()) {
    size_t comma = if_none_match.find(',');
    std::string_view candidate = Trim(if_none_match.substr(0, comma));
    if (candidate.substr(0, 2) == "W/") candidate.remove_prefix(2);
    if (candidate == "*" || candidate == etag) return true;
    if (comma == std::string_view::npos) break;
    if_none_match.remove_prefix(comma + 1);
  }
  return false;
}

Reply FileReply(const ServedFile& file, std::string_view if_none_match) {
  Reply reply;
  reply.headers.emplace_back("ETag", file.etag);
  if (MatchesETag(if_none_match, file.etag)) {
    reply.status = 304;
    reply.send_body = false;
    return reply;
  }
  reply.headers.emplace_back("Content-Type", file.content_type);
  reply.body = file.body;
  return reply;
}

Reply NotFoundReply(const SiteSnapshot& site) {
  const ServedFile* page = site.Find("404.html");
  if (!page) return PlainReply(404);
  Reply reply;
  reply.status = 404;
  reply.headers.emplace_back("Content-Type", page->content_type);
  reply.body = page->body;
  return reply;
}

Reply Answer(const Request& request, const SiteSnapshot& site) {
  if (request.method != "GET" && request.method != "HEAD") {
    Reply reply = PlainReply(405);
    reply.headers.emplace_back("Allow", "GET, HEAD");
    return reply;
  }

  // The target is checked before any lookup.
  Target target;
  if (!ParseTarget(request.target, &target)) {
    Reply reply = PlainReply(400);
    reply.close = true;
    return reply;
  }

  std::string path = std::move(target.path);
  bool names_folder = path.empty() || path.back() == '/';
  if (names_folder) path += "index.html";
  if (const ServedFile* file = site.Find(path)) {
    return FileReply(*file, request.if_none_match);
  }

  // "/dir" names a folder when "dir/index.html" exists.
  if (!names_folder && site.Find(path + "/index.html")) {
    Reply reply;
    reply.status = 301;
    std::string location(target.raw_path);
    location += '/';
    if (!target.query.empty()) {
      location += '?';
      location += target.query;
    }
    reply.headers.emplace_back("Location", std::move(location));
    reply.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
    reply.body.bytes = std::make_shared<const std::string>("301 Moved Permanently\n");
    return reply;
  }
  return NotFoundReply(site);
}

}  // namespace

Reply HandleRequest(const Request& request, const SiteSnapshot& site) {
  Reply reply = Answer(request, site);
  if (request.method == "HEAD") reply.send_body = false;
  return reply;
}

Reply ErrorReply(int status) {
  Reply reply = PlainReply(status);
  reply.close = true;
  return reply;
}

}  // namespace affiche
