#include "validate/time_zones.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace affiche {

namespace {
std::string ZoneDirectory() {
  const char* dir = std::getenv("TZDIR");
  return dir && *dir ? dir : "/usr/share/zoneinfo";
}
}  // namespace

bool IsKnownTimeZone(const std::string& name) {
  if (name.empty() || name[0] == '/' || name.find("..") != std::string::npos)
    return false;
  for (char c : name)
    if (!(isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' ||
          c == '+'))
      return false;
  std::ifstream in(ZoneDirectory() + "/" + name, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, 4) && std::string(magic, 4) == "TZif";
}

const std::vector<std::string>& KnownTimeZones() {
  static const std::vector<std::string> zones = [] {
    std::vector<std::string> names;
    std::ifstream in(ZoneDirectory() + "/zone1970.tab");
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string codes, coordinates, zone;
      if (fields >> codes >> coordinates >> zone) names.push_back(zone);
    }
    return names;
  }();
  return zones;
}

}  // namespace affiche
