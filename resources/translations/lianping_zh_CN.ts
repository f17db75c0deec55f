<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>lianping::CoreText</name>
    <message>
        <source>campaign year %1 is not a year such as 2026</source>
        <translation>考评年度 %1 不是有效年份(如 2026)</translation>
    </message>
    <message>
        <source>--org-weight must be between 0 and 1 (0.7 means 70 %)</source>
        <translation>组织考评权重须在 0 到 1 之间(0.7 即 70%)</translation>
    </message>
    <message>
        <source>--basic-weight must be between 0 and 1</source>
        <translation>“基本满意”权重须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>thresholds must satisfy 0 ≤ qualified (%1) ≤ excellent (%2) ≤ 100</source>
        <translation>等次分数线须满足 0 ≤ 合格(%1)≤ 优秀(%2)≤ 100</translation>
    </message>
    <message>
        <source>--excellent-quota must be a percentage between 0 and 100</source>
        <translation>优秀比例须为 0 到 100 之间的百分数</translation>
    </message>
    <message>
        <source>campaign %1 already exists</source>
        <translation>%1年度考评已存在</translation>
    </message>
    <message>
        <source>there is no campaign for %1 (create it with `campaign create %1`)</source>
        <translation>尚无%1年度考评,请先创建</translation>
    </message>
    <message>
        <source>type %1 has no rubric: import one with `rubric import`</source>
        <translation>类别 %1 没有考评细则,请先导入细则</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>没有编码为 %1 的单位</translation>
    </message>
    <message>
        <source>unit %1 is retired and cannot be enrolled</source>
        <translation>单位 %1 已注销,不能参加考评</translation>
    </message>
    <message>
        <source>the percentage must be between 0 and 100</source>
        <translation>比例须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>%1 cannot draw the recheck sample: that is the city office's</source>
        <translation>%1不能抽取复核样本:这是市纪委的职责</translation>
    </message>
    <message>
        <source>--units must be between 1 and 5000000</source>
        <translation>单位数须在 1 到 5000000 之间</translation>
    </message>
    <message>
        <source>no unit type has a rubric</source>
        <translation>没有任何类别有考评细则</translation>
    </message>
    <message>
        <source>demo generation: %1</source>
        <translation>生成演示数据:%1</translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was stored</source>
        <translation>已取消生成演示数据;未保存任何数据</translation>
    </message>
    <message>
        <source>ours no longer exists</source>
        <translation>本机版本已不存在</translation>
    </message>
    <message>
        <source>there is no open conflict %1 (see `conflicts list`)</source>
        <translation>没有未处理的冲突 %1</translation>
    </message>
    <message>
        <source>conflict %1 resolved: kept %2</source>
        <translation>冲突 %1 已处理:保留%2</translation>
    </message>
    <message>
        <source>the version from %1</source>
        <translation>来自%1的版本</translation>
    </message>
    <message>
        <source>this database's version</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>the passphrase is wrong or the package was altered</source>
        <translation>口令错误,或数据包被改动过</translation>
    </message>
    <message>
        <source>not enough memory to check the passphrase</source>
        <translation>内存不足,无法校验口令</translation>
    </message>
    <message>
        <source>%1: not a Lianping office key file</source>
        <translation>%1:不是廉评的单位密钥文件</translation>
    </message>
    <message>
        <source>%1: key file version %2 is not supported</source>
        <translation>%1:不支持第 %2 版密钥文件</translation>
    </message>
    <message>
        <source>%1: the key file is damaged or its signature does not match</source>
        <translation>%1:密钥文件已损坏或签名不符</translation>
    </message>
    <message>
        <source>%1 is this office's own key</source>
        <translation>%1 是本单位自己的密钥</translation>
    </message>
    <message>
        <source>%1: a different key is already trusted for %2 (fingerprint %3); ask that office which key is current</source>
        <translation>%1:已为%2信任了另一把密钥(指纹 %3);请向对方核实哪一把是当前密钥</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1:无法写入:%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1:无法读取:%2</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a package</source>
        <translation>%1:文件过大,不是数据包</translation>
    </message>
    <message>
        <source>%1: not a Lianping package (.lpkg)</source>
        <translation>%1:不是廉评数据包(.lpkg)</translation>
    </message>
    <message>
        <source>%1: the package is truncated or damaged</source>
        <translation>%1:数据包不完整或已损坏</translation>
    </message>
    <message>
        <source>%1: package format %2 is not supported by this version of Lianping</source>
        <translation>%1:本版本廉评不支持第 %2 版数据包格式</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the package was altered or was not made by the office it names</source>
        <translation>%1:签名不符:数据包被改动过,或并非由其所署单位制作</translation>
    </message>
    <message>
        <source>%1: the contents do not match the signed manifest: the package is truncated or was altered</source>
        <translation>%1:内容与签名清单不符:数据包不完整或被改动过</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase</source>
        <translation>%1 已加密:请输入口令</translation>
    </message>
    <message>
        <source>%1: the package contents are damaged</source>
        <translation>%1:数据包内容已损坏</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>the package contents are not in a format this Lianping reads</source>
        <translation>数据包内容的格式不是本版本廉评能读取的</translation>
    </message>
    <message>
        <source>the package names an office without an id</source>
        <translation>数据包中有单位缺少标识</translation>
    </message>
    <message>
        <source>record %1 of the package is damaged</source>
        <translation>数据包的第 %1 条记录已损坏</translation>
    </message>
    <message>
        <source>the package's rubric %1 %2</source>
        <translation>数据包中的考评细则 %1 %2</translation>
    </message>
    <message>
        <source>the package uses rubric %1 %2 version %3, but this database lacks the versions before it</source>
        <translation>数据包使用考评细则 %1 %2 第 %3 版,但本数据库缺少之前的版本</translation>
    </message>
    <message>
        <source>package %1 from %2</source>
        <translation>来自%2的数据包 %1</translation>
    </message>
    <message>
        <source>a history line of the package is damaged</source>
        <translation>数据包中的一条历史记录已损坏</translation>
    </message>
    <message>
        <source>%1 was made by this office itself: nothing to import</source>
        <translation>%1 是本单位自己导出的数据包:无需导入</translation>
    </message>
    <message>
        <source>%1 was made by %2 (%3, key %4), whose key this database does not trust: import their key file first with `office trust FILE`</source>
        <translation>%1 由%2(%3,密钥 %4)制作,本数据库尚未信任其密钥:请先导入对方的密钥文件</translation>
    </message>
    <message>
        <source>%1 was made by a newer Lianping (schema version %2; this version reads up to %3): update Lianping to import it</source>
        <translation>%1 由更新版本的廉评制作(数据结构版本 %2,本版本最高支持 %3):请升级廉评后再导入</translation>
    </message>
    <message>
        <source>%1 was already imported on %2: nothing changed</source>
        <translation>%1 已于 %2 导入过:未做任何更改</translation>
    </message>
    <message>
        <source>made by this office</source>
        <translation>本单位制作</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>签名不符</translation>
    </message>
    <message>
        <source>unknown key: trust the office's key file first</source>
        <translation>未知密钥:请先信任该单位的密钥文件</translation>
    </message>
    <message>
        <source>signature verified (trusted key %1)</source>
        <translation>签名已验证(受信任密钥 %1)</translation>
    </message>
    <message>
        <source>the package refers to %1, which is neither here nor in the package</source>
        <translation>数据包引用了%1,但本数据库和数据包中都没有</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>%1年度考评</translation>
    </message>
    <message>
        <source>unit %1 in campaign %2</source>
        <translation>%2年度考评中的单位 %1</translation>
    </message>
    <message>
        <source>unit type %1</source>
        <translation>单位类别 %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>rubric %1 %2 version %3</source>
        <translation>考评细则 %1 %2 第 %3 版</translation>
    </message>
    <message>
        <source>naming decision %1</source>
        <translation>命名文件 %1</translation>
    </message>
    <message>
        <source>the package has a sheet of an unknown step</source>
        <translation>数据包中有未知环节的评分表</translation>
    </message>
    <message>
        <source>indicator %1 of unit %2</source>
        <translation>单位 %2 的指标 %1</translation>
    </message>
    <message>
        <source>unit %1 is a %2, not a %3</source>
        <translation>单位 %1 属于%2,不是%3</translation>
    </message>
    <message>
        <source>type %1 has no rubric for %2: import one with `rubric import`</source>
        <translation>类别 %1 没有 %2 年度的考评细则:请先导入细则</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1:文件夹不存在</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1:无法创建工作簿</translation>
    </message>
    <message>
        <source>%1: the workbook could not be written: %2</source>
        <translation>%1:工作簿写入失败:%2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1:无法替换该文件(是否已在 Excel 中打开?)</translation>
    </message>
    <message>
        <source>follow-up status must be open, done or cancelled</source>
        <translation>后续处理状态须为 待办、已完成 或 已取消</translation>
    </message>
    <message>
        <source>no follow-up %1</source>
        <translation>没有编号为 %1 的后续处理</translation>
    </message>
    <message>
        <source>a rectification item needs a text (--text)</source>
        <translation>整改事项须填写问题内容</translation>
    </message>
    <message>
        <source>--deadline '%1' is not a date in the form YYYY-MM-DD</source>
        <translation>整改期限“%1”不是 年-月-日 格式的日期</translation>
    </message>
    <message>
        <source>a rectification item needs someone responsible (--responsible)</source>
        <translation>整改事项须填写责任人</translation>
    </message>
    <message>
        <source>rectification status must be open, done or verified</source>
        <translation>整改状态须为 待办、已完成 或 已验证</translation>
    </message>
    <message>
        <source>no rectification item %1</source>
        <translation>没有编号为 %1 的整改事项</translation>
    </message>
    <message>
        <source>rectification item %1 is still open: mark it done before verifying it</source>
        <translation>整改事项 %1 尚未完成:请先标记为已完成再验证</translation>
    </message>
    <message>
        <source>cannot record history: %1</source>
        <translation>无法记录历史:%1</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed</source>
        <translation>%1:第 %2 行:引号内的字段没有结束引号</translation>
    </message>
    <message>
        <source>%1: the file is empty (a header row is expected)</source>
        <translation>%1:文件为空(第一行应为表头)</translation>
    </message>
    <message>
        <source>%1: the unit code (单位编码) above the table is empty</source>
        <translation>%1:表格上方的“单位编码”未填写</translation>
    </message>
    <message>
        <source>%1: row %2: the header has no column %3</source>
        <translation>%1:第 %2 行:表头缺少列 %3</translation>
    </message>
    <message>
        <source>%1: row %2, field %3</source>
        <translation>%1:第 %2 行,“%3”列</translation>
    </message>
    <message>
        <source>%1: unit code %2</source>
        <translation>%1:单位编码 %2</translation>
    </message>
    <message>
        <source>: '%1' is not a number in steps of 0.5</source>
        <translation>:“%1”不是有效分值(须为 0.5 的整数倍)</translation>
    </message>
    <message>
        <source>: county '%1' is not in this database; did you mean %2?</source>
        <translation>:县区“%1”不在本数据库中,您是否指的是“%2”?</translation>
    </message>
    <message>
        <source>: the unit code is empty</source>
        <translation>:单位编码为空</translation>
    </message>
    <message>
        <source>: the name is empty</source>
        <translation>:单位名称为空</translation>
    </message>
    <message>
        <source>: the county is empty</source>
        <translation>:县区为空</translation>
    </message>
    <message>
        <source>: unit code %1 appears twice in the file</source>
        <translation>:单位编码 %1 在文件中出现两次</translation>
    </message>
    <message>
        <source>: unit code %1 already exists</source>
        <translation>:单位编码 %1 已存在</translation>
    </message>
    <message>
        <source>: '%1' is not yes or no (是/否, √/×, Y/N, 1/0)</source>
        <translation>:“%1”不是“是”或“否”(可填 是/否、√/×、Y/N、1/0)</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1:第 %2 行:%3</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1:无法读取文件</translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected; save it without a password</source>
        <translation>%1:工作簿设有密码保护,请取消密码后另存</translation>
    </message>
    <message>
        <source>%1: cannot read this .xls workbook (it may be damaged); open it in Excel or WPS and save it as .xlsx</source>
        <translation>%1:无法读取此 .xls 工作簿(文件可能已损坏),请用 Excel 或 WPS 打开后另存为 .xlsx</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation>%1:工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: cannot read the first sheet</source>
        <translation>%1:无法读取第一个工作表</translation>
    </message>
    <message>
        <source>%1: row %2: the sheet is damaged (cell %3)</source>
        <translation>%1:第 %2 行:工作表已损坏(第 %3 列)</translation>
    </message>
    <message>
        <source>%1: the sheet is empty (a header row is expected)</source>
        <translation>%1:工作表为空(应有表头行)</translation>
    </message>
    <message>
        <source>%1: the workbook part %2 is too large</source>
        <translation>%1:工作簿部件 %2 过大,已拒绝读取</translation>
    </message>
    <message>
        <source>%1: cannot read the workbook part %2</source>
        <translation>%1:无法读取工作簿部件 %2</translation>
    </message>
    <message>
        <source>%1: the workbook part %2 is damaged</source>
        <translation>%1:工作簿部件 %2 已损坏</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged: %2</source>
        <translation>%1:共享字符串已损坏:%2</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (no xl/workbook.xml)</source>
        <translation>%1:不是 Excel 工作簿(缺少 xl/workbook.xml)</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation>%1:工作簿中没有工作表“%2”</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (no workbook relationships)</source>
        <translation>%1:不是 Excel 工作簿(缺少工作簿关系文件)</translation>
    </message>
    <message>
        <source>%1: the first sheet's part is missing</source>
        <translation>%1:第一个工作表的内容缺失</translation>
    </message>
    <message>
        <source>%1: not an .xlsx workbook (the zip container is damaged)</source>
        <translation>%1:不是有效的 .xlsx 工作簿(文件已损坏或不完整)</translation>
    </message>
    <message>
        <source>%1: the sheet part %2 is missing</source>
        <translation>%1:工作表内容 %2 缺失</translation>
    </message>
    <message>
        <source>%1: row %2: the sheet is damaged (%3)</source>
        <translation>%1:第 %2 行:工作表已损坏(%3)</translation>
    </message>
    <message>
        <source>cell reference %1</source>
        <translation>单元格引用 %1</translation>
    </message>
    <message>
        <source>shared string %1</source>
        <translation>共享字符串 %1</translation>
    </message>
    <message>
        <source>%1: the sheet is damaged: %2</source>
        <translation>%1:工作表已损坏:%2</translation>
    </message>
    <message>
        <source>the self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>the county review</source>
        <translation>县区考评</translation>
    </message>
    <message>
        <source>the city recheck</source>
        <translation>市级复查</translation>
    </message>
    <message>
        <source>this database (all roles)</source>
        <translation>本数据库(所有角色)</translation>
    </message>
    <message>
        <source>the unit office %1</source>
        <translation>创建单位 %1</translation>
    </message>
    <message>
        <source>the county office of %1</source>
        <translation>%1纪委</translation>
    </message>
    <message>
        <source>the city office</source>
        <translation>市纪委</translation>
    </message>
    <message>
        <source>%1 cannot record %2 of unit %3 (%4): %5</source>
        <translation>%1 不能录入单位 %3(%4)的%2:%5</translation>
    </message>
    <message>
        <source>that is the city office's</source>
        <translation>该环节由市纪委负责</translation>
    </message>
    <message>
        <source>that is the county office of %1's</source>
        <translation>该环节由%1纪委负责</translation>
    </message>
    <message>
        <source>that is the unit's own, or its county office's</source>
        <translation>该环节由创建单位或其县区纪委负责</translation>
    </message>
    <message>
        <source>%1 cannot move unit %2 to %3</source>
        <translation>%1 不能把单位 %2 推进到“%3”</translation>
    </message>
    <message>
        <source>%1 cannot name or revoke: that is the city office's</source>
        <translation>%1 不能命名或撤销命名:该环节由市纪委负责</translation>
    </message>
    <message>
        <source>%1 already belongs to %2 (%3); make a new database for another office</source>
        <translation>%1 已属于%2(%3);其他单位请另建数据库</translation>
    </message>
    <message>
        <source>the office needs a name</source>
        <translation>请填写单位名称</translation>
    </message>
    <message>
        <source>unit %1 is not enrolled in campaign %2 (use `campaign enroll %2 --unit %1`)</source>
        <translation>单位 %1 未参加%2年度考评,请先加入考评</translation>
    </message>
    <message>
        <source>no enrollment %1</source>
        <translation>没有编号为 %1 的考评记录</translation>
    </message>
    <message>
        <source>%1 '%2' is not a date in the form YYYY-MM-DD</source>
        <translation>%1“%2”不是 年-月-日 格式的日期</translation>
    </message>
    <message>
        <source>naming is a batch decision: use `name %1 --decision NO --date YYYY-MM-DD %2`</source>
        <translation>命名须以批次决定进行,请在“审核命名”页面办理</translation>
    </message>
    <message>
        <source>; it can go to %1</source>
        <translation>;下一步可到“%1”</translation>
    </message>
    <message>
        <source>; it cannot advance</source>
        <translation>;不能再推进</translation>
    </message>
    <message>
        <source>unit %1 is %2: it cannot go to %3%4</source>
        <translation>单位 %1 当前为“%2”:不能推进到“%3”%4</translation>
    </message>
    <message>
        <source>returning unit %1 needs a reason (--reason)</source>
        <translation>退回单位 %1 须填写原因</translation>
    </message>
    <message>
        <source>unit %1 is %2: only a submitted, county-accepted or city-rechecked unit can be returned</source>
        <translation>单位 %1 当前为“%2”:只有已申报、县区已验收或市级已复查的单位可以退回</translation>
    </message>
    <message>
        <source>naming needs a decision number (--decision)</source>
        <translation>命名须填写决定文号</translation>
    </message>
    <message>
        <source>naming needs at least one unit</source>
        <translation>命名至少需要一个单位</translation>
    </message>
    <message>
        <source>unit %1 is %2: only county-accepted or city-rechecked units can be named</source>
        <translation>单位 %1 当前为“%2”:只有县区已验收或市级已复查的单位可以命名</translation>
    </message>
    <message>
        <source>unit %1 is graded %2 (total %3): only qualified or excellent units can be named</source>
        <translation>单位 %1 等次为“%2”(总分 %3):只有合格或优秀的单位可以命名</translation>
    </message>
    <message>
        <source>revoking needs a reason (--reason)</source>
        <translation>撤销命名须填写原因</translation>
    </message>
    <message>
        <source>revoking needs the document number (--document)</source>
        <translation>撤销命名须填写文号</translation>
    </message>
    <message>
        <source>unit %1 has never been named</source>
        <translation>单位 %1 从未被命名</translation>
    </message>
    <message>
        <source>unit %1's naming is already revoked</source>
        <translation>单位 %1 的命名已被撤销</translation>
    </message>
    <message>
        <source>unit %1 is %2, not named</source>
        <translation>单位 %1 当前为“%2”,不是已命名状态</translation>
    </message>
    <message>
        <source>unknown type '%1' (the types are %2)</source>
        <translation>未知类别“%1”(可用类别:%2)</translation>
    </message>
    <message>
        <source>type '%1' fits more than one type: %2; write the type's full name</source>
        <translation>类别“%1”同时符合多个类别:%2;请填写类别全称</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>type code '%1': use lower-case letters, digits, - or _ (for example township)</source>
        <translation>类别编码“%1”:请使用小写字母、数字、- 或 _(如 township)</translation>
    </message>
    <message>
        <source>type %1: the name is empty</source>
        <translation>类别 %1:名称为空</translation>
    </message>
    <message>
        <source>type %1 (%2) already exists</source>
        <translation>类别 %1(%2)已存在</translation>
    </message>
    <message>
        <source>type %1: an alias is empty</source>
        <translation>类别 %1:别名为空</translation>
    </message>
    <message>
        <source>'%1' already names the type %2 (%3)</source>
        <translation>“%1”已是类别 %2(%3)的名称</translation>
    </message>
    <message>
        <source>county '%1' is not in this database; did you mean %2?</source>
        <translation>县区“%1”不在本数据库中,您是否指的是“%2”?</translation>
    </message>
    <message>
        <source>the unit code is empty</source>
        <translation>单位编码为空</translation>
    </message>
    <message>
        <source>unit %1: the name is empty</source>
        <translation>单位 %1:名称为空</translation>
    </message>
    <message>
        <source>unit %1: the county is empty</source>
        <translation>单位 %1:县区为空</translation>
    </message>
    <message>
        <source>unit code %1 already exists</source>
        <translation>单位编码 %1 已存在</translation>
    </message>
    <message>
        <source>unit %1: %2</source>
        <translation>单位 %1:%2</translation>
    </message>
    <message>
        <source>unit %1: %2 must be yes or no, not '%3'</source>
        <translation>单位 %1:%2 须为 是 或 否,而不是“%3”</translation>
    </message>
    <message>
        <source>unknown unit field '%1' (name, type, county, lead, demo, contact, active)</source>
        <translation>未知的单位字段“%1”</translation>
    </message>
    <message>
        <source>unit %1 is already retired</source>
        <translation>单位 %1 已注销</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1:无法生成 PDF</translation>
    </message>
    <message>
        <source>no units to report on</source>
        <translation>没有可出具报告的单位</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1:无法创建文件夹</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 reports</source>
        <translation>已取消(完成 %1 / %2 份报告)</translation>
    </message>
    <message>
        <source>no result for unit %1</source>
        <translation>单位 %1 没有考评结果</translation>
    </message>
    <message>
        <source>%1: "%2" must be a non-empty string</source>
        <translation>%1:“%2”须为非空文本</translation>
    </message>
    <message>
        <source>%1: an indicator must be an object</source>
        <translation>%1:指标格式不正确</translation>
    </message>
    <message>
        <source>%1: kind must be "scored" or "veto", not "%2"</source>
        <translation>%1:指标类型须为“scored”(计分)或“veto”(否决),而不是“%2”</translation>
    </message>
    <message>
        <source>%1: a veto indicator has no max</source>
        <translation>%1:一票否决项不设分值</translation>
    </message>
    <message>
        <source>%1: "max" must be a number</source>
        <translation>%1:分值(max)须为数字</translation>
    </message>
    <message>
        <source>%1: max must be greater than 0</source>
        <translation>%1:分值须大于 0</translation>
    </message>
    <message>
        <source>%1: max %2 is not a multiple of 0.5</source>
        <translation>%1:分值 %2 不是 0.5 的整数倍</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1:JSON 格式错误(位置 %2):%3</translation>
    </message>
    <message>
        <source>%1: the rubric must be a JSON object</source>
        <translation>%1:考评细则须为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: "year" must be a year such as 2026</source>
        <translation>%1:“year”须为年份(如 2026)</translation>
    </message>
    <message>
        <source>%1: "dimensions" must be a non-empty array</source>
        <translation>%1:“dimensions”(维度)不能为空</translation>
    </message>
    <message>
        <source>%1: a dimension must be an object</source>
        <translation>%1:维度格式不正确</translation>
    </message>
    <message>
        <source>%1: "indicators" must be a non-empty array</source>
        <translation>%1:“indicators”(指标)不能为空</translation>
    </message>
    <message>
        <source>rubric for unknown type '%1': add the type first with `types add`</source>
        <translation>考评细则的类别“%1”不存在,请先新增该类别</translation>
    </message>
    <message>
        <source>cannot read the shipped rubric %1</source>
        <translation>无法读取内置考评细则 %1</translation>
    </message>
    <message>
        <source>unit %1: unknown indicator '%2' in its rubric</source>
        <translation>单位 %1:考评细则中没有指标“%2”</translation>
    </message>
    <message>
        <source>unit %1 is %2 in campaign %3: its scores are final</source>
        <translation>单位 %1 在%3年度考评中为“%2”:评分已定</translation>
    </message>
    <message>
        <source>indicator %1 is a veto: record it with `veto`, not points</source>
        <translation>指标 %1 是一票否决项:请勾选否决并填写原因,不能打分</translation>
    </message>
    <message>
        <source>indicator %1: %2 points is outside 0..%3</source>
        <translation>指标 %1:%2 分超出 0–%3 分范围</translation>
    </message>
    <message>
        <source>unit %1: ballot counts cannot be negative</source>
        <translation>单位 %1:测评票数不能为负数</translation>
    </message>
    <message>
        <source>a veto is recorded by the county review or the city recheck</source>
        <translation>一票否决由县区考评或市级复查记录</translation>
    </message>
    <message>
        <source>unit %1: a veto needs a reason (--reason)</source>
        <translation>单位 %1:一票否决须填写原因</translation>
    </message>
    <message>
        <source>indicator %1 is scored, not a veto</source>
        <translation>指标 %1 是计分指标,不是一票否决项</translation>
    </message>
    <message>
        <source>unit %1 has no %2 veto on %3</source>
        <translation>单位 %1 在%2中没有 %3 的一票否决</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1:无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1:无法打开:%2</translation>
    </message>
    <message>
        <source>%1 is not a readable Lianping database (%2)</source>
        <translation>%1 不是可读取的廉评数据库(%2)</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the copy</source>
        <translation>%1 已存在:请为副本另选文件名</translation>
    </message>
    <message>
        <source>cannot write the copy %1: %2</source>
        <translation>无法写入副本 %1:%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏:%2</translation>
    </message>
    <message>
        <source>%1: a %2 row refers to a missing %3 row</source>
        <translation>%1:%2 表中有记录引用了不存在的 %3 记录</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lianping (schema version %2; this version reads up to %3): update Lianping to open it</source>
        <translation>%1 由更新版本的廉评创建(数据格式版本 %2,本版本最高支持 %3):请升级廉评后再打开</translation>
    </message>
    <message>
        <source>%1 needs an upgrade but is read-only</source>
        <translation>%1 需要升级数据格式,但文件是只读的</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>无法从数据格式版本 %1 升级</translation>
    </message>
    <message>
        <source>transaction already finished</source>
        <translation>事务已结束</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %2 %3 of %4</source>
        <translation>%4 年 %1 %2%3</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%3 年 %1 %2</translation>
    </message>
    <message>
        <source>satisfied %1, basically satisfied %2, unsatisfied %3</source>
        <translation>满意 %1、基本满意 %2、不满意 %3</translation>
    </message>
    <message>
        <source>this database has no office yet: set up which office it belongs to first</source>
        <translation>本数据库尚未设置所属单位:请先通过“文件 › 所属单位与签名密钥”设置</translation>
    </message>
    <message>
        <source>%1: %2 may not send it</source>
        <translation>%1:不应由%2发送</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>survey ballots</source>
        <translation>群众测评票数</translation>
    </message>
    <message>
        <source>unit added</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>a county office needs its county</source>
        <translation>县区纪委须填写所属县区</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 是只读文件</translation>
    </message>
    <message>
        <source>the file is damaged; open a backup copy</source>
        <translation>文件已损坏,请打开备份副本</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>该文件不是数据库</translation>
    </message>
    <message>
        <source>another program is writing to the file; try again in a moment</source>
        <translation>另一个程序正在写入该文件,请稍后再试</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file cannot be opened (check that the folder exists and that you may write to it)</source>
        <translation>无法打开文件(请检查文件夹是否存在、是否有写入权限)</translation>
    </message>
    <message>
        <source>reading or writing the disk failed</source>
        <translation>读写磁盘失败</translation>
    </message>
    <message>
        <source>access to the file is denied</source>
        <translation>无权访问该文件</translation>
    </message>
    <message>
        <source>the change breaks a rule of the database (a duplicate or a missing reference)</source>
        <translation>此修改违反数据库规则(重复或缺少关联记录)</translation>
    </message>
    <message>
        <source>the computer is out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>database error (%1)</source>
        <translation>数据库错误(%1)</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>未参加考评</translation>
    </message>
    <message>
        <source>self-check</source>
        <translation>自查中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>county accepted</source>
        <translation>县区已验收</translation>
    </message>
    <message>
        <source>city rechecked</source>
        <translation>市级已复查</translation>
    </message>
    <message>
        <source>named</source>
        <translation>已命名</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>naming revoked</source>
        <translation>已撤销命名</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>self-check step</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>county review</source>
        <translation>县区考评</translation>
    </message>
    <message>
        <source>city recheck</source>
        <translation>市级复查</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Admonition talk</source>
        <translation>诫勉谈话</translation>
    </message>
    <message>
        <source>Organisational handling</source>
        <translation>组织处理</translation>
    </message>
    <message>
        <source>unit record</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>enrolment record</source>
        <translation>参评记录</translation>
    </message>
    <message>
        <source>score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>naming decision</source>
        <translation>命名决定</translation>
    </message>
    <message>
        <source>revocation record</source>
        <translation>撤销命名记录</translation>
    </message>
    <message>
        <source>rectification item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>recheck sample</source>
        <translation>复查抽样</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>后续处理</translation>
    </message>
    <message>
        <source>unit type</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>type alias</source>
        <translation>类别别名</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>考评年度</translation>
    </message>
    <message>
        <source>code field</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>name field</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>type field</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>county field</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>lead department field</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>demonstration point field</source>
        <translation>示范点</translation>
    </message>
    <message>
        <source>contact field</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>in the registry field</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>state field</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>returned from field</source>
        <translation>退回环节</translation>
    </message>
    <message>
        <source>reason field</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>note field</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>scores field</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>survey field</source>
        <translation>群众测评</translation>
    </message>
    <message>
        <source>vetoes field</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>step field</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>decision number field</source>
        <translation>决定文号</translation>
    </message>
    <message>
        <source>date field</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>document number field</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>deadline field</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>responsible field</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>status field</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>rubric field</source>
        <translation>考评细则</translation>
    </message>
    <message>
        <source>version field</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>units field</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>percentage field</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>seed field</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>参加考评</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment</source>
        <translation>%1 正被另一个程序使用,请稍后再试</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation>口令太短:请至少使用 %1 个字符</translation>
    </message>
    <message>
        <source>: %1 of unit %2 appears twice in the file (also row %3)</source>
        <translation>:单位 %2 的指标 %1 在文件中出现两次(另见第 %3 行)</translation>
    </message>
    <message>
        <source>%1: line %2: the text is neither UTF-8 nor GB18030 (GBK); save the file again as "CSV UTF-8" or as an Excel workbook</source>
        <translation>%1:第 %2 行:文字既不是 UTF-8 也不是 GB18030(GBK)编码;请重新另存为“CSV UTF-8”或 Excel 工作簿</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted</source>
        <translation>%1长 %2 个字符,最多 %3 个</translation>
    </message>
    <message>
        <source>%1 contains a control character (code %2); remove it</source>
        <translation>%1含有控制字符(代码 %2),请删除</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; tables of more than %3 MB are refused</source>
        <translation>%1:文件大小为 %2 MB,超过 %3 MB 的表格不予导入</translation>
    </message>
    <message>
        <source>%1: a cell holds %2 characters; Excel itself allows at most %3</source>
        <translation>%1:某单元格有 %2 个字符,Excel 本身最多允许 %3 个</translation>
    </message>
    <message>
        <source>a cell of %1 characters; Excel itself allows at most %2</source>
        <translation>单元格有 %1 个字符,Excel 本身最多允许 %2 个</translation>
    </message>
    <message>
        <source>%1: a rubric of %2 KB is refused (at most %3 KB)</source>
        <translation>%1:考评细则文件 %2 KB,超过上限(%3 KB)</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Lianping database; choose a .lpdb file</source>
        <translation>%1 是其他程序的 SQLite 文件,不是廉评数据库;请选择 .lpdb 文件</translation>
    </message>
    <message>
        <source>%1; nothing will be written to it: open one of its backup copies instead</source>
        <translation>%1;不会向其写入任何内容:请改为打开它的备份副本</translation>
    </message>
    <message>
        <source>the secret does not open this key</source>
        <translation>该密钥无法用此秘密打开</translation>
    </message>
    <message>
        <source>this office's signing key is locked: it opens with the key passphrase chosen when the office was set up, or in the keyring of the account that set it up</source>
        <translation>本单位的签名密钥已锁定:需要设置单位时选定的密钥口令,或在设置它的账户的钥匙环中才能打开</translation>
    </message>
    <message>
        <source>the key passphrase is too short: use at least %1 characters</source>
        <translation>密钥口令太短:请至少使用 %1 个字符</translation>
    </message>
    <message>
        <source>there is no keyring on this computer to keep the signing key in: choose a key passphrase (at least %1 characters)</source>
        <translation>本机没有可保存签名密钥的钥匙环:请设定密钥口令(至少 %1 个字符)</translation>
    </message>
    <message>
        <source>this office's signing key is damaged</source>
        <translation>本单位的签名密钥已损坏</translation>
    </message>
    <message>
        <source>the key passphrase is wrong: this office's signing key stays locked</source>
        <translation>密钥口令不正确:本单位的签名密钥仍处于锁定状态</translation>
    </message>
    <message>
        <source>this office has no signing key yet: it is made when a key passphrase is chosen for the office</source>
        <translation>本单位还没有签名密钥:为本单位设定密钥口令时生成</translation>
    </message>
    <message>
        <source>%1 was signed by %2 with key %3, which is neither the key this database trusts for that office (%4) nor one it rotated to: ask that office for its current key file</source>
        <translation>%1 由 %2 用密钥 %3 签名,它既不是本数据库信任的该单位密钥(%4),也不是由其轮换而来的密钥:请向该单位索取其当前的密钥文件</translation>
    </message>
    <message>
        <source>signed with a key this database does not trust for that office</source>
        <translation>签名所用的密钥不是本数据库信任的该单位密钥</translation>
    </message>
    <message>
        <source>the package contents are damaged</source>
        <translation>数据包内容已损坏</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1含有控制字符</translation>
    </message>
    <message>
        <source>issuing office field</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>document-number prefix field</source>
        <translation>发文机关代字</translation>
    </message>
    <message>
        <source>addressees field</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>no unit of %1 has been named yet: name units first (Naming screen, or `name %1 --decision NO --date DATE UNIT…`)</source>
        <translation>%1 年度尚无命名单位:请先在“命名”页面命名单位</translation>
    </message>
    <message>
        <source>%1 has no naming decision %2; its decisions are: %3</source>
        <translation>%1 年度没有命名文件 %2;已有的命名文件:%3</translation>
    </message>
    <message>
        <source>a coverage target is between 0 % and 100 %, not %1 %</source>
        <translation>覆盖率目标应在 0% 到 100% 之间，而不是 %1%</translation>
    </message>
    <message>
        <source>no unit type %1</source>
        <translation>没有单位类别 %1</translation>
    </message>
    <message>
        <source>common task</source>
        <translation>共性</translation>
    </message>
    <message>
        <source>specific task</source>
        <translation>个性</translation>
    </message>
    <message>
        <source>extended task</source>
        <translation>延伸</translation>
    </message>
    <message>
        <source>inner part</source>
        <translation>内分</translation>
    </message>
    <message>
        <source>outer part</source>
        <translation>外分</translation>
    </message>
    <message>
        <source>lower-level part</source>
        <translation>下分</translation>
    </message>
    <message>
        <source>task done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>the %1 ledger has no tasks: add them (task add) or import the division plan (task import)</source>
        <translation>%1年度台账还没有任务：请新增任务或导入任务分工方案</translation>
    </message>
    <message>
        <source>the campaign of %1 names no issuing office: the document leaves it blank (campaign set %1 --issuer …)</source>
        <translation>%1年度考评尚未设置发文机关：文件中该处留空（请在“命名通知设置”中填写）</translation>
    </message>
    <message>
        <source>--period '%1' is not a period of %2: write %2-Q3 (a quarter), %2-09 (a month), %2-H1 (a half year) or %2 (the year)</source>
        <translation>“%1”不是%2年的通报期间：请写 %2-Q3（季度）、%2-09（月份）、%2-H1（半年）或 %2（全年）</translation>
    </message>
    <message>
        <source>the %1 ledger has no tasks to report on</source>
        <translation>%1年度台账没有可通报的任务</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>没有编号为 %1 的任务</translation>
    </message>
    <message>
        <source>task %1 is done (%2): it needs no supervision letter</source>
        <translation>任务 %1 已完成（%2），无需发督办函</translation>
    </message>
    <message>
        <source>task %1 is not overdue yet (due %2)</source>
        <translation>任务 %1 尚未逾期（完成时限 %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation>%1：第 %2 行</translation>
    </message>
    <message>
        <source>%1: no column %2 (the header row needs 序号, 任务, 类别, 牵头单位, 配合单位, 完成时限, 目标)</source>
        <translation>%1：缺少“%2”列（表头应包括 序号、任务、类别、牵头单位、配合单位、完成时限、目标）</translation>
    </message>
    <message>
        <source>: a task needs its text</source>
        <translation>：任务内容不能为空</translation>
    </message>
    <message>
        <source>: '%1' is none of 共性, 个性, 延伸</source>
        <translation>：“%1”不是 共性、个性、延伸 之一</translation>
    </message>
    <message>
        <source>: a task needs a lead department</source>
        <translation>：任务需要牵头单位</translation>
    </message>
    <message>
        <source>: '%1' is not a date (2026-06-30, 2026年6月底, 6月底前, 年底前, 第三季度 or 长期坚持)</source>
        <translation>：“%1”不是日期（可写 2026-06-30、2026年6月底、6月底前、年底前、第三季度 或 长期坚持）</translation>
    </message>
    <message>
        <source>: part %1 comes before (or without) task %2</source>
        <translation>：分解任务 %1 出现在任务 %2 之前（或没有该任务）</translation>
    </message>
    <message>
        <source>: '%1' is none of 内分, 外分, 下分</source>
        <translation>：“%1”不是 内分、外分、下分 之一</translation>
    </message>
    <message>
        <source>year %1 is not a campaign year</source>
        <translation>%1 不是有效的考评年度</translation>
    </message>
    <message>
        <source>a task needs a title (--title)</source>
        <translation>任务名称不能为空</translation>
    </message>
    <message>
        <source>title</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>task kind '%1' is none of common (共性), specific (个性), extended (延伸)</source>
        <translation>任务类别“%1”不是 共性、个性、延伸 之一</translation>
    </message>
    <message>
        <source>a task needs a lead department (--lead)</source>
        <translation>任务需要牵头单位</translation>
    </message>
    <message>
        <source>lead department</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>co-organising department</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>due date '%1' is not a date (write it as YYYY-MM-DD)</source>
        <translation>完成时限“%1”不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>due date %1 is before the task's year %2</source>
        <translation>完成时限 %1 早于任务所属年度 %2</translation>
    </message>
    <message>
        <source>a milestone needs a date (YYYY-MM-DD)</source>
        <translation>节点需要日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>no task %1 to split (--parent)</source>
        <translation>没有可分解的任务 %1</translation>
    </message>
    <message>
        <source>task %1 belongs to %2, not to %3</source>
        <translation>任务 %1 属于 %2 年度，不属于 %3 年度</translation>
    </message>
    <message>
        <source>a part of task %1 needs --split inner (内分), outer (外分) or down (下分), not '%2'</source>
        <translation>任务 %1 的分解任务需选择 内分、外分 或 下分，而不是“%2”</translation>
    </message>
    <message>
        <source>task %1 is done: it takes no new parts</source>
        <translation>任务 %1 已完成，不能再分解</translation>
    </message>
    <message>
        <source>task %1 already has progress of its own: split it before recording progress</source>
        <translation>任务 %1 已记录进展，不能再分解：请在记录进展前分解</translation>
    </message>
    <message>
        <source>--split needs the task it splits (--parent)</source>
        <translation>分解方式需要指明被分解的任务</translation>
    </message>
    <message>
        <source>a percent is between 0 and 100, not %1</source>
        <translation>进度应在 0 到 100 之间，而不是 %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>task %1 is split into %2 parts: record progress on its parts</source>
        <translation>任务 %1 已分解为 %2 项：请在分解任务上记录进展</translation>
    </message>
    <message>
        <source>task %1 is already done (%2)</source>
        <translation>任务 %1 已完成（%2）</translation>
    </message>
    <message>
        <source>task %1 is split into %2 parts: it is done when they all are</source>
        <translation>任务 %1 已分解为 %2 项：分解任务全部完成即视为完成</translation>
    </message>
    <message>
        <source>task progress entry</source>
        <translation>任务进展</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>%1 does not record progress on task %2 (%3): its progress comes from %4</source>
        <translation>%1不能记录任务 %2（%3）的进展：该任务的进展由%4记录</translation>
    </message>
    <message>
        <source>'%1' is not a sub-step of the county review of %2: give one of %3 or its number 1–%4</source>
        <translation>“%1”不是%2年度县区考评的环节：请写 %3 之一，或其序号 1–%4</translation>
    </message>
    <message>
        <source>a sub-step needs its date (--date YYYY-MM-DD)</source>
        <translation>考评环节需要日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: weight must be a number from 0 to 1</source>
        <translation>%1：权重应为 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>%1: the weights add up to %2, not 1</source>
        <translation>%1：权重之和为 %2，不是 1</translation>
    </message>
    <message>
        <source>%1: a name is needed</source>
        <translation>%1：需要名称</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1：不是 JSON 对象（第 %3 字节：%2）</translation>
    </message>
    <message>
        <source>%1: "dimensions" must list at least one dimension</source>
        <translation>%1：“dimensions”至少应列出一个维度</translation>
    </message>
    <message>
        <source>%1: dimension %2</source>
        <translation>%1：第 %2 个维度</translation>
    </message>
    <message>
        <source>%1: dimension %2 appears twice</source>
        <translation>%1：维度“%2”重复</translation>
    </message>
    <message>
        <source>%1 (%2): list at least one aspect</source>
        <translation>%1（%2）：至少应列出一个方面</translation>
    </message>
    <message>
        <source>%1 (%2), aspect %3</source>
        <translation>%1（%2）第 %3 个方面</translation>
    </message>
    <message>
        <source>%1: aspect %2 appears twice</source>
        <translation>%1：方面“%2”重复</translation>
    </message>
    <message>
        <source>%1 (%2): list at least one measure</source>
        <translation>%1（%2）：至少应列出一个指标来源</translation>
    </message>
    <message>
        <source>%1 (%2), measure %3</source>
        <translation>%1（%2）第 %3 个指标来源</translation>
    </message>
    <message>
        <source>%1: source '%2' is none of assessment, pass_rate, excellent_rate, task_rate, survey, manual</source>
        <translation>%1：来源“%2”不是 assessment、pass_rate、excellent_rate、task_rate、survey、manual 之一</translation>
    </message>
    <message>
        <source>%1: unknown unit type '%2'</source>
        <translation>%1：未知单位类别“%2”</translation>
    </message>
    <message>
        <source>%1 (%2), its measures</source>
        <translation>%1（%2）的指标来源</translation>
    </message>
    <message>
        <source>%1 (%2), its aspects</source>
        <translation>%1（%2）的各方面</translation>
    </message>
    <message>
        <source>%1: the dimensions</source>
        <translation>%1：各维度</translation>
    </message>
    <message>
        <source>an index value is from 0 to 100, not %1</source>
        <translation>指数数值应在 0 到 100 之间，而不是 %1</translation>
    </message>
    <message>
        <source>the %1 index model has no aspect '%2'; its aspects are: %3</source>
        <translation>%1年度清廉指数模型没有“%2”这一方面；现有方面：%3</translation>
    </message>
    <message>
        <source>no county '%1' in this database (or 全市 for the city)</source>
        <translation>本文件中没有县区“%1”（全市请写“全市”）</translation>
    </message>
    <message>
        <source>a survey round needs a name (--name)</source>
        <translation>测评轮次需要名称</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>--by must be third-party, office or public, not '%1'</source>
        <translation>组织方应为第三方、纪委或公众，而不是“%1”</translation>
    </message>
    <message>
        <source>--date '%1' is not a date in the form YYYY-MM-DD</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>a sample size is a whole number of people</source>
        <translation>样本量应为整数（人数）</translation>
    </message>
    <message>
        <source>no survey round %1 (survey-round add prints the id)</source>
        <translation>没有编号为 %1 的测评轮次</translation>
    </message>
    <message>
        <source>%1: the question map needs the columns question and aspect</source>
        <translation>%1：问题对照表需要 question（问题）和 aspect（方面）两列</translation>
    </message>
    <message>
        <source>: '%1' is not an aspect of the %2 index model</source>
        <translation>：“%1”不是%2年度清廉指数模型中的方面</translation>
    </message>
    <message>
        <source>%1: no column county (县区)</source>
        <translation>%1：缺少“县区”列</translation>
    </message>
    <message>
        <source>%1: raw answers need the columns question and answer (问题, 回答)</source>
        <translation>%1：原始答卷需要“问题”和“回答”两列</translation>
    </message>
    <message>
        <source>%1: aggregated scores need the columns aspect and score (方面, 得分); raw answers are imported with --raw</source>
        <translation>%1：汇总得分需要“方面”和“得分”两列；原始答卷请按原始答卷导入</translation>
    </message>
    <message>
        <source>: no county '%1' in this database</source>
        <translation>：本文件中没有县区“%1”</translation>
    </message>
    <message>
        <source>: question '%1' is mapped to no aspect (--questions MAP.csv with question,aspect)</source>
        <translation>：问题“%1”没有对应的方面（请提供问题与方面的对照表）</translation>
    </message>
    <message>
        <source>: '%1' is none of 满意, 基本满意, 不满意, 1–5, 是, 否</source>
        <translation>：“%1”不是 满意、基本满意、不满意、1–5、是、否 之一</translation>
    </message>
    <message>
        <source>: a score is a number from 0 to 100, not '%1'</source>
        <translation>：得分应为 0 到 100 之间的数，而不是“%1”</translation>
    </message>
    <message>
        <source>: a sample size is a whole number, not '%1'</source>
        <translation>：样本量应为整数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: no data rows</source>
        <translation>%1：没有数据行</translation>
    </message>
    <message>
        <source>a county review has at most 12 sub-steps, not %1</source>
        <translation>县区考评最多 12 个环节，而不是 %1 个</translation>
    </message>
    <message>
        <source>sub-step</source>
        <translation>考评环节</translation>
    </message>
    <message>
        <source>sub-step %1 is named twice</source>
        <translation>考评环节“%1”重复</translation>
    </message>
    <message>
        <source>no campaign %1</source>
        <translation>没有 %1 年度的考评</translation>
    </message>
    <message>
        <source>index model</source>
        <translation>清廉指数模型</translation>
    </message>
    <message>
        <source>survey round</source>
        <translation>测评轮次</translation>
    </message>
    <message>
        <source>index value</source>
        <translation>指数录入值</translation>
    </message>
    <message>
        <source>review sub-step</source>
        <translation>县区考评环节</translation>
    </message>
    <message>
        <source>a minimum sample is a number of people from 1 up, not %1</source>
        <translation>最小样本量应为不小于 1 的人数，而不是 %1</translation>
    </message>
    <message>
        <source>%1 already exists: nothing was restored</source>
        <translation>%1 已存在：未恢复任何文件</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2</source>
        <translation>无法把备份 %1 复制为 %2</translation>
    </message>
    <message>
        <source>the backup %1 is damaged too (%2)</source>
        <translation>备份 %1 也已损坏（%2）</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>the package refers to unit %1 in campaign %2, which is neither here nor in the package</source>
        <translation>数据包引用了 %2 年度的单位 %1，但本库和数据包中都没有该单位</translation>
    </message>
    <message>
        <source>the package holds a damaged evidence record (%1)</source>
        <translation>数据包中的一条佐证材料记录已损坏（%1）</translation>
    </message>
    <message>
        <source>evidence file %1 (%2, unit %3) is neither in the package nor in this database's evidence folder: import the package that first carried it, or ask the sender for a package with all evidence files</source>
        <translation>佐证材料 %1（%2，单位 %3）既不在数据包中，也不在本库的佐证材料文件夹中：请先导入最早附带该文件的数据包，或请发送方重新导出包含全部佐证材料的数据包</translation>
    </message>
    <message>
        <source>the package holds a damaged finding record (%1)</source>
        <translation>数据包中的一条发现问题记录已损坏（%1）</translation>
    </message>
    <message>
        <source>finding %1 names an evidence file that is neither here nor in the package</source>
        <translation>发现问题 %1 关联的佐证材料既不在本库，也不在数据包中</translation>
    </message>
    <message>
        <source>%1: the evidence files do not match the signed manifest: the package is truncated or was altered</source>
        <translation>%1：佐证材料与签名清单不符，数据包不完整或已被改动</translation>
    </message>
    <message>
        <source>cannot create the evidence folder %1</source>
        <translation>无法创建佐证材料文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write in the evidence folder %1</source>
        <translation>无法写入佐证材料文件夹 %1</translation>
    </message>
    <message>
        <source>not enough memory to encrypt the package</source>
        <translation>内存不足，无法加密数据包</translation>
    </message>
    <message>
        <source>the package's list of files is damaged</source>
        <translation>数据包的文件清单已损坏</translation>
    </message>
    <message>
        <source>evidence file %1 is missing from %2: copy the evidence folder beside the database, then export again</source>
        <translation>佐证材料 %1 不在 %2 中：请把佐证材料文件夹复制到数据库旁边，再重新导出</translation>
    </message>
    <message>
        <source>cannot write the package: %1</source>
        <translation>无法写入数据包：%1</translation>
    </message>
    <message>
        <source>evidence file %1 in %2 was altered or damaged: its contents no longer match their SHA-256</source>
        <translation>%2 中的佐证材料 %1 已被改动或损坏：内容与校验值不符</translation>
    </message>
    <message>
        <source>%1: evidence file %2</source>
        <translation>%1：佐证材料 %2</translation>
    </message>
    <message>
        <source>%1: the file is longer than the manifest says</source>
        <translation>%1：文件比清单所记的长</translation>
    </message>
    <message>
        <source>cannot copy the evidence files into the backup folder %1</source>
        <translation>无法把佐证材料复制到备份文件夹 %1</translation>
    </message>
    <message>
        <source>%1: scoring must be "points" or "deduct", not "%2"</source>
        <translation>%1：计分方式只能是“points”（打分）或“deduct”（扣分），不能是“%2”</translation>
    </message>
    <message>
        <source>%1: a veto indicator cannot be deduction-scored</source>
        <translation>%1：一票否决项不能按扣分制计分</translation>
    </message>
    <message>
        <source>%1: the file ends early</source>
        <translation>%1：文件不完整</translation>
    </message>
    <message>
        <source>cannot store a file in the evidence folder %1</source>
        <translation>无法在佐证材料文件夹 %1 中保存文件</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: %2 MB is over the limit of %3 MB for one evidence file: split or compress it</source>
        <translation>%1：文件大小 %2 MB，超过单个佐证材料 %3 MB 的上限，请拆分或压缩后再添加</translation>
    </message>
    <message>
        <source>%1: over the limit of %2 MB for one evidence file</source>
        <translation>%1：超过单个佐证材料 %2 MB 的上限</translation>
    </message>
    <message>
        <source>%1: not a valid evidence file entry</source>
        <translation>%1：不是有效的佐证材料条目</translation>
    </message>
    <message>
        <source>%1: the file does not match its SHA-256 in the signed manifest: it was altered or damaged</source>
        <translation>%1：文件与签名清单中的校验值不符，已被改动或损坏</translation>
    </message>
    <message>
        <source>evidence file %1 is missing from %2: copy the folder %3 beside the database with it</source>
        <translation>佐证材料 %1 不在 %2 中：请把文件夹 %3 与数据库一起复制</translation>
    </message>
    <message>
        <source>unit %1: unknown indicator '%2' in its rubric (use - for the whole sheet)</source>
        <translation>单位 %1：其考评细则中没有指标“%2”（整张打分表请用 -）</translation>
    </message>
    <message>
        <source>unit %1 is %2 in campaign %3: its evidence is final</source>
        <translation>单位 %1 在 %3 年度的状态为“%2”，佐证材料不能再更改</translation>
    </message>
    <message>
        <source>name at least one file to attach</source>
        <translation>请至少选择一个要添加的文件</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>say why the evidence file is removed (--reason)</source>
        <translation>请说明移除该佐证材料的原因</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>there is no evidence file %1</source>
        <translation>没有编号为 %1 的佐证材料</translation>
    </message>
    <message>
        <source>evidence file %1 (%2) was already removed</source>
        <translation>佐证材料 %1（%2）已被移除</translation>
    </message>
    <message>
        <source>evidence file %1 (%2) is unit %3's own self-check evidence: only the unit removes it</source>
        <translation>佐证材料 %1（%2）是单位 %3 自评时上传的，只有该单位可以移除</translation>
    </message>
    <message>
        <source>%1 (−%2)</source>
        <translation>%1（扣 %2 分）</translation>
    </message>
    <message>
        <source>findings are recorded in the county review or the city recheck (--step county|city)</source>
        <translation>发现问题只能在县区考评或市级复核环节记录</translation>
    </message>
    <message>
        <source>a finding needs a text (--text)</source>
        <translation>请填写发现的问题</translation>
    </message>
    <message>
        <source>unit %1 is %2 in campaign %3: its findings are final</source>
        <translation>单位 %1 在 %3 年度的状态为“%2”，发现问题不能再更改</translation>
    </message>
    <message>
        <source>a deduction cannot be negative</source>
        <translation>扣分不能为负数</translation>
    </message>
    <message>
        <source>indicator %1 is a veto: a finding there deducts no points (record the veto with `veto`)</source>
        <translation>指标 %1 是一票否决项：在该项记录问题不扣分（请勾选一票否决并填写原因）</translation>
    </message>
    <message>
        <source>a deduction of %1 is above %2's maximum of %3</source>
        <translation>扣分 %1 超过了 %2 的满分 %3</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>整张打分表</translation>
    </message>
    <message>
        <source>evidence file %1 is not one of unit %2's in %3</source>
        <translation>佐证材料 %1 不属于单位 %2 的 %3 年度材料</translation>
    </message>
    <message>
        <source>say why the finding is removed (--reason)</source>
        <translation>请说明移除该问题的原因</translation>
    </message>
    <message>
        <source>there is no finding %1</source>
        <translation>没有编号为 %1 的发现问题</translation>
    </message>
    <message>
        <source>finding %1 has rectification item %2: it stays on record</source>
        <translation>发现问题 %1 已生成整改事项 %2，须保留在案</translation>
    </message>
    <message>
        <source>finding %1 already has rectification item %2</source>
        <translation>发现问题 %1 已生成过整改事项 %2</translation>
    </message>
    <message>
        <source>campaign %1 already has scores on %2 sheets: its weights and thresholds are fixed once scoring has begun, so that every unit is judged by the same rule</source>
        <translation>%1年度考评已有 %2 张评分表录入了分数：开始打分后权重和分数线即固定，以保证所有单位按同一规则评定</translation>
    </message>
    <message>
        <source>there is no campaign %1 to start %2 from</source>
        <translation>没有%1年度考评，无法据此建立%2年度考评</translation>
    </message>
    <message>
        <source>campaign %1 has no county review sub-step '%2'</source>
        <translation>%1年度考评没有名为“%2”的县区考评环节</translation>
    </message>
    <message>
        <source>%1: no header row with 指标编号 (expected: 维度 | 指标编号 | 考评内容 | 分值 | 评分标准 | 佐证材料 | 否决项 | 扣分制)</source>
        <translation>%1：找不到含“指标编号”的表头行（应为：维度 | 指标编号 | 考评内容 | 分值 | 评分标准 | 佐证材料 | 否决项 | 扣分制）</translation>
    </message>
    <message>
        <source>%1: the cell right of %2 above the table</source>
        <translation>%1：表格上方“%2”右侧的单元格</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <source>%1 must be a year such as 2026</source>
        <translation>%1应填写年度，如 2026</translation>
    </message>
    <message>
        <source>%1: "%2" is not 是 or 否</source>
        <translation>%1：“%2”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1: "%2" is not a max greater than 0 in steps of 0.5</source>
        <translation>%1：“%2”不是大于 0、以 0.5 分为单位的分值</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>dimension added</source>
        <translation>新增维度</translation>
    </message>
    <message>
        <source>dimension removed</source>
        <translation>删除维度</translation>
    </message>
    <message>
        <source>dimension renamed</source>
        <translation>维度改名</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>content</source>
        <translation>考评内容</translation>
    </message>
    <message>
        <source>max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>deduction-scored</source>
        <translation>扣分制</translation>
    </message>
    <message>
        <source>scoring guidance</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>evidence expected</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>the rubric has no title</source>
        <translation>考评细则没有名称</translation>
    </message>
    <message>
        <source>dimension %1 has no id</source>
        <translation>第 %1 个维度没有编号</translation>
    </message>
    <message>
        <source>id %1 is used twice</source>
        <translation>编号 %1 重复</translation>
    </message>
    <message>
        <source>dimension %1 has no title</source>
        <translation>维度 %1 没有名称</translation>
    </message>
    <message>
        <source>dimension %1 has no indicator</source>
        <translation>维度 %1 没有指标</translation>
    </message>
    <message>
        <source>indicator %1 of dimension %2 has no id</source>
        <translation>维度 %2 的第 %1 个指标没有编号</translation>
    </message>
    <message>
        <source>indicator id %1 is used twice</source>
        <translation>指标编号 %1 重复</translation>
    </message>
    <message>
        <source>indicator %1 has no text</source>
        <translation>指标 %1 没有考评内容</translation>
    </message>
    <message>
        <source>indicator %1: a veto indicator has no max</source>
        <translation>指标 %1：一票否决项不设分值</translation>
    </message>
    <message>
        <source>indicator %1: a veto indicator cannot be deduction-scored</source>
        <translation>指标 %1：一票否决项不能按扣分制计分</translation>
    </message>
    <message>
        <source>indicator %1: max must be greater than 0</source>
        <translation>指标 %1：分值必须大于 0</translation>
    </message>
    <message>
        <source>the rubric has no dimension</source>
        <translation>考评细则没有维度</translation>
    </message>
    <message>
        <source>the rubric has no scored indicator</source>
        <translation>考评细则没有计分指标</translation>
    </message>
    <message>
        <source>the scored maxima add up to %1, not 100</source>
        <translation>各计分指标分值合计为 %1，不是 100</translation>
    </message>
    <message>
        <source>there is no such rubric version</source>
        <translation>没有这个细则版本</translation>
    </message>
    <message>
        <source>campaign %1 already has scores on %2 sheets of this type: its units keep the rubric version they are scored by</source>
        <translation>%1年度考评中此类单位已有 %2 张打分表录入了分数：这些单位继续使用原来的细则版本</translation>
    </message>
