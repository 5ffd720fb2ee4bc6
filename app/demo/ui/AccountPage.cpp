// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "AccountPage.h"

#include "PageLayout.h"
#include "TokenInspector.h"

#include <QtCore/QJsonArray>
#include <QtGui/QFontDatabase>
#include <QtGui/QAccessible>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>

namespace {

QString claim(const QtSignIn::SignInResult &result, const QString &name)
{
    // userinfo first: it is the provider's current word; the ID token's is
    // from the sign-in.
    const QJsonValue fromUserInfo = result.userInfo().value(name);
    const QJsonValue value = fromUserInfo.isUndefined() ? result.idTokenClaims().value(name) : fromUserInfo;
    if (value.isBool())
        return value.toBool() ? AccountPage::tr("yes") : AccountPage::tr("no");
    return value.toVariant().toString();
}

} // namespace

AccountPage::AccountPage(const QtSignIn::Branding &branding, const DemoConfiguration &configuration,
                         const ScopeCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_configuration(configuration), m_catalogue(catalogue), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("accountPage"));
    m_name = PageLayout::heading(QString(), this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_username = PageLayout::paragraph(QString(), this);
    m_username->setObjectName(QStringLiteral("accountUsername"));
    PageLayout::soften(m_username);

    // Created in the tabs' order: the focus chain is the creation order.
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->setAccessibleName(tr("Account details"));
    m_apiTab = createApiTab(branding);
    m_tabs->addTab(m_apiTab, configuration.apiName);
    m_tabs->addTab(createProfileTab(), tr("Profile and permissions"));
    m_inspector = new TokenInspector(this);
    m_tabs->addTab(m_inspector, tr("Tokens"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_username);
    layout->addWidget(m_tabs, 1);
}

QWidget *AccountPage::createProfileTab()
{
    auto *tab = new QWidget(this);
    m_profile = new QFormLayout;
    m_scopes = new QTableWidget(0, 3, tab);
    m_scopes->setObjectName(QStringLiteral("scopeTable"));
    m_scopes->setHorizontalHeaderLabels({tr("Permission"), tr("Asked for"), tr("Given")});
    m_scopes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scopes->verticalHeader()->hide();
    m_scopes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scopes->setSelectionMode(QAbstractItemView::NoSelection);
    // Tab would otherwise walk the cells and never leave the table (a
    // keyboard trap); the arrow keys still move between cells.
    m_scopes->setTabKeyNavigation(false);
    m_scopes->setAccessibleName(tr("Permissions asked for and given"));
    auto *note = PageLayout::paragraph(tr("Providers may give fewer permissions than asked for; "
                                          "the app works with what it was given."), tab);
    PageLayout::soften(note);
    m_identityNote = PageLayout::paragraph(QString(), tab);
    m_identityNote->setObjectName(QStringLiteral("identityNote"));
    m_identityNote->hide();
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(m_profile);
    layout->addWidget(m_identityNote);
    layout->addWidget(m_scopes, 1);
    layout->addWidget(note);
    return tab;
}

QWidget *AccountPage::createApiTab(const QtSignIn::Branding &branding)
{
    auto *tab = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    bool first = true;
    for (const ApiEndpoint &endpoint : std::as_const(m_configuration.endpoints)) {
        auto *button = new QPushButton(endpoint.title, tab);
        button->setObjectName(QStringLiteral("call:") + endpoint.id);
        button->setToolTip(QStringLiteral("%1 %2").arg(endpoint.method, endpoint.path));
        if (first) {
            PageLayout::makePrimary(button, branding);
            m_firstCall = button;
        }
        first = false;
        const QString id = endpoint.id;
        connect(button, &QPushButton::clicked, this, [this, id] { emit apiCallRequested(id); });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    m_apiStatus = new QLabel(tr("Choose a call. Each one first gets an access token silently: from memory "
                                "while it is valid, else with the refresh token."), tab);
    m_apiStatus->setObjectName(QStringLiteral("apiStatus"));
    // One name, the result as the description: setting it tells a screen
    // reader (DescriptionChanged), which a label's changed text does not.
    m_apiStatus->setAccessibleName(tr("API call result"));
    m_apiStatus->setAccessibleDescription(m_apiStatus->text());
    m_apiStatus->setWordWrap(true);
    m_apiTiming = new QLabel(tab);
    m_apiTiming->setObjectName(QStringLiteral("apiTiming"));
    PageLayout::soften(m_apiTiming);
    m_apiBody = new QPlainTextEdit(tab);
    m_apiBody->setObjectName(QStringLiteral("apiBody"));
    m_apiBody->setReadOnly(true);
    m_apiBody->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_apiBody->setAccessibleName(tr("API response"));
    m_apiBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_apiStatus);
    layout->addWidget(m_apiTiming);
    layout->addWidget(m_apiBody, 1);
    return tab;
}

void AccountPage::setResult(const QtSignIn::SignInResult &result)
{
    const QtSignIn::Account account = result.account();
    const bool fromProfile = account.identityVerification() == QtSignIn::Account::IdentityVerification::ProfileEndpoint;
    const QString provider = m_configuration.providerDisplayName();
    QString name = claim(result, QStringLiteral("name"));
    if (name.isEmpty())
        name = account.displayName();
    m_name->setText(name.isEmpty() ? account.username() : name);
    m_username->setText(account.username());

    while (m_profile->rowCount())
        m_profile->removeRow(0);
    const auto addRow = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *field = new QLabel(value);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_profile->addRow(label, field);
    };
    addRow(tr("Name"), name);
    // A profile endpoint's members are the provider's own (GitHub: login),
    // not OpenID Connect's claims; the account has them by the preset's names.
    addRow(tr("Username"), fromProfile ? account.username() : claim(result, QStringLiteral("preferred_username")));
    addRow(tr("Email"), claim(result, QStringLiteral("email")));
    addRow(tr("Email verified"), claim(result, QStringLiteral("email_verified")));
    addRow(tr("Organisation (tenant)"), account.tenantId());
    if (fromProfile) {
        addRow(tr("Profile source"), tr("%1's profile endpoint, not a signed ID token").arg(provider));
    } else {
        addRow(tr("Issuer"), account.issuer());
        addRow(tr("Profile source"), result.userInfo().isEmpty() ? tr("ID token") : tr("ID token and userinfo"));
    }
    // Said in words, not only in a field: an app must not take this
    // identity as proof for a service of its own (Account::ProfileEndpoint).
    m_identityNote->setVisible(fromProfile);
    m_identityNote->setText(fromProfile ? tr("%1 speaks plain OAuth 2.0 and issues no ID token. Who you are comes "
                                             "from its profile endpoint, asked with the access token: nothing "
                                             "signed vouches for it. It shows who you are at %1; it is no proof "
                                             "of identity for a service of the app's own.").arg(provider)
                                        : QString());

    QStringList scopes = ScopeCatalogue::shown(result.requestedScopes());
    for (const QString &scope : ScopeCatalogue::shown(result.grantedScopes())) {
        if (!scopes.contains(scope))
            scopes << scope;
    }
    m_scopes->setRowCount(int(scopes.size()));
    for (int row = 0; row < scopes.size(); ++row) {
        const QString &scope = scopes.at(row);
        auto *description = new QTableWidgetItem(m_catalogue.describe(scope));
        description->setToolTip(tr("Scope: %1").arg(scope));
        description->setData(Qt::UserRole, scope);
        m_scopes->setItem(row, 0, description);
        m_scopes->setItem(row, 1, new QTableWidgetItem(result.requestedScopes().contains(scope) ? tr("yes") : tr("no")));
        // openid and offline_access are not access-token scopes, so a
        // provider does not list them as granted: a refresh token or ID
        // token is the evidence.
        bool given = result.grantedScopes().contains(scope);
        if (scope == QLatin1String("offline_access"))
            given = given || !result.refreshToken().isEmpty();
        m_scopes->setItem(row, 2, new QTableWidgetItem(given ? tr("yes") : tr("no")));
    }
    m_inspector->setResult(result, provider);
}

