// Runs another program (Chromium, for PDFs) and waits for it, with a time limit.
#ifndef AFFICHE_SITE_PROCESS_H_
#define AFFICHE_SITE_PROCESS_H_

#include <chrono>
#include <string>
#include <vector>

namespace affiche {

struct ProcessResult {
  bool started = false;    // false: could not run argv[0] at all (see error)
  bool timed_out = false;  // killed at the time limit
  int exit_code = -1;      // when it exited by itself; -1 when killed by a signal
  std::string error;       // why it did not start
};

// Runs argv (argv[0] is a path, or a name looked up in PATH) with standard
// input from /dev/null and standard output and error appended to log_path.
// The program runs in a process group of its own: at the time limit, or once
// it has exited, whatever it left running in that group (a browser's helper
// processes) is killed, and nothing else.
ProcessResult RunProcess(const std::vector<std::string>& argv,
                         const std::string& log_path, std::chrono::milliseconds timeout);

// The full path of an executable called name in PATH, or "" when there is none.
std::string FindInPath(const std::string& name);

}  // namespace affiche

#endif  // AFFICHE_SITE_PROCESS_H_