</context>
<context>
    <name>lianping::ui</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>lianping::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>lianping::ui::BatchReportDialog</name>
    <message>
        <source>Rating reports in batch</source>
        <translation>批量出具考评报告</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All reports in one PDF file</source>
        <translation>全部报告合并为一个 PDF 文件</translation>
    </message>
    <message>
        <source>One PDF file per unit, in a folder</source>
        <translation>每个单位一个 PDF 文件,保存到文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>县区:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类别:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出方式:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到:</translation>
    </message>
    <message>
        <source>Write reports</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Save reports</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>选择保存报告的文件夹</translation>
    </message>
</context>
<context>
    <name>lianping::ui::CampaignForm</name>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>优秀不超过</translation>
    </message>
    <message>
        <source>of a county's units excellent</source>
        <translation>（占本县区参评单位）</translation>
    </message>
    <message>
        <source>Organisational weight w:</source>
        <translation>组织考评权重 w：</translation>
    </message>
    <message>
        <source>Weight of a 'basically satisfied' ballot:</source>
        <translation>“基本满意”票的权重：</translation>
    </message>
    <message>
        <source>Excellent from:</source>
        <translation>优秀分数线（≥）：</translation>
    </message>
    <message>
        <source>Qualified from:</source>
        <translation>合格分数线（≥）：</translation>
    </message>
    <message>
        <source>Excellence quota:</source>
        <translation>优秀名额上限：</translation>
    </message>
    <message>
        <source>T = w·S&lt;sub&gt;org&lt;/sub&gt; + (1 − w)·S&lt;sub&gt;mass&lt;/sub&gt; = %1·S&lt;sub&gt;org&lt;/sub&gt; + %2·S&lt;sub&gt;mass&lt;/sub&gt;</source>
        <translation>总分 T = w·S&lt;sub&gt;组织&lt;/sub&gt; + (1 − w)·S&lt;sub&gt;群众&lt;/sub&gt; = %1·S&lt;sub&gt;组织&lt;/sub&gt; + %2·S&lt;sub&gt;群众&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>The mass survey does not count.</source>
        <translation>群众满意度测评不计入总分。</translation>
    </message>
    <message>
        <source>The organisational score does not count.</source>
        <translation>组织考评得分不计入总分。</translation>
    </message>
    <message>
        <source>The qualified threshold must not be above the excellent one (%1).</source>
        <translation>合格分数线不能高于优秀分数线（%1）。</translation>
    </message>
    <message>
        <source>With a quota of 0 % no unit can be excellent.</source>
        <translation>名额上限为 0 % 时，没有单位能评为优秀。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::CampaignSettingsDialog</name>
    <message>
        <source>Settings of the %1 campaign</source>
        <translation>%1年度考评设置</translation>
    </message>
    <message>
        <source>Scoring has begun: these settings are fixed.</source>
        <translation>已开始打分，以下设置已固定。</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>测评</translation>
    </message>
    <message>
        <source>Minimum sample:</source>
        <translation>最低样本数：</translation>
    </message>
    <message>
        <source>A survey figure from fewer answers is flagged, not hidden.</source>
        <translation>样本少于此数的测评结果会被标注（不隐藏）。</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>请先改正标红的项目。</translation>
    </message>
    <message>
        <source>There is no %1 campaign.</source>
        <translation>没有%1年度考评。</translation>
    </message>
    <message>
        <source>Keep at least one sub-step, or restore the six default ones.</source>
        <translation>请至少保留一个环节，或恢复默认六个环节。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::CampaignsDialog</name>
    <message>
        <source>, excellent at most %1 %</source>
        <translation>，优秀不超过 %1 %</translation>
    </message>
    <message>
        <source>Campaign years</source>
        <translation>考评年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Units enrolled</source>
        <translation>参评单位</translation>
    </message>
    <message>
        <source>Sheets scored</source>
        <translation>已评分的评分表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;New year…</source>
        <translation>新建年度(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Enrol units…</source>
        <translation>加入单位(&amp;E)…</translation>
    </message>
    <message>
        <source>The window now works on the %1 campaign.</source>
        <translation>窗口已转到%1年度。</translation>
    </message>
    <message>
        <source>The settings of the %1 campaign are saved.</source>
        <translation>%1年度考评设置已保存。</translation>
    </message>
    <message>
        <source>organisation score %1 %, a basic ballot counts %2, excellent ≥ %3, qualified ≥ %4</source>
        <translation>组织考评占 %1 %，基本满意票计 %2，优秀 ≥ %3 分，合格 ≥ %4 分</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>These records were changed on two laptops apart. This database's version is in use; choose which to keep. The other stays in the unit's history.</source>
        <translation>以下记录在两台电脑上分别被修改。目前使用本机版本;请选择保留哪一个,另一个将保留在该单位的历史记录中。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Ours ≠ theirs</source>
        <translation>本机 ≠ 对方</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>保留本机版本(&amp;O)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方版本(&amp;T)</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>冲突未处理</translation>
    </message>
</context>
<context>
    <name>lianping::ui::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 campaign: %2 assessed, %3 not yet · pass rate %4 % · excellent %5 · average total %6</source>
        <translation>%1年度:已考评 %2 个,未考评 %3 个 · 合格率 %4% · 优秀 %5 个 · 平均总分 %6</translation>
    </message>
</context>
<context>
    <name>lianping::ui::Documents</name>
    <message>
        <source>Writing rating reports…</source>
        <translation>正在生成考评报告…</translation>
    </message>
    <message>
        <source>No enrolled unit matches the chosen county and type.</source>
        <translation>所选县区和类别中没有参评单位。</translation>
    </message>
    <message>
        <source>Writing the summary workbook…</source>
        <translation>正在生成汇总表…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>lianping::ui::EnrollDialog</name>
    <message>
        <source>Enrol units in the %1 campaign</source>
        <translation>加入%1年度考评的单位</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>Every active unit of the registry that matches is enrolled, with its type's rubric for the year. Units already enrolled stay as they are.</source>
        <translation>名册中符合条件的在册单位全部加入，使用其类别本年度的考评细则；已参加的单位不受影响。</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类别:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>县区:</translation>
    </message>
    <message>
        <source>No unit newly enrolled: every matching unit already takes part in the %1 campaign.</source>
        <translation>没有新加入的单位：符合条件的单位都已参加%1年度考评。</translation>
    </message>
    <message>
        <source>%1 units newly enrolled in the %2 campaign.</source>
        <translation>新加入%2年度考评的单位 %1 个。</translation>
    </message>
    <message>
        <source>Or unit codes, separated by spaces or commas</source>
        <translation>或填写单位编码，用空格或逗号分隔</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Enrolling units…</source>
        <translation>正在加入单位…</translation>
    </message>
</context>
<context>
    <name>lianping::ui::EvidenceActions</name>
    <message>
        <source>All files (*);;PDF documents (*.pdf);;Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff);;Word and Excel (*.doc *.docx *.xls *.xlsx *.wps *.et)</source>
        <translation>所有文件 (*);;PDF 文档 (*.pdf);;图片 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff);;Word 和 Excel 文档 (*.doc *.docx *.xls *.xlsx *.wps *.et)</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>佐证材料未添加</translation>
    </message>
    <message>
        <source>No file was attached.

