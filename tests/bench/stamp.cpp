// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Writes the current CLOCK_MONOTONIC time in nanoseconds to FILE, then runs
// COMMAND (if any) in its place. scripts/bench.sh puts it in front of the
// program it starts and in front of the browser command, to time a process
// from its start to the browser's launch without a shell in between.
// Arguments before "--" other than FILE are ignored: as a browser command
// without COMMAND it is given the sign-in URL, and only stamps.
//
//   bench_stamp FILE [IGNORED...] [-- COMMAND [ARGUMENTS...]]

#include <cstdio>
#include <cstring>
#include <ctime>

#include <unistd.h>

int main(int argc, char *argv[])
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (argc < 2) {
        std::fputs("usage: bench_stamp FILE [IGNORED...] [-- COMMAND [ARGUMENTS...]]\n", stderr);
        return 64;
    }
    if (FILE *file = std::fopen(argv[1], "w")) {
        std::fprintf(file, "%lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
        std::fclose(file);
    }
    int command = 2;
    while (command < argc && std::strcmp(argv[command], "--") != 0)
        ++command;
    if (++command >= argc)
        return 0;
    execvp(argv[command], argv + command);
    std::perror("bench_stamp: exec");
    return 127;
}
