#include "test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace affiche::testing {

namespace {
std::vector<std::string>& TempDirs() {
  static std::vector<std::string> dirs;
  static struct Cleanup {
    ~Cleanup() {
      std::error_code ec;
      for (const auto& d : TempDirs()) fs::remove_all(d, ec);
    }
  } cleanup;
  return dirs;
}
}  // namespace

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string MakeTempDir() {
  std::string pattern = (fs::temp_directory_path() / "affiche-test-XXXXXX").string();
  std::string dir = mkdtemp(pattern.data());
  TempDirs().push_back(dir);
  return dir;
}

CommandResult Run(const std::string& command, const std::string& dir) {
  std::string scratch = MakeTempDir();
  std::string full = "cd '" + dir + "' && " + command + " >'" + scratch + "/out' 2>'" +
                     scratch + "/err' </dev/null";
  int raw = std::system(full.c_str());
  CommandResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = ReadFile(scratch + "/out");
  result.err = ReadFile(scratch + "/err");
  return result;
}

std::string Affiche() { return "'" AFFICHE_BINARY "'"; }

void CopyTree(const std::string& from, const std::string& to) {
  fs::create_directories(to);
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> Headlines(const std::string& text) {
  std::vector<std::string> out;
  for (const std::string& line : Lines(text))
    if (line.find(": error: ") != std::string::npos ||
        line.find(": warning: ") != std::string::npos)
      if (line.rfind(" ", 0) != 0) out.push_back(line);  // not a quoted source line
  return out;
}

std::string ExecutableScriptIn(const std::string& html) {
  static const std::string kDataBlock = "<script type=\"application/ld+json\">";
  std::string lower = html;
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t at = lower.find("<script"); at != std::string::npos;
       at = lower.find("<script", at + 1)) {
    std::string quoted = html.substr(at, 60);
    if (html.compare(at, kDataBlock.size(), kDataBlock) != 0) return quoted;
    size_t close = lower.find("</", at);
    if (close == std::string::npos || lower.compare(close, 9, "</script>") != 0)
      return quoted;
  }
  return "";
}

std::string PercentDecoded(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace affiche::testing
