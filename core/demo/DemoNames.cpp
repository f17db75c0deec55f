#include "DemoNames.h"

#include <QStringList>

namespace lianping {

namespace {

QStringList split(const char* words) {
    return QString::fromUtf8(words).split(QLatin1Char(' '));
}

const QString& pick(const QStringList& list, std::mt19937_64& rng) {
    return list[static_cast<qsizetype>(rng() % static_cast<std::uint64_t>(list.size()))];
}

const QStringList& places() {
    static const QStringList list = split(
        "东风 白水 龙潭 青山 南河 柏林 石桥 清溪 金鱼 红星 新华 太平 长乐 永宁 凤凰 桂花 三江 "
        "双河 大石 黄金 宝珠 回龙 天台 云峰 龙泉 清泉 杨柳 荷花 梨园 竹林 五星 和平 兴隆 富民 "
        "青龙 白鹤 马鞍 狮子 玉皇 双桥 高峰 紫云 月亮 东山 西坝 南华 北门 中和 上游 下寺");
    return list;
}

} // namespace

const QStringList& DemoNames::counties() {
    static const QStringList list = split(
        "利州区 昭化区 朝天区 旺苍县 青川县 剑阁县 苍溪县 经开区 江北区 城南区 河西县 山阳县");
    return list;
}

QString DemoNames::unitName(const QString& typeCode, const QString& county, std::mt19937_64& rng) {
    static const QStringList agencies = split(
        "财政局 教育局 民政局 司法局 自然资源局 住房和城乡建设局 交通运输局 水利局 农业农村局 "
        "商务局 文化广电旅游局 卫生健康局 审计局 市场监督管理局 统计局 医疗保障局 林业局 "
        "生态环境局 应急管理局 税务局 人力资源和社会保障局 发展和改革局 公安局 信访局");
    static const QStringList schools =
        split("小学 中学 实验小学 初级中学 高级中学 职业中学 幼儿园 九年制学校");
    static const QStringList hospitals =
        split("中心卫生院 人民医院 中医医院 妇幼保健院 社区卫生服务中心 卫生院");
    static const QStringList industries =
        split("建设 农业 食品 能源 物流 商贸 矿业 医药 纺织 电子 旅游 建材 茶业 水务 交通 粮油");
    static const QStringList firms = split("有限公司 集团有限公司 股份有限公司 有限责任公司");
    static const QStringList services =
        split("会计师事务所 律师事务所 资产评估事务所 工程造价咨询有限公司 招标代理有限公司 "
              "房地产估价有限公司 税务师事务所 工程监理有限公司");
    static const QStringList towns = split("镇 乡");
    static const QStringList streets = split("街道");
    const QString countyShort = county.left(county.size() - 1);
    if (typeCode == QStringLiteral("agency"))
        return county + pick(agencies, rng);
    if (typeCode == QStringLiteral("school"))
        return countyShort + pick(places(), rng) + pick(schools, rng);
    if (typeCode == QStringLiteral("hospital"))
        return countyShort + pick(places(), rng) + pick(hospitals, rng);
    if (typeCode == QStringLiteral("enterprise"))
        return countyShort + pick(places(), rng) + pick(industries, rng) + pick(firms, rng);
    if (typeCode == QStringLiteral("intermediary"))
        return countyShort + pick(places(), rng) + pick(services, rng);
    if (typeCode == QStringLiteral("village"))
        return pick(places(), rng) + pick(towns, rng) + pick(places(), rng) + QStringLiteral("村");
    if (typeCode == QStringLiteral("community"))
        return pick(places(), rng) + pick(streets, rng) + pick(places(), rng) +
               QStringLiteral("社区");
    if (typeCode == QStringLiteral("family"))
        return personName(rng) + QStringLiteral("家庭");
    return countyShort + pick(places(), rng) + QStringLiteral("单位");
}

QString DemoNames::personName(std::mt19937_64& rng) {
    static const QStringList surnames =
        split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 "
              "邓 曹 彭 曾 肖 田 董 袁 潘 蒋 蔡 余");
    static const QStringList given =
        split("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 "
              "志强 国庆 春梅 红梅 晓东 海燕 文 斌 宇 浩 凯 佳 欣 雪 婷 玉兰 德明 成 建国 永");
    return pick(surnames, rng) + pick(given, rng);
}

} // namespace lianping
