#include "load/loader.h"

#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "base/parallel.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "load/front_matter.h"
#include "load/readers.h"

namespace affiche {

namespace {

// Reads a text file, checking it is UTF-8. Reports to diags on failure.
bool ReadText(const FileSystem& fs, const std::string& path, std::string* text,
              Diagnostics* diags) {
  std::string error;
  if (!fs.ReadFile(path, text, &error)) {
    diags->Error(path, {}, "cannot read the file: " + error);
    return false;
  }
  if (text->size() > kMaxContentFileBytes) {
    diags->Error(path, {},
                 "the file holds " + std::to_string(text->size() >> 10) +
                     " KB; a content file may hold at most " +
                     std::to_string(kMaxContentFileBytes >> 10) + " KB",
                 "split it, or put large files in content/static/");
    return false;
  }
  auto pos_of = [&](size_t offset) {
    size_t line_start = offset == 0 ? std::string::npos : text->rfind('\n', offset - 1);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    int line = 1;
    for (size_t i = 0; i < offset; ++i) line += (*text)[i] == '\n';
    return SourcePos{line, static_cast<int>(offset - line_start) + 1};
  };
  size_t bad = FindInvalidUtf8(*text);
  if (bad != std::string::npos) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>((*text)[bad]));
    diags->Error(path, pos_of(bad),
                 std::string("the file is not valid UTF-8 (byte ") + byte + ")",
                 "save the file as UTF-8 (it may be in Latin-1 / Windows-1252)");
    return false;
  }
  uint32_t code_point = 0;
  size_t forbidden = FindForbiddenCharacter(*text, &code_point);
  if (forbidden != std::string::npos) {
    diags->Error(path, pos_of(forbidden),
                 "the file holds " + DescribeForbidden(code_point),
                 "delete it (it may have come with pasted text): the feeds and pages "
                 "cannot hold it");
    return false;
  }
  return true;
}

// False, with an error, when dir is there but cannot be listed: a file, or
// a link that leads outside the source folder.
bool CanList(const FileSystem& fs, const std::string& dir, Diagnostics* diags) {
  if (!fs.IsFile(dir)) return true;
  std::string text, error;
  if (fs.ReadFile(dir, &text, &error)) error = "it is a file, not a folder";
  diags->Error(dir, {}, "cannot read the folder: " + error);
  return false;
}

// False, with an error, when a file's name is not UTF-8: it would go into
// the feeds and pages as it is.
bool HasUtf8Name(const std::string& dir, const std::string& name, Diagnostics* diags) {
  if (FindInvalidUtf8(name) == std::string::npos) return true;
  diags->Error(JoinPath(dir, name), {}, "the file name is not valid UTF-8",
               "rename the file (it may be in Latin-1: save names as UTF-8)");
  return false;
}

// Reads every file of dir ending in `extension` with read(id, path, text, diags),
// in parallel, into out (in file-name order). A file with errors is kept
// with what could be read of it, so later checks still see it.
// Keeps what LoadFolder read of dir in memo: the entries of the files read
// again, none for those gone, and their paths in memo->reread().
template <typename T>
void RememberFolder(const std::string& dir, const std::vector<std::string>& names,
                    const std::vector<std::optional<T>>& slots,
                    const std::vector<Diagnostics>& locals,
                    const std::vector<char>& read_again,
                    std::map<std::string, LoadMemo::Entry<T>>* entries, LoadMemo* memo) {
  std::set<std::string> listed;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string path = JoinPath(dir, names[i]);
    listed.insert(path);
    if (!read_again[i]) continue;
    entries->erase(path);
    LoadMemo::Entry<T>& entry = (*entries)[path];
    entry.value = slots[i];
    entry.diags.Merge(locals[i]);
    memo->Reread(path);
  }
  std::string prefix = JoinPath(dir, "x");
  prefix.pop_back();  // dir and its separator
  for (auto it = entries->lower_bound(prefix);
       it != entries->end() && it->first.compare(0, prefix.size(), prefix) == 0;) {
    if (listed.count(it->first)) {
      ++it;
      continue;
    }
    memo->Reread(it->first);
    it = entries->erase(it);
  }
}

