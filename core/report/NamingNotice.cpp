#include "NamingNotice.h"

#include "core/campaign/CampaignRepository.h"
#include "core/common/CoreText.h"
#include "core/report/DocumentNumber.h"
#include "core/report/OfficialWriter.h"
#include "core/report/PdfFile.h"

#include <QDate>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace lianping {

namespace {

const QString defaultAddressees = QStringLiteral("各县（区）纪委监委，市直各部门");

QString issuerOrBlank(const QString& issuer) {
    return issuer.trimmed().isEmpty() ? QStringLiteral("（发文机关）") : issuer.trimmed();
}

void paintDecision(OfficialWriter& writer, const NamingList& list, const NamingDecision& decision,
                   const NoticeSettings& settings) {
    using Align = OfficialBlock::Align;
    const QDate decided = QDate::fromString(decision.decidedOn, Qt::ISODate);
    const int documentYear = decided.isValid() ? decided.year() : list.year;
    const QString issuer = issuerOrBlank(settings.issuer);
    const QString date = decided.isValid() ? DocumentNumber::date(decided) : decision.decidedOn;
    const QString listTitle = QStringLiteral("%1年度廉洁细胞命名名单").arg(list.year);
    QString first;
    for (const NamingGroup& group : decision.groups)
        if (!group.units.empty()) {
            first = group.units.front().name;
            break;
        }

    writer.startDocument();
    // 版头: the mark, the number two lines under it, the red rule 4 mm under the number.
    writer.add(OfficialBlock::of(OfficialRole::Mark, NamingNotice::mark(settings.issuer)));
    writer.add(OfficialBlock::of(
        OfficialRole::DocNumber,
        DocumentNumber::format(decision.decision, settings.docPrefix, documentYear), Align::Centre,
        0, 0, 2));
    writer.add(OfficialBlock::of(OfficialRole::Rule, {}));
    // 主体
    writer.add(OfficialBlock::of(OfficialRole::Title,
                                 QStringLiteral("关于命名%1年度廉洁细胞的通知").arg(list.year),
                                 Align::Centre, 0, 0, 2));
    const QString addressees =
        settings.addressees.trimmed().isEmpty() ? defaultAddressees : settings.addressees.trimmed();
    writer.add(OfficialBlock::of(OfficialRole::Text, addressees + QStringLiteral("："), Align::Left,
                                 0, 0, 1));
    writer.add(OfficialBlock::of(
        OfficialRole::Text,
        QStringLiteral("根据廉洁细胞建设考评办法，经单位自评申报、县区考评验收、市级复核，"
                       "决定命名%1等%2个单位为%3年度廉洁细胞（名单见附件）。")
            .arg(first)
            .arg(decision.units())
            .arg(list.year),
        Align::Left, 2));
    writer.add(OfficialBlock::of(
        OfficialRole::Text,
        QStringLiteral("希望被命名单位珍惜荣誉、巩固成果，持续发挥示范带动作用。命名实行"
                       "动态管理，对出现问题的单位将按规定撤销命名。"),
        Align::Left, 2));
    writer.add(OfficialBlock::of(OfficialRole::Text, QStringLiteral("附件：") + listTitle,
                                 Align::Left, 2, 0, 1));
    // Issued with a seal: the date four characters in from the right, the office centred over it.
    OfficialBlock signature = OfficialBlock::of(OfficialRole::Text, issuer, Align::Right, 0, 4, 2);
    signature.centreOver = date;
    writer.add(signature);
    writer.add(OfficialBlock::of(OfficialRole::Text, date, Align::Right, 0, 4));

    // 附件: on a page of its own, "附件" in 黑体 on the first line, the title on the third.
    OfficialBlock label = OfficialBlock::of(OfficialRole::Heading, QStringLiteral("附件"));
    label.newPage = true;
    writer.add(label);
    writer.add(OfficialBlock::of(OfficialRole::Title, listTitle, Align::Centre, 0, 0, 1));
    int typeIndex = 0;
    int countyIndex = 0;
    QString currentType;
    for (std::size_t g = 0; g < decision.groups.size(); ++g) {
        const NamingGroup& group = decision.groups[g];
        if (group.typeName != currentType) {
            currentType = group.typeName;
            countyIndex = 0;
            std::size_t count = 0;
            for (std::size_t other = g;
                 other < decision.groups.size() && decision.groups[other].typeName == currentType;
                 ++other)
                count += decision.groups[other].units.size();
            ++typeIndex;
            OfficialBlock heading =
                OfficialBlock::of(OfficialRole::Heading,
                                  QStringLiteral("%1、%2（%3个）")
                                      .arg(DocumentNumber::chineseNumber(typeIndex), currentType)
                                      .arg(count),
                                  Align::Left, 2, 0, typeIndex == 1 ? 1 : 0);
            heading.keepWithNext = true;
            writer.add(heading);
        }
        ++countyIndex;
        OfficialBlock county =
            OfficialBlock::of(OfficialRole::Subheading,
                              QStringLiteral("（%1）%2（%3个）")
                                  .arg(DocumentNumber::chineseNumber(countyIndex), group.county)
                                  .arg(group.units.size()),
                              Align::Left, 2);
        county.keepWithNext = true;
        writer.add(county);
        QStringList names;
        names.reserve(static_cast<qsizetype>(group.units.size()));
        for (const NamedUnit& unit : group.units)
            names << unit.name;
        writer.add(OfficialBlock::of(OfficialRole::Text, names.join(QStringLiteral("、")),
                                     Align::Left, 2));
    }
}

} // namespace