void AccountPage::showApiCallStarted(const QString &endpointId)
{
    const ApiEndpoint *endpoint = m_configuration.endpoint(endpointId);
    announceApiStatus(tr("Calling %1\u2026").arg(endpoint ? endpoint->title : endpointId), false);
    m_apiTiming->clear();
    m_apiBody->clear();
}

void AccountPage::showApiResponse(const ApiResponse &response)
{
    const ApiEndpoint *endpoint = m_configuration.endpoint(response.endpointId);
    const QString call = endpoint ? QStringLiteral("%1 %2").arg(endpoint->method, endpoint->path) : response.endpointId;
    if (response.tokenError.isError()) {
        announceApiStatus(tr("%1: no access token (%2)").arg(call, response.tokenError.message()), true);
        m_apiTiming->clear();
        m_apiBody->clear();
        return;
    }
    announceApiStatus(response.status ? tr("%1 \u2192 %2 %3").arg(call, QString::number(response.status), response.reason)
                                      : tr("%1 \u2192 no answer: %2").arg(call, response.reason),
                      response.status == 0 || response.status >= 400);
    const QString source = response.tokenSource == QLatin1String("cache") ? tr("from memory")
                                                                          : tr("refreshed");
    QString timing = tr("Request %1 ms \u00b7 token %2 in %3 ms")
                             .arg(QString::number(response.milliseconds, 'f', 1), source,
                                  QString::number(response.tokenMilliseconds, 'f', 1));
    // A DPoP-bound token (RFC 9449): what makes it useless to anyone who copies it.
    if (response.dpop)
        timing += QStringLiteral(" \u00b7 ") + (response.dpopNonce ? tr("DPoP proof, with the API's nonce") : tr("DPoP proof"));
    m_apiTiming->setText(timing);
    m_apiBody->setPlainText(response.prettyBody());
}

QWidget *AccountPage::mainAction() const
{
    return m_tabs->currentWidget() == m_apiTab && m_firstCall ? m_firstCall : static_cast<QWidget *>(m_tabs);
}

void AccountPage::announceApiStatus(const QString &text, bool failed)
{
    m_apiStatus->setText(text);
    m_apiStatus->setAccessibleDescription(text);
    if (failed) {
        QAccessibleEvent alert(m_apiStatus, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString AccountPage::apiStatusText() const { return m_apiStatus->text(); }
QString AccountPage::apiBodyText() const { return m_apiBody->toPlainText(); }
