#pragma once
// The county review's sub-steps of a campaign as an editable list: add, remove, move up or
// down, rename in place (double click or F2), and back to the six defaults.

#include <QGroupBox>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace lianping::ui {

class ReviewStepsEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit ReviewStepsEditor(QWidget* parent = nullptr);
    void setNames(const QStringList& names);
    QStringList names() const;
    void setReadOnly(bool readOnly);

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QPushButton* defaultsButton() const { return m_defaults; }

public slots:
    void addStep();
    void removeStep();
    void moveStep(int by);
    void restoreDefaults();

private:
    void updateButtons();
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_defaults = nullptr;
    bool m_readOnly = false;
};

} // namespace lianping::ui
