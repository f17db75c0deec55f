#include "PayloadLines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lianping {

Result<std::unique_ptr<PayloadLines>>
PayloadLines::open(const PackageFile& file, const QByteArray& passphrase, const QString& source) {
    auto lines = std::make_unique<PayloadLines>();
    if (file.format >= 2) {
        Result<QByteArray> plain = file.decrypted(passphrase, source);
        if (!plain)
            return plain.error();
        lines->m_reader = std::make_unique<PayloadReader>(std::move(*plain));
        return lines;
    }
    Result<QJsonObject> payload = file.open(passphrase, source);
    if (!payload)
        return payload.error();
    const QJsonArray records = payload->take(QStringLiteral("records")).toArray();
    const QJsonArray history = payload->take(QStringLiteral("history")).toArray();
    if (payload->value(QStringLiteral("version")).toInt() == 1)
        payload->insert(QStringLiteral("version"), 2); // the same content, in one piece
    lines->m_lines.push_back(QJsonDocument(*payload).toJson(QJsonDocument::Compact));
    for (const QJsonValue& record : records)
        lines->m_lines.push_back(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact));
    for (const QJsonValue& row : history)
        lines->m_lines.push_back(QJsonDocument(row.toArray()).toJson(QJsonDocument::Compact));
    lines->m_lines.push_back(
        QJsonDocument(QJsonObject{{QStringLiteral("end"),
                                   QJsonObject{{QStringLiteral("records"), records.size()},
                                               {QStringLiteral("history"), history.size()}}}})
            .toJson(QJsonDocument::Compact));
    return lines;
}

std::optional<QByteArray> PayloadLines::next() {
    if (m_reader)
        return m_reader->nextLine();
    if (m_lines.empty())
        return std::nullopt;
    QByteArray line = std::move(m_lines.front());
    m_lines.pop_front();
    return line;
}

bool PayloadLines::failed() const {
    return m_reader && m_reader->failed();
}

} // namespace lianping
