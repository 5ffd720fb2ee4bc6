// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Runs COMMAND and reports its wall time and peak resident memory (from
// wait4's rusage, so no sampling), for scripts/bench.sh. The report is one
// line in REPORT:
//
//   START_NS END_NS MAXRSS_KB STATUS
//
// START is just before the fork, END when the child has been reaped, both
// CLOCK_MONOTONIC (as bench_stamp and the provider's timing log). STATUS is
// the exit code, or 128 + the signal. With --stop-file the child is ended
// with SIGTERM as soon as FILE exists (for programs that would wait for a
// person), and STATUS is then 0 if it was still running. The child runs in a
// process group of its own; what is left of the group afterwards is ended too.
//
//   bench_run REPORT [--stop-file FILE] [--timeout-ms N] -- COMMAND [ARGUMENTS...]

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

bool exists(const char *path)
{
    struct stat info{};
    return path && stat(path, &info) == 0;
}

pid_t childToKill = 0;

void killChild(int)
{
    if (childToKill > 0)
        kill(-childToKill, SIGKILL);
}

int usage()
{
    std::fputs("usage: bench_run REPORT [--stop-file FILE] [--timeout-ms N] -- COMMAND [ARGUMENTS...]\n", stderr);
    return 64;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4)
        return usage();
    const char *report = argv[1];
    const char *stopFile = nullptr;
    long long timeoutMs = 120000;
    int command = 2;
    for (; command < argc && std::strcmp(argv[command], "--") != 0; ++command) {
        if (!std::strcmp(argv[command], "--stop-file") && command + 1 < argc)
            stopFile = argv[++command];
        else if (!std::strcmp(argv[command], "--timeout-ms") && command + 1 < argc)
            timeoutMs = std::atoll(argv[++command]);
        else
            return usage();
    }
    if (++command >= argc)
        return usage();

    const long long start = monotonicNs();
    const pid_t child = fork();
    if (child < 0) {
        std::perror("bench_run: fork");
        return 1;
    }
    if (child == 0) {
        // A process group of its own, so that whatever it starts (Qt
        // WebEngine's helper processes) can be ended with it.
        setpgid(0, 0);
        execvp(argv[command], argv + command);
        std::perror("bench_run: exec");
        _exit(127);
    }
    setpgid(child, child); // also here: whichever of the two runs first

    int status = 0;
    rusage usage{};
    bool stopped = false;
    if (!stopFile) {
        // Blocking: a polling parent would take CPU from the child it measures.
        childToKill = child;
        signal(SIGALRM, killChild);
        alarm(unsigned((timeoutMs + 999) / 1000));
        while (wait4(child, &status, 0, &usage) < 0 && errno == EINTR) {
        }
        alarm(0);
    } else {
        const long long deadline = start + timeoutMs * 1000000LL;
        bool reaped = false;
        while (!(reaped = wait4(child, &status, WNOHANG, &usage) == child)) {
            if (exists(stopFile) || monotonicNs() > deadline)
                break;
            usleep(2000);
        }
        if (!reaped) {
            stopped = exists(stopFile);
            kill(-child, stopped ? SIGTERM : SIGKILL);
            // A program that ignores SIGTERM gets SIGKILL after 5 s.
            for (int i = 0; i < 500 && !reaped; ++i) {
                reaped = wait4(child, &status, WNOHANG, &usage) == child;
                if (!reaped)
                    usleep(10000);
            }
            if (!reaped) {
                kill(-child, SIGKILL);
                wait4(child, &status, 0, &usage);
            }
        }
    }
    const long long end = monotonicNs();
    // Helpers the child left behind get 3 s to end, then SIGKILL: the next
    // measurement must not share the machine with them.
    for (int i = 0; i < 300 && kill(-child, 0) == 0; ++i) {
        if (i == 100)
            kill(-child, SIGTERM);
        usleep(10000);
    }
    if (kill(-child, 0) == 0)
        kill(-child, SIGKILL);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    // Stopped as asked: ended by SIGTERM, or (qtsignin, which traps it to
    // finish storing tokens first) exited with 128 + SIGTERM.
    if (stopped && code == 128 + SIGTERM)
        code = 0;
    if (FILE *file = std::fopen(report, "w")) {
        std::fprintf(file, "%lld %lld %ld %d\n", start, end, usage.ru_maxrss, code);
        std::fclose(file);
    }
    return code;
}
