// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/TestUser.h>

namespace QtSignIn {

class TestUserData : public QSharedData
{
public:
    QString subject;
    QString username;
    QString name;
    QString email;
};

TestUser::TestUser() : d(new TestUserData) {}

TestUser::TestUser(const QString &subject, const QString &username, const QString &name, const QString &email)
    : d(new TestUserData)
{
    d->subject = subject;
    d->username = username;
    d->name = name;
    d->email = email;
}

TestUser::TestUser(const TestUser &other) = default;
TestUser::TestUser(TestUser &&other) noexcept = default;
TestUser &TestUser::operator=(const TestUser &other) = default;
TestUser &TestUser::operator=(TestUser &&other) noexcept = default;
TestUser::~TestUser() = default;

bool TestUser::isValid() const { return !d->subject.isEmpty(); }
QString TestUser::subject() const { return d->subject; }
void TestUser::setSubject(const QString &subject) { d->subject = subject; }
QString TestUser::username() const { return d->username; }
void TestUser::setUsername(const QString &username) { d->username = username; }
QString TestUser::name() const { return d->name; }
void TestUser::setName(const QString &name) { d->name = name; }
QString TestUser::email() const { return d->email; }
void TestUser::setEmail(const QString &email) { d->email = email; }

bool operator==(const TestUser &a, const TestUser &b)
{
    return a.d == b.d
            || (a.d->subject == b.d->subject && a.d->username == b.d->username && a.d->name == b.d->name
                && a.d->email == b.d->email);
}

} // namespace QtSignIn
