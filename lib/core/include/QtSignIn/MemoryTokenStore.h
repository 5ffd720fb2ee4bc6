// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/TokenStore.h>

#include <memory>

namespace QtSignIn {

class MemoryTokenStorePrivate;

/// Keeps the token cache for the life of this object only: nothing survives
/// the process. For tests, kiosks and apps that must not persist tokens.
class QTSIGNIN_CORE_EXPORT MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit MemoryTokenStore(QObject *parent = nullptr);
    ~MemoryTokenStore() override;

    QString sharedIdentity() const override { return QString(); }
    Kind kind() const override { return Kind::Memory; }

protected:
    void startRead(TokenStoreJob *job) override;
    void startWrite(TokenStoreJob *job, const QByteArray &document) override;
    void startClear(TokenStoreJob *job) override;

private:
    std::unique_ptr<MemoryTokenStorePrivate> d;
};

} // namespace QtSignIn
