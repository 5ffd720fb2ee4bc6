// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/TokenStore.h>

#include <memory>

namespace QtSignIn {

class FileTokenStorePrivate;

/// The token cache in a plain file, for machines without any keychain.
/// WEAKER than the keychain: the tokens are readable by anything that runs as
/// the same user or reads the disk. Only used when the app asks for it.
///
/// The file is created with permissions 0600 (its folder 0700 when we create
/// it) and replaced atomically (QSaveFile), so a full disk or a crash keeps the
/// previous contents.
class QTSIGNIN_CORE_EXPORT FileTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit FileTokenStore(const QString &path, QObject *parent = nullptr);
    ~FileTokenStore() override;

    QString path() const;

    QString sharedIdentity() const override;
    Kind kind() const override { return Kind::File; }

protected:
    void startRead(TokenStoreJob *job) override;
    void startWrite(TokenStoreJob *job, const QByteArray &document) override;
    void startClear(TokenStoreJob *job) override;

private:
    std::unique_ptr<FileTokenStorePrivate> d;
};

} // namespace QtSignIn
