#include "EvidenceActions.h"

#include "core/campaign/Enrollments.h"
#include "core/evidence/EvidenceRepository.h"
#include "ui/common/Ask.h"
#include "ui/common/Session.h"

#include "ui/common/FileDialog.h"
#include <QCoreApplication>

namespace lianping::ui {

QStringList EvidenceActions::chooseFiles(QWidget* parent, const QString& title) {
    return FileDialog::getOpenFileNames(
        parent, title, QString(),
        tr("All files (*);;PDF documents (*.pdf);;Pictures (*.png *.jpg "
           "*.jpeg *.bmp *.gif *.tif *.tiff);;Word and Excel (*.doc "
           "*.docx *.xls *.xlsx *.wps *.et)"));
}

int EvidenceActions::attach(QWidget* parent, Session& session, std::int64_t enrollmentId,
                            const QString& indicator, Step step, const QStringList& files) {
    if (files.isEmpty() || !enrollmentId || !session.isOpen())
        return 0;
    Result<Enrollment> enrollment = Enrollments::findById(session.db(), enrollmentId);
    Result<std::vector<std::int64_t>> added =
        enrollment ? session.addEvidence(*enrollment, indicator, files, step)
                   : Result<std::vector<std::int64_t>>(enrollment.error());
    if (!added) {
        Ask::warn(parent, tr("Evidence not attached"),
                  tr("No file was attached.\n\n%1").arg(added.error().message));
        return 0;
    }
    return static_cast<int>(added->size());
}

QString EvidenceActions::sizeText(qint64 bytes) {
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, static_cast<int>(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QString::number((bytes + 512) / 1024));
    return tr("%1 MB").arg(QString::number(double(bytes) / (1024 * 1024), 'f', 1));
}

QString EvidenceActions::stepText(Step step) {
    switch (step) {
    case Step::Self:
        return tr("Self-check");
    case Step::County:
        return tr("County review");
    case Step::City:
        return tr("City recheck");
    }
    return {};
}

} // namespace lianping::ui
