// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The demo's API client against a stand-in server on loopback: the token
// travels in the Authorization header only, a DPoP-bound one with a proof
// of its own per request and the API's nonce when it asks (once), and an
// answer past the size limit fails the call instead of filling memory.

#include "ProtectedApiClient.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

Q_DECLARE_METATYPE(ApiResponse)

namespace {

// Answers every request with `body` (a 200), or with `headers` and `body`
// as given (the last of `answers` again once they run out), and keeps the
// requests it read.
class StandInServer : public QTcpServer
{
public:
    struct Answer
    {
        QByteArray statusLine = "HTTP/1.1 200 OK";
        QByteArray headers;
        QByteArray body;
    };
    explicit StandInServer(const QByteArray &body) : StandInServer(QList<Answer>{{"HTTP/1.1 200 OK", {}, body}}) {}
    explicit StandInServer(const QList<Answer> &answers) : m_answers(answers)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            auto *received = new QByteArray;
            connect(socket, &QObject::destroyed, socket, [received] { delete received; });
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                *received += socket->readAll();
                if (!received->contains("\r\n\r\n"))
                    return;
                requests << *received;
                request = *received;
                const Answer answer = m_answers.at(qMin(requests.size(), m_answers.size()) - 1);
                socket->write(answer.statusLine + "\r\nContent-Type: application/json\r\n" + answer.headers
                              + "Content-Length: " + QByteArray::number(answer.body.size())
                              + "\r\nConnection: close\r\n\r\n");
                socket->write(answer.body);
                socket->disconnectFromHost();
            });
        });
    }
    QByteArray request; // the last one
    QByteArrayList requests;

private:
    QList<Answer> m_answers;
};

ApiResponse call(StandInServer &server,
                 const ApiCredentials &credentials = ApiCredentials::bearer(QtSignIn::Secret(QByteArrayLiteral("the-access-token"))))
{
    QNetworkAccessManager network;
    ProtectedApiClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.serverPort())));
    QSignalSpy finished(&client, &ProtectedApiClient::finished);
    ApiEndpoint endpoint;
    endpoint.id = QStringLiteral("items");
    endpoint.path = QStringLiteral("/items?top=5");
    client.send(endpoint, credentials, ApiResponse());
    if (!finished.wait(20000))
        return {};
    // Once: a second signal would be a second answer to one call.
    QTest::qWait(50);
    return finished.size() == 1 ? finished.constFirst().constFirst().value<ApiResponse>() : ApiResponse();
}

// A DPoP-bound token's credentials whose "proofs" say what they were made
// for, and count how many were made.
ApiCredentials dpopCredentials(int *proofsMade)
{
    ApiCredentials credentials;
    credentials.authorization = QtSignIn::Secret(QByteArrayLiteral("DPoP the-access-token"));
    credentials.dpopProof = [proofsMade](const QByteArray &method, const QUrl &url, const QByteArray &nonce) {
        ++*proofsMade;
        return "proof-" + QByteArray::number(*proofsMade) + "-for-" + method + "-" + url.toEncoded() + "-nonce-" + nonce;
    };
    return credentials;
}

const StandInServer::Answer askForNonce{
        "HTTP/1.1 401 Unauthorized",
        "WWW-Authenticate: DPoP realm=\"api\", error=\"use_dpop_nonce\", error_description=\"a nonce, please\", "
        "algs=\"ES256\"\r\nDPoP-Nonce: the-api-nonce\r\n",
        "{\"error\":\"use_dpop_nonce\"}"};

} // namespace

