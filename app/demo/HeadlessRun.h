// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>

class DemoSession;
struct ApiResponse;

// `qtsignin-demo --headless`: the demo's main job without a window, so a
// machine without a screen can check it. Signs in through the browser
// (headless Chromium when --browser-command says so), calls the API's
// endpoints in turn with silently acquired tokens, prints what happened,
// and quits with 0 when everything succeeded.
class HeadlessRun : public QObject
{
    Q_OBJECT
public:
    HeadlessRun(DemoSession *session, const QStringList &endpointIds, QObject *parent = nullptr);

    void start();

private:
    void callNext();
    void print(const ApiResponse &response);

    DemoSession *m_session;
    QStringList m_pending;
    int m_failures = 0;
    bool m_signingInForClaims = false; // its sign-in calls the endpoint again, not the next one
};
