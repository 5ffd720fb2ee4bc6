// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QObject>

// The contract between EmbeddedUserAgentLoader and the plugin that
// lib/webengine builds (Qt's plugin idiom: QPluginLoader, an interface IID).
// Not installed: both sides are built from this tree, so the interface can
// change with the library; the major version in the IID keeps a plugin of
// another major version from being taken for ours.

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

#define QtSignIn_UserAgentFactoryInterface_iid "io.github.qtsignin.UserAgentFactoryInterface/0"
Q_DECLARE_INTERFACE(QtSignIn::UserAgentFactoryInterface, QtSignIn_UserAgentFactoryInterface_iid)
