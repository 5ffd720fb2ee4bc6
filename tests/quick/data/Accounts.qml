// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Loaded by tst_quick_module.cpp.
import QtSignIn
SignInClient { clientId: "notes"; authority: "https://login.example.com"; tokenStore: SignInClient.Memory }
