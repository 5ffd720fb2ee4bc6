// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "MainWindow.h"

#include "AccountPage.h"
#include "BrandBar.h"
#include "ConsentPage.h"
#include "DevicePage.h"
#include "ErrorBanner.h"
#include "WaitingPage.h"
#include "WelcomePage.h"

#include <QtSignIn/SignInClient.h>

#include <QtGui/QIcon>
#include <QtGui/QScreen>
#include <QtGui/QShortcut>
#include <QtCore/QTimer>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolButton>

using QtSignIn::SignInError;

namespace {

// The pages, sized by the page shown: a plain QStackedWidget is as large as
// its largest page, and in the scroll area every page would then scroll as
// far as the account page does.
class CurrentPageStack : public QStackedWidget
{
public:
    explicit CurrentPageStack(QWidget *parent) : QStackedWidget(parent)
    {
        connect(this, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
    }
    QSize sizeHint() const override { return currentWidget() ? currentWidget()->sizeHint() : QSize(); }
    QSize minimumSizeHint() const override
    {
        return currentWidget() ? currentWidget()->minimumSizeHint() : QSize();
    }
    bool hasHeightForWidth() const override { return currentWidget() && currentWidget()->hasHeightForWidth(); }
    int heightForWidth(int width) const override
    {
        return currentWidget() ? currentWidget()->heightForWidth(width) : -1;
    }
};

} // namespace

MainWindow::MainWindow(DemoSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_catalogue(session->configuration().scopeDescriptions)
{
    const QtSignIn::Branding branding = session->branding();
    const QString providerHost = session->configuration().providerDisplayName();
    setWindowTitle(branding.name());
    setWindowIcon(QIcon(branding.logoPath()));
    const int em = fontMetrics().height();
    // Roomy where there is room, never larger than the screen: at 150 % on a
    // 1280x800 laptop the screen is 853x533 logical pixels.
    QSize size(em * 54, em * 38);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
    // Small enough for that laptop at 200 %; below it nothing reads.
    setMinimumSize(QSize(em * 22, em * 16).boundedTo(size));

    m_brandBar = new BrandBar(branding, this);
    m_accountButton = new QToolButton(m_brandBar);
    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_accountButton->setMenu(new QMenu(m_accountButton));
    // Rebuilt after it closes, never under the person's keys (see
    // rebuildAccountMenu()); from the event loop, because the action chosen
    // is triggered after aboutToHide() and must not be deleted before.
    connect(m_accountButton->menu(), &QMenu::aboutToHide, this, [this] {
        if (m_accountMenuStale)
            QTimer::singleShot(0, this, &MainWindow::rebuildAccountMenu);
    });
    m_accountButton->setAccessibleName(tr("Accounts"));
    // Space opens an instant-popup menu, Return does not: the menu is the
    // only way to switch accounts and sign out, so both keys open it.
    for (const QKeySequence key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})
        new QShortcut(key, m_accountButton, m_accountButton, &QToolButton::showMenu, Qt::WidgetShortcut);
    m_brandBar->setTrailingWidget(m_accountButton);

    m_banner = new ErrorBanner(this);
    m_pages = new CurrentPageStack(this);
    m_welcome = new WelcomePage(branding, providerHost, m_pages);
    m_consent = new ConsentPage(branding, m_catalogue, providerHost, m_pages);
    m_waiting = new WaitingPage(branding, providerHost, m_pages);
    m_device = new DevicePage(branding, providerHost, m_pages);
    m_account = new AccountPage(branding, session->configuration(), m_catalogue, m_pages);
    for (QWidget *page : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_consent),
                          static_cast<QWidget *>(m_waiting), static_cast<QWidget *>(m_device),
                          static_cast<QWidget *>(m_account)})
        m_pages->addWidget(page);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_brandBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(em, em / 2, em, em / 2);
    body->addWidget(m_banner);
    // A page taller or wider than the window scrolls, rather than pushing
    // its last rows (Reveal, the links) off the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    // A Tab stop (the arrow keys scroll a tall page), so it needs a name.
    scroll->setAccessibleName(tr("Page"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pages);
    body->addWidget(scroll, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    // The app's own links, as the provider's pages show them too.
    QStringList links;
    if (branding.hasValidPrivacyUrl())
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(branding.privacyUrl().toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Privacy"));
    if (branding.hasValidTermsUrl())
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(branding.termsUrl().toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Terms of use"));
    auto *linkLabel = new QLabel(links.join(QStringLiteral(" \u00b7 ")), this);
    linkLabel->setObjectName(QStringLiteral("brandLinks"));
    linkLabel->setOpenExternalLinks(true);
    // Reachable with Tab (Enter opens the link), not only with the mouse.
    linkLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    linkLabel->setFocusPolicy(Qt::StrongFocus);
    statusBar()->addPermanentWidget(linkLabel);
    statusBar()->setSizeGripEnabled(false);
    statusBar()->setContentsMargins(0, 0, em / 2, 0);

    connect(m_welcome, &WelcomePage::browserSignInRequested, this, [this] {
        m_addingAccount = false;
        askConsent(DemoSession::Mode::Browser, {});
    });
    connect(m_welcome, &WelcomePage::embeddedSignInRequested, this, [this] {
        m_addingAccount = false;
        askConsent(DemoSession::Mode::Embedded, {});
    });
    connect(m_welcome, &WelcomePage::deviceSignInRequested, this, [this] {
        m_addingAccount = false;
        askConsent(DemoSession::Mode::Device, {});
    });
    // The provider remembers who signed in last, even after a sign-out here.
    connect(m_welcome, &WelcomePage::anotherAccountRequested, this, [this] {
        m_addingAccount = true;
        askConsent(DemoSession::Mode::Browser, {});
    });
    connect(m_consent, &ConsentPage::accepted, this, &MainWindow::consentGiven);
    connect(m_consent, &ConsentPage::declined, this, &MainWindow::showHome);
    connect(m_waiting, &WaitingPage::cancelRequested, m_session, &DemoSession::cancelSignIn);
    connect(m_device, &DevicePage::cancelRequested, m_session, &DemoSession::cancelSignIn);
    connect(m_session, &DemoSession::deviceAuthorizationReceived, m_device, &DevicePage::showAuthorization);
    connect(m_waiting, &WaitingPage::reopenRequested, this, [this] {
        if (!m_session->reopenSignInPage())
            m_banner->showMessage(ErrorBanner::Kind::Warning, tr("Cannot open the page again"),
                                  tr("The browser could not be started. Cancel and try signing in inside the app."));
    });
    connect(m_account, &AccountPage::apiCallRequested, m_session, &DemoSession::callApi);

    connect(m_session, &DemoSession::signInStarted, this, [this](DemoSession::Mode mode) {
        m_banner->hide();
        if (mode == DemoSession::Mode::Device) {
            m_device->showWaitingForCode();
            m_pages->setCurrentWidget(m_device);
            return;
        }
        mode == DemoSession::Mode::Browser ? m_waiting->showForBrowser() : m_waiting->showForEmbedded();
        m_pages->setCurrentWidget(m_waiting);
    });
    connect(m_session, &DemoSession::signedIn, this, [this] {
        m_addingAccount = false;
        showAccount();
    });
    connect(m_session, &DemoSession::signInFailed, this, [this](const SignInError &error) {
        m_addingAccount = false;
        showHome();
        if (error.code() == SignInError::Cancelled)
            return;
        if (m_mode == DemoSession::Mode::Embedded && error.code() == SignInError::UserAgentUnavailable) {
            m_banner->showMessage(ErrorBanner::Kind::Error, tr("Signing in inside the app is not available"),
                                  tr("This installation cannot show the sign-in page itself (Qt WebEngine is "
                                     "missing). Sign in with your browser instead."),
                                  tr("Use the browser"));
            m_mode = DemoSession::Mode::Browser;
            m_bannerAction = [this] { askConsent(m_mode, {}); };
            return;
        }
        m_banner->showError(error, tr("Try again"));
        m_bannerAction = [this] {
            if (!m_extraScopes.isEmpty() && !m_endpointId.isEmpty())
                askConsent(m_mode, m_extraScopes, m_endpointId);
            else
                askConsent(m_mode, {});
        };
    });
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    connect(m_session, &DemoSession::apiCallStarted, m_account, &AccountPage::showApiCallStarted);
    connect(m_session, &DemoSession::apiResponse, this, [this](const ApiResponse &response) {
        m_account->showApiResponse(response);
        // The silent token step can fail: the person's session ended.
        if (response.tokenError.isError() && response.tokenError.code() != SignInError::InteractionRequired)
            m_banner->showError(response.tokenError);
        else if (!response.tokenError.isError() && response.status == 0)
            showApiUnreachable(response);
        else if (m_session->currentAccount().isValid())
            m_account->setResult(m_session->currentResult());
    });
    connect(m_session, &DemoSession::permissionNeeded, this, &MainWindow::offerPermission);
    connect(m_session, &DemoSession::claimsNeedSignIn, this, &MainWindow::offerSignInForClaims);
    connect(m_session, &DemoSession::accountsChanged, this, &MainWindow::rebuildAccountMenu);
    connect(m_session, &DemoSession::currentAccountChanged, this, [this] {
        rebuildAccountMenu();
        if (!m_session->isSigningIn() && m_pages->currentWidget() != m_consent)
            showHome();
    });
    connect(m_session, &DemoSession::profileUpdated, this, [this] {
        if (m_pages->currentWidget() == m_account)
            m_account->setResult(m_session->currentResult());
    });
    connect(m_session, &DemoSession::signedOut, this, [this] {
        // A question for the account that left (a permission to allow)
        // has nobody to answer it any more.
        m_banner->hide();
        m_bannerAction = nullptr;
        m_extraScopes.clear();
        m_endpointId.clear();
        rebuildAccountMenu();
        showHome();
    });
    connect(m_session, &DemoSession::warning, this, [this](const QString &message) {
        m_banner->showMessage(ErrorBanner::Kind::Warning, tr("Something needs your attention"), message);
    });
    rebuildAccountMenu();
    // A new page hides the focused button: focus would otherwise land on
    // whatever follows it in the chain, often on another page.
    // Outside a dialog a push button ignores Return unless it is an
    // auto-default one: every button here answers Return as well as Space.
    const auto buttons = findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        button->setAutoDefault(true);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::focusMainAction);
    showHome();
    focusMainAction();
}

void MainWindow::focusMainAction()
{
    QWidget *page = m_pages->currentWidget();
    QWidget *action = page == m_welcome   ? m_welcome->mainAction()
                    : page == m_consent   ? m_consent->mainAction()
                    : page == m_waiting   ? m_waiting->mainAction()
                    : page == m_device    ? m_device->mainAction()
                                          : m_account->mainAction();
    action->setFocus(Qt::OtherFocusReason);
}

void MainWindow::askConsent(DemoSession::Mode mode, const QStringList &extraScopes, const QString &endpointId)
{
    m_mode = mode;
    m_extraScopes = extraScopes;
    m_endpointId = endpointId;
    m_banner->hide();
    m_consent->showScopes(extraScopes.isEmpty() ? m_session->configuration().signInScopes : extraScopes,
                          !extraScopes.isEmpty());
    m_pages->setCurrentWidget(m_consent);
}

void MainWindow::consentGiven()
{
    if (!m_extraScopes.isEmpty()) {
        m_session->requestPermission(m_endpointId, m_extraScopes, m_mode);
        m_extraScopes.clear();
        return;
    }
    // Adding an account: the provider must ask who, not reuse its session.
    m_session->signIn(m_mode, {}, {}, m_addingAccount ? m_session->configuration().anotherAccountPrompt : QString());
}

void MainWindow::showHome()
{
    if (m_session->currentAccount().isValid())
        showAccount();
    else
        m_pages->setCurrentWidget(m_welcome);
}

void MainWindow::showAccount()
{
    m_account->setResult(m_session->currentResult());
    m_pages->setCurrentWidget(m_account);
}

void MainWindow::offerPermission(const QString &endpointId, const QStringList &scopes)
{
    const ApiEndpoint *endpoint = m_session->configuration().endpoint(endpointId);
    QStringList words;
    for (const QString &scope : scopes)
        words << m_catalogue.describe(scope);
    m_mode = DemoSession::Mode::Browser;
    m_extraScopes = scopes;
    m_endpointId = endpointId;
    m_bannerAction = [this] { askConsent(m_mode, m_extraScopes, m_endpointId); };
    m_banner->showMessage(ErrorBanner::Kind::Question,
                          tr("\u201c%1\u201d needs your permission").arg(endpoint ? endpoint->title : endpointId),
                          tr("%1 may not do this yet. Allow it to: %2.")
                                  .arg(m_session->branding().name(), words.join(QStringLiteral(", "))),
                          tr("Allow\u2026"));
}

// The API's claims challenge needs the person (a second factor, say): the
// question first, as for a permission; the sign-in itself asks no consent of
// this app, the provider does what it must.
void MainWindow::offerSignInForClaims(const QString &endpointId, const QJsonObject &claims)
{
    const ApiEndpoint *endpoint = m_session->configuration().endpoint(endpointId);
    m_mode = DemoSession::Mode::Browser;
    m_bannerAction = [this, endpointId, claims] { m_session->signInForClaims(endpointId, claims, m_mode); };
    m_banner->showMessage(ErrorBanner::Kind::Question,
                          tr("\u201c%1\u201d needs you to sign in again").arg(endpoint ? endpoint->title : endpointId),
                          tr("%1 asks for a stronger sign-in than your current one (for example a second factor). "
                             "Sign in again to go on.").arg(m_session->configuration().apiName),
                          tr("Sign in again\u2026"));
}

void MainWindow::showApiUnreachable(const ApiResponse &response)
{
    const QString api = m_session->configuration().apiName;
    const QString endpointId = response.endpointId;
    m_banner->showMessage(ErrorBanner::Kind::Error, tr("Cannot reach %1").arg(api),
                          tr("%1 did not answer (%2). Check that it is running and that this computer is "
                             "online, then try again.").arg(api, response.reason),
                          tr("Try again"));
    m_bannerAction = [this, endpointId] { m_session->callApi(endpointId); };
}

void MainWindow::rebuildAccountMenu()
{
    QMenu *menu = m_accountButton->menu();
    // Accounts change in the background too (a token refreshed and stored):
    // rebuilt while open, the menu would lose the place of someone moving
    // through it with the keyboard, or a screen reader's.
    if (menu->isVisible()) {
        m_accountMenuStale = true;
        return;
    }
    m_accountMenuStale = false;
    menu->clear();
    const QtSignIn::Account current = m_session->currentAccount();
    const QList<QtSignIn::Account> accounts = m_session->accounts();
    m_accountButton->setVisible(current.isValid());
    m_accountButton->setText(current.isValid()
                                     ? QStringLiteral("%1 \u25be").arg(current.displayName().isEmpty()
                                                                               ? current.username()
                                                                               : current.displayName())
                                     : QString());
    for (const QtSignIn::Account &account : accounts) {
        QAction *action = menu->addAction(QStringLiteral("%1 (%2)").arg(account.displayName(), account.username()));
        action->setObjectName(QStringLiteral("switchTo:") + account.username());
        action->setCheckable(true);
        action->setChecked(account.id() == current.id());
        const QString id = account.id();
        connect(action, &QAction::triggered, this, [this, id] { m_session->setCurrentAccount(id); });
    }
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add another account\u2026"));
    add->setObjectName(QStringLiteral("addAccount"));
    connect(add, &QAction::triggered, this, [this] {
        m_addingAccount = true;
        askConsent(DemoSession::Mode::Browser, {});
    });
    QAction *signOut = menu->addAction(tr("Sign out"));
    signOut->setObjectName(QStringLiteral("signOut"));
    connect(signOut, &QAction::triggered, this, [this] { m_session->signOut(); });
    // Otherwise the provider's own session stays: the next sign-in is this
    // person again without a password.
    QAction *signOutEverywhere = menu->addAction(
            tr("Sign out and end the session at %1").arg(m_session->configuration().providerDisplayName()));
    signOutEverywhere->setObjectName(QStringLiteral("signOutEverywhere"));
    // Not offered where it would do no more than "Sign out" (plain OAuth
    // 2.0 signed in through the system browser).
    signOutEverywhere->setVisible(m_session->canEndProviderSession());
    connect(signOutEverywhere, &QAction::triggered, this, [this] { m_session->signOut(true); });
    QAction *signOutAll = menu->addAction(tr("Sign out of all accounts"));
    signOutAll->setObjectName(QStringLiteral("signOutAll"));
    signOutAll->setEnabled(accounts.size() > 1);
    connect(signOutAll, &QAction::triggered, m_session, &DemoSession::signOutAll);
}
