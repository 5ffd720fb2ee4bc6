// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ConsentPage.h"

#include "PageLayout.h"

#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

ConsentPage::ConsentPage(const QtSignIn::Branding &branding, const ScopeCatalogue &catalogue,
                         const QString &providerHost, QWidget *parent)
    : QWidget(parent), m_branding(branding), m_catalogue(catalogue), m_providerHost(providerHost)
{
    setObjectName(QStringLiteral("consentPage"));
    m_heading = PageLayout::heading(QString(), this);
    m_heading->setObjectName(QStringLiteral("consentHeading"));
    m_list = new QWidget(this);
    m_list->setObjectName(QStringLiteral("permissionList"));
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_note = PageLayout::paragraph(QString(), this);
    PageLayout::soften(m_note);

    m_continue = new QPushButton(tr("Continue"), this);
    m_continue->setObjectName(QStringLiteral("consentContinue"));
    m_continue->setDefault(true);
    PageLayout::makePrimary(m_continue, branding);
    auto *back = new QPushButton(tr("Not now"), this);
    back->setObjectName(QStringLiteral("consentBack"));
    connect(m_continue, &QPushButton::clicked, this, &ConsentPage::accepted);
    connect(back, &QPushButton::clicked, this, &ConsentPage::declined);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(m_continue, 1);
    auto *layout = PageLayout::centred(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(m_note);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(buttons);
}

void ConsentPage::showScopes(const QStringList &scopes, bool extra)
{
    m_scopes = ScopeCatalogue::shown(scopes);
    m_heading->setText(extra ? tr("%1 needs one more permission").arg(m_branding.name())
                             : tr("%1 will ask for these permissions").arg(m_branding.name()));
    m_note->setText(extra ? tr("%1 asks for it only now, when you use the feature that needs it. "
                               "%2 will ask you to allow it; you can say no and keep using everything else.")
                                    .arg(m_branding.name(), m_providerHost)
                          : tr("%1 will ask you to allow them. You can sign out at any time, and "
                               "%2 asks for more only when a feature needs it.")
                                    .arg(m_providerHost, m_branding.name()));
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &scope : std::as_const(m_scopes)) {
        auto *line = new QWidget(m_list);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto *row = new QLabel(QStringLiteral("\u2714  ") + m_catalogue.describe(scope), line);
        row->setObjectName(QStringLiteral("permission:") + scope);
        row->setTextFormat(Qt::PlainText);
        row->setWordWrap(true);
        row->setToolTip(tr("Scope: %1").arg(scope));
        row->setAccessibleDescription(scope);
        // The technical name, for the curious and for developers: shown, not
        // only on hover, which neither the keyboard nor a touch screen reaches.
        auto *technical = new QLabel(scope, line);
        technical->setObjectName(QStringLiteral("scope:") + scope);
        technical->setTextFormat(Qt::PlainText);
        QFont small = technical->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        technical->setFont(small);
        technical->setAccessibleName(tr("Scope: %1").arg(scope));
        lineLayout->addWidget(row, 1);
        lineLayout->addWidget(technical, 0, Qt::AlignRight | Qt::AlignVCenter);
        m_listLayout->addWidget(line);
    }
    m_continue->setText(extra ? tr("Continue to %1").arg(m_providerHost) : tr("Continue"));
}

QStringList ConsentPage::listedDescriptions() const
{
    QStringList list;
    for (const QString &scope : m_scopes)
        list << m_catalogue.describe(scope);
    return list;
}

QStringList ConsentPage::listedScopes() const
{
    return m_scopes;
}

QWidget *ConsentPage::mainAction() const
{
    return m_continue;
}
