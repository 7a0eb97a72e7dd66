#pragma once

#include "panes/panesection.h"

#include "core/apierror.h"

#include <QList>
#include <QPair>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class BusyIndicator;
class CollectionStateView;
class KeypairGenerateDialog;
class KeypairImportDialog;
class KeypairStore;
class KeypairsModel;
class MessageBanner;
struct Keypair;

//! The Key pairs tab: a searchable, sortable, multi-select table of the user's key pairs, with
//! import (file or paste), local generation (ssh-keygen) and deletion after a confirmation that
//! names what goes. Lists them each time the tab becomes visible; only differences reach the table.
class KeypairsSection final : public PaneSection
{
    Q_OBJECT

public:
    explicit KeypairsSection(QWidget* parent = nullptr);
    ~KeypairsSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    KeypairStore* store() const;
    KeypairsModel* model() const;
    QTableView* view() const;
    QLineEdit* searchField() const;
    //! The names of the selected rows, in the order shown.
    QStringList selectedNames() const;

    //! Opens the import dialog (window-modal, not waited for) and returns it.
    KeypairImportDialog* importKeypair();
    //! Opens the generate dialog (window-modal, not waited for) and returns it.
    KeypairGenerateDialog* generateKeypair();
    //! Asks to delete the selected key pairs; returns the question (nullptr when none is selected).
    QMessageBox* deleteSelected();
    //! Asks to delete these key pairs, naming them; deletes them only if the user accepts.
    QMessageBox* confirmDelete(const QStringList& names);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void updateActions();
    void showError(const ApiError& error);
    void added(const Keypair& keypair, const QString& note);
    void deletionsFinished();
    void copyPublicKey();

    KeypairStore* m_store;
    KeypairsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_delete = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_copyAction = nullptr;
    MessageBanner* m_banner = nullptr;
    CollectionStateView* m_states = nullptr;
    QTableView* m_view = nullptr;
    QPointer<Session> m_session;
    QList<QPair<QString, ApiError>> m_deleteErrors;
    bool m_active = false;
    bool m_failed = false;
};

} // namespace zenith
