// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/EmbeddedUserAgent.h>

#include "UserAgentFactoryInterface_p.h"

#include <QtCore/QObject>

namespace QtSignIn {

// What QtSignIn::EmbeddedUserAgentLoader loads: an EmbeddedUserAgent for
// applications that do not link QtSignIn::WebEngine, so a core-only app
// never loads Qt WebEngine unless the person signs in this way.
class EmbeddedUserAgentPlugin : public QObject, public UserAgentFactoryInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QtSignIn_UserAgentFactoryInterface_iid)
    Q_INTERFACES(QtSignIn::UserAgentFactoryInterface)
public:
    UserAgent *create(QObject *parent) override { return new EmbeddedUserAgent(parent); }
};

} // namespace QtSignIn

#include "EmbeddedUserAgentPlugin.moc"
