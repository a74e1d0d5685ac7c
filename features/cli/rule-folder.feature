# language: zh-CN
@cli
功能: 规则文件夹
  --rules 指定规则文件夹（默认是项目的 rules/）。规则文件有错误时，每个错误输出为“文件:行:列: 消息”，
  退出码为2，什么也不检查：少了一条规则的检查结果不能当作合规。
  命令中的 {规则} 代表场景中写出的规则文件夹。

  场景: 规则有语法错误：退出码为2，指出文件和行
    假如有一份年报文件"fixtures/2024-clean.txt"
    并且规则文件夹中有一个规则文件"tables/BROKEN.drl"：
      """
      package rules.tables;

      import org.xxgk.check.fact.Cell;

      global org.xxgk.check.engine.Findings findings;

      rule "BROKEN"
          @id("BROKEN") @severity("error") @title("语法错误示例") @basis("无")
      when
          $c : Cell( table == "三" ,, )
      then
          findings.report( kcontext, $c.line(), "x" );
      end
      """
    当运行命令"check --rules {规则} {年报}"
    那么退出码为2
    并且错误输出包含"tables/BROKEN.drl:10:"
    并且错误输出包含"未检查任何年报"
    但是输出不包含"年报.txt"

  场景: 规则缺少 @basis：退出码为2，指出文件和规则所在行
    假如有一份年报文件"fixtures/2024-clean.txt"
    并且规则文件夹中有一个规则文件"tables/NO-BASIS.drl"：
      """
      package rules.tables;

      import org.xxgk.check.fact.Cell;

      global org.xxgk.check.engine.Findings findings;

      rule "NO-BASIS"
          @id("NO-BASIS") @severity("warning") @title("缺少依据的规则")
      when
          $c : Cell( table == "二", row == "行政处罚", value > 30 )
      then
          findings.report( kcontext, $c.line(), "行政处罚多于30件", "≤30", $c.value() );
      end
      """
    当运行命令"check --rules {规则} {年报}"
    那么退出码为2
    并且错误输出包含"tables/NO-BASIS.drl:7:0: 规则“NO-BASIS”缺少元数据 @basis"

  场景: 新写的规则立即生效
    规则员起草新规则时，可以先在场景中写出规则文件，用年报验证它报告什么。

    假如有一份年报文件"fixtures/2024-clean.txt"
    并且规则文件夹中有一个规则文件"tables/PENALTY-MANY.drl"：
      """
      package rules.tables;

      import org.xxgk.check.fact.Cell;

      global org.xxgk.check.engine.Findings findings;

      // 示例：行政处罚决定多于30件时提示人工复核。
      rule "PENALTY-MANY"
          @id("PENALTY-MANY") @severity("warning") @title("行政处罚决定较多") @basis("示例规则")
      when
          $c : Cell( table == "二", row == "行政处罚", value > 30 )
      then
          findings.report( kcontext, $c.line(), "行政处罚决定" + $c.value() + "件，多于30件", "≤30", $c.value() );
      end
      """
    当检查这份年报
    那么应报告 PENALTY-MANY 级别为"警告"位于第24行
    并且期望值为"≤30"实际值为"37"
    并且除此之外不应报告其他问题
    当运行命令"check rules --validate {规则}"
    那么退出码为0
    并且输出包含"1 条规则 OK"
