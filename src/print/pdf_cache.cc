#include "print/pdf_cache.h"

#include <boost/uuid/detail/sha1.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace affiche {

namespace fs = std::filesystem;

namespace {

bool ReadAll(const fs::path& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  *bytes = text.str();
  return true;
}

// Writes bytes beside path, then renames it into place.
bool WriteAtomically(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  fs::path part = path.string() + ".part";
  {
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    if (!(out << bytes)) return false;
  }
  fs::rename(part, path, ec);
  return !ec;
}

// Places a copy of from at to: a hard link when both are on one file system.
bool Place(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::path part = to.string() + ".part";
  fs::remove(part, ec);
  fs::create_directories(to.parent_path(), ec);
  fs::create_hard_link(from, part, ec);
  if (ec) {
    ec.clear();
    fs::copy_file(from, part, fs::copy_options::overwrite_existing, ec);
  }
  if (!ec) fs::rename(part, to, ec);
  if (ec) fs::remove(part, ec);
  return !ec;
}

// The relative targets of href="…" and src="…" in html, without their
// #fragment or ?query.
std::set<std::string> LinkedFiles(const std::string& html) {
  std::set<std::string> targets;
  for (const char* attribute : {"href=\"", "src=\""}) {
    size_t at = 0;
    while ((at = html.find(attribute, at)) != std::string::npos) {
      at += std::char_traits<char>::length(attribute);
      size_t end = html.find_first_of("\"#?", at);
      if (end == std::string::npos) break;
      std::string target = html.substr(at, end - at);
      if (!target.empty() && target.find(':') == std::string::npos && target[0] != '/')
        targets.insert(target);
    }
  }
  return targets;
}

}  // namespace

std::string PdfCacheDirOf(const std::string& out_dir) {
  std::error_code ec;
  fs::path out = fs::absolute(out_dir, ec).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();  // "site-out/" -> "site-out"
  return (out.parent_path() / ("." + out.filename().string() + ".pdf-cache")).string();
}

std::string PageKey(const std::string& out_dir, const std::string& page) {
  fs::path path = fs::path(out_dir) / page;
  std::string html;
  if (!ReadAll(path, &html)) return "";
  boost::uuids::detail::sha1 sha1;
  sha1.process_bytes(html.data(), html.size());
  for (const std::string& target : LinkedFiles(html)) {
    fs::path linked = (path.parent_path() / target).lexically_normal();
    std::string bytes;
    std::error_code ec;
    if (!fs::is_regular_file(linked, ec) || !ReadAll(linked, &bytes)) continue;
    std::string label = "\n" + target + "\n" + std::to_string(bytes.size()) + "\n";
    sha1.process_bytes(label.data(), label.size());
    sha1.process_bytes(bytes.data(), bytes.size());
  }
  boost::uuids::detail::sha1::digest_type digest;
  sha1.get_digest(digest);
  char hex[41];
  for (int i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", digest[i]);
  return hex;
}

bool PdfCache::Reuse(const std::string& pdf, const std::string& key,
                     const std::string& out_dir) const {
  std::string kept;
  fs::path cached = fs::path(dir_) / pdf;
  if (key.empty() || !ReadAll(cached.string() + ".key", &kept) || kept != key + "\n")
    return false;
  std::error_code ec;
  return fs::is_regular_file(cached, ec) && Place(cached, fs::path(out_dir) / pdf);
}

void PdfCache::Keep(const std::string& pdf, const std::string& key,
                    const std::string& out_dir) const {
  fs::path cached = fs::path(dir_) / pdf;
  std::error_code ec;
  fs::remove(cached.string() + ".key", ec);  // no stale key beside a new PDF
  if (key.empty() || !Place(fs::path(out_dir) / pdf, cached)) return;
  WriteAtomically(cached.string() + ".key", key + "\n");
}

}  // namespace affiche