template <typename T, typename Read>
void LoadFolder(const FileSystem& fs, const std::string& dir,
                const std::string& extension, Read read, std::vector<T>* out,
                Diagnostics* diags, LoadMemo* memo) {
  std::vector<std::string> names;
  if (!CanList(fs, dir, diags)) return;
  for (const std::string& name : fs.ListFiles(dir)) {
    if (name[0] == '.' && EndsWith(name, extension)) {
      diags->Warning(JoinPath(dir, name), {},
                     "ignored: a file whose name starts with a dot is hidden",
                     "name the file after its slug, such as concert" + extension);
      continue;
    }
    if (name[0] == '.' || EndsWith(name, "~")) continue;  // editors' backups
    if (!HasUtf8Name(dir, name, diags)) continue;
    if (EndsWith(name, extension))
      names.push_back(name);
    else
      diags->Warning(JoinPath(dir, name), {},
                     "ignored: only " + extension + " files are read in this folder");
  }
  std::vector<std::optional<T>> slots(names.size());
  std::vector<Diagnostics> locals(names.size());
  std::vector<char> read_again(names.size(), 1);
  auto* memo_entries = memo ? &memo->Entries<T>() : nullptr;
  const std::string memo_dir = memo ? Normal(dir) : "";
  ParallelFor(names.size(), [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      std::string path = JoinPath(dir, names[i]);
      if (memo && !memo->IsStale(memo_dir, names[i])) {
        auto known = memo_entries->find(path);
        if (known != memo_entries->end()) {
          read_again[i] = 0;
          slots[i] = known->second.value;
          locals[i].Merge(known->second.diags);
          continue;
        }
      }
      std::string id = names[i].substr(0, names[i].size() - extension.size());
      std::string text;
      if (ReadText(fs, path, &text, &locals[i])) {
        T value;
        read(id, path, text, &value, &locals[i]);
        slots[i] = std::move(value);
      }
    }
  });
  if (memo) RememberFolder(dir, names, slots, locals, read_again, memo_entries, memo);
  out->reserve(out->size() + names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    diags->Merge(locals[i]);
    if (slots[i]) out->push_back(std::move(*slots[i]));
  }
}

}  // namespace

void AddDiagnosedSources(const FileSystem& fs, Diagnostics* diags) {
  for (const std::string& path : diags->PathsWithoutSource()) {
    std::string text, error;
    if (fs.ReadFile(path, &text, &error)) diags->AddSource(path, NormalizeText(text));
  }
}

void LoadStaticFiles(const FileSystem& fs, const std::string& dir,
                     std::vector<StaticFile>* out, Diagnostics* diags) {
  std::vector<std::string> pending = {""};
  if (!CanList(fs, dir, diags)) return;
  while (!pending.empty()) {
    std::string relative = pending.back();
    pending.pop_back();
    std::string folder = JoinPath(dir, relative);
    for (const std::string& name : fs.ListFiles(folder)) {
      if (!HasUtf8Name(folder, name, diags)) continue;
      StaticFile file{relative.empty() ? name : relative + "/" + name, ""};
      std::string error;
      if (fs.ReadFile(JoinPath(folder, name), &file.bytes, &error))
        out->push_back(std::move(file));
      else
        diags->Error(JoinPath(folder, name), {}, "cannot read the file: " + error);
    }
    for (const std::string& name : fs.ListDirectories(folder))
      if (HasUtf8Name(folder, name, diags))
        pending.push_back(relative.empty() ? name : relative + "/" + name);
  }
}

bool LoadContent(const FileSystem& fs, const std::string& source_dir,
                 const LoadOptions& options, Content* out, Diagnostics* diags,
                 LoadMemo* memo) {
  std::string content = JoinPath(source_dir, "content");
  std::string site_path = JoinPath(content, "site.yaml");
  bool site_ok = false;
  std::string site_text;
  if (!fs.IsFile(site_path)) {
    diags->Error(
        site_path, {}, "no site.yaml: this folder is not an affiche site",
        "run affiche in the folder that holds content/site.yaml, or pass --source DIR");
  } else {
    Diagnostics local;
    std::string text;
    if (ReadText(fs, site_path, &text, &local)) {
      site_ok = ReadSiteConfig(site_path, text, &out->site, &local);
    }
    diags->Merge(local);
    site_text = text;
  }
  if (memo) memo->BeginLoad(site_ok ? site_text : "");
  if (!options.base_url.empty()) {
    out->site.base_url = options.base_url;
    if (out->site.base_url.back() != '/') out->site.base_url += '/';
  }

  BodyStyle style{out->site.unsafe_html, out->site.language, options.typography};
  std::vector<Venue> venues;
  LoadFolder(fs, JoinPath(content, "venues"), ".yaml", ReadVenue, &venues, diags, memo);
  for (Venue& v : venues) out->venues[v.id] = std::move(v);
  std::vector<Organiser> organisers;
  LoadFolder(fs, JoinPath(content, "organisers"), ".yaml", ReadOrganiser, &organisers,
             diags, memo);
  for (Organiser& o : organisers) out->organisers[o.id] = std::move(o);

  auto read_event = [&style](auto& slug, auto& path, auto& text, Event* e,
                             Diagnostics* d) {
    return ReadEvent(slug, path, text, style, e, d);
  };
  std::vector<Event> events;
  LoadFolder(fs, JoinPath(content, "events"), ".md", read_event, &events, diags, memo);
  out->events.reserve(events.size());
  for (Event& e : events)
    if (!e.draft || options.drafts) out->events.push_back(std::move(e));

  auto read_page = [&style](auto& slug, auto& path, auto& text, Page* p, Diagnostics* d) {
    return ReadPage(slug, path, text, style, p, d);
  };
  LoadFolder(fs, JoinPath(content, "pages"), ".md", read_page, &out->pages, diags, memo);
  LoadStaticFiles(fs, JoinPath(content, "static"), &out->static_files, diags);
  if (memo) memo->EndLoad();
  return site_ok;
}

}  // namespace affiche
