// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QObject>

// The contract between EmbeddedUserAgentLoader and the plugin that
// lib/webengine builds (Qt's plugin idiom: QPluginLoader, an interface IID).
// Not installed: both sides are built from this tree, so the interface can
// change with the library; the SONAME number in the IID (QTSIGNIN_SOVERSION,
// checked where the loader is built) keeps a plugin built for another ABI,
// found on Qt's plugin path, from being taken for ours.

namespace QtSignIn {

class UserAgent;

class UserAgentFactoryInterface
{
public:
    virtual ~UserAgentFactoryInterface() = default;
    /// A new user agent owned by `parent`.
    virtual UserAgent *create(QObject *parent) = 0;
};

} // namespace QtSignIn

#define QtSignIn_UserAgentFactoryInterface_iid "io.github.qtsignin.UserAgentFactoryInterface/1"
Q_DECLARE_INTERFACE(QtSignIn::UserAgentFactoryInterface, QtSignIn_UserAgentFactoryInterface_iid)
