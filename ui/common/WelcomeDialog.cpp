#include "WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace lianping::ui {

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Welcome to Lianping"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("<h2>廉评 Lianping</h2><p>Keep the registry of integrity units, score them against "
           "their rubric, and carry each unit from self-check to naming.</p>"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const std::pair<Choice, std::pair<QString, QString>> choices[] = {
        {NewDatabase,
         {tr("Create a new database"), tr("An empty file for your office's units and campaigns")}},
        {OpenDatabase, {tr("Open a database"), tr("A .lpdb file you or a colleague made")}},
        {Demo,
         {tr("Try it with demo data"),
          tr("2,000 realistic units over twelve counties, at every step")}}};
    for (const auto& [choice, text] : choices) {
        auto* button = new QCommandLinkButton(text.first, text.second);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice = choice] {
            m_choice = choice;
            accept();
        });
        layout->addWidget(button);
    }
}

} // namespace lianping::ui
