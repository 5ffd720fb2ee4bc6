// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "OptionDefinition.h"

#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace QtSignIn {
class ClientConfiguration;
}

// --provider NAME and the options its preset takes (--tenant, --realm-url,
// --domain, --authorization-server, --audience, --hosted-domain): the
// ClientConfiguration presets on the command line. A new preset is one row
// in ProviderOptions.cpp's table.
namespace ProviderOptions {

// The options, for ClientOptions::definitions().
QList<OptionDefinition> definitions();

// "provider" and the preset options, by their long names: the keys a
// profile remembers them under.
QStringList optionNames();

// The names --provider takes ("microsoft", "google", ...).
QStringList providerNames();

// When --provider is set: `configuration` becomes the preset for it and
// `clientId`, with the preset's options; false and `error` for a provider
// we have no preset for, an option it needs that is missing, or one given
// that is not its own. Without --provider, true and nothing changes.
bool readPreset(const QCommandLineParser &parser, const QString &clientId,
                QtSignIn::ClientConfiguration *configuration, QString *error);

// Whether --provider names a preset that cannot sign in without the app's
// client secret (Google's Desktop app clients).
bool needsClientSecret(const QCommandLineParser &parser);

} // namespace ProviderOptions
