// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Loaded by tst_quick_module.cpp.
import QtSignIn
SignInClient {
    authority: "https://login.example.com"
    clientId: "notes"
    scopes: ["profile", "notes.read"]
    tokenStore: SignInClient.Memory
    protocol: SignInClient.OAuth2
    branding.name: "Contoso Notes"
    branding.accentColor: "#0b6e4f"
}
