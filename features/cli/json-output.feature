# language: zh-CN
@cli
功能: JSON 输出
  check --format json 输出 {"reports": [{"file", "agency", "year", "template", "findings": [{"rule", "severity",
  "line", "message", "expected", "actual", "subject", "fingerprint"}], "suppressed", "baselined"}],
  "unreadable": [{"file", "error"}], "summary": {…}, "rules": {"source", "count"}, "config", "baseline"}，供其他程序读取
  （rules.source 是所用的规则文件夹，rules.count 是运行的规则数，config 是所用的配置文件，没有时为 null）。
  severity 为 error、warning 或 info。“应报告”等步骤核对的就是这份 JSON 中的 findings。

  场景: 每个问题给出规则、级别、行号、期望值和实际值
    假如有一份年报文件"fixtures/2024-clean.txt"
    并且把含有"一、本年新收政府信息公开申请数量"的行改为"一、本年新收政府信息公开申请数量 3 1 0 0 0 1 0"
    当运行命令"check --format json {年报}"
    那么退出码为1
    并且JSON输出中"reports[0].agency"为"青山市河东区应急管理局"
    并且JSON输出中"reports[0].year"为"2024"
    并且JSON输出中"reports[0].template"为"2021"
    并且JSON输出中"reports[0].findings[0].rule"为"TABLE-ROW-TOTAL"
    并且JSON输出中"reports[0].findings[0].severity"为"error"
    并且JSON输出中"reports[0].findings[0].line"为"34"
    并且JSON输出中"reports[0].findings[0].expected"为"5"
    并且JSON输出中"reports[0].findings[0].actual"为"0"
    并且JSON输出中"summary.error"为"1"
    并且JSON输出中"summary.warning"为"0"
    并且JSON输出中"rules.source"为"rules"
    并且应报告 TABLE-ROW-TOTAL 级别为"错误"位于第34行
    并且除此之外不应报告其他问题

  场景: 没有问题时 findings 为空
    假如有一份年报文件"fixtures/2024-clean.txt"
    当运行命令"check --format json {年报}"
    那么退出码为0
    并且JSON输出中"reports[0].findings"为"[]"
    并且JSON输出中"summary.reports"为"1"
    并且不应报告任何问题

  场景: 文件无法读取时列在 unreadable 中，与检查了的年报分开
    当运行命令"check --format json 不存在的年报.txt"
    那么退出码为2
    并且JSON输出中"unreadable[0].file"为"不存在的年报.txt"
    并且JSON输出中"unreadable[0].error"为"文件不存在"
    并且JSON输出中"reports"为"[]"
    并且JSON输出中"summary.reports"为"0"
    并且JSON输出中"summary.unreadable"为"1"
