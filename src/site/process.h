// Runs another program (Chromium, for PDFs): to its end with a time limit, or
// in the background until it is stopped.
#ifndef AFFICHE_SITE_PROCESS_H_
#define AFFICHE_SITE_PROCESS_H_

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace affiche {

// A program running in a process group of its own, with standard input from
// /dev/null and standard output and error appended to a log file. Stopping it
// ends whatever it left running in that group (a browser's helper processes),
// and nothing else.
class ChildProcess {
 public:
  ChildProcess() = default;
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ~ChildProcess() { Stop(std::chrono::milliseconds(0)); }

  // Starts argv (argv[0] is a path, or a name looked up in PATH); false with
  // *error ("cannot run …") when it could not be started.
  bool Start(const std::vector<std::string>& argv, const std::string& log_path,
             std::string* error);
  // Waits until the program exits by itself, at most timeout; true if it did.
  bool WaitForExit(std::chrono::milliseconds timeout);
  // Waits at most grace for the program to exit, then kills its group and
  // reaps it. Returns its exit status, or -1 when it was killed by a signal.
  int Stop(std::chrono::milliseconds grace);
  bool running() const { return pid_ > 0; }

 private:
  pid_t pid_ = 0;
};

struct ProcessResult {
  bool started = false;    // false: could not run argv[0] at all (see error)
  bool timed_out = false;  // killed at the time limit
  int exit_code = -1;      // when it exited by itself; -1 when killed by a signal
  std::string error;       // why it did not start
};

// Runs argv as a ChildProcess and waits for it to end, at most timeout.
ProcessResult RunProcess(const std::vector<std::string>& argv,
                         const std::string& log_path, std::chrono::milliseconds timeout);

// The full path of an executable called name in PATH, or "" when there is none.
std::string FindInPath(const std::string& name);

}  // namespace affiche

#endif  // AFFICHE_SITE_PROCESS_H_
