// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_test_global.h>

#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

namespace QtSignIn {

class TestUserData;

/// A person who can sign in at a TestProvider: the `sub` of the tokens it
/// issues, and the profile claims of the ID token and of userinfo
/// (`preferred_username`, `name`, `email`).
class QTSIGNIN_TEST_EXPORT TestUser
{
public:
    TestUser();
    TestUser(const QString &subject, const QString &username, const QString &name, const QString &email);
    TestUser(const TestUser &other);
    TestUser(TestUser &&other) noexcept;
    TestUser &operator=(const TestUser &other);
    TestUser &operator=(TestUser &&other) noexcept;
    ~TestUser();

    void swap(TestUser &other) noexcept { d.swap(other.d); }

    /// False for a default-constructed user (no subject).
    bool isValid() const;

    QString subject() const;
    void setSubject(const QString &subject);
    /// `preferred_username`, which QtSignIn::Account::username() shows.
    QString username() const;
    void setUsername(const QString &username);
    QString name() const;
    void setName(const QString &name);
    QString email() const;
    void setEmail(const QString &email);

    friend QTSIGNIN_TEST_EXPORT bool operator==(const TestUser &a, const TestUser &b);
    friend bool operator!=(const TestUser &a, const TestUser &b) { return !(a == b); }

private:
    QSharedDataPointer<TestUserData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::TestUser)
