package cn.fazhi.enforcement;

/**
 * The five materials a transfer must carry (国务院令第310号 Art. 6): 涉嫌犯罪案件移送书, 涉嫌犯罪案件情况的调查报告,
 * 涉案物品清单, 有关检验报告或者鉴定结论, 其他有关涉嫌犯罪的材料.
 */
public enum TransferAttachment { TRANSFER_LETTER, INVESTIGATION_REPORT, ITEMS_LIST, EXPERT_REPORT, OTHER_MATERIALS }
