// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/TokenStoreJob.h>

#include "TokenStore_p.h"

namespace QtSignIn {

TokenStoreJob::TokenStoreJob(Call call) : d(std::make_unique<TokenStoreJobPrivate>())
{
    d->call = call;
}

TokenStoreJob::~TokenStoreJob()
{
    if (d->queue)
        d->queue->forget(this);
}

TokenStoreJob::Call TokenStoreJob::call() const
{
    return d->call;
}

bool TokenStoreJob::isFinished() const
{
    return d->finished;
}

QByteArray TokenStoreJob::document() const
{
    return d->finished ? d->document : QByteArray();
}

SignInError TokenStoreJob::error() const
{
    return d->finished ? d->error : SignInError();
}

bool TokenStoreJob::autoDelete() const
{
    return d->autoDelete;
}

void TokenStoreJob::setAutoDelete(bool autoDelete)
{
    d->autoDelete = autoDelete;
}

} // namespace QtSignIn
