// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The embedded agents' hand-off of a caught redirect to the sign-in's
// UserAgentSession (RedirectHandOff, internal to QtSignIn::WebEngine and
// the Qt Quick window), with real sessions and no Qt WebEngine.
#include "RedirectHandOff.h"
#include "UserAgentSession_p.h"

#include <QtSignIn/SignInError.h>

#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QUrl redirectUri(QStringLiteral("http://127.0.0.1:8400/callback"));

QUrl redirectWith(const QString &query)
{
    QUrl redirect = redirectUri;
    redirect.setQuery(query);
    return redirect;
}

} // namespace

class tst_RedirectHandOff : public QObject
{
    Q_OBJECT

private slots:
    void acceptedResponseIsTakenOnce();
    void refusedResponseLeavesTheSignInWaiting();
    void signInEndingInsideResumeIsEnded();
    void nextSignInStartedInsideResumeTakesItsOwnRedirect();
};

void tst_RedirectHandOff::acceptedResponseIsTakenOnce()
{
    int judged = 0;
    UserAgentSessionPrivate::Handlers handlers;
    handlers.resume = [&judged](const QUrl &) {
        ++judged;
        return true;
    };
    RedirectHandOff handOff;
    handOff.open();
    handOff.setSession(UserAgentSessionPrivate::create(redirectUri, handlers, this));

    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("code=a&state=s"))), RedirectHandOff::Outcome::Accepted);
    // The interceptor and the page both catch it; another one comes after.
    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("code=a&state=s"))), RedirectHandOff::Outcome::Ignored);
    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("code=b&state=s"))), RedirectHandOff::Outcome::Ignored);
    QCOMPARE(judged, 1);
}

void tst_RedirectHandOff::refusedResponseLeavesTheSignInWaiting()
{
    UserAgentSessionPrivate::Handlers handlers;
    handlers.resume = [](const QUrl &redirect) {
        return QUrlQuery(redirect).queryItemValue(QStringLiteral("state")) == QStringLiteral("ours");
    };
    RedirectHandOff handOff;
    handOff.open();
    handOff.setSession(UserAgentSessionPrivate::create(redirectUri, handlers, this));

    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("code=a&state=other"))), RedirectHandOff::Outcome::Refused);
    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("code=a&state=ours"))), RedirectHandOff::Outcome::Accepted);
}

void tst_RedirectHandOff::signInEndingInsideResumeIsEnded()
{
    UserAgentSession *session = nullptr;
    UserAgentSessionPrivate::Handlers handlers;
    handlers.resume = [&session](const QUrl &) {
        UserAgentSessionPrivate::get(session)->complete(
                SignInError(SignInError::AuthorizationFailed, QStringLiteral("access_denied")));
        return true;
    };
    session = UserAgentSessionPrivate::create(redirectUri, handlers, this);
    RedirectHandOff handOff;
    handOff.open();
    handOff.setSession(session);

    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("error=access_denied&state=s"))),
             RedirectHandOff::Outcome::Ended);
}

// A redirect with error=access_denied fails the sign-in inside resume(); the
// app, told so there, starts the next sign-in on the same agent (prepare()
// and present() after the old one's dismiss()). The old answer must not
// count as the new sign-in's response, or it would wait for its timeout.
void tst_RedirectHandOff::nextSignInStartedInsideResumeTakesItsOwnRedirect()
{
    RedirectHandOff handOff;
    int nextJudged = 0;
    UserAgentSessionPrivate::Handlers nextHandlers;
    nextHandlers.resume = [&nextJudged](const QUrl &) {
        ++nextJudged;
        return true;
    };
    UserAgentSession *first = nullptr;
    UserAgentSession *next = nullptr;
    UserAgentSessionPrivate::Handlers firstHandlers;
    firstHandlers.resume = [&](const QUrl &) {
        UserAgentSessionPrivate::get(first)->complete(
                SignInError(SignInError::AuthorizationFailed, QStringLiteral("access_denied")));
        handOff.close();
        handOff.open();
        next = UserAgentSessionPrivate::create(redirectUri, nextHandlers, this);
        handOff.setSession(next);
        return true;
    };
    first = UserAgentSessionPrivate::create(redirectUri, firstHandlers, this);
    handOff.open();
    handOff.setSession(first);

    // The old sign-in's window is gone: nothing to tell, and not "finishing".
    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("error=access_denied&state=first"))),
             RedirectHandOff::Outcome::Ended);
    QVERIFY(next);
    QVERIFY(handOff.isOpen());
    QCOMPARE(handOff.session(), next);

    QCOMPARE(handOff.handOff(redirectWith(QStringLiteral("code=c&state=next"))), RedirectHandOff::Outcome::Accepted);
    QCOMPARE(nextJudged, 1);
}

QTEST_GUILESS_MAIN(tst_RedirectHandOff)
#include "tst_redirect_hand_off.moc"