class tst_ProtectedApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenInTheHeaderOnly()
    {
        StandInServer server(QByteArrayLiteral("{\"items\":[]}"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ApiResponse response = call(server);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArrayLiteral("{\"items\":[]}"));
        QVERIFY(server.request.startsWith("GET /api/items?top=5 HTTP/1.1\r\n"));
        QVERIFY(server.request.contains("\r\nAuthorization: Bearer the-access-token\r\n"));
        QCOMPARE(server.request.count("the-access-token"), 1);
    }

    void aDpopBoundTokenGoesWithAProofForThisRequest()
    {
        StandInServer server(QByteArrayLiteral("{\"items\":[]}"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int proofsMade = 0;
        const ApiResponse response = call(server, dpopCredentials(&proofsMade));
        QCOMPARE(response.status, 200);
        QVERIFY(response.dpop);
        QVERIFY(!response.dpopNonce);
        QCOMPARE(proofsMade, 1);
        QVERIFY2(server.request.contains("\r\nAuthorization: DPoP the-access-token\r\n"), server.request.constData());
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(server.serverPort()) + "/api/items?top=5";
        QVERIFY2(server.request.contains("\r\nDPoP: proof-1-for-GET-" + url + "-nonce-\r\n"), server.request.constData());
    }

    void aBearerTokenGoesWithoutAProof()
    {
        StandInServer server(QByteArrayLiteral("{}"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ApiResponse response = call(server);
        QCOMPARE(response.status, 200);
        QVERIFY(!response.dpop);
        QVERIFY(!server.request.toLower().contains("\r\ndpop:"));
    }

    // RFC 9449 §9: the API's nonce goes into a new proof, and the request
    // is made once more.
    void aNonceChallengeIsAnsweredWithANewProof()
    {
        StandInServer server(QList<StandInServer::Answer>{askForNonce, {"HTTP/1.1 200 OK", {}, "{\"items\":[]}"}});
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int proofsMade = 0;
        const ApiResponse response = call(server, dpopCredentials(&proofsMade));
        QCOMPARE(response.status, 200);
        QVERIFY(response.dpop);
        QVERIFY(response.dpopNonce);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY2(server.requests.at(1).contains("DPoP: proof-2-for-GET-"), server.requests.at(1).constData());
        QVERIFY2(server.requests.at(1).contains("-nonce-the-api-nonce\r\n"), server.requests.at(1).constData());
    }

    // An API that asks again after getting its nonce is not asked forever.
    void aSecondNonceChallengeIsShownNotAnswered()
    {
        StandInServer server(QList<StandInServer::Answer>{askForNonce});
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int proofsMade = 0;
        const ApiResponse response = call(server, dpopCredentials(&proofsMade));
        QCOMPARE(response.status, 401);
        QVERIFY(response.dpopNonce);
        QCOMPARE(response.challenge.errorCode(), QStringLiteral("use_dpop_nonce"));
        QCOMPARE(server.requests.size(), 2);
    }

    // A Bearer token's 401 with a DPoP-Nonce is not a reason to call again,
    // and a nonce outside 1*NQCHAR is never put into a proof.
    void aNonceIsTakenOnlyForADpopCallAndOnlyWhenWellFormed()
    {
        StandInServer bearerServer(QList<StandInServer::Answer>{askForNonce, {"HTTP/1.1 200 OK", {}, "{}"}});
        QVERIFY(bearerServer.listen(QHostAddress::LocalHost));
        QCOMPARE(call(bearerServer).status, 401);
        QCOMPARE(bearerServer.requests.size(), 1);

        StandInServer::Answer badNonce = askForNonce;
        badNonce.headers.replace("DPoP-Nonce: the-api-nonce", "DPoP-Nonce: two words");
        StandInServer badServer(QList<StandInServer::Answer>{badNonce, {"HTTP/1.1 200 OK", {}, "{}"}});
        QVERIFY(badServer.listen(QHostAddress::LocalHost));
        int proofsMade = 0;
        QCOMPARE(call(badServer, dpopCredentials(&proofsMade)).status, 401);
        QCOMPARE(badServer.requests.size(), 1);
        QCOMPARE(proofsMade, 1);
    }

    void oversizedAnswerFailsTheCall()
    {
        StandInServer server(QByteArray(ProtectedApiClient::maximumBodySize + 4096, 'x'));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ApiResponse response = call(server);
        QCOMPARE(response.status, 0);
        QVERIFY(response.body.isEmpty());
        QVERIFY2(response.reason.contains(QStringLiteral("1024 KiB")), qPrintable(response.reason));
    }
};

QTEST_GUILESS_MAIN(tst_ProtectedApiClient)
#include "tst_protected_api_client.moc"