%1</source>
        <translation>没有添加任何文件。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n 字节</numerusform></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>County review</source>
        <translation>县区考评</translation>
    </message>
    <message>
        <source>City recheck</source>
        <translation>市级复查</translation>
    </message>
</context>
<context>
    <name>lianping::ui::EvidencePane</name>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to %1.</source>
        <translation><numerusform>已为 %1 添加 %n 份佐证材料。</numerusform></translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>整张打分表</translation>
    </message>
    <message>
        <source>%1 is scored by deduction: its points are computed from the findings (add or remove a finding below).</source>
        <translation>%1 为扣分制指标：得分由发现问题自动计算（请在下方添加或移除问题）。</translation>
    </message>
    <message>
        <source>Evidence and findings: open a unit's sheet.</source>
        <translation>佐证材料与发现问题：请先打开一个单位的打分表。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · expected: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · 应有材料：%4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whole sheet&lt;/b&gt; · %1 · every file and finding of this step; select an indicator to see only its own</source>
        <translation>&lt;b&gt;整张打分表&lt;/b&gt; · %1 · 本环节的全部材料和问题；选中一项指标只看该项</translation>
    </message>
</context>
<context>
    <name>lianping::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考评指标</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add evidence files…</source>
        <translation>添加佐证材料(&amp;A)…</translation>
    </message>
    <message>
        <source>Or drop files on an indicator of the sheet</source>
        <translation>也可以把文件直接拖到打分表的指标上</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Opens a checked copy with the program the system uses for it</source>
        <translation>用系统关联的程序打开一份经过校验的副本</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>整表</translation>
    </message>
    <message>
        <source>No evidence here yet: drop files on the indicator, or use Add evidence files.</source>
        <translation>暂无佐证材料：把文件拖到指标上，或点“添加佐证材料”。</translation>
    </message>
    <message>
        <source>The stored copy failed its check.</source>
        <translation>保存的文件未通过校验。</translation>
    </message>
    <message>
        <source>No preview for this kind of file: open it.</source>
        <translation>此类文件无法预览，请打开查看。</translation>
    </message>
    <message>
        <source>Evidence for the whole sheet</source>
        <translation>整张打分表的佐证材料</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 的佐证材料</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to %1.</source>
        <translation><numerusform>已为 %1 添加 %n 份佐证材料。</numerusform></translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>整张打分表</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有可以打开 %1 的程序。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2? It stays in the history with the reason you give.</source>
        <translation>从 %2 移除 %1 吗？该文件及您填写的原因将保留在历史记录中。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Why is it removed? (required)</source>
        <translation>移除原因（必填）：</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>The first 12 hexadecimal digits of the file's SHA-256: the same file has the same value everywhere</source>
        <translation>文件校验值的前 12 位：同一文件在任何地方的校验值都相同</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ExchangeMenu</name>
    <message>
        <source>E&amp;xport package…</source>
        <translation>导出数据包(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Export this office's &amp;key…</source>
        <translation>导出本单位密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Trust another office's key…</source>
        <translation>信任其他单位的密钥(&amp;T)…</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>正在校验数据包…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Lianping packages (*.lpkg)</source>
        <translation>廉评数据包 (*.lpkg)</translation>
    </message>
    <message>
        <source>This package is encrypted. Passphrase:</source>
        <translation>该数据包已加密。口令:</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>数据包未导入</translation>
    </message>
    <message>
        <source>Package from %1 imported</source>
        <translation>已导入来自%1的数据包</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>没有考评年度</translation>
    </message>
    <message>
        <source>Create a campaign first: packages carry a campaign year.</source>
        <translation>请先创建考评年度:数据包按考评年度导出。</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>optional: for a USB stick</source>
        <translation>可选:用 U 盘传递时建议设置</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>县区:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类别:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入:</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>两次输入的口令不一致</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>数据包未生成</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>没有密钥</translation>
    </message>
    <message>
        <source>Export this office's key</source>
        <translation>导出本单位密钥</translation>
    </message>
    <message>
        <source>Office keys (*.lpkey)</source>
        <translation>单位密钥 (*.lpkey)</translation>
    </message>
    <message>
        <source>Office key</source>
        <translation>单位密钥</translation>
    </message>
    <message>
        <source>Saved. Give this file to the other office and read them this fingerprint by phone:

%1</source>
        <translation>已保存。请把此文件交给对方单位,并通过电话向对方核对以下指纹:

%1</translation>
    </message>
    <message>
        <source>Trust another office's key</source>
        <translation>信任其他单位的密钥</translation>
    </message>
    <message>
        <source>Office keys (*.lpkey *.json *.key);;All files (*)</source>
        <translation>单位密钥 (*.lpkey *.json *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>未能信任该密钥</translation>
    </message>
    <message>
        <source>Trust this office's key?</source>
        <translation>信任该单位的公钥吗？</translation>
    </message>
    <message>
        <source>The key file is from %1 (%2).

Its fingerprint:
%3

Read it out with that office by phone; trust the key only if it is the same.</source>
        <translation>该公钥文件来自 %1（%2）。

指纹：
%3

请与该单位电话核对指纹，一致后再信任。</translation>
    </message>
    <message>
        <source>The fingerprints match: trust it</source>
        <translation>指纹一致，信任</translation>
    </message>
    <message>
        <source>%1 (%2) is now trusted.</source>
        <translation>已信任 %1（%2）。</translation>
    </message>
    <message>
        <source>Include &amp;every evidence file, also those sent before</source>
        <translation>附带全部佐证材料，包括以前已发送的(&amp;E)</translation>
    </message>
    <message>
        <source>Saved %1 with %2 evidence files (%3 sent before are left out)</source>
        <translation>已保存 %1，附带佐证材料 %2 个（以前已发送的 %3 个未附带）</translation>
    </message>
</context>
<context>
    <name>lianping::ui::FindingDialog</name>
    <message>
        <source>Add a finding</source>
        <translation>添加发现问题</translation>
    </message>
    <message>
        <source>e.g. 会议记录缺少3月份</source>
        <translation>如：会议记录缺少3月份</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>问题(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Deduct:</source>
        <translation>扣分(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
    <message>
        <source>Say what was found (required)</source>
        <translation>请写明发现的问题（必填）</translation>
    </message>
</context>
<context>
    <name>lianping::ui::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考评指标</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Add &amp;finding…</source>
        <translation>添加发现问题(&amp;F)…</translation>
    </message>
    <message>
        <source>Make rectification &amp;item…</source>
        <translation>生成整改事项(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>No. %1 · by %2 · %3</source>
        <translation>第%1号：%3，%2前</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>整表</translation>
    </message>
    <message>
        <source>Findings are recorded in the county review or the city recheck</source>
        <translation>发现问题在县区考评或市级复核环节记录</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>暂无发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), deducting %1 in all.</source>
        <translation><numerusform>共 %n 个问题，合计扣 %1 分。</numerusform></translation>
    </message>
    <message>
        <source>Scored by deduction: %1 − %2 = %3 points.</source>
        <translation>扣分制：%1 − %2 = %3 分。</translation>
    </message>
    <message>
        <source>The whole sheet</source>
        <translation>整张打分表</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>Finding not recorded</source>
        <translation>问题未记录</translation>
    </message>
    <message>
        <source>Finding recorded.</source>
        <translation>已记录发现问题。</translation>
    </message>
    <message>
        <source>No rectification item made</source>
        <translation>未生成整改事项</translation>
    </message>
    <message>
        <source>Rectification item No. %1 made; it is followed up under Follow-ups.</source>
        <translation>已生成第 %1 号整改事项，请在“动态管理”中跟进。</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>移除发现问题</translation>
    </message>
    <message>
        <source>Remove the finding “%1”? It stays in the history with the reason you give; a deduction-scored indicator gets its points back.</source>
        <translation>移除问题“%1”吗？该问题及您填写的原因将保留在历史记录中；扣分制指标的得分随之恢复。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Why is it removed? (required)</source>
        <translation>移除原因（必填）：</translation>
    </message>
    <message>
        <source>Finding not removed</source>
        <translation>问题未移除</translation>
    </message>
    <message>
        <source>Finding removed.</source>
        <translation>已移除发现问题。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::FollowUpView</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续处理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Problem to rectify</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark done / &amp;verified</source>
        <translation>标记为已整改/已验证(&amp;V)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>动态管理</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>&amp;Add rectification item…</source>
        <translation>新增整改事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Add rectification item</source>
        <translation>新增整改事项</translation>
    </message>
    <message>
        <source>unit code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Search code, unit, county or text</source>
        <translation>按编码、单位、县区或内容查找</translation>
    </message>
    <message>
        <source>Only &amp;unfinished items</source>
        <translation>仅显示未办结(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F):</translation>
    </message>
    <message>
        <source>Evidence of the rectification</source>
        <translation>整改佐证材料</translation>
    </message>
    <message>
        <source>Attach the evidence that the problem was put right (a rectification report, photos, new rules)? It is kept with the unit's evidence.</source>
        <translation>是否附上问题已整改的佐证材料（整改报告、照片、新制定的制度等）？材料与该单位的佐证材料一起保存。</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>lianping::ui::GanttChart</name>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>lianping::ui::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ImportPreviewDialog</name>
    <message>
        <source>Import package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2), made %3.&lt;br&gt;Key fingerprint: &lt;tt&gt;%4&lt;/tt&gt; — the signature and contents are verified.</source>
        <translation>来自 &lt;b&gt;%1&lt;/b&gt;(%2),制作于 %3。&lt;br&gt;密钥指纹:&lt;tt&gt;%4&lt;/tt&gt; — 签名和内容已验证。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message numerus="yes">
        <source>%n history line(s) will be added.</source>
        <translation><numerusform>将新增 %n 条历史记录。</numerusform></translation>
    </message>
    <message>
        <source>Refused records belong to another office and must come from it:</source>
        <translation>拒收的记录属于其他单位,须由该单位提供:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Conflicts keep this database's version; both are listed under File › Exchange › Conflicts for you to choose.</source>
        <translation>冲突记录暂用本机版本;两个版本都列在“文件 › 与其他单位交换数据 › 冲突”中,供您选择。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::Imports</name>
    <message>
        <source>Importing units…</source>
        <translation>正在导入单位…</translation>
    </message>
    <message>
        <source>Importing scores…</source>
        <translation>正在导入评分…</translation>
    </message>
</context>
<context>
    <name>lianping::ui::IndexView</name>
    <message>
        <source>&amp;Import index model…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Enter a value…</source>
        <translation>录入数值(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <source>Computing the integrity index…</source>
        <translation>正在计算清廉指数…</translation>
    </message>
    <message>
        <source>No campaign year to compute.</source>
        <translation>没有可计算的考评年度。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>清廉指数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>较上年</translation>
    </message>
    <message>
        <source>Data missing for</source>
        <translation>数据不全</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>%1 integrity index of %2 counties and the city; %3 computed without data for some aspects (their weight goes to the others).</source>
        <translation>%1年度 %2 个县区和全市的清廉指数；其中 %3 个缺少部分方面的数据（其权重分给其他方面）。</translation>
    </message>
    <message>
        <source>Import index model</source>
        <translation>导入清廉指数模型</translation>
    </message>
    <message>
        <source>Index model (*.json)</source>
        <translation>清廉指数模型 (*.json)</translation>
    </message>
    <message>
        <source>Model not imported</source>
        <translation>模型未导入</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Enter an index value</source>
        <translation>录入指数数值</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>县区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>方面(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Value (0–100):</source>
        <translation>数值(&amp;V)（0–100）：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Value not stored</source>
        <translation>数值未保存</translation>
    </message>
    <message>
        <source>Import &amp;survey results…</source>
        <translation>导入测评结果(&amp;S)…</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>no data: its weight goes to the others</source>
        <translation>无数据：其权重分给其他方面</translation>
    </message>
    <message>
        <source>fewer answers than the minimum sample</source>
        <translation>样本量不足</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>导入测评结果</translation>
    </message>
    <message>
        <source>e.g. 2026年度第三方满意度调查</source>
        <translation>如：2026年度第三方满意度调查</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>纪委监委</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>公众</translation>
    </message>
    <message>
        <source>Questionnaire, telephone, online …</source>
        <translation>问卷、电话、网络……</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Raw answers (one row per respondent and question)</source>
        <translation>原始答卷（每人每题一行）</translation>
    </message>
    <message>
        <source>Question map (question, aspect), for raw answers</source>
        <translation>问题对照表（问题、方面），原始答卷用</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>测评结果文件</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv)</source>
        <translation>表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Carried out &amp;by:</source>
        <translation>组织方(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Question map:</source>
        <translation>问题对照表(&amp;Q)：</translation>
    </message>
    <message>
        <source>Survey results imported</source>
        <translation>测评结果已导入</translation>
    </message>
    <message>
        <source>%1 rows read: %2 answers, %3 scores, for %4.</source>
        <translation>读取 %1 行：答卷 %2 条、汇总得分 %3 条，涉及%4。</translation>
    </message>
    <message>
        <source>Survey results not imported</source>
        <translation>测评结果未导入</translation>
    </message>
</context>
<context>
    <name>lianping::ui::KeyPrompt</name>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>This office's signing key is locked on this computer.
Key passphrase (chosen when the office was set up):</source>
        <translation>本单位的签名密钥在本机处于锁定状态。
密钥口令(设置单位时选定):</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>密钥口令:</translation>
    </message>
</context>
<context>
    <name>lianping::ui::LedgerModel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最近进展</translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation>其他任务</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>%1
Target: %2</source>
        <translation>%1
目标：%2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级复查</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>长期</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期完成）</translation>
    </message>
</context>
<context>
    <name>lianping::ui::LedgerView</name>
    <message>
        <source>Search task, target or department</source>
        <translation>搜索任务、目标或单位</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>台账(&amp;L)</translation>
    </message>
    <message>
        <source>Progress &amp;chart</source>
        <translation>挂图作业(&amp;C)</translation>
    </message>
    <message>
        <source>Completion &amp;rates</source>
        <translation>完成率(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>覆盖率(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>新增任务(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>分解任务(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a part of the selected task: 内分 to its sections, 外分 to a co-organiser, 下分 to a county</source>
        <translation>为所选任务增加分解任务：内分到内设科室，外分到配合单位，下分到县区</translation>
    </message>
    <message>
        <source>Record &amp;progress…</source>
        <translation>记录进展(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Supervision &amp;letter…</source>
        <translation>督办函(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import division plan…</source>
        <translation>导入分工方案(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport ledger…</source>
        <translation>导出台账(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Bulletin…</source>
        <translation>通报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>行动(&amp;A)：</translation>
    </message>
    <message>
        <source>By lead department</source>
        <translation>按牵头单位</translation>
    </message>
    <message>
        <source>By county</source>
        <translation>按县区</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>按行动</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Done / tasks</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>参评</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>已命名</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Set the year's &amp;target…</source>
        <translation>设置年度目标(&amp;T)…</translation>
    </message>
    <message>
        <source>All lead departments</source>
        <translation>全部牵头单位</translation>
    </message>
    <message>
        <source>City and counties</source>
        <translation>市级和各县区</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部行动</translation>
    </message>
    <message>
        <source>Other tasks</source>
        <translation>其他任务</translation>
    </message>
    <message>
        <source>%1 tasks: completion %2 · %3 overdue · %4 shown</source>
        <translation>%1年度任务：完成 %2 · 逾期 %3 项 · 显示 %4 项</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Coverage is named ÷ registered units (一年试点、两年深化、三年全覆盖); red where a type is below the year's target.</source>
        <translation>覆盖率 = 已命名 ÷ 在册单位（一年试点、两年深化、三年全覆盖）；低于年度目标的以红色显示。</translation>
    </message>
    <message>
        <source>Coverage target</source>
        <translation>覆盖率目标</translation>
    </message>
    <message>
        <source>Share of registered units to be named in %1 (e.g. pilot 10, deepen 50, full 100):</source>
        <translation>%1年度应命名的在册单位比例（如试点 10、深化 50、全覆盖 100）：</translation>
    </message>
    <message>
        <source>Target not set</source>
        <translation>目标未设置</translation>
    </message>
    <message>
        <source>Task not added</source>
        <translation>任务未添加</translation>
    </message>
    <message>
        <source>Progress not recorded</source>
        <translation>进展未记录</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Mark “%1” done today? The ledger keeps the date; it cannot be undone.</source>
        <translation>将“%1”标记为今天完成？台账会记下日期，此操作不能撤销。</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Import division plan</source>
        <translation>导入任务分工方案</translation>
    </message>
    <message>
        <source>Division plan (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>任务分工方案 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Division plan not imported</source>
        <translation>分工方案未导入</translation>
    </message>
    <message>
        <source>Division plan imported</source>
        <translation>分工方案已导入</translation>
    </message>
    <message>
        <source>%1 tasks and %2 parts added to %3; %4 rows were already in the ledger.</source>
        <translation>已向%3年度台账新增任务 %1 项、分解任务 %2 项；另有 %4 行已在台账中。</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Task ledger %1.xlsx</source>
        <translation>%1年任务台账.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Ledger not exported</source>
        <translation>台账未导出</translation>
    </message>
    <message>
        <source>%1 quarter %2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 month %2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 first half</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 whole year</source>
        <translation>%1年全年</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Save bulletin</source>
        <translation>保存通报</translation>
    </message>
    <message>
        <source>Bulletin %1.pdf</source>
        <translation>通报 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Bulletin not written</source>
        <translation>通报未生成</translation>
    </message>
    <message>
        <source>Bulletin written</source>
        <translation>通报已生成</translation>
    </message>
    <message>
        <source>Save supervision letter</source>
        <translation>保存督办函</translation>
    </message>
    <message>
        <source>Supervision letter %1.pdf</source>
        <translation>督办函 %1.pdf</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>督办函未生成</translation>
    </message>
    <message>
        <source>No tasks for %1 yet: add them with New task, or import the task division plan.</source>
        <translation>%1年度还没有任务：请点“新增任务”添加，或导入任务分工方案。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::MainWindow</name>
    <message>
        <source>Lianping 廉评</source>
        <translation>廉评</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考评打分</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>审核命名</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>动态管理</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>Rubrics</source>
        <translation>考评细则</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>考评年度:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>生成演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lianping</source>
        <translation>关于廉评(&amp;A)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>%1 campaign</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作人:%1</translation>
    </message>
    <message>
        <source>%1 — Lianping 廉评</source>
        <translation>%1 — 廉评</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>请问您是?</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make:</source>
        <translation>您所做的每次修改都会记录您的姓名:</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Lianping databases (*.lpdb)</source>
        <translation>廉评数据库 (*.lpdb)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Lianping databases (*.lpdb);;All files (*)</source>
        <translation>廉评数据库 (*.lpdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>No copy made</source>
        <translation>未生成副本</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>副本已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n demo unit(s)…</source>
        <translation><numerusform>正在生成 %n 个演示单位…</numerusform></translation>
    </message>
    <message>
        <source>No demo data</source>
        <translation>未生成演示数据</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>How many units? (A new file is created.)</source>
        <translation>生成多少个单位?(将新建一个文件)</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>About Lianping</source>
        <translation>关于廉评</translation>
    </message>
    <message>
        <source>%1 · operator: %2</source>
        <translation>%1 · 操作人:%2</translation>
    </message>
    <message>
        <source>Office not set</source>
        <translation>未设定所属单位</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入单位名录</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) imported</source>
        <translation><numerusform>已导入 %n 个单位</numerusform></translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>导入评分</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>County review</source>
        <translation>县区考评</translation>
    </message>
    <message>
        <source>City recheck</source>
        <translation>市级复查</translation>
    </message>
    <message>
        <source>Which step are these scores?</source>
        <translation>这些评分属于哪个环节?</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) imported</source>
        <translation><numerusform>已导入 %n 项评分</numerusform></translation>
    </message>
    <message>
        <source>&lt;h3&gt;廉评 Lianping %1&lt;/h3&gt;&lt;p&gt;Assessment and naming of integrity units.&lt;/p&gt;&lt;p&gt;Third-party components:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 — public domain&lt;/li&gt;&lt;li&gt;Fonts: WenQuanYi Micro Hei (Apache-2.0 or GPL-3.0), Noto Sans CJK (OFL-1.1), from the system&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;廉评 %1&lt;/h3&gt;&lt;p&gt;廉洁细胞考评与命名。&lt;/p&gt;&lt;p&gt;第三方组件:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — LGPL-3.0(Qt Charts:GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 — 公有领域&lt;/li&gt;&lt;li&gt;字体:文泉驿微米黑(Apache-2.0 或 GPL-3.0)、思源黑体 Noto Sans CJK(OFL-1.1),由系统提供&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation>备份副本已写入 %1</translation>
    </message>
    <message>
        <source>No automatic backup: %1</source>
        <translation>未能自动备份:%1</translation>
    </message>
    <message>
        <source>Import &amp;units (CSV or Excel)…</source>
        <translation>导入单位名单(CSV 或 Excel)(&amp;U)…</translation>
    </message>
    <message>
        <source>Import s&amp;cores or a self-check form (CSV or Excel)…</source>
        <translation>导入评分或自评表(CSV 或 Excel)(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xchange with other offices</source>
        <translation>与其他单位交换数据(&amp;X)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New counties</source>
        <translation>新县区</translation>
    </message>
    <message numerus="yes">
        <source>The file names %n county(ies) not yet in this database:

%1

Add them and import the units? Choose No to check the spelling first.</source>
        <translation><numerusform>文件中有 %n 个县区尚未登记:

%1

是否添加这些县区并导入单位?选择“否”可先核对名称。</numerusform></translation>
    </message>
    <message>
        <source>O&amp;ffice and signing key…</source>
        <translation>所属单位与签名密钥(&amp;F)…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>&lt;p&gt;This database belongs to &lt;b&gt;%1&lt;/b&gt; (%2).&lt;/p&gt;&lt;p&gt;Signing key fingerprint: &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;A database belongs to one office for good, so that its packages can be trusted; for another office, create a new database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本数据库属于 &lt;b&gt;%1&lt;/b&gt;(%2)。&lt;/p&gt;&lt;p&gt;签名密钥指纹:&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;为保证数据包可信,一个数据库始终只属于一个单位;其他单位请新建数据库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This database now belongs to &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Its signing key fingerprint is &lt;tt&gt;%2&lt;/tt&gt;: give it to the offices that will import your packages, to compare by phone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本数据库现属于 &lt;b&gt;%1&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;签名密钥指纹为 &lt;tt&gt;%2&lt;/tt&gt;:请告知将导入您数据包的单位,以便电话核对。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Task ledger</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Integrity index</source>
        <translation>清廉指数</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <source>%1

Lianping keeps daily backups of this file. Restore one of them beside it? The file itself is left exactly as it is.</source>
        <translation>%1

廉评每天为这个文件自动备份。要把其中一份恢复到它旁边吗？原文件保持不变。</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup is restored as %1 and opened. %2 is left as it was.</source>
        <translation>备份已恢复为 %1 并已打开；%2 保持原样。</translation>
    </message>
    <message>
        <source>Campaign &amp;years…</source>
        <translation>考评年度(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>请先打开或新建数据库文件。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::NamingView</name>
    <message>
        <source>Show candidates</source>
        <translation>显示候选单位</translation>
    </message>
    <message>
        <source>Candidates (accepted, qualified or better):</source>
        <translation>候选单位(已验收、合格及以上):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Naming decision</source>
        <translation>命名决定</translation>
    </message>
    <message>
        <source>&amp;Name the ticked units…</source>
        <translation>命名勾选的单位(&amp;N)…</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定文号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Re&amp;voke a naming…</source>
        <translation>撤销命名(&amp;V)…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s); untick any that should wait.</source>
        <translation><numerusform>共 %n 个候选单位;暂不命名的请取消勾选。</numerusform></translation>
    </message>
    <message>
        <source>Tick at least one unit.</source>
        <translation>请至少勾选一个单位。</translation>
    </message>
    <message>
        <source>Enter the decision number first.</source>
        <translation>请先填写决定文号。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>……另有 %n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Name %n unit(s)?</source>
        <translation><numerusform>命名 %n 个单位?</numerusform></translation>
    </message>
    <message>
        <source>Decision %1 of %2 names:

%3</source>
        <translation>%2 的命名决定 %1 将命名:

%3</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) named by %1.</source>
        <translation><numerusform>已按 %1 命名 %n 个单位。</numerusform></translation>
    </message>
    <message>
        <source>Revoke a naming</source>
        <translation>撤销命名</translation>
    </message>
    <message>
        <source>The naming of %1 is revoked.</source>
        <translation>%1 的命名已撤销。</translation>
    </message>
    <message>
        <source>Naming is the city office's step; this database belongs to another office.</source>
        <translation>审核命名由市纪委负责;本数据库属于其他单位。</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Decision / unit</source>
        <translation>命名文号 / 单位</translation>
    </message>
    <message>
        <source>Date / county</source>
        <translation>日期 / 县区</translation>
    </message>
    <message>
        <source>Units / type</source>
        <translation>单位数 / 类别</translation>
    </message>
    <message>
        <source>Naming decisions of the year</source>
        <translation>本年度命名批次</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ticked.</source>
        <translation><numerusform>已勾选 %n 个单位。</numerusform></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation><numerusform>%n 个单位</numerusform></translation>
    </message>
    <message>
        <source>Name them</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>Unit code (choose it in the list of decisions)</source>
        <translation>单位编码（可在命名批次列表中选择）</translation>
    </message>
    <message>
        <source>e.g. a veto event: 发生违纪违法案件</source>
        <translation>如：发生违纪违法案件</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>撤销文号(&amp;N)：</translation>
    </message>
    <message>
        <source>The unit, the reason and the document number are all needed.</source>
        <translation>单位、原因和撤销文号都需要填写。</translation>
    </message>
    <message>
        <source>Revoke the naming of %1 by %2? The naming stays in its history.</source>
        <translation>以 %2 撤销 %1 的命名吗？原命名记录保留在历史中。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销命名</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <source>e.g. 广委〔%1〕12号</source>
        <translation>如：广委〔%1〕12号</translation>
    </message>
    <message>
        <source>%1 %2 (naming revoked)</source>
        <translation>%1 %2（已撤销命名）</translation>
    </message>
    <message>
        <source>e.g. 广委〔%1〕30号</source>
        <translation>如：广委〔%1〕30号</translation>
    </message>
</context>
<context>
    <name>lianping::ui::NewCampaignDialog</name>
    <message>
        <source>New campaign year</source>
        <translation>新建考评年度</translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation>从上年度开始</translation>
    </message>
    <message>
        <source>%1 campaign</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>The same units are enrolled (each type with its rubric version in force), and the open rectification items and follow-ups are carried over, marked as carried. The sub-steps, the survey minimum sample and the naming notice settings are taken over too.</source>
        <translation>加入同一批单位（各类别使用现行的考评细则），结转尚未完成的整改事项和跟踪事项并注明为结转；县区考评环节、测评最低样本数和命名通知设置一并沿用。</translation>
    </message>
    <message>
        <source>There is no earlier campaign in this file: the year starts empty; enrol units with “Enrol units…”.</source>
        <translation>本文件中还没有以前的考评年度：新年度不含单位，请用“加入单位…”加入。</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分</translation>
    </message>
    <message>
        <source>Create the year…</source>
        <translation>建立年度…</translation>
    </message>
    <message>
        <source>The %1 campaign already exists.</source>
        <translation>%1年度考评已经存在。</translation>
    </message>
    <message>
        <source>Start from an earlier year than %1.</source>
        <translation>请选择早于 %1 的年度。</translation>
    </message>
    <message>
        <source>Create the %1 campaign from the %2 campaign? Its units are enrolled again and its open rectification items and follow-ups are carried over.</source>
        <translation>从%2年度开始建立%1年度考评？%2年度的参评单位将再次加入，尚未完成的整改事项和跟踪事项将结转。</translation>
    </message>
    <message>
        <source>Create the %1 campaign with no units enrolled yet?</source>
        <translation>建立%1年度考评（暂不加入单位）？</translation>
    </message>
    <message>
        <source>A campaign year cannot be deleted once it is created.</source>
        <translation>考评年度建立后不能删除。</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>建立%1年度</translation>
    </message>
    <message>
        <source>The %1 campaign is created. Enrol its units with “Enrol units…”.</source>
        <translation>%1年度考评已建立。请用“加入单位…”加入参评单位。</translation>
    </message>
    <message>
        <source>The %1 campaign is created from %2: %3 units enrolled, %4 open rectification items and %5 follow-ups carried over.</source>
        <translation>已从%2年度建立%1年度考评：加入 %3 个单位，结转整改事项 %4 条、跟踪事项 %5 条。</translation>
    </message>
    <message>
        <source>Creating the %1 campaign from %2…</source>
        <translation>正在从%2年度建立%1年度考评…</translation>
    </message>
</context>
<context>
    <name>lianping::ui::NoticeSettingsDialog</name>
    <message>
        <source>Naming notice settings</source>
        <translation>命名通知设置</translation>
    </message>
    <message>
        <source>e.g. 中共广元市纪委 广元市监委</source>
        <translation>例如:中共广元市纪委 广元市监委</translation>
    </message>
    <message>
        <source>e.g. 广纪发</source>
        <translation>例如:广纪发</translation>
    </message>
    <message>
        <source>e.g. 各县（区）纪委监委，市直各部门</source>
        <translation>例如:各县（区）纪委监委，市直各部门</translation>
    </message>
    <message>
        <source>&amp;Issuing office (发文机关):</source>
        <translation>发文机关(&amp;I):</translation>
    </message>
    <message>
        <source>Document-number &amp;prefix (发文机关代字):</source>
        <translation>发文机关代字(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Addressees (主送机关):</source>
        <translation>主送机关(&amp;A):</translation>
    </message>
    <message>
        <source>The notice will read:</source>
        <translation>通知将显示为:</translation>
    </message>
    <message>
        <source>%1, numbered like %2</source>
        <translation>%1,文号如 %2</translation>
    </message>
</context>
<context>
    <name>lianping::ui::OfficeDialog</name>
    <message>
        <source>Whose database is this?</source>
        <translation>这个数据库属于哪个单位?</translation>
    </message>
    <message>
        <source>One laptop for the whole campaign (all roles)</source>
        <translation>一台电脑完成全部考评(所有角色)</translation>
    </message>
    <message>
        <source>A county/district discipline inspection office</source>
        <translation>县区纪委</translation>
    </message>
    <message>
        <source>The city discipline inspection office</source>
        <translation>市纪委</translation>
    </message>
    <message>
        <source>A unit doing its own self-check</source>
        <translation>创建单位(自查)</translation>
    </message>
    <message>
        <source>e.g. 利州区纪委</source>
        <translation>如 利州区纪委</translation>
    </message>
    <message>
        <source>e.g. 利州区</source>
        <translation>如 利州区</translation>
    </message>
    <message>
        <source>the unit's code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Each office records its own step: the unit its self-check, the county its review, the city its recheck and the naming. This cannot be changed later.</source>
        <translation>各单位只录入自己负责的环节:创建单位自查,县区纪委考评验收,市纪委复查和命名。设定后不能更改。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Enter the office's name</source>
        <translation>请输入单位名称</translation>
    </message>
    <message>
        <source>Enter the county this office reviews</source>
        <translation>请输入负责考评的县区</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Packages this office sends are signed with its key. The key is kept locked: this computer's keyring opens it for you, and on any other computer only this passphrase does. Keep it where the office keeps its seals.</source>
        <translation>本单位发出的数据包都用它的密钥签名。密钥始终加锁保存:在本机由系统钥匙环为您打开,在其他任何电脑上只有此口令能打开。请像保管公章一样保管它。</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Choose a key passphrase of at least %1 characters</source>
        <translation>请设定至少 %1 个字符的密钥口令</translation>
    </message>
    <message>
        <source>The two key passphrases differ</source>
        <translation>两次输入的密钥口令不一致</translation>
    </message>
</context>
<context>
    <name>lianping::ui::PreviousGradeLabel</name>
    <message>
        <source>Last year: %1</source>
        <translation>上年度：%1</translation>
    </message>
    <message>
        <source>The unit's final grade in the %1 campaign.</source>
        <translation>该单位%1年度考评的最终等次。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <source>What was done, what is left</source>
        <translation>已完成的工作和尚待完成的工作</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>进度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>100 % marks the task done.</source>
        <translation>进度达到 100% 即标记为完成。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::RectifyDialog</name>
    <message>
        <source>Make a rectification item</source>
        <translation>生成整改事项</translation>
    </message>
    <message>
        <source>Person or office responsible</source>
        <translation>责任人或责任部门</translation>
    </message>
    <message>
        <source>Make the item</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>lianping::ui::RegistryView</name>
    <message>
        <source>Search names (any part, e.g. 医院)</source>
        <translation>搜索名称(任意部分,如“医院”)</translation>
    </message>
    <message>
        <source>Demo points only</source>
        <translation>仅示范点</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>新增单位(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>注销(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Score this unit</source>
        <translation>考评此单位(&amp;S)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>未参加考评</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation><numerusform>%n 个单位</numerusform></translation>
    </message>
    <message>
        <source>Retire unit %1</source>
        <translation>注销单位 %1</translation>
    </message>
    <message>
        <source>Why is this unit retired? (It stays in the registry and its history.)</source>
        <translation>注销原因?(单位仍保留在名录和历史记录中。)</translation>
    </message>
    <message>
        <source>Cannot retire</source>
        <translation>无法注销</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>全部等次</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未考评</translation>
    </message>
    <message>
        <source>Computing the grades…</source>
        <translation>正在计算等次…</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReportsMenu</name>
    <message>
        <source>&amp;Print rating report…</source>
        <translation>打印考评报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Export rating report as &amp;PDF…</source>
        <translation>导出考评报告 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Rating reports in &amp;batch…</source>
        <translation>批量出具考评报告(&amp;B)…</translation>
    </message>
    <message>
        <source>Print &amp;naming list…</source>
        <translation>打印命名名单(&amp;N)…</translation>
    </message>
    <message>
        <source>Export naming &amp;list as PDF…</source>
        <translation>导出命名名单 PDF(&amp;L)…</translation>
    </message>
    <message>
        <source>Export &amp;summary workbook (Excel)…</source>
        <translation>导出考评汇总表 Excel(&amp;S)…</translation>
    </message>
    <message>
        <source>Self-check &amp;template (Excel)…</source>
        <translation>生成自评表模板 Excel(&amp;T)…</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>没有考评年度</translation>
    </message>
    <message>
        <source>Create a campaign first: reports are written for a campaign year.</source>
        <translation>请先创建考评年度:报表按考评年度生成。</translation>
    </message>
    <message>
        <source>Rating report</source>
        <translation>考评报告</translation>
    </message>
    <message>
        <source>Unit code (select a unit in the registry to skip this):</source>
        <translation>单位编码(在单位名册中选中单位可跳过此步):</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>未能生成报告</translation>
    </message>
    <message>
        <source>rating report</source>
        <translation>考评报告</translation>
    </message>
    <message>
        <source>Export rating report</source>
        <translation>导出考评报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Reports not finished</source>
        <translation>报告未全部生成</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation><numerusform>已生成 %n 份报告,保存在 %1</numerusform></translation>
    </message>
    <message>
        <source>Export summary workbook</source>
        <translation>导出考评汇总表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>汇总表未生成</translation>
    </message>
    <message>
        <source>No naming list</source>
        <translation>未能生成命名名单</translation>
    </message>
    <message>
        <source>Export naming list</source>
        <translation>导出命名名单</translation>
    </message>
    <message>
        <source>Self-check template</source>
        <translation>自评表模板</translation>
    </message>
    <message>
        <source>Template for which type of unit?</source>
        <translation>为哪一类单位生成模板?</translation>
    </message>
    <message>
        <source>Save self-check template</source>
        <translation>保存自评表模板</translation>
    </message>
    <message>
        <source>Template not written</source>
        <translation>模板未生成</translation>
    </message>
    <message>
        <source>Naming notice &amp;settings…</source>
        <translation>命名通知设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Naming notice settings</source>
        <translation>命名通知设置</translation>
    </message>
    <message>
        <source>Naming notice settings saved</source>
        <translation>命名通知设置已保存</translation>
    </message>
    <message>
        <source>Export rating report as &amp;Word…</source>
        <translation>导出考评报告为 Word 文档(&amp;W)…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReviewStepDialog</name>
    <message>
        <source>Record a sub-step</source>
        <translation>记录考评环节</translation>
    </message>
    <message>
        <source>What was done, by whom, with how many people</source>
        <translation>做了什么、由谁、多少人参加</translation>
    </message>
    <message>
        <source>Drop files here, or use the button below</source>
        <translation>把文件拖到这里，或点下面的按钮</translation>
    </message>
    <message>
        <source>%1 (attached)</source>
        <translation>%1（已附）</translation>
    </message>
    <message>
        <source>&amp;Add evidence files…</source>
        <translation>添加佐证材料(&amp;A)…</translation>
    </message>
    <message>
        <source>Sub-step:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>佐证材料：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (to add)</source>
        <translation>%1（待添加）</translation>
    </message>
    <message>
        <source>Evidence for this sub-step</source>
        <translation>本环节的佐证材料</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReviewStepsBox</name>
    <message>
        <source>County review sub-steps</source>
        <translation>县区考评环节</translation>
    </message>
    <message>
        <source>Double-click or press Enter to record a sub-step's date</source>
        <translation>双击或按回车键记录该环节的日期</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1. %2 — not recorded</source>
        <translation>%1. %2 — 未记录</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation>已为 %2 记录“%1”。</translation>
    </message>
    <message numerus="yes">
        <source> (%n evidence file(s))</source>
        <translation><numerusform>（佐证材料 %n 份）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 recorded for %2 with %n evidence file(s).</source>
        <translation><numerusform>已为 %2 记录“%1”，附佐证材料 %n 份。</numerusform></translation>
    </message>
</context>
<context>
    <name>lianping::ui::ReviewStepsEditor</name>
    <message>
        <source>County review sub-steps</source>
        <translation>县区考评环节</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Restore the six default sub-steps</source>
        <translation>恢复默认六个环节</translation>
    </message>
    <message>
        <source>Double-click a sub-step to rename it. At most %1 sub-steps.</source>
        <translation>双击环节可改名；最多 %1 个环节。</translation>
    </message>
    <message>
        <source>New sub-step %1</source>
        <translation>新环节 %1</translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricDiffDialog</name>
    <message>
        <source>Compare rubric versions</source>
        <translation>比较考评细则版本</translation>
    </message>
    <message>
        <source>%1 version %2 · %3%4</source>
        <translation>%1年第 %2 版 · %3%4</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation>(使用中)</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>对调(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Older version:</source>
        <translation>原版本(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Newer version:</source>
        <translation>新版本(&amp;N)：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考评指标</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Choose two versions.</source>
        <translation>请选择两个版本。</translation>
    </message>
    <message>
        <source>Dimension title</source>
        <translation>维度名称</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Total of the scored maxima</source>
        <translation>计分指标分值合计</translation>
    </message>
    <message>
        <source>The two versions have the same dimensions and indicators.</source>
        <translation>两个版本的维度和指标相同。</translation>
    </message>
    <message>
        <source>%1 indicators added, %2 removed, %3 changed; %4 dimension changes; the scored maxima add up to %5 and %6.</source>
        <translation>新增指标 %1 项，删除 %2 项，修改 %3 项；维度变化 %4 处；计分指标分值合计分别为 %5 和 %6。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricEditor</name>
    <message>
        <source>Rubric editor</source>
        <translation>考评细则编辑</translation>
    </message>
    <message>
        <source>Used in scoring: it cannot be changed; make a new version</source>
        <translation>已用于评分，不能修改；请新建版本</translation>
    </message>
    <message>
        <source>New version from t&amp;his one</source>
        <translation>以此为基础新建版本(&amp;H)</translation>
    </message>
    <message>
        <source>Rubric tit&amp;le:</source>
        <translation>细则名称(&amp;L)：</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>导入(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Save as a new version…</source>
        <translation>保存为新版本(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>修改细则名称</translation>
    </message>
    <message>
        <source>Dimension / indicator</source>
        <translation>维度 / 指标</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Add dime&amp;nsion</source>
        <translation>添加维度(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>添加指标(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Scoring guidance: %1</source>
        <translation>评分标准：%1</translation>
    </message>
    <message>
        <source>Evidence expected: %1</source>
        <translation>佐证材料：%1</translation>
    </message>
    <message>
        <source>✓ Scored maxima add up to %1 of 100</source>
        <translation>✓ 计分指标分值合计 %1 / 100</translation>
    </message>
    <message>
        <source>⚠ Scored maxima add up to %1 of 100: they must add up to exactly 100</source>
        <translation>⚠ 计分指标分值合计 %1 / 100：合计必须恰好为 100</translation>
    </message>
    <message>
        <source>%1 problem(s) to correct before saving; the first: %2</source>
        <translation>保存前有 %1 处需要改正；第一处：%2</translation>
    </message>
    <message>
        <source>version %1, used in scoring</source>
        <translation>第 %1 版，已用于评分</translation>
    </message>
    <message>
        <source>a new version, from version %1 (saving adds the next version)</source>
        <translation>新版本草稿，基于第 %1 版（保存后成为下一版）</translation>
    </message>
    <message>
        <source>%1 rubric</source>
        <translation>%1年度考评细则</translation>
    </message>
    <message>
        <source>Editing a new version: the one in use stays as it is.</source>
        <translation>正在编辑新版本：已使用的版本保持不变。</translation>
    </message>
    <message>
        <source>Edit dimension %1</source>
        <translation>修改维度 %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>修改指标 %1</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>新维度</translation>
    </message>
    <message>
        <source>Add dimension %1</source>
        <translation>添加维度 %1</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>Remove dimension %1</source>
        <translation>删除维度 %1</translation>
    </message>
    <message>
        <source>Remove indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation>考评细则暂不能保存：%1</translation>
    </message>
    <message>
        <source>Save “%1” as version %2 of the %3 rubric for %4? The versions before it stay as they are: a campaign that already uses one keeps it.</source>
        <translation>将“%1”保存为 %3 年度%4考评细则的第 %2 版吗？之前的版本保持不变，已使用某一版本的考评年度继续使用该版本。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>✓ Saved as version %1 of the %2 rubric for %3.</source>
        <translation>✓ 已保存为 %2 年度%3考评细则第 %1 版。</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation>导入考评细则</translation>
    </message>
    <message>
        <source>Rubrics (*.xlsx *.json);;All files (*)</source>
        <translation>考评细则 (*.xlsx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is a rubric for type %2, not for %3 (%4).</source>
        <translation>%1 是类型 %2 的考评细则，不是%3（%4）的。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1: save it to make it a new version.</source>
        <translation>已导入 %1：保存后即成为新版本。</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation>导出考评细则</translation>
    </message>
    <message>
        <source>Correct the rubric first (a file with a fault could not be imported again): %1</source>
        <translation>请先改正考评细则（有错误的文件无法再导入）：%1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>✓ Exported to %1.</source>
        <translation>✓ 已导出到 %1。</translation>
    </message>
    <message>
        <source>Close the rubric editor</source>
        <translation>关闭考评细则编辑</translation>
    </message>
    <message>
        <source>The changes are not saved as a version. Close and discard them?</source>
        <translation>修改尚未保存为新版本。关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>Use the new version in %1</source>
        <translation>%1年度改用新版本</translation>
    </message>
    <message numerus="yes">
        <source>The %1 campaign scores %2 by version %3 of %4. Score its %n unit(s) by the version just saved instead? This is possible until the first of them is scored.</source>
        <translation><numerusform>%1年度考评目前按%4年度第%3版细则为%2打分。改为按刚保存的版本为这 %n 个单位打分吗？在其中第一个单位打分之前都可以更换。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>改用新版本(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>✓ Saved; the %1 campaign now scores %n unit(s) by it.</source>
        <translation><numerusform>✓ 已保存；%1年度考评现在按此版本为 %n 个单位打分。</numerusform></translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricForm</name>
    <message>
        <source>Select a dimension or an indicator on the left.</source>
        <translation>请在左侧选择一个维度或指标。</translation>
    </message>
    <message>
        <source>Dimension &amp;id:</source>
        <translation>维度编号(&amp;I)：</translation>
    </message>
    <message>
        <source>Dimension &amp;title:</source>
        <translation>维度名称(&amp;T)：</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>In steps of 0.5; the scored maxima add up to exactly 100.</source>
        <translation>以 0.5 分为单位；各计分指标分值合计须恰好为 100。</translation>
    </message>
    <message>
        <source>Indicator &amp;id:</source>
        <translation>指标编号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>考评内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Max:</source>
        <translation>分值(&amp;M)：</translation>
    </message>
    <message>
        <source>Scoring &amp;guidance:</source>
        <translation>评分标准(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Evidence expected:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Veto item</source>
        <translation>一票否决项(&amp;V)</translation>
    </message>
    <message>
        <source>A veto item has no points: failing it vetoes the unit</source>
        <translation>一票否决项不计分，一经触犯即否决该单位</translation>
    </message>
    <message>
        <source>&amp;Deduction-scored</source>
        <translation>扣分制(&amp;D)</translation>
    </message>
    <message>
        <source>The points are the max less the findings' deductions</source>
        <translation>得分为分值减去发现问题的扣分</translation>
    </message>
</context>
<context>
    <name>lianping::ui::RubricView</name>
    <message>
        <source>Indicator</source>
        <translation>考评指标</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Scoring guidance</source>
        <translation>评分说明</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>%1 · %2 v%3%4</source>
        <translation>%1 · %2年 第%3版%4</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation>(使用中)</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>A new version from the newest one of this type and year, edited before it is saved</source>
        <translation>以该类型该年度的最新版本为基础新建版本，编辑后再保存</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Open this version (read-only once used in scoring)</source>
        <translation>打开此版本（已用于评分的版本只读）</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>比较版本(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ScoreCommands</name>
    <message>
        <source>score %1 %2 → %3</source>
        <translation>打分 %1 %2 → %3</translation>
    </message>
    <message>
        <source>note on %1 %2</source>
        <translation>备注 %1 %2</translation>
    </message>
    <message>
        <source>veto %1 %2</source>
        <translation>一票否决 %1 %2</translation>
    </message>
    <message>
        <source>veto withdrawn</source>
        <translation>撤回一票否决</translation>
    </message>
    <message>
        <source>ballots of %1</source>
        <translation>测评票数 %1</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ScoreSheetModel</name>
    <message>
        <source>%1: "%2" is not a score; use steps of 0.5</source>
        <translation>%1:“%2”不是有效分值,分值须为 0.5 的整数倍</translation>
    </message>
    <message>
        <source>%1: %2 is outside 0–%3</source>
        <translation>%1:%2 分超出 0–%3 分范围</translation>
    </message>
    <message>
        <source>%1 cannot take points</source>
        <translation>%1 不能打分</translation>
    </message>
    <message>
        <source>%1 has no note</source>
        <translation>%1 没有备注栏</translation>
    </message>
    <message>
        <source>%1: enter the points before a note</source>
        <translation>%1:请先打分再填写备注</translation>
    </message>
    <message>
        <source>A veto is recorded by the county review or the city recheck</source>
        <translation>一票否决由县区考评或市级复查记录</translation>
    </message>
    <message>
        <source>%1 is not a veto item</source>
        <translation>%1 不是一票否决项</translation>
    </message>
    <message>
        <source>A veto needs a reason</source>
        <translation>一票否决必须填写原因</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>VETO</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考评指标</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级复查</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The mass survey is taken by the county review or the city recheck</source>
        <translation>群众测评由县区考评或市级复查录入</translation>
    </message>
    <message>
        <source>%1 was typed but is NOT saved; press Enter on it to try again</source>
        <translation>已输入 %1,但尚未保存;请在此单元格按回车重试</translation>
    </message>
    <message>
        <source>Scored by deduction: %1 − the findings' deductions, never below 0.</source>
        <translation>扣分制：%1 − 发现问题扣分合计，扣完为止。</translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation>暂无发现问题。</translation>
    </message>
    <message>
        <source>%1 is scored by deduction: its points are computed from the findings (add or remove a finding below)</source>
        <translation>%1 为扣分制指标：得分由发现问题自动计算（请在下方添加或移除问题）</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>把文件拖到这里即可添加为佐证材料</translation>
    </message>
    <message>
        <source>Expected: %1
Drop files here to attach them</source>
        <translation>应有材料：%1
把文件拖到这里即可添加为佐证材料</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n 份</numerusform></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>lianping::ui::ScoreSheetView</name>
    <message>
        <source>&amp;Submit self-check</source>
        <translation>提交自查申报(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accept (county review done)</source>
        <translation>验收通过(县区考评完成)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recheck done (city)</source>
        <translation>复查完成(市级)(&amp;R)</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Unit code, then Enter</source>
        <translation>输入单位编码后回车</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>County review</source>
        <translation>县区考评</translation>
    </message>
    <message>
        <source>City recheck</source>
        <translation>市级复查</translation>
    </message>
    <message>
        <source>Enrol in this campaign</source>
        <translation>加入本年度考评</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位:</translation>
    </message>
    <message>
        <source>Entering:</source>
        <translation>录入:</translation>
    </message>
    <message>
        <source>Mass survey (ballots)</source>
        <translation>群众测评(票数)</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Save ballots</source>
        <translation>保存测评票数</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Re&amp;turn with a reason…</source>
        <translation>退回并说明原因(&amp;T)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Choose a unit in the registry, or type its code.</source>
        <translation>请在名录中选择单位,或输入单位编码。</translation>
    </message>
    <message>
        <source>There is no unit with code %1.</source>
        <translation>没有编码为 %1 的单位。</translation>
    </message>
    <message>
        <source>%1 is not taking part in the %2 campaign.</source>
        <translation>%1 未参加%2年度考评。</translation>
    </message>
    <message>
        <source>Self-check %1 · County %2 · City %3</source>
        <translation>自查 %1 · 县区 %2 · 市级 %3</translation>
    </message>
    <message>
        <source>S&lt;sub&gt;org&lt;/sub&gt; %1 · S&lt;sub&gt;mass&lt;/sub&gt; %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation>组织考评 %1 · 群众测评 %2 · &lt;b&gt;总分 %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no ballots</source>
        <translation>无测评</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>一票否决:%1</translation>
    </message>
    <message>
        <source>No county or city score yet</source>
        <translation>尚无县区或市级评分</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态:%1</translation>
    </message>
    <message>
        <source>Veto %1</source>
        <translation>一票否决 %1</translation>
    </message>
    <message>
        <source>%1

Reason (required): what happened, and the document that records it</source>
        <translation>%1

原因(必填):发生了什么,以及记录它的文件</translation>
    </message>
    <message>
        <source>A veto needs a reason; nothing was recorded.</source>
        <translation>一票否决必须填写原因;未作记录。</translation>
    </message>
    <message>
        <source>Veto recorded: the unit is unqualified.</source>
        <translation>已记录一票否决:该单位为不合格。</translation>
    </message>
    <message>
        <source>Veto withdrawn.</source>
        <translation>已撤回一票否决。</translation>
    </message>
    <message>
        <source>Ballots saved.</source>
        <translation>测评票数已保存。</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 现在的状态:%2</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>退回 %1</translation>
    </message>
    <message>
        <source>Why is it returned? The previous step sees this reason.</source>
        <translation>退回原因?上一环节将看到此说明。</translation>
    </message>
    <message>
        <source>%1 returned.</source>
        <translation>%1 已退回。</translation>
    </message>
    <message>
        <source>%1 is %2: its scores are final.</source>
        <translation>%1 %2:评分已定,不能再修改。</translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation>各维度得分率</translation>
    </message>
    <message>
        <source>Not saved: %1. Press Enter on a red cell to try again.</source>
        <translation>未保存:%1。请在红色单元格按回车重试。</translation>
    </message>
    <message>
        <source>Advance %1</source>
        <translation>推进 %1</translation>
    </message>
    <message>
        <source>Move %1 from “%2” to “%3”?

Its scores for this step can no longer be changed here; bringing it back takes a return with a reason.</source>
        <translation>将 %1 从“%2”推进到“%3”?

推进后本环节的得分不能再在此修改;如需收回,须退回并说明原因。</translation>
    </message>
    <message>
        <source>%1 could not be enrolled: it is no longer in the registry.</source>
        <translation>%1 未能加入考评:该单位已不在册。</translation>
    </message>
    <message>
        <source>%1 now takes part in the %2 campaign.</source>
        <translation>%1 已加入 %2 年度考评。</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>验收 %1</translation>
    </message>
    <message>
        <source>These sub-steps of the county review are not recorded for %1: %2.

Accept it all the same? The history will say so.</source>
        <translation>%1 的以下县区考评环节尚未记录：%2。

仍然验收吗？历史记录中会注明。</translation>
    </message>
    <message>
        <source>Accept without them</source>
        <translation>仍然验收</translation>
    </message>
    <message>
        <source>accepted without: %1</source>
        <translation>验收时未记录：%1</translation>
    </message>
    <message>
        <source>No ballots recorded for %1 yet: enter them when the survey is counted.</source>
        <translation>%1环节尚未录入测评票数：测评计票后请在此录入。</translation>
    </message>
    <message>
        <source>Naming revoked</source>
        <translation>已撤销命名</translation>
    </message>
    <message>
        <source>Ready to be named: see the Naming screen.</source>
        <translation>可以命名：请到“审核命名”页面办理。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::Session</name>
    <message>
        <source>%1 is read-only: copy it to a folder you can write to, or ask for write access.</source>
        <translation>%1 是只读文件:请复制到可写的文件夹,或申请写入权限。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your name (recorded on every change)</source>
        <translation>您的姓名(每次修改都会记录)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Enter your name</source>
        <translation>请输入您的姓名</translation>
    </message>
    <message>
        <source>The new language applies when Lianping starts next time.</source>
        <translation>新语言将在下次启动廉评时生效。</translation>
    </message>
</context>
<context>
    <name>lianping::ui::TaskDialog</name>
    <message>
        <source>Split task</source>
        <translation>分解任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <source>Separate departments with 、</source>
        <translation>多个单位用“、”分隔</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>The quantified target, e.g. 建成示范校20所</source>
        <translation>量化目标，如：建成示范校20所</translation>
    </message>
    <message>
        <source>Ongoing (no due date)</source>
        <translation>长期（无完成时限）</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>所属任务：</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>分解方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>行动(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Lead department:</source>
        <translation>牵头单位(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Co-organisers:</source>
        <translation>配合单位(&amp;C)：</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>层级(&amp;V)：</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>添加分解任务</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
</context>
<context>
    <name>lianping::ui::UnitDialog</name>
    <message>
        <source>Add unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑单位 %1</translation>
    </message>
    <message>
        <source>e.g. LZ-AG-001</source>
        <translation>如 LZ-AG-001</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>empty: the type's lead department</source>
        <translation>留空:使用该类别的牵头单位</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Demonstration point</source>
        <translation>示范点</translation>
    </message>
    <message>
        <source>Enter the unit code</source>
        <translation>请输入单位编码</translation>
    </message>
    <message>
        <source>Code %1 is already used</source>
        <translation>编码 %1 已被使用</translation>
    </message>
    <message>
        <source>Enter the unit's name</source>
        <translation>请输入单位名称</translation>
    </message>
    <message>
        <source>Choose or type the county</source>
        <translation>请选择或输入县区</translation>
    </message>
</context>
<context>
    <name>lianping::ui::UnitTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Demo point</source>
        <translation>示范点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Last year's grade</source>
        <translation>上年等次</translation>
    </message>
</context>
<context>
    <name>lianping::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Lianping</source>
        <translation>欢迎使用廉评</translation>
    </message>
    <message>
        <source>&lt;h2&gt;廉评 Lianping&lt;/h2&gt;&lt;p&gt;Keep the registry of integrity units, score them against their rubric, and carry each unit from self-check to naming.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;廉评&lt;/h2&gt;&lt;p&gt;管理廉洁细胞单位名录,按考评细则打分,把每个单位从自查申报推进到审核命名。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>An empty file for your office's units and campaigns</source>
        <translation>为本单位的名录和考评新建一个空文件</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>A .lpdb file you or a colleague made</source>
        <translation>您或同事创建的 .lpdb 文件</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>用演示数据试用</translation>
    </message>
    <message>
        <source>2,000 realistic units over twelve counties, at every step</source>
        <translation>十二个县区的 2000 个模拟单位,覆盖各个考评步骤</translation>
    </message>
</context>
<context>
    <name>lianping::ui::charts</name>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Grades, %1 campaign</source>
        <translation>%1年度考评等次分布</translation>
    </message>
    <message>
        <source>Not assessed %1</source>
        <translation>未考评 %1</translation>
    </message>
    <message>
        <source>Counties side by side</source>
        <translation>各县区对比</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>历年趋势</translation>
    </message>
    <message>
        <source>Pass rate %</source>
        <translation>合格率 %</translation>
    </message>
    <message>
        <source>Excellent %</source>
        <translation>优秀率 %</translation>
    </message>
    <message>
        <source>Self-check minus county review (points)</source>
        <translation>自查得分与县区考评之差(分)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>% of the maximum</source>
        <translation>得分率 %</translation>
    </message>
    <message>
        <source>Coverage of %1 against its target</source>
        <translation>%1年度覆盖率与目标</translation>
    </message>
    <message>
        <source>Named ÷ registered</source>
        <translation>已命名 ÷ 在册</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1: the three dimensions</source>
        <translation>%1：三个维度</translation>
    </message>
    <message>
        <source>%1: the index year on year</source>
        <translation>%1：历年清廉指数</translation>
    </message>
    <message>
        <source>Integrity index</source>
        <translation>清廉指数</translation>
    </message>
</context>
</TS>