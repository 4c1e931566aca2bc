package cn.fazhi.enforcement;

/** The stages of 全过程记录 (处罚法 Art. 47; 国办发〔2018〕118号 三): 启动, 调查取证, 审核, 决定, 送达, 执行. */
public enum EvidenceStage { START, INVESTIGATION, REVIEW, DECISION, SERVICE, EXECUTION }
