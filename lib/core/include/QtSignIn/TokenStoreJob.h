// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QByteArray>
#include <QtCore/QObject>

#include <memory>

namespace QtSignIn {

class TokenStore;
class TokenStoreJobPrivate;

/// One call to a TokenStore (read(), write() or clear()) and its outcome.
///
/// Every job finishes exactly once, never from inside the call that created
/// it, so connecting to finished() after the call is always in time: with the
/// store's answer, or, should the store be destroyed first, with
/// SignInError::TokenStoreFailed.
///
/// Ownership: nobody owns a job but the job itself. It is no child of its
/// store (it must outlive a store destroyed under it), and it deletes itself
/// (deleteLater()) once finished() has been emitted, as QKeychain::Job does by
/// default. Read the result inside a slot connected to finished(), or call
/// setAutoDelete(false) and delete the job yourself.
class QTSIGNIN_CORE_EXPORT TokenStoreJob : public QObject
{
    Q_OBJECT
public:
    enum class Call {
        Read,  ///< TokenStore::read()
        Write, ///< TokenStore::write()
        Clear, ///< TokenStore::clear()
    };
    Q_ENUM(Call)

    ~TokenStoreJob() override;

    Call call() const;
    bool isFinished() const;

    /// For a read that finished without an error: what is stored, empty when
    /// nothing is (or what is there was unusable; TokenStore::warning() said
    /// so). Always empty for a write or a clear.
    QByteArray document() const;
    /// Why the call failed; no error once it succeeded, or before it finished.
    SignInError error() const;

    /// True by default: the job deletes itself after finished().
    bool autoDelete() const;
    void setAutoDelete(bool autoDelete);

Q_SIGNALS:
    void finished(QtSignIn::TokenStoreJob *job);

private:
    friend class TokenStorePrivate;
    explicit TokenStoreJob(Call call);
    std::unique_ptr<TokenStoreJobPrivate> d;
};

} // namespace QtSignIn
