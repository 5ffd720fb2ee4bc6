// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "QmlAccountListModel.h"

#include "QmlValues.h"

#include <algorithm>

QmlAccountListModel::QmlAccountListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int QmlAccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant QmlAccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QtSignIn::Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return account.username().isEmpty() ? account.displayName() : account.username();
    case AccountIdRole:
        return account.id();
    case UsernameRole:
        return account.username();
    case DisplayNameRole:
        return account.displayName();
    case SubjectRole:
        return account.subject();
    case TenantIdRole:
        return account.tenantId();
    case IssuerRole:
        return account.issuer();
    case AccountRole:
        return QmlValues::fromAccount(account);
    }
    return {};
}

QHash<int, QByteArray> QmlAccountListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {AccountIdRole, "accountId"},
        {UsernameRole, "username"},
        {DisplayNameRole, "displayName"},
        {SubjectRole, "subject"},
        {TenantIdRole, "tenantId"},
        {IssuerRole, "issuer"},
        {AccountRole, "account"},
    };
}

QVariantMap QmlAccountListModel::get(int row) const
{
    if (row < 0 || row >= m_accounts.size())
        return {};
    return QmlValues::fromAccount(m_accounts.at(row));
}

int QmlAccountListModel::indexOf(const QString &accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id() == accountId)
            return row;
    }
    return -1;
}

QtSignIn::Account QmlAccountListModel::account(const QString &accountId) const
{
    const int row = indexOf(accountId);
    return row < 0 ? QtSignIn::Account() : m_accounts.at(row);
}

void QmlAccountListModel::setAccounts(const QList<QtSignIn::Account> &accounts)
{
    const int countBefore = rowCount();
    // Rows that went, from the last, so that earlier rows keep their numbers.
    for (int row = int(m_accounts.size()) - 1; row >= 0; --row) {
        const QString id = m_accounts.at(row).id();
        const bool stays = std::any_of(accounts.cbegin(), accounts.cend(),
                                       [&id](const QtSignIn::Account &a) { return a.id() == id; });
        if (!stays) {
            beginRemoveRows({}, row, row);
            m_accounts.removeAt(row);
            endRemoveRows();
        }
    }
    // Rows that stay take the cache's latest (a refreshed name); new ones go last.
    for (const QtSignIn::Account &account : accounts) {
        const int row = indexOf(account.id());
        if (row >= 0) {
            m_accounts[row] = account;
            Q_EMIT dataChanged(index(row), index(row));
        } else {
            const int end = rowCount();
            beginInsertRows({}, end, end);
            m_accounts.append(account);
            endInsertRows();
        }
    }
    if (rowCount() != countBefore)
        Q_EMIT countChanged();
}
