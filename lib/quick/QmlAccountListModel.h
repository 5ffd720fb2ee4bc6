// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>

#include <QtCore/QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// SignInClient.accounts: the provider's accounts in the token cache, one row
// each, for a ListView, ComboBox or Repeater. Roles: accountId, username,
// displayName, subject, tenantId, issuer, and account (the whole account as
// an object, to pass to acquireTokenSilent() or signOut()).
class QmlAccountListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(AccountListModel)
    QML_UNCREATABLE("SignInClient.accounts is the one account list")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        UsernameRole,
        DisplayNameRole,
        SubjectRole,
        TenantIdRole,
        IssuerRole,
        AccountRole,
    };

    explicit QmlAccountListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The account in `row` as an object (QmlValues::fromAccount()); empty
    /// when there is no such row.
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The row of the account with this id, or -1.
    Q_INVOKABLE int indexOf(const QString &accountId) const;

    QtSignIn::Account account(const QString &accountId) const;
    // Replaces the rows with `accounts`, keeping the views' rows where
    // accounts stay (a sign-in adds one row, a sign-out removes one).
    void setAccounts(const QList<QtSignIn::Account> &accounts);

Q_SIGNALS:
    void countChanged();

private:
    QList<QtSignIn::Account> m_accounts;
};
