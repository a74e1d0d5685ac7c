# language: zh-CN
@cli
功能: 规则目录
  check rules 列出规则目录（id、级别、标题、依据、文件），末尾列出可选（省级）要求及是否启用；
  --format markdown 输出表格，每条规则链接到它的验收用例 features/<类别>/<ID>.feature，目录只需从一处读取。

  场景: 列出全部规则
    当运行命令"check rules"
    那么退出码为0
    并且输出包含"TABLE-ROW-TOTAL"
    并且输出包含"第三部分表格总计列与各类申请人之和不符"
    并且输出包含" 条规则（rules）"
    并且输出包含"可选要求（在配置文件的 requirements 中启用）：npc-cppcc-proposals（NPC-CPPCC-PROPOSALS，未启用）"

  场景: Markdown 目录链接到每条规则的验收用例
    当运行命令"check rules --format markdown"
    那么退出码为0
    并且输出包含"| id | 级别 | 标题 | 依据 | 文件 | 验收用例 |"
    并且输出包含"| TABLE-ROW-TOTAL | error | 第三部分表格总计列与各类申请人之和不符 | 国办公开办函〔2021〕30号 附件 第三部分表格“申请人情况”各列与“总计”列 | rules/tables/TABLE-ROW-TOTAL.drl | [TABLE-ROW-TOTAL.feature](features/tables/TABLE-ROW-TOTAL.feature) |"
    并且输出包含"[META-DEADLINE.feature](features/meta/META-DEADLINE.feature)"
    并且输出包含"| NPC-CPPCC-PROPOSALS | warning（可选要求 npc-cppcc-proposals） |"
    并且输出包含"[NPC-CPPCC-PROPOSALS.feature](features/province/NPC-CPPCC-PROPOSALS.feature) |"

  场景: 校验规则文件夹
    当运行命令"check rules --validate rules"
    那么退出码为0
    并且输出包含" 条规则 OK（rules）"
