#pragma once
// File › Exchange: this office's key (export, trust another's), export a package, import one
// with a preview first, and the conflicts list. Long work runs on a worker thread with its
// own connection.

#include "core/common/Result.h"
#include "core/exchange/PackageImporter.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace lianping::ui {

class Session;

class ExchangeMenu : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        std::function<void(const QString& title, const QString& message)> error;
        std::function<void(const QString& message)> status;
    };
    ExchangeMenu(QMenu* menu, Session& session, QWidget* window, Hooks hooks);

    // The import in two steps: what it would do (nothing stored), then for real.
    static Result<ImportReport> runImport(QWidget* parent, Session& session, const QString& path,
                                          const QByteArray& passphrase, bool dryRun,
                                          bool showProgress = true);

public slots:
    void exportPackage();
    void importPackage();
    void showConflicts();
    void exportKey();
    void trustKey();

public:
    // Shows the key's office and fingerprint, asks, then trusts it (trustKey once a file is
    // chosen); false when refused or not confirmed.
    bool trustKeyFile(const QByteArray& bytes, const QString& source);

private:
    bool ready() const;
    Session& m_session;
    QWidget* m_window;
    Hooks m_hooks;
};

} // namespace lianping::ui
