// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "InterruptHandler.h"

#include <QtCore/QSocketNotifier>

#include <utility>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Written by the handler, read by the event loop: [0] read end, [1] write end.
int signalPipe[2] = {-1, -1};

extern "C" void writeSignalToPipe(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // A full pipe means a signal is already waiting to be read: dropping
    // this one changes nothing.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

InterruptHandler::InterruptHandler(QObject *parent) : QObject(parent)
{
    if (signalPipe[0] >= 0)
        return; // one per process
    if (::pipe(signalPipe) != 0)
        return;
    for (int fd : signalPipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // not inherited by the browser
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptHandler::readSignal);
    struct sigaction action = {};
    action.sa_handler = writeSignalToPipe;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    // SIGHUP too: a terminal that closes must not end a refresh half-way.
    for (int signalNumber : {SIGINT, SIGTERM, SIGHUP}) {
        // A signal the parent set to be ignored stays ignored: a shell starts
        // background jobs with SIGINT ignored so that Ctrl-C is not theirs.
        struct sigaction previous = {};
        if (::sigaction(signalNumber, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN)
            continue;
        ::sigaction(signalNumber, &action, nullptr);
        m_handled.append(signalNumber);
    }
}

InterruptHandler::~InterruptHandler()
{
    if (!m_notifier)
        return;
    // Back to the default: a signal after this ends the process as usual.
    for (int signalNumber : std::as_const(m_handled))
        ::signal(signalNumber, SIG_DFL);
}

void InterruptHandler::readSignal()
{
    unsigned char byte = 0;
    while (::read(signalPipe[0], &byte, 1) == 1) {
        // The third time, the person means it: the default action, now.
        if (++m_count >= 3) {
            ::signal(byte, SIG_DFL);
            ::raise(byte);
        }
        emit interrupted(128 + byte, m_count == 1);
    }
}

#else

InterruptHandler::InterruptHandler(QObject *parent) : QObject(parent) {}
InterruptHandler::~InterruptHandler() = default;
void InterruptHandler::readSignal() {}

#endif
