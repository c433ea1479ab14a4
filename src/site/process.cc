#include "site/process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <thread>

extern char** environ;

namespace affiche {

namespace {

// posix_spawn's attributes and file actions, released on every path out.
struct SpawnSetup {
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_t actions;
  SpawnSetup() {
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_init(&actions);
  }
  ~SpawnSetup() {
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
  }
};

}  // namespace

bool ChildProcess::Start(const std::vector<std::string>& argv,
                         const std::string& log_path, std::string* error) {
  Stop(std::chrono::milliseconds(0));
  if (argv.empty()) {
    *error = "no program to run";
    return false;
  }
  SpawnSetup setup;
  // A process group of its own (id = its pid), so that its children can be
  // found and ended with it.
  posix_spawnattr_setflags(&setup.attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&setup.attributes, 0);
  posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY,
                                   0);
  posix_spawn_file_actions_addopen(&setup.actions, STDOUT_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&setup.actions, STDOUT_FILENO, STDERR_FILENO);

  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int failed = posix_spawnp(&pid, args[0], &setup.actions, &setup.attributes, args.data(),
                            environ);
  if (failed != 0) {
    *error = "cannot run " + argv[0] + ": " + std::strerror(failed);
    return false;
  }
  pid_ = pid;
  return true;
}

bool ChildProcess::WaitForExit(std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return true;
  // Waits without reaping: while it is a zombie its pid, the id of its group,
  // cannot be given to another process, so that Stop() ends only what it
  // started.
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    siginfo_t info;
    info.si_pid = 0;
    int waited = waitid(P_PID, pid_, &info, WEXITED | WNOHANG | WNOWAIT);
    if (waited == 0 && info.si_pid == pid_) return true;
    if (waited < 0 && errno != EINTR) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

int ChildProcess::Stop(std::chrono::milliseconds grace) {
  if (pid_ <= 0) return -1;
  bool exited = WaitForExit(grace);
  kill(-pid_, SIGKILL);  // at the time limit, or the helpers it left behind
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = 0;
  return exited && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

ProcessResult RunProcess(const std::vector<std::string>& argv,
                         const std::string& log_path, std::chrono::milliseconds timeout) {
  ProcessResult result;
  ChildProcess child;
  result.started = child.Start(argv, log_path, &result.error);
  if (!result.started) return result;
  result.timed_out = !child.WaitForExit(timeout);
  result.exit_code = child.Stop(std::chrono::milliseconds(0));
  return result;
}

std::string FindInPath(const std::string& name) {
  if (name.empty()) return "";
  if (name.find('/') != std::string::npos)
    return access(name.c_str(), X_OK) == 0 ? name : "";
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t begin = 0;
  while (begin <= dirs.size()) {
    size_t end = dirs.find(':', begin);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(begin, end - begin);
    std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
    struct stat info;
    if (stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
        access(candidate.c_str(), X_OK) == 0)
      return candidate;
    begin = end + 1;
  }
  return "";
}

}  // namespace affiche