QString NamingNotice::mark(const QString& issuer) {
    const QString name = issuerOrBlank(issuer);
    return name.endsWith(QStringLiteral("文件")) ? name : name + QStringLiteral("文件");
}

Result<NamingList> NamingNotice::load(Database& db, int year, const QString& decision) {
    Result<NamingList> list = NamingList::load(db, year, false);
    if (!list)
        return list;
    if (list->decisions.empty())
        return fail(CoreText::tr("no unit of %1 has been named yet: name units first (Naming "
                                 "screen, or `name %1 --decision NO --date DATE UNIT…`)")
                        .arg(year));
    if (decision.trimmed().isEmpty())
        return list;
    QStringList known;
    for (NamingDecision& each : list->decisions) {
        if (each.decision == decision.trimmed()) {
            NamingDecision only = std::move(each);
            list->decisions.clear();
            list->decisions.push_back(std::move(only));
            return list;
        }
        known << each.decision;
    }
    return fail(CoreText::tr("%1 has no naming decision %2; its decisions are: %3")
                    .arg(year)
                    .arg(decision.trimmed(), known.join(QStringLiteral(", "))));
}

int NamingNotice::paint(QPainter& painter, QPagedPaintDevice& device, const NamingList& list,
                        const NoticeSettings& settings) {
    OfficialWriter writer(painter, device);
    for (const NamingDecision& decision : list.decisions)
        paintDecision(writer, list, decision, settings);
    writer.finish();
    return writer.pages();
}

Result<int> NamingNotice::writePdf(Database& db, int year, const QString& path,
                                   const QString& decision) {
    Result<Campaign> campaign = CampaignRepository(db).require(year);
    if (!campaign)
        return campaign.error();
    Result<NamingList> list = load(db, year, decision);
    if (!list)
        return list.error();
    int pages = 0;
    LP_TRY(PdfFile::write(path, QStringLiteral("关于命名%1年度廉洁细胞的通知").arg(year),
                          OfficialWriter::setUpPage,
                          [&](QPainter& painter, QPdfWriter& writer) -> Result<void> {
                              pages = paint(painter, writer, *list, campaign->notice);
                              return {};
                          }));
    return pages;
}

} // namespace lianping
